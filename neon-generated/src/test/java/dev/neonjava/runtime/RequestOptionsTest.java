package dev.neonjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.Duration;
import org.junit.jupiter.api.Test;

class RequestOptionsTest {

  @Test
  void laterOptionsWinAndUnsetOnesKeepTheEarlier() {
    RequestOptions first = RequestOptions.builder().timeout(Duration.ofSeconds(5)).maxAttempts(3)
        .header("X-Trace", "a").header("X-Team", "db").build();
    RequestOptions merged = first.merge(RequestOptions.builder().maxAttempts(1).header("X-Trace", "b").build());

    assertThat(merged.timeout()).isEqualTo(Duration.ofSeconds(5));
    assertThat(merged.maxAttempts()).isEqualTo(1);
    assertThat(merged.headers()).containsEntry("X-Trace", "b").containsEntry("X-Team", "db");
    assertThat(first.maxAttempts()).as("merging leaves the original unchanged").isEqualTo(3);
    assertThat(merged.toBuilder().build().headers()).isEqualTo(merged.headers());
  }

  @Test
  void badOptionsAreRejectedByName() {
    assertThatThrownBy(() -> RequestOptions.builder().timeout(Duration.ZERO))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("timeout must be a positive duration");
    assertThatThrownBy(() -> RequestOptions.builder().maxAttempts(0))
        .isInstanceOf(IllegalArgumentException.class).hasMessageStartingWith("maxAttempts must be at least 1");
    assertThatThrownBy(() -> RequestOptions.builder().header("X-Trace", null))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("X-Trace");
    assertThatThrownBy(() -> RequestOptions.builder().header(" authorization", "Bearer secret-key"))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Authorization")
        .hasMessageNotContaining("secret-key");
  }

  @Test
  void toStringShowsHeaderNamesOnly() {
    RequestOptions options = RequestOptions.builder().header("X-Token", "tok-123456").build();
    assertThat(options.toString()).contains("X-Token").doesNotContain("tok-123456");
  }

  @Test
  void specBoundsAreCheckedWithTheParameterNamed() {
    assertThat(ApiRequest.checkRange(10L, "1", "100", "limit")).isEqualTo(10L);
    assertThat(ApiRequest.<Long>checkRange(null, "1", "100", "limit")).isNull();
    assertThatThrownBy(() -> ApiRequest.checkRange(0L, "1", "100", "limit"))
        .hasMessage("limit must be between 1 and 100 but was 0");
    assertThatThrownBy(() -> ApiRequest.checkRange(101, "1", "100", "limit"))
        .hasMessage("limit must be between 1 and 100 but was 101");
    assertThatThrownBy(() -> ApiRequest.checkRange(99, "100", null, "timeout"))
        .hasMessage("timeout must be at least 100 but was 99");
    assertThatThrownBy(() -> ApiRequest.checkRange(2.5, null, "2", "cu"))
        .hasMessage("cu must be at most 2 but was 2.5");
  }
}

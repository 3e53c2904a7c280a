package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.RegionApi;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.RateLimitedException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@NeonEmulatorTest(frozenClock = true)
class RateLimitTest {

  private static void listProjects(ApiClient client) {
    new ProjectApi(client).listProjects(ProjectApi.ListProjectsParams.builder().build());
  }

  @Test
  @NeonEmulatorTest(frozenClock = true, neonRateLimits = true)
  void neonsBurstLimitIs40PerSecondPerRoute(NeonEmulator neon, ApiClient client) {
    assertThat(neon.rateLimits().perSecondPerRoute()).isEqualTo(40);
    for (int i = 0; i < 40; i++) {
      listProjects(client);
    }

    assertThatThrownBy(() -> listProjects(client))
        .isInstanceOfSatisfying(RateLimitedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(429);
          assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(1));
          assertThat(e.errorMessage()).contains("rate limit exceeded");
        });
    // another route has its own window
    new RegionApi(client).getActiveRegions(RegionApi.GetActiveRegionsParams.builder().build());

    neon.advanceTime(Duration.ofSeconds(1));
    listProjects(client);
    assertThat(neon.requests()).filteredOn(r -> r.status() == 429).hasSize(1);
  }

  @Test
  void theAccountLimitIsPerRollingMinute(NeonEmulator neon, ApiClient client) {
    neon.rateLimits(RateLimits.of(5, 0));
    for (int i = 0; i < 5; i++) {
      listProjects(client);
      neon.advanceTime(Duration.ofSeconds(10));
    }

    assertThatThrownBy(() -> listProjects(client))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).hasValue(Duration.ofSeconds(10)));
    neon.advanceTime(Duration.ofSeconds(10));
    listProjects(client);
  }

  @Test
  void thereAreNoLimitsUnlessAskedFor(NeonEmulator neon, ApiClient client) {
    assertThat(neon.rateLimits().enabled()).isFalse();
    for (int i = 0; i < 100; i++) {
      listProjects(client);
    }
    assertThat(neon.requests()).hasSize(100).allSatisfy(r -> assertThat(r.status()).isEqualTo(200));
  }

  @Test
  void aRequestWithAWrongKeyIsNotCounted(NeonEmulator neon, ApiClient client) {
    neon.rateLimits(RateLimits.of(1, 0));
    ApiClient wrong = neon.clientBuilder().apiKey(dev.neonjava.runtime.Secret.of("napi_wrong", "key")).build();
    assertThatThrownBy(() -> listProjects(wrong)).isInstanceOf(dev.neonjava.runtime.UnauthorizedException.class);
    listProjects(client);
    assertThatThrownBy(() -> listProjects(client)).isInstanceOf(RateLimitedException.class);
  }
}

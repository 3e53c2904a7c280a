package dev.neonjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.absent;
import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.resources.ProjectScope;
import dev.neonjava.runtime.ServerException;
import dev.neonjava.runtime.TransportException;
import java.time.Duration;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

/** Per-call options set with {@code withOptions(..)} on a resource: timeout, attempts, headers. */
class PerCallOptionsTest extends WireMockTestBase {
  private static final String PROJECT = "{\"project\":{\"id\":\"p-1\",\"name\":\"demo\"}}";

  @Test
  void aTimeoutBoundsAStalledCall() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(okJson(PROJECT).withFixedDelay(4_000)));
    // real time: the per-call deadline is measured on the system clock, as the client's own is in production
    Neon neon = builder().time(java.time.Clock.systemUTC(), dev.neonjava.runtime.transport.Sleeper.system()).build();
    ProjectScope bounded = neon.project("p-1").withOptions(o -> o.timeout(Duration.ofMillis(300)));

    long started = System.nanoTime();
    assertThatThrownBy(bounded::get).isInstanceOf(TransportException.class)
        .hasMessageContaining("getProject");
    // ended by the 300 ms bound, well before the server's 4 s answer (or the client's 5 s request timeout)
    assertThat(Duration.ofNanos(System.nanoTime() - started)).isLessThan(Duration.ofMillis(3_000));

    assertThatThrownBy(() -> bounded.getAsync().join()).isInstanceOf(CompletionException.class)
        .cause().isInstanceOf(TransportException.class);
  }

  @Test
  void maxAttemptsOfOneStopsRetriesOn503ForThatResourceOnly() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(aResponse().withStatus(503)
        .withHeader("Content-Type", "application/json").withBody("{\"code\":\"UNAVAILABLE\",\"message\":\"busy\"}")));
    Neon neon = neon();

    assertThatThrownBy(() -> neon.project("p-1").withOptions(o -> o.maxAttempts(1)).get())
        .isInstanceOf(ServerException.class);
    WM.verify(1, getRequestedFor(urlPathEqualTo(path("/projects/p-1"))));
    assertThat(time.sleeps).isEmpty();

    WM.resetRequests();
    assertThatThrownBy(() -> neon.project("p-1").get()).isInstanceOf(ServerException.class);
    assertThat(WM.countRequestsMatching(getRequestedFor(urlPathEqualTo(path("/projects/p-1"))).build()).getCount())
        .as("the client's own policy still retries 503").isGreaterThan(1);
  }

  @Test
  void aHeaderReachesTheServerOnEveryCallOfTheResource() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(okJson(PROJECT)));
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1/permissions")))
        .willReturn(okJson("{\"project_permissions\":[]}")));
    Neon neon = neon();
    ProjectScope traced = neon.project("p-1").withOptions(o -> o.header("X-Request-ID", "req-42"));

    assertThat(traced.get().getName()).isEqualTo("demo");
    assertThat(traced.permissions().list()).isEmpty();
    neon.project("p-1").get();

    WM.verify(1, getRequestedFor(urlPathEqualTo(path("/projects/p-1"))).withHeader("X-Request-ID", equalTo("req-42")));
    WM.verify(1, getRequestedFor(urlPathEqualTo(path("/projects/p-1"))).withHeader("X-Request-ID", absent()));
    WM.verify(1, getRequestedFor(urlPathEqualTo(path("/projects/p-1/permissions")))
        .withHeader("X-Request-ID", equalTo("req-42")).withHeader("Authorization", equalTo("Bearer " + KEY)));
  }

  @Test
  void anAuthorizationHeaderIsRefusedBeforeAnyCall() {
    assertThatThrownBy(() -> neon().projects().withOptions(o -> o.header("authorization", "Bearer other")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("Authorization")
        .hasMessageNotContaining("other");
    assertThatThrownBy(() -> neon().users().withOptions(o -> o.timeout(Duration.ZERO)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("timeout");
    assertThatThrownBy(() -> neon().apiKeys().withOptions(o -> o.maxAttempts(0)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("maxAttempts");
    WM.verify(0, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }
}

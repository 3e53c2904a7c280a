package dev.neonjava;

import static com.github.tomakehurst.wiremock.client.WireMock.equalTo;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.matching;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.RegionApi;
import dev.neonjava.runtime.NotFoundException;
import dev.neonjava.runtime.transport.RateLimit;
import dev.neonjava.runtime.transport.RateLimiter;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class ClientTest extends WireMockTestBase {
  private static final String PROJECT = "{\"project\":{\"id\":\"p-1\",\"name\":\"demo\"}}";

  @Test
  void aMissingKeyFailsAtBuildTime() {
    assertThatThrownBy(() -> Neon.builder().environment(name -> null).build())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("NEON_API_KEY");
    assertThatThrownBy(() -> Neon.builder().apiKey(" ")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("apiKey");
  }

  @Test
  void theKeyComesFromTheEnvironmentByDefault() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(okJson(PROJECT)));
    Neon neon = Neon.builder().environment(Map.of(Neon.API_KEY_ENV, "env-key-123")::get)
        .baseUrl(WM.baseUrl() + "/api/v2").build();
    neon.projects().get("p-1");
    WM.verify(getRequestedFor(urlPathEqualTo(path("/projects/p-1"))).withHeader("Authorization", equalTo("Bearer env-key-123")));
  }

  @Test
  void aKeySupplierIsAskedOnEveryCall() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(okJson(PROJECT)));
    AtomicInteger rotation = new AtomicInteger();
    Neon neon = builder().apiKeySupplier(() -> "key-" + rotation.incrementAndGet()).build();
    neon.projects().get("p-1");
    neon.projects().get("p-1");
    WM.verify(getRequestedFor(urlPathEqualTo(path("/projects/p-1"))).withHeader("Authorization", equalTo("Bearer key-1")));
    WM.verify(getRequestedFor(urlPathEqualTo(path("/projects/p-1"))).withHeader("Authorization", equalTo("Bearer key-2")));
  }

  @Test
  void theUserAgentNamesLibraryAndJava() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(okJson(PROJECT)));
    neon().projects().get("p-1");
    WM.verify(getRequestedFor(urlPathEqualTo(path("/projects/p-1")))
        .withHeader("User-Agent", matching("neon-java/\\d+\\.\\d+\\.\\d+(-SNAPSHOT)? java/.+")));
  }

  @Test
  void derivedClientsShareTheConnectionPoolAndKeepTheirOwnOptions() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(okJson(PROJECT)));
    Neon neon = Neon.builder().apiKey(KEY).baseUrl(WM.baseUrl() + "/api/v2").build();
    Neon other = neon.withOptions(b -> b.userAgent("ci-bot/1.0"));
    other.projects().get("p-1");
    neon.projects().get("p-1");
    WM.verify(1, getRequestedFor(urlPathEqualTo(path("/projects/p-1"))).withHeader("User-Agent", equalTo("ci-bot/1.0")));
    WM.verify(2, getRequestedFor(urlPathEqualTo(path("/projects/p-1"))).withHeader("Authorization", equalTo("Bearer " + KEY)));
    assertThat(other.apiClient()).isNotSameAs(neon.apiClient());
    assertThat(httpClientOf(other)).isSameAs(httpClientOf(neon));
    assertThat(httpClientOf(neon.withOptions(b -> b.connectTimeout(java.time.Duration.ofSeconds(1)))))
        .isNotSameAs(httpClientOf(neon));
  }

  @Test
  void derivedClientsShareOneRateLimitBudgetUnlessTheyChangeTheLimit() throws Exception {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(okJson(PROJECT)));
    RateLimit onePerHour = RateLimit.of(700, Duration.ofMinutes(1), 1, Duration.ofHours(1));
    Neon neon = Neon.builder().apiKey(KEY).baseUrl(WM.baseUrl() + "/api/v2").rateLimit(onePerHour).build();
    Neon derived = neon.withOptions(b -> b.userAgent("ci-bot/1.0"));
    RateLimiter budget = (RateLimiter) field(neon, "rateLimiter");
    assertThat(field(derived, "rateLimiter")).isSameAs(budget);
    assertThat(field(neon.withOptions(b -> b.rateLimit(RateLimit.neonDefaults())), "rateLimiter")).isNotSameAs(budget);
    assertThat(field(neon.withOptions(b -> b.rateLimit(null)), "rateLimiter")).isNull();

    neon.projects().get("p-1"); // takes the route's one permit for an hour
    derived.api(ProjectApi::new).getProjectAsync(ProjectApi.GetProjectParams.builder().projectId("p-1").build());
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(10);
    while (budget.waiting() == 0 && System.nanoTime() < deadline) {
      Thread.sleep(5);
    }
    assertThat(budget.waiting()).isEqualTo(1); // the derived client's call waits for the same route permit
    WM.verify(1, getRequestedFor(urlPathEqualTo(path("/projects/p-1"))));
  }

  private static Object httpClientOf(Neon neon) {
    return field(neon, "httpClient");
  }

  private static Object field(Neon neon, String name) {
    try {
      java.lang.reflect.Field f = Neon.class.getDeclaredField(name);
      f.setAccessible(true);
      return f.get(neon);
    } catch (ReflectiveOperationException e) {
      throw new AssertionError(e);
    }
  }

  @Test
  void toStringNeverShowsTheKey() {
    assertThat(neon().toString()).doesNotContain(KEY).contains("<redacted>");
    assertThat(neon().apiClient().toString()).doesNotContain(KEY);
  }

  @Test
  void errorsAreTypedAndCarryNeonsDetails() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/nope"))).willReturn(com.github.tomakehurst.wiremock.client.WireMock
        .aResponse().withStatus(404).withHeader("x-neon-ret-request-id", "rid-7")
        .withBody("{\"code\":\"\",\"message\":\"not found\"}")));
    assertThatThrownBy(() -> neon().projects().get("nope")).isInstanceOfSatisfying(NotFoundException.class, e -> {
      assertThat(e.requestId()).contains("rid-7");
      assertThat(e.errorMessage()).isEqualTo("not found");
      assertThat(e.operationId()).isEqualTo("getProject");
    });
  }

  @Test
  void theEscapeHatchReachesEveryGeneratedApiOnTheSameTransport() {
    WM.stubFor(get(urlPathEqualTo(path("/regions"))).willReturn(okJson("{\"regions\":[]}")));
    neon().api(RegionApi::new).getActiveRegions(RegionApi.GetActiveRegionsParams.builder().build());
    WM.verify(getRequestedFor(urlPathEqualTo(path("/regions"))).withHeader("Authorization", equalTo("Bearer " + KEY)));
  }

  @Test
  void badIdsAreRejectedBeforeTheCallNamingTheParameter() {
    Neon neon = neon();
    assertThatThrownBy(() -> neon.project(null)).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("project_id");
    assertThatThrownBy(() -> neon.project(" ")).isInstanceOf(IllegalArgumentException.class).hasMessageContaining("project_id");
    for (String bad : new String[] {"a/b", "..", "a?b", "a#b", "a%2Fb", "a b"}) {
      assertThatThrownBy(() -> neon.projects().get(bad)).as(bad)
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("project_id");
    }
    assertThatThrownBy(() -> neon.project("p-1").branches().get("../x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("branch_id");
    assertThatThrownBy(() -> neon.project("p-1").endpoints().get(null)).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("endpoint_id");
    assertThatThrownBy(() -> Neon.builder().baseUrl("ftp://x")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("baseUrl");
    WM.verify(0, getRequestedFor(com.github.tomakehurst.wiremock.client.WireMock.anyUrl()));
  }

  @Test
  void changingTheBuilderAfterBuildDoesNotChangeTheClient() {
    NeonBuilder builder = builder().userAgent("first/1");
    Neon neon = builder.build();
    builder.userAgent("second/2");
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(okJson(PROJECT)));
    neon.withOptions(o -> { }).projects().get("p-1");
    WM.verify(getRequestedFor(urlPathEqualTo(path("/projects/p-1"))).withHeader("User-Agent", equalTo("first/1")));
    assertThat(neon.toString()).contains("first/1");
  }
}

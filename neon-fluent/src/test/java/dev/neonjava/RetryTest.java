package dev.neonjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.neonjava.runtime.LockedException;
import dev.neonjava.runtime.RateLimitedException;
import dev.neonjava.runtime.ServerException;
import dev.neonjava.runtime.TransportException;
import dev.neonjava.runtime.transport.RetryPolicy;
import java.time.Duration;
import org.junit.jupiter.api.Test;

class RetryTest extends WireMockTestBase {
  private static final String PROJECT = "{\"project\":{\"id\":\"p-1\",\"name\":\"demo\"}}";

  private void stubSequence(com.github.tomakehurst.wiremock.client.MappingBuilder first,
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder firstAnswer,
      com.github.tomakehurst.wiremock.client.MappingBuilder then,
      com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder thenAnswer) {
    WM.stubFor(first.inScenario("s").whenScenarioStateIs(Scenario.STARTED).willSetStateTo("retried").willReturn(firstAnswer));
    WM.stubFor(then.inScenario("s").whenScenarioStateIs("retried").willReturn(thenAnswer));
  }

  private static com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder error(int status, String code) {
    return aResponse().withStatus(status).withHeader("Content-Type", "application/json")
        .withBody("{\"code\":\"" + code + "\",\"message\":\"" + code.toLowerCase() + "\"}");
  }

  @Test
  void lockedThenOkIsRetriedForAPost() {
    stubSequence(post(urlPathEqualTo(path("/projects"))), error(423, "LOCKED"),
        post(urlPathEqualTo(path("/projects"))), okJson("{\"project\":{\"id\":\"p-1\"},\"operations\":[]}"));
    assertThat(neon().projects().create(p -> p.name("demo")).response().getProject().getId()).isEqualTo("p-1");
    WM.verify(2, postRequestedFor(urlPathEqualTo(path("/projects"))));
    assertThat(time.sleeps).hasSize(1);
  }

  @Test
  void retryAfterIsHonoured() {
    stubSequence(get(urlPathEqualTo(path("/projects/p-1"))), error(429, "RATE_LIMITED").withHeader("Retry-After", "7"),
        get(urlPathEqualTo(path("/projects/p-1"))), okJson(PROJECT));
    neon().projects().get("p-1");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(7));
  }

  @Test
  void retryAfterIsCapped() {
    stubSequence(get(urlPathEqualTo(path("/projects/p-1"))), error(429, "RATE_LIMITED").withHeader("Retry-After", "3600"),
        get(urlPathEqualTo(path("/projects/p-1"))), okJson(PROJECT));
    builder().retryPolicy(RetryPolicy.builder().maxRetryAfter(Duration.ofSeconds(30)).build()).build().projects().get("p-1");
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(30));
  }

  @Test
  void lastErrorSurfacesWithTheAttemptCount() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(error(423, "LOCKED")));
    assertThatThrownBy(() -> builder().retryPolicy(RetryPolicy.builder().maxAttempts(3).build()).build()
        .projects().get("p-1"))
        .isInstanceOfSatisfying(LockedException.class, e -> {
          assertThat(e.attempts()).isEqualTo(3);
          assertThat(e.getMessage()).contains("after 3 attempts").contains("LOCKED");
        });
    WM.verify(3, getRequestedFor(urlPathEqualTo(path("/projects/p-1"))));
    assertThat(time.sleeps).hasSize(2);
    assertThat(time.sleeps.get(1)).isGreaterThan(time.sleeps.get(0)); // exponential backoff
  }

  @Test
  void rateLimitedExceptionExposesRetryAfter() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(error(429, "RATE").withHeader("Retry-After", "2")));
    assertThatThrownBy(() -> builder().retryPolicy(RetryPolicy.none()).build().projects().get("p-1"))
        .isInstanceOfSatisfying(RateLimitedException.class,
            e -> assertThat(e.retryAfter()).contains(Duration.ofSeconds(2)));
  }

  @Test
  void aPostIsNotResentAfterAResetConnection() {
    WM.stubFor(post(urlPathEqualTo(path("/projects"))).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    assertThatThrownBy(() -> neon().projects().create(p -> p.name("demo")))
        .isInstanceOfSatisfying(TransportException.class, e -> {
          assertThat(e.attempts()).isEqualTo(1);
          assertThat(e.operationId()).isEqualTo("createProject");
        });
    WM.verify(1, postRequestedFor(urlPathEqualTo(path("/projects"))));
  }

  @Test
  void aGetIsResentAfterAResetConnection() {
    stubSequence(get(urlPathEqualTo(path("/projects/p-1"))), aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER),
        get(urlPathEqualTo(path("/projects/p-1"))), okJson(PROJECT));
    assertThat(neon().projects().get("p-1").getName()).isEqualTo("demo");
    WM.verify(2, getRequestedFor(urlPathEqualTo(path("/projects/p-1"))));
  }

  @Test
  void a500IsRetriedForGetButNotForPost() {
    WM.stubFor(post(urlPathEqualTo(path("/projects"))).willReturn(error(500, "INTERNAL")));
    assertThatThrownBy(() -> neon().projects().create(p -> p.name("x"))).isInstanceOf(ServerException.class);
    WM.verify(1, postRequestedFor(urlPathEqualTo(path("/projects"))));

    stubSequence(get(urlPathEqualTo(path("/projects/p-1"))), error(500, "INTERNAL"),
        get(urlPathEqualTo(path("/projects/p-1"))), okJson(PROJECT));
    neon().projects().get("p-1");
    WM.verify(2, getRequestedFor(urlPathEqualTo(path("/projects/p-1"))));
  }

  @Test
  void oneDeadlineBoundsTheWholeCall() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1"))).willReturn(error(503, "UNAVAILABLE").withHeader("Retry-After", "20")));
    Neon neon = builder().retryPolicy(RetryPolicy.builder().maxAttempts(100).deadline(Duration.ofSeconds(45)).build()).build();
    assertThatThrownBy(() -> neon.projects().get("p-1")).isInstanceOf(ServerException.class);
    assertThat(time.slept()).isLessThanOrEqualTo(Duration.ofSeconds(45));
    WM.verify(3, getRequestedFor(urlPathEqualTo(path("/projects/p-1"))));
  }

  @Test
  void asyncCallsRetryToo() {
    stubSequence(get(urlPathEqualTo(path("/projects/p-1"))), error(503, "UNAVAILABLE"),
        get(urlPathEqualTo(path("/projects/p-1"))), okJson(PROJECT));
    assertThat(neon().api(dev.neonjava.generated.api.ProjectApi::new).getProjectAsync(
        dev.neonjava.generated.api.ProjectApi.GetProjectParams.builder().projectId("p-1").build()).join()
        .getProject().getId()).isEqualTo("p-1");
    WM.verify(2, getRequestedFor(urlPathEqualTo(path("/projects/p-1"))));
  }
}

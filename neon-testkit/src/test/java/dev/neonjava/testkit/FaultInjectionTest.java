package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiException;
import dev.neonjava.runtime.RequestTimeoutException;
import dev.neonjava.runtime.Secret;
import dev.neonjava.runtime.ServerException;
import dev.neonjava.runtime.TransportException;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@NeonEmulatorTest
class FaultInjectionTest {

  private static void listProjects(ApiClient client) {
    new ProjectApi(client).listProjects(ProjectApi.ListProjectsParams.builder().build());
  }

  @Test
  void aStatusFaultHitsTheNextCallOnly(NeonEmulator neon, ApiClient client) {
    neon.inject("listProjects", Fault.status(503, "maintenance").retryAfter(Duration.ofSeconds(2)));

    assertThatThrownBy(() -> listProjects(client))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(503);
          assertThat(e.errorMessage()).isEqualTo("maintenance");
          assertThat(e.headers().firstValue("retry-after")).hasValue("2");
        });
    listProjects(client);
    assertThat(neon.requests()).extracting(RecordedRequest::status).containsExactly(503, 200);
    assertThat(neon.requests().get(0).fault()).isEqualTo(Fault.Kind.STATUS);
  }

  @Test
  void makeTheNextCreateBranchFailAtTheHttpLevel(NeonEmulator neon, ApiClient client) {
    String projectId = neon.seedProject("app").getId();
    neon.inject("createProjectBranch", Fault.status(500));

    assertThatThrownBy(() -> new Api(client).createBranch(projectId, "x", false)).isInstanceOf(ServerException.class);
    assertThat(neon.branches(projectId)).hasSize(1);
    assertThat(new Api(client).createBranch(projectId, "x", false).getBranch().getName()).isEqualTo("x");
  }

  @Test
  void timesAlwaysAndClear(NeonEmulator neon, ApiClient client) {
    neon.inject("listProjects", Fault.status(502).times(2));
    assertThatThrownBy(() -> listProjects(client)).isInstanceOf(ServerException.class);
    assertThatThrownBy(() -> listProjects(client)).isInstanceOf(ServerException.class);
    listProjects(client);

    neon.inject("*", Fault.status(500).always());
    for (int i = 0; i < 3; i++) {
      assertThatThrownBy(() -> listProjects(client)).isInstanceOf(ServerException.class);
    }
    neon.clearFaults();
    listProjects(client);
  }

  @Test
  void aFaultComesBeforeAuthentication(NeonEmulator neon) {
    ApiClient wrongKey = neon.clientBuilder().apiKey(Secret.of("napi_wrong", "API key")).build();
    neon.inject("listProjects", Fault.status(503));
    assertThatThrownBy(() -> listProjects(wrongKey))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(503));
  }

  @Test
  void aDelayedResponseStillTakesEffect(NeonEmulator neon) {
    ApiClient impatient = neon.clientBuilder().requestTimeout(Duration.ofMillis(150)).build();
    neon.inject("createProject", Fault.delay(Duration.ofMillis(600)));

    assertThatThrownBy(() -> new Api(impatient).createProject("slow")).isInstanceOf(RequestTimeoutException.class);
    // the server may still be finishing the request the client gave up on
    long deadline = System.nanoTime() + Duration.ofSeconds(10).toNanos();
    while (neon.requests().isEmpty() && System.nanoTime() < deadline) {
      Thread.onSpinWait();
    }
    assertThat(neon.projects()).extracting(p -> p.getName()).containsExactly("slow");
    assertThat(neon.requests()).singleElement().satisfies(r -> assertThat(r.fault()).isEqualTo(Fault.Kind.DELAY));
  }

  @Test
  void aResetConnectionIsATransportFailureAndChangesNothing(NeonEmulator neon, ApiClient client) {
    neon.inject("createProject", Fault.connectionReset());

    assertThatThrownBy(() -> new Api(client).createProject("lost"))
        .isInstanceOf(TransportException.class)
        .isNotInstanceOf(ApiException.class);
    assertThat(neon.projects()).isEmpty();
    assertThat(neon.requests()).singleElement().satisfies(r -> {
      assertThat(r.status()).isEqualTo(-1);
      assertThat(r.fault()).isEqualTo(Fault.Kind.CONNECTION_RESET);
    });
  }

  @Test
  void anEmptyResponseIsATransportFailure(NeonEmulator neon, ApiClient client) {
    neon.inject("listProjects", Fault.emptyResponse());
    assertThatThrownBy(() -> listProjects(client)).isInstanceOf(TransportException.class);
  }

  @Test
  void aProxyPageIsAnErrorWithItsTitle(NeonEmulator neon, ApiClient client) {
    neon.inject("listProjects", Fault.htmlStatus(502));
    assertThatThrownBy(() -> listProjects(client))
        .isInstanceOfSatisfying(ServerException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(502);
          assertThat(e.errorMessage()).contains("502 Bad Gateway");
        });
    assertThat(neon.violations()).as("an injected fault is not checked against the spec").isEmpty();
  }

  @Test
  void faultsNameOperationsOfTheSpec(NeonEmulator neon) {
    assertThatThrownBy(() -> neon.inject("listProject", Fault.status(500)))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("no operation listProject");
    assertThatThrownBy(() -> Fault.status(200)).isInstanceOf(IllegalArgumentException.class);
  }
}

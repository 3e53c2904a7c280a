package dev.neonjava;

import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.github.tomakehurst.wiremock.stubbing.Scenario;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.wait.OperationClassifier;
import dev.neonjava.wait.OperationFailedException;
import dev.neonjava.wait.Pending;
import dev.neonjava.wait.PollSchedule;
import dev.neonjava.wait.WaitTimeoutException;
import java.time.Duration;
import java.util.Set;
import java.util.concurrent.CompletionException;
import org.junit.jupiter.api.Test;

class WaitingTest extends WireMockTestBase {
  static final String OP = "11111111-1111-1111-1111-111111111111";

  private void stubCreateProject(String status) {
    WM.stubFor(post(urlPathEqualTo(path("/projects"))).willReturn(okJson(
        "{\"project\":{\"id\":\"p-1\",\"name\":\"demo\"},\"operations\":[" + op(OP, status) + "]}")));
  }

  private void stubOperation(String scenarioState, String nextState, String status) {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1/operations/" + OP)))
        .inScenario("op").whenScenarioStateIs(scenarioState).willSetStateTo(nextState)
        .willReturn(okJson("{\"operation\":" + op(OP, status) + "}")));
  }

  @Test
  void awaitPollsUntilTheOperationFinishes() {
    stubCreateProject("running");
    stubOperation(Scenario.STARTED, "second", "running");
    stubOperation("second", "done", "finished");

    CreateProjectResponse created = neon().projects().create(p -> p.name("demo")).await();

    assertThat(created.getProject().getId()).isEqualTo("p-1");
    WM.verify(2, getRequestedFor(urlPathEqualTo(path("/projects/p-1/operations/" + OP))));
    // first poll one interval after the mutation, the second one interval later: never a busy loop
    assertThat(time.sleeps).hasSize(2).allSatisfy(d -> assertThat(d).isBetween(Duration.ofMillis(900), Duration.ofMillis(1700)));
  }

  @Test
  void alreadyFinishedOperationsCostNoPoll() {
    stubCreateProject("finished");
    neon().projects().create(p -> p.name("demo")).await();
    WM.verify(0, getRequestedFor(urlPathEqualTo(path("/projects/p-1/operations/" + OP))));
    assertThat(time.sleeps).isEmpty();
  }

  @Test
  void timeoutCarriesThePendingOperations() {
    stubCreateProject("running");
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1/operations/" + OP)))
        .willReturn(okJson("{\"operation\":" + op(OP, "failed").replace("\"failures_count\":0", "\"failures_count\":2") + "}")));

    Neon neon = builder().pollSchedule(PollSchedule.builder().timeout(Duration.ofSeconds(30)).build()).build();

    assertThatThrownBy(() -> neon.projects().create(p -> p.name("demo")).await())
        .isInstanceOfSatisfying(WaitTimeoutException.class, e -> {
          assertThat(e.pendingOperations()).hasSize(1);
          assertThat(e.pendingOperations().get(0).getStatus()).isEqualTo(OperationStatus.FAILED);
          assertThat(e.pendingOperations().get(0).getFailuresCount()).isEqualTo(2);
          assertThat(e.getMessage()).contains("create_branch").contains("failures=2");
          assertThat(e.waited()).isLessThanOrEqualTo(Duration.ofSeconds(30));
        });
    assertThat(time.slept()).isLessThanOrEqualTo(Duration.ofSeconds(30));
  }

  @Test
  void theLastPollHappensAtTheTimeoutNotOneIntervalBefore() {
    stubCreateProject("running");
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1/operations/" + OP)))
        .willReturn(okJson("{\"operation\":" + op(OP, "running") + "}")));
    // intervals of 4 s against a 10 s timeout: polls at 4 s, 8 s and, cut short, at 10 s
    Neon neon = builder().pollSchedule(PollSchedule.builder().initialInterval(Duration.ofSeconds(4)).multiplier(1)
        .jitter(0).timeout(Duration.ofSeconds(10)).build()).build();

    assertThatThrownBy(() -> neon.projects().create(p -> p.name("demo")).await())
        .isInstanceOfSatisfying(WaitTimeoutException.class, e -> assertThat(e.waited()).isEqualTo(Duration.ofSeconds(10)));
    assertThat(time.sleeps).containsExactly(Duration.ofSeconds(4), Duration.ofSeconds(4), Duration.ofSeconds(2));
    WM.verify(3, getRequestedFor(urlPathEqualTo(path("/projects/p-1/operations/" + OP))));
  }

  @Test
  void aPollThatBreaksTheContractIsADecodingErrorNotANullPointer() {
    stubCreateProject("running");
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1/operations/" + OP))).willReturn(okJson("{}")));
    assertThatThrownBy(() -> neon().projects().create(p -> p.name("demo")).await())
        .isInstanceOf(dev.neonjava.runtime.ResponseDecodingException.class)
        .hasMessageContaining("getProjectOperation").hasMessageContaining("'operation'");
    assertThatThrownBy(() -> neon().projects().createAsync(p -> p.name("demo")).thenCompose(Pending::awaitAsync).join())
        .hasCauseInstanceOf(dev.neonjava.runtime.ResponseDecodingException.class);
  }

  @Test
  void anErrorStatusFailsWithTheOperationsErrorText() {
    stubCreateProject("running");
    stubOperation(Scenario.STARTED, "x", "error");
    assertThatThrownBy(() -> neon().projects().create(p -> p.name("demo")).await())
        .isInstanceOfSatisfying(OperationFailedException.class, e -> {
          assertThat(e.error()).isEqualTo("disk full");
          assertThat(e.operation().getId().toString()).isEqualTo(OP);
          assertThat(e.getMessage()).contains("disk full");
        });
  }

  @Test
  void unknownStatusesArePendingAndTheClassificationIsConfigurable() {
    stubCreateProject("running");
    stubOperation(Scenario.STARTED, "x", "paused_for_maintenance");
    stubOperation("x", "y", "finished");
    neon().projects().create(p -> p.name("demo")).await();
    WM.verify(2, getRequestedFor(urlPathEqualTo(path("/projects/p-1/operations/" + OP))));

    WM.resetAll();
    stubCreateProject("running");
    stubOperation(Scenario.STARTED, "x", "failed");
    Neon strict = builder().operationClassifier(OperationClassifier.of(Set.of(OperationStatus.FINISHED),
        Set.of(OperationStatus.FAILED, OperationStatus.ERROR))).build();
    assertThatThrownBy(() -> strict.projects().create(p -> p.name("demo")).await())
        .isInstanceOf(OperationFailedException.class);
  }

  @Test
  void awaitAsyncCompletesWithoutBlocking() {
    stubCreateProject("running");
    stubOperation(Scenario.STARTED, "x", "running");
    stubOperation("x", "y", "finished");
    CreateProjectResponse created = neon().projects().createAsync(p -> p.name("demo")).thenCompose(Pending::awaitAsync).join();
    assertThat(created.getProject().getName()).isEqualTo("demo");
    WM.verify(2, getRequestedFor(urlPathEqualTo(path("/projects/p-1/operations/" + OP))));
  }

  @Test
  void asyncFailureArrivesAsTheTypedException() {
    stubCreateProject("running");
    stubOperation(Scenario.STARTED, "x", "cancelled");
    assertThatThrownBy(() -> neon().projects().createAsync(p -> p.name("demo")).thenCompose(Pending::awaitAsync).join())
        .isInstanceOf(CompletionException.class).cause().isInstanceOf(OperationFailedException.class);
  }

  @Test
  void cancellingAnAsyncWaitStopsThePolling() {
    stubCreateProject("running");
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1/operations/" + OP))).willReturn(okJson("{\"operation\":" + op(OP, "running") + "}")));
    java.util.concurrent.CompletableFuture<Void> gate = new java.util.concurrent.CompletableFuture<>();
    dev.neonjava.runtime.transport.Sleeper held = new dev.neonjava.runtime.transport.Sleeper() {
      @Override
      public void sleep(Duration duration) {
      }

      @Override
      public java.util.concurrent.CompletableFuture<Void> delay(Duration duration) {
        return gate;
      }
    };
    Neon neon = builder().time(time, held).build();
    dev.neonjava.generated.model.CreateProjectResponse created = neon.projects().create(p -> p.name("demo")).response();

    java.util.concurrent.CompletableFuture<?> waiting = neon.operations().awaitAsync(created.getOperations());
    assertThat(waiting).isNotDone(); // no thread blocked: the wait is parked on the delay
    waiting.cancel(true);
    gate.complete(null); // the delay ends after the cancellation

    assertThat(waiting).isCancelled();
    WM.verify(0, getRequestedFor(urlPathEqualTo(path("/projects/p-1/operations/" + OP))));
  }
}

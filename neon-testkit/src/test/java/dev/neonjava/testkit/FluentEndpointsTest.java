package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointCreateRequestEndpoint;
import dev.neonjava.generated.model.EndpointOperations;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.EndpointUpdateRequestEndpoint;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.resources.Endpoints;
import dev.neonjava.runtime.NotFoundException;
import dev.neonjava.wait.Pending;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

/** {@code project(id).endpoints()} against the emulator: create, change, start without waiting, resize, delete. */
class FluentEndpointsTest {

  @Test
  void createUpdateAndDelete() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      String branchId = emulator.seedBranch(projectId, "feature").getId();
      Endpoints endpoints = neon.project(projectId).endpoints();
      assertThat(endpoints.list()).hasSize(1);

      Endpoint created = endpoints.create(r -> r.endpoint(new EndpointCreateRequestEndpoint().branchId(branchId)
          .type(EndpointType.READ_WRITE))).await().getEndpoint();
      assertThat(created.getBranchId()).isEqualTo(branchId);
      assertThat(created.getCurrentState()).isEqualTo(EndpointState.ACTIVE);
      assertThat(endpoints.listAsync().join()).extracting(Endpoint::getId).contains(created.getId());
      assertThat(neon.project(projectId).branch(branchId).endpoints()).extracting(Endpoint::getId)
          .containsExactly(created.getId());

      Endpoint changed = endpoints.update(created.getId(), r -> r.endpoint(new EndpointUpdateRequestEndpoint()
          .suspendTimeoutSeconds(900L))).await().getEndpoint();
      assertThat(changed.getSuspendTimeoutSeconds()).isEqualTo(900L);
      assertThat(endpoints.get(created.getId()).getSuspendTimeoutSeconds()).isEqualTo(900L);

      assertThat(endpoints.delete(created.getId())).hasValueSatisfying(p -> p.await());
      assertThatThrownBy(() -> endpoints.get(created.getId())).isInstanceOf(NotFoundException.class);
      assertThat(endpoints.deleteIfExists(created.getId())).isFalse();
      assertThatThrownBy(() -> endpoints.get("ep/1")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("endpoint_id");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void startReturnsBeforeTheComputeRunsAndTheWaitsFollowIt() {
    try (NeonEmulator emulator = NeonEmulator.builder().operationDelay(Duration.ofMillis(200)).start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      Endpoints endpoints = neon.project(projectId).endpoints();
      String endpointId = endpoints.list().get(0).getId();

      Endpoint suspended = endpoints.suspend(endpointId).await().getEndpoint();
      assertThat(suspended.getCurrentState()).isEqualTo(EndpointState.IDLE);

      Pending<EndpointOperations> started = endpoints.start(endpointId);
      assertThat(started.operations()).isNotEmpty()
          .allSatisfy(op -> assertThat(op.getStatus()).isNotEqualTo(OperationStatus.FINISHED));
      assertThat(endpoints.get(endpointId).getCurrentState()).isNotEqualTo(EndpointState.ACTIVE);
      assertThat(endpoints.waitForState(endpointId, EndpointState.ACTIVE).getCurrentState())
          .isEqualTo(EndpointState.ACTIVE);
      assertThat(endpoints.waitUntilReady(endpointId).getPendingState()).isNull();

      Endpoint restarted = endpoints.restartAsync(endpointId).join().awaitAsync().join().getEndpoint();
      assertThat(restarted.getCurrentState()).isEqualTo(EndpointState.ACTIVE);
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void resizeWaitsUntilTheComputeIsActiveAgain() {
    try (NeonEmulator emulator = NeonEmulator.builder().operationDelay(Duration.ofMillis(100)).start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      Endpoints endpoints = neon.project(projectId).endpoints();
      String endpointId = endpoints.list().get(0).getId();

      Endpoint resized = endpoints.resize(endpointId, 0.5, 2);

      assertThat(resized.getAutoscalingLimitMinCu()).isEqualByComparingTo(new BigDecimal("0.5"));
      assertThat(resized.getAutoscalingLimitMaxCu()).isEqualByComparingTo(new BigDecimal("2"));
      assertThat(resized.getCurrentState()).isEqualTo(EndpointState.ACTIVE);
      assertThat(emulator.operations(projectId)).allSatisfy(op -> assertThat(op.getStatus())
          .isEqualTo(OperationStatus.FINISHED));
      assertThatThrownBy(() -> endpoints.resize(endpointId, 2, 1)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("minCu");
      assertThat(emulator.violations()).isEmpty();
    }
  }
}

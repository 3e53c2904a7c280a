package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.EndpointApi;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointCreateRequest;
import dev.neonjava.generated.model.EndpointCreateRequestEndpoint;
import dev.neonjava.generated.model.EndpointOperations;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.EndpointUpdateRequest;
import dev.neonjava.generated.model.EndpointUpdateRequestEndpoint;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import java.math.BigDecimal;
import java.time.Duration;
import org.junit.jupiter.api.Test;

@NeonEmulatorTest(operationDelayMillis = 1000, frozenClock = true)
class EndpointsTest {

  private static EndpointOperations create(EndpointApi endpoints, String projectId, String branchId, EndpointType type) {
    return endpoints.createProjectEndpoint(EndpointApi.CreateProjectEndpointParams.builder().projectId(projectId)
        .endpointCreateRequest(new EndpointCreateRequest().endpoint(new EndpointCreateRequestEndpoint()
            .branchId(branchId).type(type))).build());
  }

  @Test
  void aComputeGoesInitActiveIdleActive(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    String branchId = neon.seedBranch(projectId, "dev").getId();

    EndpointOperations created = create(api.endpoints, projectId, branchId, EndpointType.READ_WRITE);
    String id = created.getEndpoint().getId();
    assertThat(id).startsWith("ep-");
    assertThat(created.getEndpoint().getCurrentState()).isEqualTo(EndpointState.INIT);
    assertThat(created.getOperations()).extracting(Operation::getAction).containsExactly(OperationAction.START_COMPUTE);

    neon.advanceTime(Duration.ofMillis(999));
    assertThat(api.endpoint(projectId, id).getCurrentState()).isEqualTo(EndpointState.INIT);
    neon.advanceTime(Duration.ofMillis(1));
    Endpoint active = api.endpoint(projectId, id);
    assertThat(active.getCurrentState()).isEqualTo(EndpointState.ACTIVE);
    assertThat(active.getPendingState()).isNull();
    assertThat(active.getStartedAt()).isNotNull();

    EndpointOperations suspending = api.endpoints.suspendProjectEndpoint(EndpointApi.SuspendProjectEndpointParams
        .builder().projectId(projectId).endpointId(id).build());
    assertThat(suspending.getEndpoint().getPendingState()).isEqualTo(EndpointState.IDLE);
    assertThat(suspending.getOperations()).extracting(Operation::getAction).containsExactly(OperationAction.SUSPEND_COMPUTE);
    neon.advanceTime(Duration.ofSeconds(1));
    assertThat(api.endpoint(projectId, id).getCurrentState()).isEqualTo(EndpointState.IDLE);

    api.endpoints.startProjectEndpoint(EndpointApi.StartProjectEndpointParams.builder().projectId(projectId)
        .endpointId(id).build());
    neon.advanceTime(Duration.ofSeconds(1));
    assertThat(api.endpoint(projectId, id).getCurrentState()).isEqualTo(EndpointState.ACTIVE);

    EndpointOperations restarted = api.endpoints.restartProjectEndpoint(EndpointApi.RestartProjectEndpointParams
        .builder().projectId(projectId).endpointId(id).build());
    assertThat(restarted.getOperations()).extracting(Operation::getAction)
        .containsExactly(OperationAction.SUSPEND_COMPUTE, OperationAction.START_COMPUTE);
    neon.advanceTime(Duration.ofSeconds(2));
    assertThat(api.endpoint(projectId, id).getCurrentState()).isEqualTo(EndpointState.ACTIVE);
  }

  @Test
  void oneReadWriteComputePerBranchAndAnyNumberOfReadOnlyOnes(NeonEmulator neon, ApiClient client) {
    EndpointApi endpoints = new EndpointApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();

    assertThatThrownBy(() -> create(endpoints, projectId, main, EndpointType.READ_WRITE))
        .isInstanceOf(ConflictException.class).hasMessageContaining("already has a read_write endpoint");
    create(endpoints, projectId, main, EndpointType.READ_ONLY);
    neon.advanceTime(Duration.ofSeconds(1));
    create(endpoints, projectId, main, EndpointType.READ_ONLY);
    neon.advanceTime(Duration.ofSeconds(1));

    assertThat(endpoints.listProjectEndpoints(EndpointApi.ListProjectEndpointsParams.builder().projectId(projectId)
        .build()).getEndpoints()).extracting(Endpoint::getType)
        .containsExactly(EndpointType.READ_WRITE, EndpointType.READ_ONLY, EndpointType.READ_ONLY);
    assertThat(new BranchApi(client).listProjectBranchEndpoints(BranchApi.ListProjectBranchEndpointsParams.builder()
        .projectId(projectId).branchId(main).build()).getEndpoints()).hasSize(3);
    assertThatThrownBy(() -> create(endpoints, projectId, "br-missing-00000000", EndpointType.READ_ONLY))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void updateAutoscalingAndDelete(NeonEmulator neon, ApiClient client) {
    EndpointApi endpoints = new EndpointApi(client);
    String projectId = neon.seedProject("app").getId();
    String id = neon.endpoints(projectId).get(0).getId();

    EndpointOperations updated = endpoints.updateProjectEndpoint(EndpointApi.UpdateProjectEndpointParams.builder()
        .projectId(projectId).endpointId(id).endpointUpdateRequest(new EndpointUpdateRequest()
            .endpoint(new EndpointUpdateRequestEndpoint().autoscalingLimitMinCu(new BigDecimal("0.5"))
                .autoscalingLimitMaxCu(new BigDecimal("2")).suspendTimeoutSeconds(300L))).build());
    assertThat(updated.getEndpoint().getAutoscalingLimitMaxCu()).isEqualByComparingTo("2");
    assertThat(updated.getEndpoint().getSuspendTimeoutSeconds()).isEqualTo(300L);
    assertThat(updated.getOperations()).extracting(Operation::getAction).containsExactly(OperationAction.APPLY_CONFIG);
    neon.advanceTime(Duration.ofSeconds(1));

    assertThatThrownBy(() -> endpoints.updateProjectEndpoint(EndpointApi.UpdateProjectEndpointParams.builder()
        .projectId(projectId).endpointId(id).endpointUpdateRequest(new EndpointUpdateRequest()
            .endpoint(new EndpointUpdateRequestEndpoint().autoscalingLimitMinCu(new BigDecimal("4")))).build()))
        .isInstanceOf(BadRequestException.class);

    EndpointOperations deleted = endpoints.deleteProjectEndpoint(EndpointApi.DeleteProjectEndpointParams.builder()
        .projectId(projectId).endpointId(id).build());
    assertThat(deleted.getOperations()).extracting(Operation::getAction).containsExactly(OperationAction.SUSPEND_COMPUTE);
    assertThat(neon.endpoints(projectId)).isEmpty();
    neon.advanceTime(Duration.ofSeconds(1));
    assertThat(endpoints.deleteProjectEndpoint(EndpointApi.DeleteProjectEndpointParams.builder().projectId(projectId)
        .endpointId(id).build())).as("204: already deleted").isNull();
    assertThatThrownBy(() -> endpoints.getProjectEndpoint(EndpointApi.GetProjectEndpointParams.builder()
        .projectId(projectId).endpointId(id).build()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("endpoint " + id + " not found");
  }

  @Test
  void makeAComputeTakeThreeSecondsToStart(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    String branchId = neon.seedBranch(projectId, "dev").getId();
    neon.nextOperation(OperationAction.START_COMPUTE).takes(Duration.ofSeconds(3));

    String id = create(api.endpoints, projectId, branchId, EndpointType.READ_WRITE).getEndpoint().getId();

    neon.advanceTime(Duration.ofMillis(2999));
    assertThat(api.endpoint(projectId, id).getCurrentState()).isEqualTo(EndpointState.INIT);
    neon.advanceTime(Duration.ofMillis(1));
    assertThat(api.endpoint(projectId, id).getCurrentState()).isEqualTo(EndpointState.ACTIVE);
  }
}

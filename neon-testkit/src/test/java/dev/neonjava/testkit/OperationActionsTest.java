package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.SnapshotApi;
import dev.neonjava.generated.model.AddProjectJWKSRequest;
import dev.neonjava.generated.model.BranchAnonymizedCreateRequest;
import dev.neonjava.generated.model.BranchCreateRequest;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.BranchRestoreRequest;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.RestoreSnapshotRequest;
import dev.neonjava.runtime.ApiClient;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Each operation the emulator records carries the action of the spec's enum that Neon runs for the call. */
@NeonEmulatorTest
class OperationActionsTest {
  private static final OperationAction CREATE_BRANCH = OperationAction.CREATE_BRANCH;
  private static final OperationAction CREATE_TIMELINE = OperationAction.CREATE_TIMELINE;
  private static final OperationAction START = OperationAction.START_COMPUTE;
  private static final OperationAction SUSPEND = OperationAction.SUSPEND_COMPUTE;

  private static List<OperationAction> actions(Supplier<List<Operation>> call) {
    return call.get().stream().map(Operation::getAction).collect(Collectors.toList());
  }

  @Test
  void everyRecordedOperationHasTheActionOfItsCall(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    SnapshotApi snapshots = new SnapshotApi(client);
    String projectId = api.createProject("tour").getProject().getId();
    String main = neon.branches(projectId).get(0).getId();

    assertThat(actions(() -> api.createBranch(projectId, "dev", true).getOperations()))
        .containsExactly(CREATE_BRANCH, START);
    assertThat(actions(() -> api.branches.createProjectBranchAnonymized(BranchApi.CreateProjectBranchAnonymizedParams
        .builder().projectId(projectId).branchAnonymizedCreateRequest(new BranchAnonymizedCreateRequest()
            .branchCreate(new BranchCreateRequest().branch(new BranchCreateRequestBranch().name("masked")))).build())
        .getOperations())).containsExactly(CREATE_BRANCH);
    assertThat(actions(() -> api.projects.addProjectJWKS(ProjectApi.AddProjectJWKSParams.builder().projectId(projectId)
        .addProjectJWKSRequest(new AddProjectJWKSRequest().jwksUrl("https://auth.example.com/jwks.json")
            .providerName("example")).build()).getOperations())).containsExactly(OperationAction.APPLY_CONFIG);
    String snapshot = snapshots.createSnapshot(SnapshotApi.CreateSnapshotParams.builder().projectId(projectId)
        .branchId(main).build()).getSnapshot().getId();
    assertThat(neon.operations(projectId)).last().satisfies(op -> assertThat(op.getAction()).isEqualTo(CREATE_TIMELINE));
    String preview = snapshots.restoreSnapshot(SnapshotApi.RestoreSnapshotParams.builder().projectId(projectId)
        .snapshotId(snapshot).restoreSnapshotRequest(new RestoreSnapshotRequest()).build()).getBranch().getId();
    assertThat(neon.operations(projectId)).last().satisfies(op -> assertThat(op.getAction()).isEqualTo(CREATE_BRANCH));
    assertThat(actions(() -> api.branches.finalizeRestoreBranch(BranchApi.FinalizeRestoreBranchParams.builder()
        .projectId(projectId).branchId(preview).build()).getOperations())).containsExactly(SUSPEND, START);
    String dev = neon.branches(projectId).stream().filter(b -> b.getName().equals("dev")).findFirst().orElseThrow()
        .getId();
    assertThat(actions(() -> api.branches.restoreProjectBranch(BranchApi.RestoreProjectBranchParams.builder()
        .projectId(projectId).branchId(dev).branchRestoreRequest(new BranchRestoreRequest().sourceBranchId(preview))
        .build()).getOperations())).containsExactly(CREATE_TIMELINE, SUSPEND, START);
    assertThat(actions(() -> snapshots.deleteSnapshot(SnapshotApi.DeleteSnapshotParams.builder().projectId(projectId)
        .snapshotId(snapshot).build()).getOperations())).containsExactly(OperationAction.DELETE_TIMELINE);

    List<?> specEnum = SpecCheck.byDefault().api().getComponents().getSchemas().get("OperationAction").getEnum();
    Set<String> specActions = specEnum.stream().map(String::valueOf).collect(Collectors.toSet());
    List<Operation> recorded = neon.operations(projectId);
    assertThat(recorded).extracting(op -> op.getAction().value()).allSatisfy(a -> assertThat(specActions).contains(a));
    assertThat(recorded).filteredOn(op -> op.getAction().equals(OperationAction.APPLY_CONFIG))
        .as("only the JWKS change is a configuration change").hasSize(1);
  }

  @Test
  void theGenericStoreNamesTheActionByOperationThenByPath() {
    assertThat(OperationActions.of("addProjectJWKS", "POST", "/projects/{project_id}/jwks"))
        .isEqualTo(OperationAction.APPLY_CONFIG);
    assertThat(OperationActions.of("newBranchKind", "POST", "/projects/{project_id}/branch_templates"))
        .isEqualTo(CREATE_BRANCH);
    assertThat(OperationActions.of("x", "POST", "/projects/{project_id}/endpoints/{endpoint_id}/start"))
        .isEqualTo(START);
    assertThat(OperationActions.of("x", "POST", "/projects/{project_id}/endpoints/{endpoint_id}/suspend"))
        .isEqualTo(SUSPEND);
    assertThat(OperationActions.of("x", "DELETE", "/projects/{project_id}/branches/{branch_id}"))
        .isEqualTo(OperationAction.DELETE_TIMELINE);
    assertThat(OperationActions.of("x", "DELETE", "/projects/{project_id}/snapshots/{snapshot_id}"))
        .isEqualTo(OperationAction.DELETE_TIMELINE);
    assertThat(OperationActions.of("x", "POST", "/projects/{project_id}/branches/{branch_id}/restore"))
        .isEqualTo(CREATE_TIMELINE);
    assertThat(OperationActions.of("x", "PATCH", "/projects/{project_id}/settings"))
        .isEqualTo(OperationAction.APPLY_CONFIG);
  }
}

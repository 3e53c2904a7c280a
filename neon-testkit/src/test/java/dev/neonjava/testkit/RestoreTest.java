package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.BranchOperations;
import dev.neonjava.generated.model.BranchRecoverResponse;
import dev.neonjava.generated.model.BranchRecoveryInfo;
import dev.neonjava.generated.model.BranchRestoreRequest;
import dev.neonjava.generated.model.BranchUpdateRequest;
import dev.neonjava.generated.model.BranchUpdateRequestBranch;
import dev.neonjava.generated.model.CreateProjectBranchRequest;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.DatabaseCreateRequest;
import dev.neonjava.generated.model.DatabaseCreateRequestDatabase;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.LockedException;
import dev.neonjava.runtime.NotFoundException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import org.junit.jupiter.api.Test;

/** Branch restore in place (from another branch or its own history), 423 while it runs, and recovery of deleted branches. */
@NeonEmulatorTest
class RestoreTest {

  private static BranchOperations restore(Api api, String projectId, String branchId, BranchRestoreRequest request) {
    return api.branches.restoreProjectBranch(BranchApi.RestoreProjectBranchParams.builder().projectId(projectId)
        .branchId(branchId).branchRestoreRequest(request).build());
  }

  private static void createDatabase(Api api, String projectId, String branchId, String name) {
    api.branches.createProjectBranchDatabase(BranchApi.CreateProjectBranchDatabaseParams.builder()
        .projectId(projectId).branchId(branchId).databaseCreateRequest(new DatabaseCreateRequest()
            .database(new DatabaseCreateRequestDatabase().name(name).ownerName("neondb_owner"))).build());
  }

  private static Branch named(NeonEmulator neon, String projectId, String name) {
    return neon.branches(projectId).stream().filter(b -> b.getName().equals(name)).findFirst().orElseThrow();
  }

  @Test
  void restoringFromAnotherBranchKeepsThePreviousStateUnderTheGivenName(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    Branch main = neon.branches(projectId).get(0);
    String dev = neon.seedBranch(projectId, "dev").getId();
    createDatabase(api, projectId, dev, "dev_only");

    assertThatThrownBy(() -> restore(api, projectId, main.getId(), new BranchRestoreRequest().sourceBranchId(dev)))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("preserve_under_name is required")
        .hasMessageContaining("child branches");
    assertThatThrownBy(() -> restore(api, projectId, main.getId(), new BranchRestoreRequest().sourceBranchId(dev)
        .preserveUnderName("dev"))).isInstanceOf(ConflictException.class);

    BranchOperations restored = restore(api, projectId, main.getId(), new BranchRestoreRequest().sourceBranchId(dev)
        .preserveUnderName("main_before_restore"));

    assertThat(restored.getOperations()).extracting(Operation::getAction).containsExactly(
        OperationAction.CREATE_TIMELINE, OperationAction.SUSPEND_COMPUTE, OperationAction.START_COMPUTE);
    Branch backup = named(neon, projectId, "main_before_restore");
    assertThat(restored.getBranch().getId()).isEqualTo(main.getId());
    assertThat(restored.getBranch().getParentId()).isEqualTo(dev);
    assertThat(restored.getBranch().getLastResetAt()).isNotNull();
    assertThat(neon.databases(projectId, main.getId())).extracting(Database::getName)
        .containsExactlyInAnyOrder("neondb", "dev_only");
    assertThat(neon.databases(projectId, backup.getId())).extracting(Database::getName).containsExactly("neondb");
    assertThat(backup.getParentId()).isNull();
    assertThat(api.branch(projectId, dev).getParentId()).as("the children move to the preserved branch")
        .isEqualTo(backup.getId());
    Branch after = api.branch(projectId, main.getId());
    assertThat(after.getDefault()).isTrue();
    assertThat(after.getCurrentState()).isEqualTo("ready");
    assertThat(neon.endpoints(projectId)).singleElement().satisfies(e -> {
      assertThat(e.getBranchId()).isEqualTo(main.getId());
      assertThat(e.getCurrentState()).isEqualTo(EndpointState.ACTIVE);
    });
  }

  @Test
  void restoringFromItsOwnHistoryNeedsATimeInTheRestoreWindowAndMakesTheBackupItsParent(NeonEmulator neon,
      ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    OffsetDateTime now = OffsetDateTime.ofInstant(neon.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.SECONDS);

    assertThatThrownBy(() -> restore(api, projectId, main, new BranchRestoreRequest().sourceBranchId(main)
        .preserveUnderName("old"))).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("source_timestamp or source_lsn is required");
    assertThatThrownBy(() -> restore(api, projectId, main, new BranchRestoreRequest().sourceBranchId(main)
        .sourceTimestamp(now.minusMinutes(5)))).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("preserve_under_name is required");
    assertThatThrownBy(() -> restore(api, projectId, main, new BranchRestoreRequest().sourceBranchId(main)
        .sourceTimestamp(now.minusDays(2)).preserveUnderName("old"))).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("outside the restore window");
    assertThatThrownBy(() -> restore(api, projectId, main, new BranchRestoreRequest().sourceBranchId(main)
        .sourceTimestamp(now.plusHours(1)).preserveUnderName("old"))).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("in the future");
    assertThatThrownBy(() -> restore(api, projectId, main, new BranchRestoreRequest()
        .sourceBranchId("br-missing-00000000"))).isInstanceOf(NotFoundException.class);

    BranchOperations restored = restore(api, projectId, main, new BranchRestoreRequest().sourceBranchId(main)
        .sourceTimestamp(now.minusMinutes(5)).preserveUnderName("main_old"));

    Branch backup = named(neon, projectId, "main_old");
    assertThat(restored.getBranch().getParentId()).isEqualTo(backup.getId());
    assertThat(restored.getBranch().getParentTimestamp()).isEqualTo(now.minusMinutes(5));
    assertThat(backup.getCurrentState()).isEqualTo("ready");
    assertThatThrownBy(() -> api.branches.deleteProjectBranch(BranchApi.DeleteProjectBranchParams.builder()
        .projectId(projectId).branchId(backup.getId()).build()))
        .as("the backup is the parent of the restored branch").hasMessageContaining("is its child");
  }

  @Test
  @NeonEmulatorTest(frozenClock = true)
  void theProjectIsLockedWhileTheRestoreRuns(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    String dev = neon.seedBranch(projectId, "dev").getId();
    neon.operationDelay(Duration.ofSeconds(10));

    BranchOperations restored = restore(api, projectId, dev, new BranchRestoreRequest().sourceBranchId(main));

    assertThat(restored.getBranch().getCurrentState()).isEqualTo("resetting");
    assertThat(restored.getBranch().getPendingState()).isEqualTo("ready");
    assertThat(restored.getOperations()).extracting(Operation::getAction)
        .containsExactly(OperationAction.CREATE_TIMELINE);
    assertThatThrownBy(() -> api.branches.updateProjectBranch(BranchApi.UpdateProjectBranchParams.builder()
        .projectId(projectId).branchId(dev).branchUpdateRequest(new BranchUpdateRequest()
            .branch(new BranchUpdateRequestBranch().name("renamed"))).build())).isInstanceOf(LockedException.class);
    assertThat(api.branch(projectId, dev).getCurrentState()).isEqualTo("resetting");

    neon.advanceTime(Duration.ofSeconds(11));

    assertThat(api.branch(projectId, dev).getCurrentState()).isEqualTo("ready");
    assertThat(api.operation(projectId, restored.getOperations().get(0).getId()).getStatus())
        .isEqualTo(OperationStatus.FINISHED);
  }

  @Test
  @NeonEmulatorTest(frozenClock = true)
  void aDeletedBranchIsRecoveredWithItsComputesWithinTheRestoreWindow(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    Branch dev = api.createBranch(projectId, "dev", true).getBranch();
    String endpointId = neon.endpoints(projectId).stream().filter(e -> e.getBranchId().equals(dev.getId()))
        .findFirst().orElseThrow().getId();
    api.branches.deleteProjectBranch(BranchApi.DeleteProjectBranchParams.builder().projectId(projectId)
        .branchId(dev.getId()).build());
    assertThatThrownBy(() -> api.branch(projectId, dev.getId())).isInstanceOf(NotFoundException.class);

    Branch listed = api.branches.listProjectBranches(BranchApi.ListProjectBranchesParams.builder().projectId(projectId)
        .includeDeleted(true).build()).getBranches().stream().filter(b -> b.getId().equals(dev.getId()))
        .findFirst().orElseThrow();
    assertThat(listed.getRecovery().getDeletionMethod()).isEqualTo(BranchRecoveryInfo.DeletionMethodEnum.USER);
    assertThat(listed.getRecovery().getRecoverableUntil())
        .isEqualTo(listed.getRecovery().getDeletedAt().plusSeconds(86400));
    assertThat(api.branches.listProjectBranches(BranchApi.ListProjectBranchesParams.builder().projectId(projectId)
        .build()).getBranches()).extracting(Branch::getId).doesNotContain(dev.getId());

    BranchRecoverResponse recovered = api.branches.recoverProjectBranch(BranchApi.RecoverProjectBranchParams.builder()
        .projectId(projectId).branchId(dev.getId()).build());

    assertThat(recovered.getBranch().getName()).isEqualTo("dev");
    assertThat(recovered.getBranch().getRecovery()).isNull();
    assertThat(recovered.getEndpoints()).extracting(Endpoint::getId).containsExactly(endpointId);
    assertThat(api.endpoint(projectId, endpointId).getCurrentState()).isEqualTo(EndpointState.IDLE);
    assertThatThrownBy(() -> api.branches.recoverProjectBranch(BranchApi.RecoverProjectBranchParams.builder()
        .projectId(projectId).branchId(dev.getId()).build())).isInstanceOf(ConflictException.class);

    // hard deletion and the end of the window leave nothing to recover
    api.branches.deleteProjectBranch(BranchApi.DeleteProjectBranchParams.builder().projectId(projectId)
        .branchId(dev.getId()).hardDelete(true).build());
    assertThatThrownBy(() -> api.branches.recoverProjectBranch(BranchApi.RecoverProjectBranchParams.builder()
        .projectId(projectId).branchId(dev.getId()).build())).isInstanceOf(NotFoundException.class);
    String qa = neon.seedBranch(projectId, "qa").getId();
    api.branches.deleteProjectBranch(BranchApi.DeleteProjectBranchParams.builder().projectId(projectId)
        .branchId(qa).build());
    api.branches.createProjectBranch(BranchApi.CreateProjectBranchParams.builder().projectId(projectId)
        .createProjectBranchRequest(new CreateProjectBranchRequest().branch(new BranchCreateRequestBranch().name("qa")))
        .build());
    assertThatThrownBy(() -> api.branches.recoverProjectBranch(BranchApi.RecoverProjectBranchParams.builder()
        .projectId(projectId).branchId(qa).build())).as("its name is taken again")
        .isInstanceOf(ConflictException.class);
    neon.advanceTime(Duration.ofDays(1).plusSeconds(1));
    assertThatThrownBy(() -> api.branches.recoverProjectBranch(BranchApi.RecoverProjectBranchParams.builder()
        .projectId(projectId).branchId(qa).build())).isInstanceOf(NotFoundException.class);
  }
}

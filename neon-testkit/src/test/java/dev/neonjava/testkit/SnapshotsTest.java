package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.SnapshotApi;
import dev.neonjava.generated.model.BackupSchedule;
import dev.neonjava.generated.model.BackupScheduleItem;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.DatabaseCreateRequest;
import dev.neonjava.generated.model.DatabaseCreateRequestDatabase;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.FinalizeRestoreBranchRequest;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.RestoreSnapshotRequest;
import dev.neonjava.generated.model.RestoreSnapshotResponse;
import dev.neonjava.generated.model.Snapshot;
import dev.neonjava.generated.model.SnapshotUpdateRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Snapshots keep a branch's data; restored, they make a preview branch that finalize swaps in; schedules are kept per branch. */
@NeonEmulatorTest
class SnapshotsTest {

  private static Snapshot take(SnapshotApi api, String projectId, String branchId, String name) {
    return api.createSnapshot(SnapshotApi.CreateSnapshotParams.builder().projectId(projectId).branchId(branchId)
        .name(name).build()).getSnapshot();
  }

  private static RestoreSnapshotResponse restore(SnapshotApi api, String projectId, String snapshotId,
      RestoreSnapshotRequest request) {
    return api.restoreSnapshot(SnapshotApi.RestoreSnapshotParams.builder().projectId(projectId).snapshotId(snapshotId)
        .restoreSnapshotRequest(request).build());
  }

  @Test
  void aRestoredSnapshotIsAPreviewUntilFinalizedThenTakesThePlaceOfItsBranch(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    SnapshotApi snapshots = new SnapshotApi(client);
    String projectId = neon.seedProject("app").getId();
    Branch main = neon.branches(projectId).get(0);
    Snapshot before = take(snapshots, projectId, main.getId(), "before-migration");
    assertThat(before.getSourceBranchId()).isEqualTo(main.getId());
    assertThat(before.getManual()).isTrue();
    api.branches.createProjectBranchDatabase(BranchApi.CreateProjectBranchDatabaseParams.builder().projectId(projectId)
        .branchId(main.getId()).databaseCreateRequest(new DatabaseCreateRequest()
            .database(new DatabaseCreateRequestDatabase().name("added_later").ownerName("neondb_owner"))).build());

    RestoreSnapshotResponse preview = restore(snapshots, projectId, before.getId(),
        new RestoreSnapshotRequest().name("preview"));

    Branch restored = preview.getBranch();
    assertThat(restored.getName()).isEqualTo("preview");
    assertThat(restored.getRestoreStatus()).isEqualTo("restored");
    assertThat(restored.getRestoredFrom()).isEqualTo(before.getId());
    assertThat(restored.getRestoredAs()).isEqualTo(main.getId());
    assertThat(preview.getOperations()).extracting(Operation::getAction).containsExactly(OperationAction.CREATE_BRANCH);
    assertThat(preview.getEndpoints()).isEmpty();
    assertThat(neon.databases(projectId, restored.getId())).extracting(Database::getName).containsExactly("neondb");
    assertThat(neon.endpoints(projectId)).extracting(Endpoint::getBranchId).containsExactly(main.getId());

    List<Operation> finalized = api.branches.finalizeRestoreBranch(BranchApi.FinalizeRestoreBranchParams.builder()
        .projectId(projectId).branchId(restored.getId())
        .finalizeRestoreBranchRequest(new FinalizeRestoreBranchRequest().name("main_replaced")).build())
        .getOperations();

    assertThat(finalized).extracting(Operation::getAction)
        .containsExactly(OperationAction.SUSPEND_COMPUTE, OperationAction.START_COMPUTE);
    Branch now = api.branch(projectId, restored.getId());
    assertThat(now.getName()).isEqualTo("main");
    assertThat(now.getDefault()).isTrue();
    assertThat(now.getRestoreStatus()).isEqualTo("finalized");
    Branch old = api.branch(projectId, main.getId());
    assertThat(old.getName()).isEqualTo("main_replaced");
    assertThat(old.getDefault()).isFalse();
    assertThat(neon.endpoints(projectId)).extracting(Endpoint::getBranchId).containsExactly(restored.getId());
    assertThatThrownBy(() -> api.branches.finalizeRestoreBranch(BranchApi.FinalizeRestoreBranchParams.builder()
        .projectId(projectId).branchId(restored.getId()).build())).isInstanceOf(ConflictException.class);
    assertThatThrownBy(() -> api.branches.finalizeRestoreBranch(BranchApi.FinalizeRestoreBranchParams.builder()
        .projectId(projectId).branchId(main.getId()).build())).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("was not restored from a snapshot");
    // the replaced branch is no parent of the restored one: it can go
    api.branches.deleteProjectBranch(BranchApi.DeleteProjectBranchParams.builder().projectId(projectId)
        .branchId(main.getId()).build());
  }

  @Test
  void finalizeRestoreTrueSwapsAtOnceAndMovesTheComputes(NeonEmulator neon, ApiClient client) {
    SnapshotApi snapshots = new SnapshotApi(client);
    String projectId = neon.seedProject("app").getId();
    Branch main = neon.branches(projectId).get(0);
    String dev = neon.seedBranch(projectId, "dev").getId();
    Snapshot snapshot = take(snapshots, projectId, main.getId(), "nightly");

    RestoreSnapshotResponse response = restore(snapshots, projectId, snapshot.getId(),
        new RestoreSnapshotRequest().finalizeRestore(true));

    assertThat(response.getBranch().getName()).isEqualTo("main");
    assertThat(response.getBranch().getRestoreStatus()).isEqualTo("finalized");
    assertThat(response.getOperations()).extracting(Operation::getAction).containsExactly(
        OperationAction.CREATE_BRANCH, OperationAction.SUSPEND_COMPUTE, OperationAction.START_COMPUTE);
    assertThat(response.getEndpoints()).singleElement()
        .satisfies(e -> assertThat(e.getBranchId()).isEqualTo(response.getBranch().getId()));
    assertThat(new Api(client).branch(projectId, main.getId()).getName()).startsWith("main_old_");

    RestoreSnapshotResponse intoDev = restore(snapshots, projectId, snapshot.getId(),
        new RestoreSnapshotRequest().targetBranchId(dev));
    assertThat(intoDev.getBranch().getRestoredAs()).isEqualTo(dev);
    assertThat(intoDev.getBranch().getName()).startsWith("dev_restored_");
    assertThatThrownBy(() -> restore(snapshots, projectId, snapshot.getId(),
        new RestoreSnapshotRequest().targetBranchId("br-missing-00000000"))).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> restore(snapshots, projectId, snapshot.getId(), new RestoreSnapshotRequest().name("dev")))
        .isInstanceOf(ConflictException.class);
  }

  @Test
  @NeonEmulatorTest(frozenClock = true)
  void snapshotsAreRenamedDeletedAndExpire(NeonEmulator neon, ApiClient client) {
    SnapshotApi snapshots = new SnapshotApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    String inAnHour = Render.timeText(neon.now().plus(Duration.ofHours(1)));
    Snapshot expiring = snapshots.createSnapshot(SnapshotApi.CreateSnapshotParams.builder().projectId(projectId)
        .branchId(main).expiresAt(inAnHour).build()).getSnapshot();
    assertThat(expiring.getName()).startsWith("main_snapshot_");
    assertThat(expiring.getExpiresAt()).isEqualTo(inAnHour);
    Snapshot kept = take(snapshots, projectId, main, "kept");

    assertThat(snapshots.updateSnapshot(SnapshotApi.UpdateSnapshotParams.builder().projectId(projectId)
        .snapshotId(kept.getId()).snapshotUpdateRequest(new SnapshotUpdateRequest()
            .snapshot(new FinalizeRestoreBranchRequest().name("renamed"))).build()).getSnapshot().getName())
        .isEqualTo("renamed");
    neon.advanceTime(Duration.ofHours(2));
    assertThat(snapshots.listSnapshots(SnapshotApi.ListSnapshotsParams.builder().projectId(projectId).build())
        .getSnapshots()).extracting(Snapshot::getName).containsExactly("renamed");

    assertThat(snapshots.deleteSnapshot(SnapshotApi.DeleteSnapshotParams.builder().projectId(projectId)
        .snapshotId(kept.getId()).build()).getOperations()).extracting(Operation::getAction)
        .containsExactly(OperationAction.DELETE_TIMELINE);
    assertThatThrownBy(() -> snapshots.deleteSnapshot(SnapshotApi.DeleteSnapshotParams.builder().projectId(projectId)
        .snapshotId(kept.getId()).build())).isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> snapshots.createSnapshot(SnapshotApi.CreateSnapshotParams.builder().projectId(projectId)
        .branchId(main).lsn("0/1A2B3C4").timestamp(Render.timeText(neon.now())).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("cannot be used together");
    assertThatThrownBy(() -> snapshots.createSnapshot(SnapshotApi.CreateSnapshotParams.builder().projectId(projectId)
        .branchId(main).timestamp(Render.timeText(neon.now().minus(Duration.ofDays(3)))).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("outside the restore window");
  }

  @Test
  void theBackupScheduleIsKeptPerBranchAndChecked(NeonEmulator neon, ApiClient client) {
    SnapshotApi snapshots = new SnapshotApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    String dev = neon.seedBranch(projectId, "dev").getId();
    assertThat(snapshots.getSnapshotSchedule(SnapshotApi.GetSnapshotScheduleParams.builder().projectId(projectId)
        .branchId(main).build()).getSchedule()).isEmpty();

    List<BackupScheduleItem> items = List.of(new BackupScheduleItem().frequency("daily").hour(3L)
        .retentionSeconds(7L * 86400), new BackupScheduleItem().frequency("monthly").day(1L).hour(0L));
    snapshots.setSnapshotSchedule(SnapshotApi.SetSnapshotScheduleParams.builder().projectId(projectId).branchId(main)
        .backupSchedule(new BackupSchedule().schedule(items)).build());

    assertThat(snapshots.getSnapshotSchedule(SnapshotApi.GetSnapshotScheduleParams.builder().projectId(projectId)
        .branchId(main).build()).getSchedule()).isEqualTo(items);
    assertThat(snapshots.getSnapshotSchedule(SnapshotApi.GetSnapshotScheduleParams.builder().projectId(projectId)
        .branchId(dev).build()).getSchedule()).isEmpty();
    assertThatThrownBy(() -> snapshots.setSnapshotSchedule(SnapshotApi.SetSnapshotScheduleParams.builder()
        .projectId(projectId).branchId(main).backupSchedule(new BackupSchedule()
            .schedule(List.of(new BackupScheduleItem().frequency("hourly")))).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("frequency must be one of daily, weekly, monthly");
    assertThatThrownBy(() -> snapshots.setSnapshotSchedule(SnapshotApi.SetSnapshotScheduleParams.builder()
        .projectId(projectId).branchId(main).backupSchedule(new BackupSchedule().schedule(List.of(
            new BackupScheduleItem().frequency("weekly"), new BackupScheduleItem().frequency("weekly")))).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("more than one weekly");
    assertThatThrownBy(() -> snapshots.setSnapshotSchedule(SnapshotApi.SetSnapshotScheduleParams.builder()
        .projectId(projectId).branchId(main).backupSchedule(new BackupSchedule()
            .schedule(List.of(new BackupScheduleItem().frequency("daily").hour(24L)))).build()))
        .isInstanceOf(BadRequestException.class);
    assertThat(neon.takeViolations()).as("the spec's bounds, checked on the way in").singleElement()
        .satisfies(v -> assertThat(v.toString()).contains("/schedule/0/hour"));
    assertThatThrownBy(() -> snapshots.getSnapshotSchedule(SnapshotApi.GetSnapshotScheduleParams.builder()
        .projectId(projectId).branchId("br-missing-00000000").build())).isInstanceOf(NotFoundException.class);
    assertThat(snapshots.getSnapshotSchedule(SnapshotApi.GetSnapshotScheduleParams.builder().projectId(projectId)
        .branchId(main).build()).getSchedule()).as("a refused set changes nothing").isEqualTo(items);
  }
}

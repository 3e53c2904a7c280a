package dev.neonjava.resources;

import static dev.neonjava.runtime.ResponseDecodingException.requireMember;

import dev.neonjava.generated.api.SnapshotApi;
import dev.neonjava.generated.api.SnapshotApi.CreateSnapshotParams;
import dev.neonjava.generated.model.CreateSnapshotResponse;
import dev.neonjava.generated.model.Snapshot;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.function.Consumer;

/** The snapshots of one project: list, create (and wait), delete. */
public final class Snapshots {
  private final SnapshotApi api;
  private final OperationWaiter waiter;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public Snapshots(ApiClient client, OperationWaiter waiter, String projectId) {
    this.api = new SnapshotApi(client);
    this.waiter = waiter;
    this.projectId = Validation.id(projectId, "project_id");
  }

  /**
   * Returns the project's snapshots.
   * @return the project's snapshots
   */
  public List<Snapshot> list() {
    return requireMember(api.listSnapshots(SnapshotApi.ListSnapshotsParams.builder().projectId(projectId).build()).getSnapshots(), "listSnapshots", "snapshots");
  }

  /**
   * Takes a snapshot of a branch and waits for its operations.
   * @param params branch_id (required), name, lsn or timestamp, expires_at
   * @return the snapshot
   */
  public Snapshot createAndWait(Consumer<CreateSnapshotParams.Builder> params) {
    CreateSnapshotParams.Builder builder = CreateSnapshotParams.builder().projectId(projectId);
    Validation.apply(params, builder, "params");
    CreateSnapshotResponse created = api.createSnapshot(builder.build());
    waiter.await(requireMember(created.getOperations(), "createSnapshot", "operations"));
    return requireMember(created.getSnapshot(), "createSnapshot", "snapshot");
  }

  /**
   * Deletes a snapshot and waits for its operations.
   * @param snapshotId the snapshot id
   */
  public void deleteAndWait(String snapshotId) {
    waiter.await(requireMember(api.deleteSnapshot(SnapshotApi.DeleteSnapshotParams.builder().projectId(projectId)
        .snapshotId(Validation.id(snapshotId, "snapshot_id")).build()).getOperations(), "deleteSnapshot", "operations"));
  }
}

package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;
import static dev.neonjava.resources.Calls.pending;
import static dev.neonjava.resources.Calls.pendingDelete;

import dev.neonjava.generated.api.SnapshotApi;
import dev.neonjava.generated.api.SnapshotApi.CreateSnapshotParams;
import dev.neonjava.generated.api.SnapshotApi.DeleteSnapshotParams;
import dev.neonjava.generated.api.SnapshotApi.ListSnapshotsParams;
import dev.neonjava.generated.api.SnapshotApi.RestoreSnapshotParams;
import dev.neonjava.generated.api.SnapshotApi.UpdateSnapshotParams;
import dev.neonjava.generated.model.CreateSnapshotResponse;
import dev.neonjava.generated.model.FinalizeRestoreBranchRequest;
import dev.neonjava.generated.model.OperationsResponse;
import dev.neonjava.generated.model.RestoreSnapshotRequest;
import dev.neonjava.generated.model.RestoreSnapshotResponse;
import dev.neonjava.generated.model.Snapshot;
import dev.neonjava.generated.model.SnapshotUpdateRequest;
import dev.neonjava.generated.model.UpdateSnapshotResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.Pending;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The snapshots of one project: list, take (from a branch), rename, restore into a branch (at once, or
 * as a {@link #preview} to finalize), delete.
 * Mutations return a {@link Pending}: {@code .await()} waits for Neon's operations.
 */
public final class Snapshots extends Resource<Snapshots> {
  private final SnapshotApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public Snapshots(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new SnapshotApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected Snapshots rebind(ApiClient client) {
    return new Snapshots(client, waiter, projectId);
  }

  /**
   * Returns the project's snapshots.
   * @return the project's snapshots
   */
  @CallsOperation("listSnapshots")
  public List<Snapshot> list() {
    return member(api.listSnapshots(listParams()), r -> r.getSnapshots(), "listSnapshots", "snapshots");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<Snapshot>> listAsync() {
    return async(() -> api.listSnapshotsAsync(listParams()))
        .thenApply(r -> member(r, x -> x.getSnapshots(), "listSnapshots", "snapshots"));
  }

  /**
   * Takes a snapshot of a branch.
   * @param branchId the branch to snapshot
   * @param params name, lsn or timestamp, expires_at
   * @return the snapshot and the operations taking it
   */
  @CallsOperation("createSnapshot")
  public Pending<CreateSnapshotResponse> create(String branchId, Consumer<CreateSnapshotParams.Builder> params) {
    return pending(api.createSnapshot(createParams(branchId, params)), CreateSnapshotResponse::getOperations, waiter,
        "createSnapshot");
  }

  /**
   * Asynchronous {@link #create(String, Consumer)}.
   * @param branchId the branch to snapshot
   * @param params name, lsn or timestamp, expires_at
   * @return the pending snapshot
   */
  public CompletableFuture<Pending<CreateSnapshotResponse>> createAsync(String branchId,
      Consumer<CreateSnapshotParams.Builder> params) {
    return async(() -> api.createSnapshotAsync(createParams(branchId, params)))
        .thenApply(r -> pending(r, CreateSnapshotResponse::getOperations, waiter, "createSnapshot"));
  }

  /**
   * Renames a snapshot.
   * @param snapshotId the snapshot id
   * @param name the new name
   * @return the updated snapshot
   */
  @CallsOperation("updateSnapshot")
  public Snapshot update(String snapshotId, String name) {
    return member(api.updateSnapshot(updateParams(snapshotId, name)), UpdateSnapshotResponse::getSnapshot,
        "updateSnapshot", "snapshot");
  }

  /**
   * Asynchronous {@link #update(String, String)}.
   * @param snapshotId the snapshot id
   * @param name the new name
   * @return the pending snapshot
   */
  public CompletableFuture<Snapshot> updateAsync(String snapshotId, String name) {
    return async(() -> api.updateSnapshotAsync(updateParams(snapshotId, name)))
        .thenApply(r -> member(r, UpdateSnapshotResponse::getSnapshot, "updateSnapshot", "snapshot"));
  }

  /**
   * Restores a snapshot into a new branch (or onto {@code target_branch_id}). With
   * {@code finalize_restore} false the branch is a preview to inspect and then finalize with
   * {@code branch(id).finalizeRestore(..)}.
   * @param snapshotId the snapshot id
   * @param request name, target_branch_id, finalize_restore
   * @return the restored branch, its endpoints and the operations
   */
  @CallsOperation("restoreSnapshot")
  public Pending<RestoreSnapshotResponse> restore(String snapshotId, Consumer<RestoreSnapshotRequest> request) {
    return restore(snapshotId, configure(new RestoreSnapshotRequest(), request, "request"));
  }

  /**
   * As {@link #restore(String, Consumer)}, with the request built by the caller.
   * @param snapshotId the snapshot id
   * @param request the request
   * @return the restored branch, its endpoints and the operations
   */
  public Pending<RestoreSnapshotResponse> restore(String snapshotId, RestoreSnapshotRequest request) {
    return pending(api.restoreSnapshot(restoreParams(snapshotId, request)), RestoreSnapshotResponse::getOperations,
        waiter, "restoreSnapshot");
  }

  /**
   * Asynchronous {@link #restore(String, RestoreSnapshotRequest)}.
   * @param snapshotId the snapshot id
   * @param request the request
   * @return the pending restore
   */
  public CompletableFuture<Pending<RestoreSnapshotResponse>> restoreAsync(String snapshotId,
      RestoreSnapshotRequest request) {
    return async(() -> api.restoreSnapshotAsync(restoreParams(snapshotId, request)))
        .thenApply(r -> pending(r, RestoreSnapshotResponse::getOperations, waiter, "restoreSnapshot"));
  }

  /**
   * Deletes a snapshot.
   * @param snapshotId the snapshot id
   * @return the deletion's operations, or empty when the snapshot was already gone
   */
  @CallsOperation("deleteSnapshot")
  public Optional<Pending<OperationsResponse>> delete(String snapshotId) {
    return pendingDelete(api.deleteSnapshot(deleteParams(snapshotId)), OperationsResponse::getOperations, waiter,
        "deleteSnapshot");
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param snapshotId the snapshot id
   * @return the pending deletion
   */
  public CompletableFuture<Optional<Pending<OperationsResponse>>> deleteAsync(String snapshotId) {
    return async(() -> api.deleteSnapshotAsync(deleteParams(snapshotId)))
        .thenApply(r -> pendingDelete(r, OperationsResponse::getOperations, waiter, "deleteSnapshot"));
  }

  /**
   * Deletes a snapshot if it exists and waits for the deletion: for clean-up code that may run twice.
   * @param snapshotId the snapshot id
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String snapshotId) {
    return Calls.deleteIfExists(() -> delete(snapshotId));
  }

  /**
   * Restores a snapshot as a preview and waits until it is ready: a new branch with the snapshot's
   * data to inspect (connect, query) before it replaces {@code targetBranchId} with
   * {@link RestorePreview#finalizeRestore()}, or is dropped with {@link RestorePreview#discard()}.
   * @param snapshotId the snapshot id
   * @param targetBranchId the branch the restore is meant to replace
   * @return the preview
   */
  public RestorePreview preview(String snapshotId, String targetBranchId) {
    String target = Validation.id(targetBranchId, "target_branch_id");
    RestoreSnapshotResponse restored = restore(snapshotId, r -> r.targetBranchId(target).finalizeRestore(false))
        .await();
    String previewId = member(restored, RestoreSnapshotResponse::getBranch, "restoreSnapshot", "branch").getId();
    return new RestorePreview(client, waiter, projectId, target, new Branches(client, waiter, projectId)
        .waitUntilReady(previewId));
  }

  private ListSnapshotsParams listParams() {
    return ListSnapshotsParams.builder().projectId(projectId).build();
  }

  private CreateSnapshotParams createParams(String branchId, Consumer<CreateSnapshotParams.Builder> params) {
    return configure(CreateSnapshotParams.builder(), params, "params").projectId(projectId)
        .branchId(Validation.id(branchId, "branch_id")).build();
  }

  private UpdateSnapshotParams updateParams(String snapshotId, String name) {
    return UpdateSnapshotParams.builder().projectId(projectId).snapshotId(Validation.id(snapshotId, "snapshot_id"))
        .snapshotUpdateRequest(new SnapshotUpdateRequest().snapshot(new FinalizeRestoreBranchRequest()
            .name(dev.neonjava.runtime.ApiRequest.require(name, "name")))).build();
  }

  private RestoreSnapshotParams restoreParams(String snapshotId, RestoreSnapshotRequest request) {
    return RestoreSnapshotParams.builder().projectId(projectId).snapshotId(Validation.id(snapshotId, "snapshot_id"))
        .restoreSnapshotRequest(dev.neonjava.runtime.ApiRequest.require(request, "request")).build();
  }

  private DeleteSnapshotParams deleteParams(String snapshotId) {
    return DeleteSnapshotParams.builder().projectId(projectId).snapshotId(Validation.id(snapshotId, "snapshot_id"))
        .build();
  }
}

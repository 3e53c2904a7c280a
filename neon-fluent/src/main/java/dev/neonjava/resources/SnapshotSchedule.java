package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.SnapshotApi;
import dev.neonjava.generated.api.SnapshotApi.GetSnapshotScheduleParams;
import dev.neonjava.generated.api.SnapshotApi.SetSnapshotScheduleParams;
import dev.neonjava.generated.model.BackupSchedule;
import dev.neonjava.generated.model.BackupScheduleItem;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The snapshot schedule of one branch: when Neon takes snapshots of it and how long it keeps them. */
public final class SnapshotSchedule extends Resource<SnapshotSchedule> {
  private final SnapshotApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public SnapshotSchedule(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new SnapshotApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected SnapshotSchedule rebind(ApiClient client) {
    return new SnapshotSchedule(client, waiter, projectId, branchId);
  }

  /**
   * Returns the schedule's items (frequency, hour, day, month, retention).
   * @return the schedule's items; empty when none is set
   */
  @CallsOperation("getSnapshotSchedule")
  public List<BackupScheduleItem> get() {
    return member(api.getSnapshotSchedule(getParams()), BackupSchedule::getSchedule, "getSnapshotSchedule", "schedule");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending items
   */
  public CompletableFuture<List<BackupScheduleItem>> getAsync() {
    return async(() -> api.getSnapshotScheduleAsync(getParams()))
        .thenApply(r -> member(r, BackupSchedule::getSchedule, "getSnapshotSchedule", "schedule"));
  }

  /**
   * Replaces the schedule.
   * @param schedule sets the items, e.g.
   *     {@code s -> s.addScheduleItem(new BackupScheduleItem().frequency("daily").hour(3L).retentionSeconds(604800L))}
   */
  @CallsOperation("setSnapshotSchedule")
  public void set(Consumer<BackupSchedule> schedule) {
    set(configure(new BackupSchedule(), schedule, "schedule"));
  }

  /**
   * As {@link #set(Consumer)}, with the schedule built by the caller.
   * @param schedule the schedule
   */
  public void set(BackupSchedule schedule) {
    api.setSnapshotSchedule(setParams(schedule));
  }

  /**
   * Asynchronous {@link #set(BackupSchedule)}.
   * @param schedule the schedule
   * @return completes when Neon has stored the schedule
   */
  public CompletableFuture<Void> setAsync(BackupSchedule schedule) {
    return async(() -> api.setSnapshotScheduleAsync(setParams(schedule))).thenApply(r -> null);
  }

  private GetSnapshotScheduleParams getParams() {
    return GetSnapshotScheduleParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private SetSnapshotScheduleParams setParams(BackupSchedule schedule) {
    return SetSnapshotScheduleParams.builder().projectId(projectId).branchId(branchId)
        .backupSchedule(ApiRequest.require(schedule, "schedule")).build();
  }
}

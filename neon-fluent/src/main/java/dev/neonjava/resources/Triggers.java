package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.TriggersApi;
import dev.neonjava.generated.api.TriggersApi.CreateProjectBranchTriggerParams;
import dev.neonjava.generated.api.TriggersApi.DeleteProjectBranchTriggerParams;
import dev.neonjava.generated.api.TriggersApi.GetProjectBranchTriggerParams;
import dev.neonjava.generated.api.TriggersApi.ListProjectBranchTriggersParams;
import dev.neonjava.generated.api.TriggersApi.UpdateProjectBranchTriggerParams;
import dev.neonjava.generated.model.ScheduleTriggerCreateRequest;
import dev.neonjava.generated.model.ScheduleTriggerUpdateRequest;
import dev.neonjava.generated.model.StorageObjectCreatedTriggerCreateRequest;
import dev.neonjava.generated.model.StorageObjectCreatedTriggerUpdateRequest;
import dev.neonjava.generated.model.Trigger;
import dev.neonjava.generated.model.TriggerCreateRequest;
import dev.neonjava.generated.model.TriggerResponse;
import dev.neonjava.generated.model.TriggerUpdateRequest;
import dev.neonjava.generated.model.TriggersListResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The triggers of one branch, which call one of its functions on a cron schedule ({@code schedule}) or after an
 * object is uploaded to a bucket ({@code storage_object_created}). A {@link Trigger} is one of the two; its
 * {@code getScheduleTrigger()} or {@code getStorageObjectCreatedTrigger()} tells which. Build requests with
 * {@link #createSchedule(Consumer)} and {@link #createOnUpload(Consumer)} (or {@link #schedule(Consumer)} and
 * {@link #onUpload(Consumer)}), which set {@code type} for you.
 */
public final class Triggers extends Resource<Triggers> {
  private final TriggersApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public Triggers(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new TriggersApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected Triggers rebind(ApiClient client) {
    return new Triggers(client, waiter, projectId, branchId);
  }

  /**
   * A schedule trigger's create request, {@code type} set: {@code create(Triggers.schedule(t -> ..))}.
   * @param trigger sets name, function_slug, schedule (required), function_path, enabled
   * @return the request
   */
  public static TriggerCreateRequest schedule(Consumer<ScheduleTriggerCreateRequest> trigger) {
    return TriggerCreateRequest.of(configure(new ScheduleTriggerCreateRequest(), trigger, "trigger")
        .type(ScheduleTriggerCreateRequest.TypeEnum.SCHEDULE));
  }

  /**
   * An upload trigger's create request, {@code type} set.
   * @param trigger sets name, function_slug, storage_object_created (required), function_path, enabled
   * @return the request
   */
  public static TriggerCreateRequest onUpload(Consumer<StorageObjectCreatedTriggerCreateRequest> trigger) {
    return TriggerCreateRequest.of(configure(new StorageObjectCreatedTriggerCreateRequest(), trigger, "trigger")
        .type(StorageObjectCreatedTriggerCreateRequest.TypeEnum.STORAGE_OBJECT_CREATED));
  }

  /**
   * Returns the triggers the branch sees, ordered by id.
   * @return the triggers
   */
  @CallsOperation("listProjectBranchTriggers")
  public List<Trigger> list() {
    return member(api.listProjectBranchTriggers(listParams()), TriggersListResponse::getTriggers,
        "listProjectBranchTriggers", "triggers");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending triggers
   */
  public CompletableFuture<List<Trigger>> listAsync() {
    return async(() -> api.listProjectBranchTriggersAsync(listParams()))
        .thenApply(r -> member(r, TriggersListResponse::getTriggers, "listProjectBranchTriggers", "triggers"));
  }

  /**
   * Creates a trigger; names are unique among the triggers the branch sees (409 otherwise).
   * @param request {@link #schedule(Consumer)} or {@link #onUpload(Consumer)}
   * @return the new trigger
   */
  @CallsOperation("createProjectBranchTrigger")
  public Trigger create(TriggerCreateRequest request) {
    return member(api.createProjectBranchTrigger(createParams(request)), TriggerResponse::getTrigger,
        "createProjectBranchTrigger", "trigger");
  }

  /**
   * Creates a trigger that calls a function on a five-field cron schedule, in UTC.
   * @param trigger e.g. {@code t -> t.name("nightly").functionSlug("report").schedule(new FunctionTriggerSchedule().cron("0 3 * * *"))}
   * @return the new trigger
   */
  public Trigger createSchedule(Consumer<ScheduleTriggerCreateRequest> trigger) {
    return create(schedule(trigger));
  }

  /**
   * Creates a trigger that calls a function after an object is uploaded to a bucket.
   * @param trigger e.g. {@code t -> t.name("thumbs").functionSlug("resize")
   *     .storageObjectCreated(new FunctionTriggerStorageObjectCreated().bucketName("images").prefix("in/"))}
   * @return the new trigger
   */
  public Trigger createOnUpload(Consumer<StorageObjectCreatedTriggerCreateRequest> trigger) {
    return create(onUpload(trigger));
  }

  /**
   * Asynchronous {@link #create(TriggerCreateRequest)}.
   * @param request the trigger
   * @return the pending trigger
   */
  public CompletableFuture<Trigger> createAsync(TriggerCreateRequest request) {
    return async(() -> api.createProjectBranchTriggerAsync(createParams(request)))
        .thenApply(r -> member(r, TriggerResponse::getTrigger, "createProjectBranchTrigger", "trigger"));
  }

  /**
   * Returns one trigger as the branch sees it.
   * @param triggerId the trigger id
   * @return the trigger
   */
  @CallsOperation("getProjectBranchTrigger")
  public Trigger get(String triggerId) {
    return member(api.getProjectBranchTrigger(getParams(triggerId)), TriggerResponse::getTrigger,
        "getProjectBranchTrigger", "trigger");
  }

  /**
   * Asynchronous {@link #get(String)}.
   * @param triggerId the trigger id
   * @return the pending trigger
   */
  public CompletableFuture<Trigger> getAsync(String triggerId) {
    return async(() -> api.getProjectBranchTriggerAsync(getParams(triggerId)))
        .thenApply(r -> member(r, TriggerResponse::getTrigger, "getProjectBranchTrigger", "trigger"));
  }

  /**
   * Changes the given settings of a trigger; the request's type must be the trigger's own (400 otherwise).
   * @param triggerId the trigger id
   * @param request the changes, e.g. from {@link #updateSchedule(String, Consumer)}'s shape
   * @return the trigger after the change
   */
  @CallsOperation("updateProjectBranchTrigger")
  public Trigger update(String triggerId, TriggerUpdateRequest request) {
    return member(api.updateProjectBranchTrigger(updateParams(triggerId, request)), TriggerResponse::getTrigger,
        "updateProjectBranchTrigger", "trigger");
  }

  /**
   * Changes a schedule trigger; {@code type} is set for you.
   * @param triggerId the trigger id
   * @param changes e.g. {@code t -> t.schedule(new FunctionTriggerSchedule().cron("0 * * * *"))}
   * @return the trigger after the change
   */
  public Trigger updateSchedule(String triggerId, Consumer<ScheduleTriggerUpdateRequest> changes) {
    return update(triggerId, TriggerUpdateRequest.of(configure(new ScheduleTriggerUpdateRequest(), changes, "changes")
        .type(ScheduleTriggerUpdateRequest.TypeEnum.SCHEDULE)));
  }

  /**
   * Changes an upload trigger; {@code type} is set for you.
   * @param triggerId the trigger id
   * @param changes e.g. {@code t -> t.enabled(false)}
   * @return the trigger after the change
   */
  public Trigger updateOnUpload(String triggerId, Consumer<StorageObjectCreatedTriggerUpdateRequest> changes) {
    return update(triggerId, TriggerUpdateRequest.of(configure(new StorageObjectCreatedTriggerUpdateRequest(), changes,
        "changes").type(StorageObjectCreatedTriggerUpdateRequest.TypeEnum.STORAGE_OBJECT_CREATED)));
  }

  /**
   * Enables or disables a trigger of either kind: reads it for its type, then changes {@code enabled}.
   * @param triggerId the trigger id
   * @param enabled whether the trigger fires on this branch
   * @return the trigger after the change
   */
  public Trigger setEnabled(String triggerId, boolean enabled) {
    Trigger current = get(triggerId);
    if (current.getScheduleTrigger() != null) {
      return updateSchedule(triggerId, t -> t.enabled(enabled));
    }
    if (current.getStorageObjectCreatedTrigger() != null) {
      return updateOnUpload(triggerId, t -> t.enabled(enabled));
    }
    throw new IllegalStateException("trigger " + triggerId + " is of a type this client does not know: "
        + current.getRawJson());
  }

  /**
   * Asynchronous {@link #update(String, TriggerUpdateRequest)}.
   * @param triggerId the trigger id
   * @param request the changes
   * @return the pending trigger
   */
  public CompletableFuture<Trigger> updateAsync(String triggerId, TriggerUpdateRequest request) {
    return async(() -> api.updateProjectBranchTriggerAsync(updateParams(triggerId, request)))
        .thenApply(r -> member(r, TriggerResponse::getTrigger, "updateProjectBranchTrigger", "trigger"));
  }

  /**
   * Deletes a trigger from the branch (404 when it does not exist); calls already due are still made.
   * @param triggerId the trigger id
   */
  @CallsOperation("deleteProjectBranchTrigger")
  public void delete(String triggerId) {
    api.deleteProjectBranchTrigger(deleteParams(triggerId));
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param triggerId the trigger id
   * @return completes when deleted
   */
  public CompletableFuture<Void> deleteAsync(String triggerId) {
    return async(() -> api.deleteProjectBranchTriggerAsync(deleteParams(triggerId)));
  }

  /**
   * Deletes a trigger if it exists: for clean-up code that may run twice.
   * @param triggerId the trigger id
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String triggerId) {
    Validation.id(triggerId, "trigger_id");
    return Calls.deleteIfExists(() -> delete(triggerId));
  }

  private ListProjectBranchTriggersParams listParams() {
    return ListProjectBranchTriggersParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private CreateProjectBranchTriggerParams createParams(TriggerCreateRequest request) {
    return CreateProjectBranchTriggerParams.builder().projectId(projectId).branchId(branchId)
        .triggerCreateRequest(ApiRequest.require(request, "request")).build();
  }

  private GetProjectBranchTriggerParams getParams(String triggerId) {
    return GetProjectBranchTriggerParams.builder().projectId(projectId).branchId(branchId)
        .triggerId(Validation.id(triggerId, "trigger_id")).build();
  }

  private UpdateProjectBranchTriggerParams updateParams(String triggerId, TriggerUpdateRequest request) {
    return UpdateProjectBranchTriggerParams.builder().projectId(projectId).branchId(branchId)
        .triggerId(Validation.id(triggerId, "trigger_id"))
        .triggerUpdateRequest(ApiRequest.require(request, "request")).build();
  }

  private DeleteProjectBranchTriggerParams deleteParams(String triggerId) {
    return DeleteProjectBranchTriggerParams.builder().projectId(projectId).branchId(branchId)
        .triggerId(Validation.id(triggerId, "trigger_id")).build();
  }
}

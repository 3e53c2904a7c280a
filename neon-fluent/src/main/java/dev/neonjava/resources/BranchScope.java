package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;
import static dev.neonjava.resources.Calls.pending;

import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.BranchApi.FinalizeRestoreBranchParams;
import dev.neonjava.generated.api.BranchApi.ListProjectBranchEndpointsParams;
import dev.neonjava.generated.api.BranchApi.RecoverProjectBranchParams;
import dev.neonjava.generated.api.BranchApi.RestoreProjectBranchParams;
import dev.neonjava.generated.api.BranchApi.SetDefaultProjectBranchParams;
import dev.neonjava.generated.api.BranchApi.UpdateProjectBranchParams;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.GetConnectionURIParams;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchOperations;
import dev.neonjava.generated.model.BranchRecoverResponse;
import dev.neonjava.generated.model.BranchRestoreRequest;
import dev.neonjava.generated.model.BranchUpdateRequest;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointsResponse;
import dev.neonjava.generated.model.FinalizeRestoreBranchRequest;
import dev.neonjava.generated.model.OperationsResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.Pending;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One branch: read, change, restore, make default, delete, its computes and connection, and what
 * lives on it ({@link #databases()}, {@link #roles()}, {@link #schema()}, {@link #anonymization()},
 * {@link #snapshotSchedule()}, ...). Mutations return a {@link Pending}.
 */
public final class BranchScope extends Resource<BranchScope> {
  private final BranchApi api;
  private final Branches branches;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public BranchScope(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new BranchApi(client);
    this.branches = new Branches(client, waiter, projectId);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected BranchScope rebind(ApiClient client) {
    return new BranchScope(client, waiter, projectId, branchId);
  }

  /**
   * Returns the branch id.
   * @return the branch id
   */
  public String id() {
    return branchId;
  }

  /**
   * Returns the branch (as {@link Branches#get(String)}).
   * @return the branch
   */
  public Branch get() {
    return branches.get(branchId);
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending branch
   */
  public CompletableFuture<Branch> getAsync() {
    return branches.getAsync(branchId);
  }

  /**
   * Returns the branch once ready (see {@link Branches#waitUntilReady(String)}).
   * @return the ready branch
   */
  public Branch waitUntilReady() {
    return branches.waitUntilReady(branchId);
  }

  /**
   * Changes the branch: name, protection, expiry ({@code expires_at}; clear it with
   * {@code clearExpiresAt()}). {@code .await()} re-reads the branch.
   * @param request sets the changes, e.g. {@code r -> r.branch(new BranchUpdateRequestBranch().name("renamed"))}
   * @return the branch and the operations started
   */
  @CallsOperation("updateProjectBranch")
  public Pending<BranchOperations> update(Consumer<BranchUpdateRequest> request) {
    return update(configure(new BranchUpdateRequest(), request, "request"));
  }

  /**
   * As {@link #update(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the branch and the operations started
   */
  public Pending<BranchOperations> update(BranchUpdateRequest request) {
    return reread(api.updateProjectBranch(UpdateProjectBranchParams.builder().projectId(projectId).branchId(branchId)
        .branchUpdateRequest(ApiRequest.require(request, "request")).build()), "updateProjectBranch");
  }

  /**
   * Asynchronous {@link #update(BranchUpdateRequest)}.
   * @param request the request
   * @return the pending change
   */
  public CompletableFuture<Pending<BranchOperations>> updateAsync(BranchUpdateRequest request) {
    return async(() -> api.updateProjectBranchAsync(UpdateProjectBranchParams.builder().projectId(projectId)
        .branchId(branchId).branchUpdateRequest(ApiRequest.require(request, "request")).build()))
        .thenApply(r -> reread(r, "updateProjectBranch"));
  }

  /**
   * Deletes the branch (as {@link Branches#delete(String)}).
   * @return the deletion's operations, or empty when it was already gone
   */
  public Optional<Pending<BranchOperations>> delete() {
    return branches.delete(branchId);
  }

  /**
   * Deletes the branch if it exists and waits for the deletion (as {@link Branches#deleteIfExists(String)}).
   * @return whether this call deleted it
   */
  public boolean deleteIfExists() {
    return branches.deleteIfExists(branchId);
  }

  /**
   * Restores the branch to a point in its own or another branch's history ({@code source_branch_id},
   * and {@code source_lsn} or {@code source_timestamp}); {@code preserve_under_name} keeps the
   * current state as a new branch. {@code .await()} re-reads the branch.
   * @param request the source and point in time
   * @return the branch and the operations started
   */
  @CallsOperation("restoreProjectBranch")
  public Pending<BranchOperations> restore(Consumer<BranchRestoreRequest> request) {
    return restore(configure(new BranchRestoreRequest(), request, "request"));
  }

  /**
   * As {@link #restore(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the branch and the operations started
   */
  public Pending<BranchOperations> restore(BranchRestoreRequest request) {
    return reread(api.restoreProjectBranch(restoreParams(request)), "restoreProjectBranch");
  }

  /**
   * Asynchronous {@link #restore(BranchRestoreRequest)}.
   * @param request the request
   * @return the pending restore
   */
  public CompletableFuture<Pending<BranchOperations>> restoreAsync(BranchRestoreRequest request) {
    return async(() -> api.restoreProjectBranchAsync(restoreParams(request)))
        .thenApply(r -> reread(r, "restoreProjectBranch"));
  }

  /**
   * Finalizes a snapshot restore previewed on this branch (one made by {@code snapshots().restore(..)}
   * with {@code finalize_restore} false): this branch takes the place and the name of the branch it was
   * restored for, whose computes move over (and restart); the replaced branch is renamed.
   * @param request sets the optional {@code name} the replaced branch gets (Neon generates one otherwise)
   * @return the operations started
   */
  @CallsOperation("finalizeRestoreBranch")
  public Pending<OperationsResponse> finalizeRestore(Consumer<FinalizeRestoreBranchRequest> request) {
    return finalizeRestore(configure(new FinalizeRestoreBranchRequest(), request, "request"));
  }

  /**
   * As {@link #finalizeRestore(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the operations started
   */
  public Pending<OperationsResponse> finalizeRestore(FinalizeRestoreBranchRequest request) {
    return pending(api.finalizeRestoreBranch(finalizeParams(request)), OperationsResponse::getOperations, waiter,
        "finalizeRestoreBranch");
  }

  /**
   * Asynchronous {@link #finalizeRestore(FinalizeRestoreBranchRequest)}.
   * @param request the request
   * @return the pending finalization
   */
  public CompletableFuture<Pending<OperationsResponse>> finalizeRestoreAsync(FinalizeRestoreBranchRequest request) {
    return async(() -> api.finalizeRestoreBranchAsync(finalizeParams(request)))
        .thenApply(r -> pending(r, OperationsResponse::getOperations, waiter, "finalizeRestoreBranch"));
  }

  /**
   * Makes this branch the project's default branch.
   * @return the branch and the operations started
   */
  @CallsOperation("setDefaultProjectBranch")
  public Pending<BranchOperations> setAsDefault() {
    return reread(api.setDefaultProjectBranch(setDefaultParams()), "setDefaultProjectBranch");
  }

  /**
   * Asynchronous {@link #setAsDefault()}.
   * @return the pending change
   */
  public CompletableFuture<Pending<BranchOperations>> setAsDefaultAsync() {
    return async(() -> api.setDefaultProjectBranchAsync(setDefaultParams()))
        .thenApply(r -> reread(r, "setDefaultProjectBranch"));
  }

  /**
   * Brings back this branch after it was deleted, while it is within its recovery window.
   * @return the recovered branch and its endpoints
   * @deprecated Neon no longer lists this operation in its published API description, so it may
   *     stop answering; restore from a snapshot or from the parent's history instead.
   */
  @Deprecated
  @CallsOperation("recoverProjectBranch")
  public BranchRecoverResponse recover() {
    return member(api.recoverProjectBranch(recoverParams()), r -> r, "recoverProjectBranch", "body");
  }

  /**
   * Asynchronous {@link #recover()}.
   * @return the pending recovery
   * @deprecated as {@link #recover()}
   */
  @Deprecated
  public CompletableFuture<BranchRecoverResponse> recoverAsync() {
    return async(() -> api.recoverProjectBranchAsync(recoverParams()))
        .thenApply(r -> member(r, x -> x, "recoverProjectBranch", "body"));
  }

  /**
   * Returns the branch's compute endpoints; manage them with {@code project(id).endpoints()}.
   * @return the branch's endpoints
   */
  @CallsOperation("listProjectBranchEndpoints")
  public List<Endpoint> endpoints() {
    return member(api.listProjectBranchEndpoints(endpointsParams()), EndpointsResponse::getEndpoints,
        "listProjectBranchEndpoints", "endpoints");
  }

  /**
   * Asynchronous {@link #endpoints()}.
   * @return the pending list
   */
  public CompletableFuture<List<Endpoint>> endpointsAsync() {
    return async(() -> api.listProjectBranchEndpointsAsync(endpointsParams()))
        .thenApply(r -> member(r, EndpointsResponse::getEndpoints, "listProjectBranchEndpoints", "endpoints"));
  }

  /**
   * Connection settings for a database of this branch, as JDBC settings and a {@code postgresql://} URI.
   * @param database the database name
   * @param role the role to connect as
   * @return the connection settings; the password never appears in {@code toString()}
   */
  public ConnectionInfo connectionInfo(String database, String role) {
    return connectionInfo(p -> p.databaseName(database).roleName(role));
  }

  /**
   * As {@link #connectionInfo(String, String)}, with every parameter of {@code getConnectionURI}.
   * @param params database and role (required), endpoint, pooled; the branch is this one
   * @return the connection settings
   */
  public ConnectionInfo connectionInfo(Consumer<GetConnectionURIParams.Builder> params) {
    GetConnectionURIParams request = configure(GetConnectionURIParams.builder(), params, "params")
        .projectId(projectId).branchId(branchId).build();
    return ConnectionInfo.parse(member(new ProjectApi(client).getConnectionURI(request), r -> r.getUri(),
        "getConnectionURI", "uri"));
  }

  /** {@return the branch's databases} */
  public Databases databases() {
    return new Databases(client, waiter, projectId, branchId);
  }

  /** {@return the branch's Postgres roles} */
  public Roles roles() {
    return new Roles(client, waiter, projectId, branchId);
  }

  /** {@return the branch's schema: its DDL, and its difference to another branch} */
  public BranchSchema schema() {
    return new BranchSchema(client, waiter, projectId, branchId);
  }

  /** {@return the branch's anonymization: masking rules, start, status} */
  public Anonymization anonymization() {
    return new Anonymization(client, waiter, projectId, branchId);
  }

  /** {@return the branch's snapshot schedule} */
  public SnapshotSchedule snapshotSchedule() {
    return new SnapshotSchedule(client, waiter, projectId, branchId);
  }

  @Override
  public String toString() {
    return "BranchScope{" + projectId + "/" + branchId + "}";
  }

  private Pending<BranchOperations> reread(BranchOperations response, String operationId) {
    return pending(response, BranchOperations::getOperations, waiter, operationId)
        .refreshedBy(r -> r.branch(get()), r -> getAsync().thenApply(r::branch));
  }

  private RestoreProjectBranchParams restoreParams(BranchRestoreRequest request) {
    return RestoreProjectBranchParams.builder().projectId(projectId).branchId(branchId)
        .branchRestoreRequest(ApiRequest.require(request, "request")).build();
  }

  private FinalizeRestoreBranchParams finalizeParams(FinalizeRestoreBranchRequest request) {
    return FinalizeRestoreBranchParams.builder().projectId(projectId).branchId(branchId)
        .finalizeRestoreBranchRequest(ApiRequest.require(request, "request")).build();
  }

  private SetDefaultProjectBranchParams setDefaultParams() {
    return SetDefaultProjectBranchParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private RecoverProjectBranchParams recoverParams() {
    return RecoverProjectBranchParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private ListProjectBranchEndpointsParams endpointsParams() {
    return ListProjectBranchEndpointsParams.builder().projectId(projectId).branchId(branchId).build();
  }


  // Neon Auth

  /** {@return Neon Auth on this branch: enable, settings, users, OAuth providers} */
  public NeonAuth auth() {
    return new NeonAuth(client, waiter, projectId, branchId);
  }

  // Storage, functions, Data API, credentials

  /**
   * Returns the branch's object-storage buckets, and through {@code bucket(name)} their objects.
   * @return the buckets
   */
  public Buckets buckets() {
    return new Buckets(client, waiter, projectId, branchId);
  }

  /** {@return the branch's functions: list, get, rename, delete, deploy a bundle} */
  public Functions functions() {
    return new Functions(client, waiter, projectId, branchId);
  }

  /**
   * Returns the Neon Data API over one of the branch's databases.
   * @param databaseName the database
   * @return the Data API of that database
   */
  public DataApi dataApi(String databaseName) {
    return new DataApi(client, waiter, projectId, branchId, databaseName);
  }

  /** {@return the branch's scoped credentials (tokens for storage, AI gateway and functions)} */
  public Credentials credentials() {
    return new Credentials(client, waiter, projectId, branchId);
  }

  /** {@return the branch's S3-compatible storage settings} */
  public Storage storage() {
    return new Storage(client, waiter, projectId, branchId);
  }

  /** {@return the branch's AI gateway} */
  public AiGateway aiGateway() {
    return new AiGateway(client, waiter, projectId, branchId);
  }

  // Members, triggers, custom domains, logs

  /** {@return the branch's triggers, which call its functions on a schedule or after an upload} */
  public Triggers triggers() {
    return new Triggers(client, waiter, projectId, branchId);
  }

  /** {@return the custom domains registered on the branch} */
  public CustomDomains customDomains() {
    return new CustomDomains(client, waiter, projectId, branchId);
  }

  /** {@return the logs of the services running on the branch} */
  public BranchLogs logs() {
    return new BranchLogs(client, waiter, projectId, branchId);
  }
}

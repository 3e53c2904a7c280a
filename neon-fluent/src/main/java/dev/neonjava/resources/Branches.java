package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;
import static dev.neonjava.resources.Calls.pending;
import static dev.neonjava.resources.Calls.pendingDelete;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.BranchApi.CountProjectBranchesParams;
import dev.neonjava.generated.api.BranchApi.CreateProjectBranchAnonymizedParams;
import dev.neonjava.generated.api.BranchApi.CreateProjectBranchParams;
import dev.neonjava.generated.api.BranchApi.DeleteProjectBranchParams;
import dev.neonjava.generated.api.BranchApi.GetProjectBranchParams;
import dev.neonjava.generated.api.BranchApi.ListProjectBranchesParams;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchAnonymizedCreateRequest;
import dev.neonjava.generated.model.BranchCreateRequestEndpointOptions;
import dev.neonjava.generated.model.BranchOperations;
import dev.neonjava.generated.model.CreateProjectBranchRequest;
import dev.neonjava.generated.model.CreateProjectBranchResponse;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.GetProjectBranchResponse;
import dev.neonjava.generated.model.ListProjectBranchesResponse;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.Pending;
import java.time.Duration;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The branches of one project: list (auto-paged), count, create (also anonymized), get, get-or-create,
 * a branch per pull request, ready waits, delete. Mutations return a {@link Pending}.
 */
public final class Branches extends Resource<Branches> {
  /** The value of {@code current_state} of a branch that is ready. */
  public static final String READY = BranchReadiness.READY;

  private final BranchApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public Branches(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new BranchApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected Branches rebind(ApiClient client) {
    return new Branches(client, waiter, projectId);
  }

  /**
   * Returns every matching branch, fetched page by page as the iteration goes.
   * @param params filters and order (search, sort_by, sort_order, limit, include_deleted); the cursor is managed here
   * @return every matching branch, fetched lazily
   */
  @CallsOperation("listProjectBranches")
  public Paginator<ListProjectBranchesResponse, Branch> list(Consumer<ListProjectBranchesParams.Builder> params) {
    ListProjectBranchesParams first = listParams(params);
    return Calls.paged(first, (p, cursor) -> p.toBuilder().cursor(cursor).build(), api::listProjectBranches,
        r -> member(r, ListProjectBranchesResponse::getBranches, "listProjectBranches", "branches"),
        r -> r.getPagination() == null ? null : r.getPagination().getNext(), first.limit());
  }

  /**
   * Returns every branch, fetched page by page as the iteration goes.
   * @return every branch
   */
  public Paginator<ListProjectBranchesResponse, Branch> list() {
    return list(p -> { });
  }

  /**
   * Asynchronous form of one page of {@link #list(Consumer)}: set {@code cursor} to the previous
   * page's {@code pagination.next} to get the page after it.
   * @param params filters, order, limit and cursor
   * @return the pending page
   */
  public CompletableFuture<ListProjectBranchesResponse> listPageAsync(Consumer<ListProjectBranchesParams.Builder> params) {
    return async(() -> api.listProjectBranchesAsync(listParams(params)));
  }

  /**
   * Counts the branches.
   * @param params an optional search term
   * @return how many branches match
   */
  @CallsOperation("countProjectBranches")
  public long count(Consumer<CountProjectBranchesParams.Builder> params) {
    return member(api.countProjectBranches(countParams(params)), r -> r.getCount(), "countProjectBranches", "count");
  }

  /**
   * Counts every branch of the project.
   * @return how many branches the project has
   */
  public long count() {
    return count(p -> { });
  }

  /**
   * Asynchronous {@link #count(Consumer)}.
   * @param params an optional search term
   * @return the pending count
   */
  public CompletableFuture<Long> countAsync(Consumer<CountProjectBranchesParams.Builder> params) {
    return async(() -> api.countProjectBranchesAsync(countParams(params)))
        .thenApply(r -> member(r, x -> x.getCount(), "countProjectBranches", "count"));
  }

  /**
   * Creates a branch; {@code .await()} waits for its operations and re-reads the branch.
   * @param request sets the branch and the endpoints to create with it, e.g.
   *     {@code r -> r.branch(new BranchCreateRequestBranch().name("pr-42")).addEndpointsItem(Branches.readWrite())}
   * @return the branch, its endpoints, and the operations started
   */
  @CallsOperation("createProjectBranch")
  public Pending<CreateProjectBranchResponse> create(Consumer<CreateProjectBranchRequest> request) {
    return create(configure(new CreateProjectBranchRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the branch, its endpoints, and the operations started
   */
  public Pending<CreateProjectBranchResponse> create(CreateProjectBranchRequest request) {
    return created(api.createProjectBranch(createParams(request)), "createProjectBranch");
  }

  /**
   * Asynchronous {@link #create(CreateProjectBranchRequest)}.
   * @param request the request
   * @return the pending creation
   */
  public CompletableFuture<Pending<CreateProjectBranchResponse>> createAsync(CreateProjectBranchRequest request) {
    return async(() -> api.createProjectBranchAsync(createParams(request)))
        .thenApply(r -> created(r, "createProjectBranch"));
  }

  /**
   * Asynchronous {@link #create(Consumer)}.
   * @param request sets the branch and its endpoints
   * @return the pending creation
   */
  public CompletableFuture<Pending<CreateProjectBranchResponse>> createAsync(Consumer<CreateProjectBranchRequest> request) {
    return async(() -> createAsync(configure(new CreateProjectBranchRequest(), request, "request")));
  }

  /**
   * Creates a branch whose data is anonymized by masking rules (set {@code start_anonymization} to
   * run them at once).
   * @param request the branch to create, the masking rules, whether to start anonymizing
   * @return the branch, its endpoints, and the operations started
   */
  @CallsOperation("createProjectBranchAnonymized")
  public Pending<CreateProjectBranchResponse> createAnonymized(Consumer<BranchAnonymizedCreateRequest> request) {
    return createAnonymized(configure(new BranchAnonymizedCreateRequest(), request, "request"));
  }

  /**
   * As {@link #createAnonymized(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the branch, its endpoints, and the operations started
   */
  public Pending<CreateProjectBranchResponse> createAnonymized(BranchAnonymizedCreateRequest request) {
    return created(api.createProjectBranchAnonymized(anonymizedParams(request)), "createProjectBranchAnonymized");
  }

  /**
   * Asynchronous {@link #createAnonymized(BranchAnonymizedCreateRequest)}.
   * @param request the request
   * @return the pending creation
   */
  public CompletableFuture<Pending<CreateProjectBranchResponse>> createAnonymizedAsync(
      BranchAnonymizedCreateRequest request) {
    return async(() -> api.createProjectBranchAnonymizedAsync(anonymizedParams(request)))
        .thenApply(r -> created(r, "createProjectBranchAnonymized"));
  }

  /**
   * Returns the branch.
   * @param branchId the branch id
   * @return the branch
   */
  @CallsOperation("getProjectBranch")
  public Branch get(String branchId) {
    return member(api.getProjectBranch(getParams(branchId)), GetProjectBranchResponse::getBranch, "getProjectBranch",
        "branch");
  }

  /**
   * Asynchronous {@link #get(String)}.
   * @param branchId the branch id
   * @return the pending branch
   */
  public CompletableFuture<Branch> getAsync(String branchId) {
    return async(() -> api.getProjectBranchAsync(getParams(branchId)))
        .thenApply(r -> member(r, GetProjectBranchResponse::getBranch, "getProjectBranch", "branch"));
  }

  /**
   * Finds a branch by its exact name.
   * @param name the branch name
   * @return the branch, if one has that name
   */
  public Optional<Branch> findByName(String name) {
    ApiRequest.require(name, "name");
    return list(p -> p.search(name)).stream().filter(b -> name.equals(b.getName())).findFirst();
  }

  /**
   * Returns the branch with this name, creating it (with a read-write compute) if it does not exist,
   * and waits until it is ready. A 409 from a concurrent creation of the same name counts as success:
   * safe on CI reruns.
   * @param name the branch name
   * @return the ready branch
   */
  public Branch getOrCreate(String name) {
    return getOrCreate(name, b -> b.addEndpointsItem(readWrite()));
  }

  /**
   * As {@link #getOrCreate(String)}, with the rest of the request set by the caller.
   * @param name the branch name
   * @param request sets everything but the name (parent, endpoints, ...)
   * @return the ready branch
   */
  public Branch getOrCreate(String name, Consumer<CreateProjectBranchRequest> request) {
    return PullRequestBranches.getOrCreate(this, name, request);
  }

  /**
   * The branch for a pull request: creates it (from the default branch, with a read-write compute)
   * expiring {@code ttl} from now, or, when a rerun finds it, resets it to its parent's latest state
   * and pushes its expiry to {@code ttl} from now. Waits until the branch is ready.
   * @param name the branch name, e.g. {@code "pr-42"}
   * @param ttl how long the branch lives after this call (Neon deletes it at {@code expires_at})
   * @return the ready branch
   */
  public Branch forPullRequest(String name, Duration ttl) {
    return PullRequestBranches.forPullRequest(this, name, ttl);
  }

  /**
   * Returns endpoint options for one read-write compute, the usual companion of a new branch.
   * @return endpoint options for one read-write compute
   */
  public static BranchCreateRequestEndpointOptions readWrite() {
    return new BranchCreateRequestEndpointOptions().type(EndpointType.READ_WRITE);
  }

  /**
   * Waits until the branch's {@code current_state} is {@code ready} and each of its computes has
   * started (no longer {@code init}).
   * @param branchId the branch id
   * @return the ready branch
   */
  public Branch waitUntilReady(String branchId) {
    return BranchReadiness.await(client, waiter, projectId, branchId);
  }

  /**
   * Deletes a branch (not the default one, nor one with children).
   * @param branchId the branch id
   * @return the branch and the deletion's operations, or empty when it was already gone
   */
  @CallsOperation("deleteProjectBranch")
  public Optional<Pending<BranchOperations>> delete(String branchId) {
    return delete(branchId, p -> { });
  }

  /**
   * As {@link #delete(String)}, with query parameters.
   * @param branchId the branch id
   * @param params e.g. {@code hard_delete}
   * @return the branch and the deletion's operations, or empty when it was already gone
   */
  public Optional<Pending<BranchOperations>> delete(String branchId, Consumer<DeleteProjectBranchParams.Builder> params) {
    return pendingDelete(api.deleteProjectBranch(deleteParams(branchId, params)), BranchOperations::getOperations,
        waiter, "deleteProjectBranch");
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param branchId the branch id
   * @return the pending deletion
   */
  public CompletableFuture<Optional<Pending<BranchOperations>>> deleteAsync(String branchId) {
    return async(() -> api.deleteProjectBranchAsync(deleteParams(branchId, p -> { })))
        .thenApply(r -> pendingDelete(r, BranchOperations::getOperations, waiter, "deleteProjectBranch"));
  }

  /**
   * Deletes a branch if it exists and waits for the deletion: for clean-up code that may run twice.
   * @param branchId the branch id
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String branchId) {
    return Calls.deleteIfExists(() -> delete(branchId));
  }

  String projectId() {
    return projectId;
  }

  OperationWaiter waiter() {
    return waiter;
  }

  ApiClient client() {
    return client;
  }

  private Pending<CreateProjectBranchResponse> created(CreateProjectBranchResponse response, String operationId) {
    return pending(response, CreateProjectBranchResponse::getOperations, waiter, operationId).refreshedBy(
        r -> r.branch(get(member(r, CreateProjectBranchResponse::getBranch, operationId, "branch").getId())),
        r -> getAsync(member(r, CreateProjectBranchResponse::getBranch, operationId, "branch").getId())
            .thenApply(r::branch));
  }

  private ListProjectBranchesParams listParams(Consumer<ListProjectBranchesParams.Builder> params) {
    return configure(ListProjectBranchesParams.builder(), params, "params").projectId(projectId).build();
  }

  private CountProjectBranchesParams countParams(Consumer<CountProjectBranchesParams.Builder> params) {
    return configure(CountProjectBranchesParams.builder(), params, "params").projectId(projectId).build();
  }

  private CreateProjectBranchParams createParams(CreateProjectBranchRequest request) {
    return CreateProjectBranchParams.builder().projectId(projectId)
        .createProjectBranchRequest(ApiRequest.require(request, "request")).build();
  }

  private CreateProjectBranchAnonymizedParams anonymizedParams(BranchAnonymizedCreateRequest request) {
    return CreateProjectBranchAnonymizedParams.builder().projectId(projectId)
        .branchAnonymizedCreateRequest(ApiRequest.require(request, "request")).build();
  }

  private GetProjectBranchParams getParams(String branchId) {
    return GetProjectBranchParams.builder().projectId(projectId).branchId(Validation.id(branchId, "branch_id")).build();
  }

  private DeleteProjectBranchParams deleteParams(String branchId, Consumer<DeleteProjectBranchParams.Builder> params) {
    return configure(DeleteProjectBranchParams.builder(), params, "params").projectId(projectId)
        .branchId(Validation.id(branchId, "branch_id")).build();
  }
}

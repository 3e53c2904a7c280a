package dev.neonjava.resources;

import static dev.neonjava.runtime.ResponseDecodingException.requireMember;

import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.BranchApi.ListProjectBranchesParams;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.BranchCreateRequestEndpointOptions;
import dev.neonjava.generated.model.BranchOperations;
import dev.neonjava.generated.model.CreateProjectBranchRequest;
import dev.neonjava.generated.model.CreateProjectBranchResponse;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.ListProjectBranchesResponse;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.WaitState;
import dev.neonjava.wait.Waiter;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The branches of one project: list (auto-paged), create (and wait), get-or-create, ready waits, delete. */
public final class Branches {
  /** The value of {@code current_state} of a branch that is ready. */
  public static final String READY = "ready";

  private final BranchApi api;
  private final ApiClient client;
  private final OperationWaiter waiter;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public Branches(ApiClient client, OperationWaiter waiter, String projectId) {
    this.client = client;
    this.api = new BranchApi(client);
    this.waiter = waiter;
    this.projectId = Validation.id(projectId, "project_id");
  }

  /**
   * Returns every branch, fetched page by page as the iteration goes.
   * @return every branch, fetched page by page as the iteration goes
   */
  public Paginator<ListProjectBranchesResponse, Branch> list() {
    return list(p -> { });
  }

  /**
   * Returns every matching branch, fetched lazily.
   * @param params filters and order (search, sort_by, sort_order, limit 1-10000); the cursor is managed here
   * @return every matching branch, fetched lazily
   */
  public Paginator<ListProjectBranchesResponse, Branch> list(Consumer<ListProjectBranchesParams.Builder> params) {
    ListProjectBranchesParams.Builder builder = ListProjectBranchesParams.builder().projectId(projectId);
    Validation.apply(params, builder, "params");
    ListProjectBranchesParams request = builder.build();
    Validation.range(request.limit(), 1, 10000, "limit");
    return new Paginator<>(
        cursor -> api.listProjectBranches(cursor == null ? request : request.toBuilder().cursor(cursor).build()),
        ListProjectBranchesResponse::getBranches,
        page -> page.getPagination() == null ? null : page.getPagination().getNext(),
        request.limit());
  }

  /**
   * Returns the branch.
   * @param branchId the branch id
   * @return the branch
   */
  public Branch get(String branchId) {
    return requireMember(api.getProjectBranch(BranchApi.GetProjectBranchParams.builder().projectId(projectId)
        .branchId(Validation.id(branchId, "branch_id")).build()).getBranch(), "getProjectBranch", "branch");
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
   * Creates a branch. Neon keeps working on it afterwards; see {@link #createAndWait(Consumer)}.
   * @param request sets the branch and the endpoints to create with it, e.g.
   *     {@code b -> b.branch(new BranchCreateRequestBranch().name("pr-42")).addEndpointsItem(Branches.readWrite())}
   * @return the branch, its endpoints, and the operations started
   */
  public CreateProjectBranchResponse create(Consumer<CreateProjectBranchRequest> request) {
    CreateProjectBranchRequest body = new CreateProjectBranchRequest();
    Validation.apply(request, body, "request");
    return create(body);
  }

  /**
   * Same as {@link #create(Consumer)}.
   * @param request the request
   * @return as {@link #create(Consumer)}
   */
  public CreateProjectBranchResponse create(CreateProjectBranchRequest request) {
    return api.createProjectBranch(BranchApi.CreateProjectBranchParams.builder().projectId(projectId)
        .createProjectBranchRequest(request).build());
  }

  /**
   * Creates a branch and waits until its operations (create_branch, start_compute) finished.
   * @param request sets the branch and its endpoints
   * @return the creation response, with the branch re-read after the wait
   */
  public CreateProjectBranchResponse createAndWait(Consumer<CreateProjectBranchRequest> request) {
    CreateProjectBranchResponse created = create(request);
    waiter.await(requireMember(created.getOperations(), "createProjectBranch", "operations"));
    created.setBranch(get(requireMember(created.getBranch(), "createProjectBranch", "branch").getId()));
    return created;
  }

  /**
   * Asynchronous {@link #createAndWait(Consumer)}: no thread is blocked while waiting.
   * @param request sets the branch and its endpoints
   * @return the pending creation response
   */
  public CompletableFuture<CreateProjectBranchResponse> createAndWaitAsync(Consumer<CreateProjectBranchRequest> request) {
    CreateProjectBranchRequest body = new CreateProjectBranchRequest();
    try {
      Validation.apply(request, body, "request");
    } catch (RuntimeException invalid) {
      return CompletableFuture.failedFuture(invalid);
    }
    return api.createProjectBranchAsync(BranchApi.CreateProjectBranchParams.builder().projectId(projectId)
        .createProjectBranchRequest(body).build())
        .thenCompose(created -> waiter.awaitAsync(requireMember(created.getOperations(), "createProjectBranch",
            "operations")).thenApply(ops -> created));
  }

  /**
   * The branch-per-pull-request helper: returns the branch with this name, creating it (with a
   * read-write compute) if it does not exist, and waits until it is ready. A 409 from a concurrent
   * creation of the same name counts as success.
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
    ApiRequest.require(name, "name");
    Optional<Branch> existing = findByName(name);
    if (existing.isPresent()) {
      return waitUntilReady(existing.get().getId());
    }
    try {
      CreateProjectBranchResponse created = create(b -> {
        Validation.apply(request, b, "request");
        b.branch((b.getBranch() == null ? new BranchCreateRequestBranch() : b.getBranch()).name(name));
      });
      waiter.await(requireMember(created.getOperations(), "createProjectBranch", "operations"));
      return waitUntilReady(requireMember(created.getBranch(), "createProjectBranch", "branch").getId());
    } catch (ConflictException alreadyExists) {
      Branch other = findByName(name).orElseThrow(() -> alreadyExists);
      return waitUntilReady(other.getId());
    }
  }

  /**
   * Returns endpoint options for one read-write compute, the usual companion of a new branch.
   * @return endpoint options for one read-write compute, the usual companion of a new branch
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
    Validation.id(branchId, "branch_id");
    Waiter<BranchState> ready = Waiter.<BranchState>builder("branch " + branchId + " to be ready")
        .acceptor(BranchState::classify)
        .schedule(waiter.schedule())
        .time(waiter.clock(), waiter.sleeper())
        .build();
    return ready.await(deadline -> {
      ApiClient bounded = client.withDeadline(deadline); // a poll never outlives the wait
      return new BranchState(new Branches(bounded, waiter, projectId).get(branchId),
          new Endpoints(bounded, waiter, projectId).listForBranch(branchId));
    }).branch;
  }

  /**
   * Deletes a branch and waits for the deletion to finish.
   * @param branchId the branch id
   * @return the deleted branch, or empty when it was already gone (Neon answers 204 for a branch that was already deleted: safe for clean-up code that runs twice)
   */
  public Optional<Branch> deleteAndWait(String branchId) {
    Optional<BranchOperations> deleted = delete(branchId);
    if (deleted.isEmpty()) {
      return Optional.empty();
    }
    waiter.await(requireMember(deleted.get().getOperations(), "deleteProjectBranch", "operations"));
    return Optional.of(requireMember(deleted.get().getBranch(), "deleteProjectBranch", "branch"));
  }

  /**
   * Deletes a branch.
   * @param branchId the branch id
   * @return the branch and the operations started, or empty when it was already gone
   */
  public Optional<BranchOperations> delete(String branchId) {
    return Optional.ofNullable(api.deleteProjectBranch(BranchApi.DeleteProjectBranchParams.builder().projectId(projectId)
        .branchId(Validation.id(branchId, "branch_id")).build()));
  }

  /** A branch with its computes, as polled by {@link #waitUntilReady(String)}. */
  private static final class BranchState {
    final Branch branch;
    final List<Endpoint> endpoints;

    BranchState(Branch branch, List<Endpoint> endpoints) {
      this.branch = branch;
      this.endpoints = endpoints;
    }

    WaitState classify() {
      boolean computesUp = endpoints.stream().noneMatch(e -> e.getCurrentState() == null
          || EndpointState.INIT.equals(e.getCurrentState()));
      return READY.equals(branch.getCurrentState()) && computesUp ? WaitState.SUCCESS : WaitState.PENDING;
    }

    @Override
    public String toString() {
      return "branch " + branch.getId() + " current_state=" + branch.getCurrentState() + ", endpoints="
          + endpoints.stream().map(e -> e.getId() + ":" + e.getCurrentState()).collect(java.util.stream.Collectors.toList());
    }
  }
}

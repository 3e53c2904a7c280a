package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.paged;
import static dev.neonjava.resources.Calls.pending;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.CreateProjectParams;
import dev.neonjava.generated.api.ProjectApi.ListProjectsParams;
import dev.neonjava.generated.api.ProjectApi.ListSharedProjectsParams;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.ListProjectsResponse;
import dev.neonjava.generated.model.ListSharedProjectsResponse;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectCreateRequest;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.NeonGson;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.Pending;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The projects of the account: list (paged), list those shared with you, create, get. One
 * project's resources are on {@link dev.neonjava.Neon#project(String)}. Where a call takes an
 * {@code org_id} and leaves it unset, the client's default ({@code NeonBuilder.orgId(..)}) is used.
 */
public final class Projects extends Resource<Projects> {
  private final ProjectApi api;
  private final String orgId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param orgId the default organization id, or null
   */
  public Projects(ApiClient client, OperationWaiter waiter, String orgId) {
    super(client, waiter);
    this.api = new ProjectApi(client);
    this.orgId = orgId == null ? null : Validation.id(orgId, "org_id");
  }

  @Override
  protected Projects rebind(ApiClient client) {
    return new Projects(client, waiter, orgId);
  }

  /**
   * Returns every project, fetched page by page as the iteration goes.
   * @return every project, fetched lazily
   */
  public Paginator<ListProjectsResponse, ProjectListItem> list() {
    return list(p -> { });
  }

  /**
   * Returns every matching project, fetched lazily; see {@link Paginator#pages()} for {@code
   * unavailable_project_ids} when Neon answered partially.
   * @param params search, org_id, limit (the page size), timeout, recoverable; the cursor is managed here
   * @return every matching project, fetched lazily
   */
  @CallsOperation("listProjects")
  public Paginator<ListProjectsResponse, ProjectListItem> list(Consumer<ListProjectsParams.Builder> params) {
    ListProjectsParams first = listParams(params);
    return paged(first, (p, c) -> p.toBuilder().cursor(c).build(), api::listProjects,
        ListProjectsResponse::getProjects, Projects::cursor, first.limit());
  }

  /**
   * Asynchronous {@link #list(Consumer)}: every page, fetched without blocking a thread.
   * @param params search, org_id, limit, timeout, recoverable
   * @return every matching project
   */
  public CompletableFuture<List<ProjectListItem>> listAsync(Consumer<ListProjectsParams.Builder> params) {
    return async(() -> {
      ListProjectsParams first = listParams(params);
      return PagedAsync.all(first, (p, c) -> p.toBuilder().cursor(c).build(),
          api::listProjectsAsync,
          ListProjectsResponse::getProjects, Projects::cursor, first.limit());
    });
  }

  /**
   * Returns every project other accounts shared with this one, fetched lazily.
   * @return the shared projects
   */
  public Paginator<ListSharedProjectsResponse, ProjectListItem> listShared() {
    return listShared(p -> { });
  }

  /**
   * Returns every matching project shared with this account, fetched lazily.
   * @param params search, limit, timeout; the cursor is managed here
   * @return the shared projects
   */
  @CallsOperation("listSharedProjects")
  public Paginator<ListSharedProjectsResponse, ProjectListItem> listShared(
      Consumer<ListSharedProjectsParams.Builder> params) {
    ListSharedProjectsParams first = configure(ListSharedProjectsParams.builder(), params, "params").build();
    return paged(first, (p, c) -> p.toBuilder().cursor(c).build(), api::listSharedProjects,
        ListSharedProjectsResponse::getProjects, r -> r.getPagination() == null ? null : r.getPagination().getCursor(),
        first.limit());
  }

  /**
   * Asynchronous {@link #listShared(Consumer)}.
   * @param params search, limit, timeout
   * @return the shared projects
   */
  public CompletableFuture<List<ProjectListItem>> listSharedAsync(Consumer<ListSharedProjectsParams.Builder> params) {
    return async(() -> {
      ListSharedProjectsParams first = configure(ListSharedProjectsParams.builder(), params, "params").build();
      return PagedAsync.all(first, (p, c) -> p.toBuilder().cursor(c).build(),
          api::listSharedProjectsAsync,
          ListSharedProjectsResponse::getProjects, r -> r.getPagination() == null ? null : r.getPagination().getCursor(),
          first.limit());
    });
  }

  /**
   * Creates a project. Neon keeps working on it afterwards: {@code .await()} waits until it is ready
   * for connections.
   * <pre>{@code Project p = neon.projects().create(p -> p.name("demo")).await().getProject();}</pre>
   * @param project sets the project's fields, e.g. {@code p -> p.name("demo").regionId("aws-us-east-2")}
   * @return the project, its default branch, endpoint, role, database, connection URIs and operations
   */
  @CallsOperation("createProject")
  public Pending<CreateProjectResponse> create(Consumer<ProjectCreateRequestProject> project) {
    return create(request(project));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller (the client's default
   * {@code org_id} fills an unset one; the caller's object is not changed).
   * @param request the request
   * @return the creation response and its operations
   */
  public Pending<CreateProjectResponse> create(ProjectCreateRequest request) {
    return pending(api.createProject(createParams(request)), CreateProjectResponse::getOperations, waiter,
        "createProject");
  }

  /**
   * Asynchronous {@link #create(Consumer)}.
   * @param project sets the project's fields
   * @return the pending creation; {@code thenCompose(Pending::awaitAsync)} waits for the operations
   */
  public CompletableFuture<Pending<CreateProjectResponse>> createAsync(Consumer<ProjectCreateRequestProject> project) {
    return async(() -> createAsync(request(project)));
  }

  /**
   * Asynchronous {@link #create(ProjectCreateRequest)}.
   * @param request the request
   * @return the pending creation
   */
  public CompletableFuture<Pending<CreateProjectResponse>> createAsync(ProjectCreateRequest request) {
    return async(() -> api.createProjectAsync(createParams(request)))
        .thenApply(r -> pending(r, CreateProjectResponse::getOperations, waiter, "createProject"));
  }

  /**
   * Returns the project; the same as {@code neon.project(projectId).get()}.
   * @param projectId the project id
   * @return the project
   * @throws dev.neonjava.runtime.NotFoundException when there is no such project
   */
  public Project get(String projectId) {
    return new ProjectScope(client, waiter, projectId).get();
  }

  private ListProjectsParams listParams(Consumer<ListProjectsParams.Builder> params) {
    return configure(ListProjectsParams.builder().orgId(orgId), params, "params").build();
  }

  private ProjectCreateRequest request(Consumer<ProjectCreateRequestProject> project) {
    return new ProjectCreateRequest().project(configure(new ProjectCreateRequestProject().orgId(orgId), project,
        "project"));
  }

  private CreateProjectParams createParams(ProjectCreateRequest request) {
    ProjectCreateRequest body = ApiRequest.require(request, "request");
    if (orgId != null && (body.getProject() == null || body.getProject().getOrgId() == null)) {
      body = NeonGson.gson().fromJson(NeonGson.gson().toJson(body), ProjectCreateRequest.class);
      if (body.getProject() == null) {
        body.project(new ProjectCreateRequestProject());
      }
      body.getProject().orgId(orgId);
    }
    return CreateProjectParams.builder().projectCreateRequest(body).build();
  }

  private static String cursor(ListProjectsResponse page) {
    return page.getPagination() == null ? null : page.getPagination().getCursor();
  }
}

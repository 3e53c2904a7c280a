package dev.neonjava.resources;

import static dev.neonjava.runtime.ResponseDecodingException.requireMember;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.ListProjectsParams;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.ListProjectsResponse;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectCreateRequest;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The projects of the account: list (auto-paged), create (and wait), get, delete.
 * Per-project resources are on {@link dev.neonjava.Neon#project(String)}.
 */
public final class Projects {
  private final ProjectApi api;
  private final OperationWaiter waiter;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   */
  public Projects(ApiClient client, OperationWaiter waiter) {
    this.api = new ProjectApi(client);
    this.waiter = waiter;
  }

  /**
   * Returns every project, fetched page by page (limit 400) as the iteration goes.
   * @return every project, fetched page by page (limit 400) as the iteration goes
   */
  public Paginator<ListProjectsResponse, ProjectListItem> list() {
    return list(p -> { });
  }

  /**
   * Returns every matching project, fetched lazily; see {@link Paginator#pages()} for {@code
   * unavailable_project_ids} when Neon answered partially.
   * @param params filters (search, org_id, limit 1-400, timeout); the cursor is managed here
   * @return every matching project, fetched lazily; see {@link Paginator#pages()} for
   *     {@code unavailable_project_ids} when Neon answered partially
   */
  public Paginator<ListProjectsResponse, ProjectListItem> list(Consumer<ListProjectsParams.Builder> params) {
    ListProjectsParams.Builder builder = ListProjectsParams.builder().limit(400L);
    Validation.apply(params, builder, "params");
    return list(builder.build());
  }

  /**
   * Returns every matching project, fetched lazily.
   * @param params the request; its cursor is the starting point
   * @return every matching project, fetched lazily
   */
  public Paginator<ListProjectsResponse, ProjectListItem> list(ListProjectsParams params) {
    Validation.range(params.limit(), 1, 400, "limit");
    return new Paginator<>(
        cursor -> api.listProjects(cursor == null ? params : params.toBuilder().cursor(cursor).build()),
        ListProjectsResponse::getProjects,
        page -> page.getPagination() == null ? null : page.getPagination().getCursor(),
        params.limit());
  }

  /**
   * Returns the project.
   * @param projectId the project id
   * @return the project
   * @throws dev.neonjava.runtime.NotFoundException when there is no such project
   */
  public Project get(String projectId) {
    return requireMember(api.getProject(ProjectApi.GetProjectParams.builder().projectId(Validation.id(projectId, "project_id"))
        .build()).getProject(), "getProject", "project");
  }

  /**
   * Creates a project; Neon keeps working on it afterwards (see {@link #createAndWait(Consumer)}).
   * @param project sets the project's fields, e.g. {@code p -> p.name("demo").regionId("aws-us-east-2")}
   * @return the project, its default branch, endpoint, role, database, connection URIs and operations
   */
  public CreateProjectResponse create(Consumer<ProjectCreateRequestProject> project) {
    return create(request(project));
  }

  /**
   * Same as {@link #create(Consumer)}.
   * @param request the request
   * @return as {@link #create(Consumer)}
   */
  public CreateProjectResponse create(ProjectCreateRequest request) {
    return api.createProject(ProjectApi.CreateProjectParams.builder().projectCreateRequest(request).build());
  }

  /**
   * Creates a project and waits until its operations finished, so it is ready for connections.
   * @param project sets the project's fields
   * @return the creation response
   * @throws dev.neonjava.wait.WaitTimeoutException when the operations did not end in time
   * @throws dev.neonjava.wait.OperationFailedException when one failed
   */
  public CreateProjectResponse createAndWait(Consumer<ProjectCreateRequestProject> project) {
    return createAndWait(request(project));
  }

  /**
   * Same as {@link #createAndWait(Consumer)}.
   * @param request the request
   * @return as {@link #createAndWait(Consumer)}
   */
  public CreateProjectResponse createAndWait(ProjectCreateRequest request) {
    CreateProjectResponse created = create(request);
    waiter.await(requireMember(created.getOperations(), "createProject", "operations"));
    return created;
  }

  /**
   * Asynchronous {@link #createAndWait(Consumer)}: no thread is blocked while waiting.
   * @param project sets the project's fields
   * @return the pending creation response
   */
  public CompletableFuture<CreateProjectResponse> createAndWaitAsync(Consumer<ProjectCreateRequestProject> project) {
    ProjectCreateRequest request;
    try {
      request = request(project);
    } catch (RuntimeException invalid) {
      return CompletableFuture.failedFuture(invalid);
    }
    return api.createProjectAsync(ProjectApi.CreateProjectParams.builder().projectCreateRequest(request).build())
        .thenCompose(created -> waiter.awaitAsync(requireMember(created.getOperations(), "createProject", "operations"))
            .thenApply(ops -> created));
  }

  /**
   * Deletes a project (it can be recovered for a while, see Neon's docs).
   * @param projectId the project id
   * @return the deleted project
   */
  public Project delete(String projectId) {
    return requireMember(api.deleteProject(ProjectApi.DeleteProjectParams.builder()
        .projectId(Validation.id(projectId, "project_id")).build()).getProject(), "deleteProject", "project");
  }

  private static ProjectCreateRequest request(Consumer<ProjectCreateRequestProject> project) {
    ProjectCreateRequestProject body = new ProjectCreateRequestProject();
    Validation.apply(project, body, "project");
    return new ProjectCreateRequest().project(body);
  }
}

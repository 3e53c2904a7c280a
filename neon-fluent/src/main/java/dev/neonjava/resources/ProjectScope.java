package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;
import static dev.neonjava.resources.Calls.pending;

import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.GetConnectionURIParams;
import dev.neonjava.generated.model.ConnectionURIResponse;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectRecoverResponse;
import dev.neonjava.generated.model.ProjectResponse;
import dev.neonjava.generated.model.ProjectUpdateRequest;
import dev.neonjava.generated.model.ProjectUpdateRequestProject;
import dev.neonjava.generated.model.UpdateProjectResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.Pending;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * One project and the resources inside it: get, update, delete, recover, connection details, and
 * its branches, endpoints, operations, snapshots, permissions, JWKS, VPC endpoints, transfers.
 */
public final class ProjectScope extends Resource<ProjectScope> {
  private final String projectId;
  private final String orgId;
  private final ProjectApi api;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public ProjectScope(ApiClient client, OperationWaiter waiter, String projectId) {
    this(client, waiter, projectId, null);
  }

  /**
   * Creates this resource with the client's default organization (the receiver of transfers).
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param orgId the default organization id, or null
   */
  public ProjectScope(ApiClient client, OperationWaiter waiter, String projectId, String orgId) {
    super(client, waiter);
    this.projectId = Validation.id(projectId, "project_id");
    this.orgId = orgId == null ? null : Validation.id(orgId, "org_id");
    this.api = new ProjectApi(client);
  }

  @Override
  protected ProjectScope rebind(ApiClient client) {
    return new ProjectScope(client, waiter, projectId, orgId);
  }

  /**
   * Returns the project id.
   * @return the project id
   */
  public String id() {
    return projectId;
  }

  /**
   * Returns the project.
   * @return the project
   * @throws dev.neonjava.runtime.NotFoundException when there is no such project
   */
  @CallsOperation("getProject")
  public Project get() {
    return member(api.getProject(getParams()), ProjectResponse::getProject, "getProject", "project");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending project
   */
  public CompletableFuture<Project> getAsync() {
    return async(() -> api.getProjectAsync(getParams()))
        .thenApply(r -> member(r, ProjectResponse::getProject, "getProject", "project"));
  }

  /**
   * Updates the project; {@code .await()} waits for the operations the change started.
   * @param changes sets the fields to change, e.g. {@code p -> p.name("renamed")}
   * @return the updated project and the operations
   */
  @CallsOperation("updateProject")
  public Pending<UpdateProjectResponse> update(Consumer<ProjectUpdateRequestProject> changes) {
    return update(new ProjectUpdateRequest().project(configure(new ProjectUpdateRequestProject(), changes, "changes")));
  }

  /**
   * As {@link #update(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the updated project and the operations
   */
  public Pending<UpdateProjectResponse> update(ProjectUpdateRequest request) {
    return pending(api.updateProject(updateParams(request)), UpdateProjectResponse::getOperations, waiter,
        "updateProject");
  }

  /**
   * Asynchronous {@link #update(ProjectUpdateRequest)}.
   * @param request the request
   * @return the pending update
   */
  public CompletableFuture<Pending<UpdateProjectResponse>> updateAsync(ProjectUpdateRequest request) {
    return async(() -> api.updateProjectAsync(updateParams(request)))
        .thenApply(r -> pending(r, UpdateProjectResponse::getOperations, waiter, "updateProject"));
  }

  /**
   * Deletes the project with its branches, endpoints and data; it stays recoverable for the
   * deletion grace period (see {@link #recover()}).
   * @return the deleted project
   * @throws dev.neonjava.runtime.NotFoundException when there is no such project
   */
  @CallsOperation("deleteProject")
  public Project delete() {
    return member(api.deleteProject(deleteParams()), ProjectResponse::getProject, "deleteProject", "project");
  }

  /**
   * Asynchronous {@link #delete()}.
   * @return the pending deletion
   */
  public CompletableFuture<Project> deleteAsync() {
    return async(() -> api.deleteProjectAsync(deleteParams()))
        .thenApply(r -> member(r, ProjectResponse::getProject, "deleteProject", "project"));
  }

  /**
   * Deletes the project if it exists: for clean-up code that may run twice.
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists() {
    return Calls.deleteIfExists(() -> delete());
  }

  /**
   * Restores a deleted project during the deletion grace period.
   * @return the restored project
   * @deprecated Neon no longer publishes {@code POST /projects/{project_id}/restore}; use
   *     {@link #recover()}, its replacement.
   */
  @Deprecated
  @CallsOperation("restoreProject")
  public Project restore() {
    return member(api.restoreProject(restoreParams()), ProjectResponse::getProject, "restoreProject", "project");
  }

  /**
   * Asynchronous {@link #restore()}.
   * @return the pending restore
   * @deprecated as {@link #restore()}: use {@link #recoverAsync()}
   */
  @Deprecated
  public CompletableFuture<Project> restoreAsync() {
    return async(() -> api.restoreProjectAsync(restoreParams()))
        .thenApply(r -> member(r, ProjectResponse::getProject, "restoreProject", "project"));
  }

  /**
   * Recovers a deleted project during the deletion grace period, with its branches.
   * @return the recovered project and its branches
   */
  @CallsOperation("recoverProject")
  public ProjectRecoverResponse recover() {
    return member(api.recoverProject(recoverParams()), r -> r, "recoverProject", "body");
  }

  /**
   * Asynchronous {@link #recover()}.
   * @return the pending recovery
   */
  public CompletableFuture<ProjectRecoverResponse> recoverAsync() {
    return async(() -> api.recoverProjectAsync(recoverParams()))
        .thenApply(r -> member(r, x -> x, "recoverProject", "body"));
  }

  /**
   * Returns the project's branches.
   * @return the project's branches
   */
  public Branches branches() {
    return new Branches(client, waiter, projectId);
  }

  /**
   * Returns that branch's databases, roles and endpoints.
   * @param branchId a branch id
   * @return that branch's databases, roles and endpoints
   */
  public BranchScope branch(String branchId) {
    return new BranchScope(client, waiter, projectId, branchId);
  }

  /**
   * Returns the project's compute endpoints.
   * @return the project's compute endpoints
   */
  public Endpoints endpoints() {
    return new Endpoints(client, waiter, projectId);
  }

  /**
   * Returns the project's operations.
   * @return the project's operations
   */
  public Operations operations() {
    return new Operations(client, waiter, projectId);
  }

  /**
   * Returns the project's snapshots.
   * @return the project's snapshots
   */
  public Snapshots snapshots() {
    return new Snapshots(client, waiter, projectId);
  }

  /**
   * Returns who else may use the project (sharing by e-mail).
   * @return the project's permissions
   */
  public Permissions permissions() {
    return new Permissions(client, waiter, projectId);
  }

  /**
   * Returns the JSON Web Key Sets the project trusts for authenticated connections.
   * @return the project's JWKS
   */
  public Jwks jwks() {
    return new Jwks(client, waiter, projectId);
  }

  /**
   * Returns the VPC endpoints the project is restricted to.
   * @return the project's VPC endpoint restrictions
   */
  public ProjectVpcEndpoints vpcEndpoints() {
    return new ProjectVpcEndpoints(client, waiter, projectId);
  }

  /**
   * Returns the requests to transfer this project to another account.
   * @return the project's transfer requests
   */
  public TransferRequests transferRequests() {
    return new TransferRequests(client, waiter, projectId, orgId);
  }

  /**
   * Returns the project's advisors (security issues found in its databases).
   * @return the project's advisors
   */
  public Advisors advisors() {
    return new Advisors(client, waiter, projectId);
  }

  /**
   * Returns the libraries the project's computes can preload.
   * @return the available preload libraries
   */
  public PreloadLibraries preloadLibraries() {
    return new PreloadLibraries(client, waiter, projectId);
  }

  /**
   * Fetches a connection URI and turns it into JDBC settings and a {@code postgresql://} URI.
   * @param params database and role (required), branch, endpoint, pooled
   * @return the JDBC URL and credentials; the password never appears in {@code toString()}
   */
  @CallsOperation("getConnectionURI")
  public ConnectionInfo connectionInfo(Consumer<GetConnectionURIParams.Builder> params) {
    return ConnectionInfo.parse(member(api.getConnectionURI(uriParams(params)), ConnectionURIResponse::getUri,
        "getConnectionURI", "uri"));
  }

  /**
   * Asynchronous {@link #connectionInfo(Consumer)}.
   * @param params database and role (required), branch, endpoint, pooled
   * @return the pending connection settings
   */
  public CompletableFuture<ConnectionInfo> connectionInfoAsync(Consumer<GetConnectionURIParams.Builder> params) {
    return async(() -> api.getConnectionURIAsync(uriParams(params)))
        .thenApply(r -> ConnectionInfo.parse(member(r, ConnectionURIResponse::getUri, "getConnectionURI", "uri")));
  }

  private ProjectApi.GetProjectParams getParams() {
    return ProjectApi.GetProjectParams.builder().projectId(projectId).build();
  }

  private ProjectApi.UpdateProjectParams updateParams(ProjectUpdateRequest request) {
    return ProjectApi.UpdateProjectParams.builder().projectId(projectId)
        .projectUpdateRequest(ApiRequest.require(request, "request")).build();
  }

  private ProjectApi.DeleteProjectParams deleteParams() {
    return ProjectApi.DeleteProjectParams.builder().projectId(projectId).build();
  }

  private ProjectApi.RestoreProjectParams restoreParams() {
    return ProjectApi.RestoreProjectParams.builder().projectId(projectId).build();
  }

  private ProjectApi.RecoverProjectParams recoverParams() {
    return ProjectApi.RecoverProjectParams.builder().projectId(projectId).build();
  }

  private GetConnectionURIParams uriParams(Consumer<GetConnectionURIParams.Builder> params) {
    return configure(GetConnectionURIParams.builder(), params, "params").projectId(projectId).build();
  }

  // Neon Auth

  /**
   * Returns the project's Neon Auth integrations of the legacy API; new code uses {@code branch(id).auth()}.
   * @return the legacy Neon Auth integrations of this project
   */
  public LegacyNeonAuth authIntegrations() {
    return new LegacyNeonAuth(client, waiter, projectId);
  }

  // Members, triggers, custom domains, logs

  /**
   * Returns the members of the organization that owns the project, with their project roles.
   * @return the project's members
   */
  public ProjectMembers members() {
    return new ProjectMembers(client, waiter, projectId);
  }

  @Override
  public String toString() {
    return "ProjectScope{" + projectId + "}";
  }
}

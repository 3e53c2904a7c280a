package dev.neonjava.resources;

import static dev.neonjava.runtime.ResponseDecodingException.requireMember;

import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.GetConnectionURIParams;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectUpdateRequest;
import dev.neonjava.generated.model.ProjectUpdateRequestProject;
import dev.neonjava.generated.model.UpdateProjectResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import java.util.function.Consumer;

/** One project and the resources inside it: branches, endpoints, operations, snapshots, connections. */
public final class ProjectScope extends Resource<ProjectScope> {
  private final String projectId;
  private final ProjectApi api;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public ProjectScope(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.projectId = Validation.id(projectId, "project_id");
    this.api = new ProjectApi(client);
  }

  @Override
  protected ProjectScope rebind(ApiClient client) {
    return new ProjectScope(client, waiter, projectId);
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
   */
  public Project get() {
    return requireMember(api.getProject(ProjectApi.GetProjectParams.builder().projectId(projectId).build()).getProject(), "getProject", "project");
  }

  /**
   * Updates the project and waits for the operations the change started.
   * @param changes sets the fields to change, e.g. {@code p -> p.name("renamed")}
   * @return the updated project
   */
  public Project updateAndWait(Consumer<ProjectUpdateRequestProject> changes) {
    ProjectUpdateRequestProject body = new ProjectUpdateRequestProject();
    Validation.apply(changes, body, "changes");
    UpdateProjectResponse updated = api.updateProject(ProjectApi.UpdateProjectParams.builder().projectId(projectId)
        .projectUpdateRequest(new ProjectUpdateRequest().project(body)).build());
    waiter.await(requireMember(updated.getOperations(), "updateProject", "operations"));
    return requireMember(updated.getProject(), "updateProject", "project");
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
   * Fetches a connection URI and turns it into JDBC settings.
   * @param params database and role (required), branch, endpoint, pooled
   * @return the JDBC URL and credentials; the password never appears in {@code toString()}
   */
  public ConnectionInfo connectionInfo(Consumer<GetConnectionURIParams.Builder> params) {
    GetConnectionURIParams.Builder builder = GetConnectionURIParams.builder().projectId(projectId);
    Validation.apply(params, builder, "params");
    return ConnectionInfo.parse(requireMember(api.getConnectionURI(builder.build()).getUri(), "getConnectionURI", "uri"));
  }

  // Neon Auth

  /**
   * Returns the project's Neon Auth integrations of the legacy API; new code uses {@code branch(id).auth()}.
   * @return the legacy Neon Auth integrations of this project
   */
  public LegacyNeonAuth authIntegrations() {
    return new LegacyNeonAuth(client, waiter, projectId);
  }

  @Override
  public String toString() {
    return "ProjectScope{" + projectId + "}";
  }
}

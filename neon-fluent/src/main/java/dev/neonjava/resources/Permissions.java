package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.ProjectApi.GrantPermissionToProjectParams;
import dev.neonjava.generated.api.ProjectApi.ListProjectPermissionsParams;
import dev.neonjava.generated.api.ProjectApi.RevokePermissionFromProjectParams;
import dev.neonjava.generated.model.GrantPermissionToProjectRequest;
import dev.neonjava.generated.model.ProjectPermission;
import dev.neonjava.generated.model.ProjectPermissions;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** Who else may use one project: list the grants, share the project with an e-mail, revoke a grant. */
public final class Permissions extends Resource<Permissions> {
  private final ProjectApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public Permissions(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new ProjectApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected Permissions rebind(ApiClient client) {
    return new Permissions(client, waiter, projectId);
  }

  /**
   * Returns the project's permissions.
   * @return the grants, each with the e-mail it was granted to
   */
  @CallsOperation("listProjectPermissions")
  public List<ProjectPermission> list() {
    return member(api.listProjectPermissions(listParams()), ProjectPermissions::getProjectPermissions,
        "listProjectPermissions", "project_permissions");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<ProjectPermission>> listAsync() {
    return async(() -> api.listProjectPermissionsAsync(listParams())).thenApply(r -> member(r,
        ProjectPermissions::getProjectPermissions, "listProjectPermissions", "project_permissions"));
  }

  /**
   * Shares the project with a user, by e-mail.
   * @param request sets the e-mail
   * @return the new grant
   */
  @CallsOperation("grantPermissionToProject")
  public ProjectPermission grant(Consumer<GrantPermissionToProjectRequest> request) {
    return grant(configure(new GrantPermissionToProjectRequest(), request, "request"));
  }

  /**
   * As {@link #grant(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the new grant
   */
  public ProjectPermission grant(GrantPermissionToProjectRequest request) {
    return member(api.grantPermissionToProject(grantParams(request)), r -> r, "grantPermissionToProject", "body");
  }

  /**
   * Shares the project with the user of that e-mail.
   * @param email the user's e-mail
   * @return the new grant
   */
  public ProjectPermission grant(String email) {
    return grant(new GrantPermissionToProjectRequest().email(ApiRequest.require(email, "email")));
  }

  /**
   * Asynchronous {@link #grant(GrantPermissionToProjectRequest)}.
   * @param request the request
   * @return the pending grant
   */
  public CompletableFuture<ProjectPermission> grantAsync(GrantPermissionToProjectRequest request) {
    return async(() -> api.grantPermissionToProjectAsync(grantParams(request)))
        .thenApply(r -> member(r, x -> x, "grantPermissionToProject", "body"));
  }

  /**
   * Revokes a grant.
   * @param permissionId the grant's id
   * @return the revoked grant
   * @throws dev.neonjava.runtime.NotFoundException when there is no such grant
   */
  @CallsOperation("revokePermissionFromProject")
  public ProjectPermission revoke(String permissionId) {
    return member(api.revokePermissionFromProject(revokeParams(permissionId)), r -> r, "revokePermissionFromProject",
        "body");
  }

  /**
   * Asynchronous {@link #revoke(String)}.
   * @param permissionId the grant's id
   * @return the pending revocation
   */
  public CompletableFuture<ProjectPermission> revokeAsync(String permissionId) {
    return async(() -> api.revokePermissionFromProjectAsync(revokeParams(permissionId)))
        .thenApply(r -> member(r, x -> x, "revokePermissionFromProject", "body"));
  }

  /**
   * Revokes a grant if it exists: for clean-up code that may run twice.
   * @param permissionId the grant's id
   * @return whether this call revoked it (false: it was already gone)
   */
  public boolean revokeIfExists(String permissionId) {
    return Calls.deleteIfExists(() -> revoke(permissionId));
  }

  private ListProjectPermissionsParams listParams() {
    return ListProjectPermissionsParams.builder().projectId(projectId).build();
  }

  private GrantPermissionToProjectParams grantParams(GrantPermissionToProjectRequest request) {
    return GrantPermissionToProjectParams.builder().projectId(projectId)
        .grantPermissionToProjectRequest(ApiRequest.require(request, "request")).build();
  }

  private RevokePermissionFromProjectParams revokeParams(String permissionId) {
    return RevokePermissionFromProjectParams.builder().projectId(projectId)
        .permissionId(Validation.id(permissionId, "permission_id")).build();
  }
}

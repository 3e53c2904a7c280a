package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;
import static dev.neonjava.resources.Calls.pending;
import static dev.neonjava.resources.Calls.pendingDelete;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.BranchApi.CreateProjectBranchRoleParams;
import dev.neonjava.generated.api.BranchApi.DeleteProjectBranchRoleParams;
import dev.neonjava.generated.api.BranchApi.GetProjectBranchRoleParams;
import dev.neonjava.generated.api.BranchApi.GetProjectBranchRolePasswordParams;
import dev.neonjava.generated.api.BranchApi.ListProjectBranchRolesParams;
import dev.neonjava.generated.api.BranchApi.ResetProjectBranchRolePasswordParams;
import dev.neonjava.generated.model.Role;
import dev.neonjava.generated.model.RoleCreateRequest;
import dev.neonjava.generated.model.RoleCreateRequestRole;
import dev.neonjava.generated.model.RoleOperations;
import dev.neonjava.generated.model.RolePasswordResponse;
import dev.neonjava.generated.model.RoleResponse;
import dev.neonjava.generated.model.RolesResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.Secret;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.Pending;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The Postgres roles of one branch: list, create, ensure (get or create), get, reveal or reset the
 * password (as a {@link Secret}), delete.
 */
public final class Roles extends Resource<Roles> {
  private final BranchApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public Roles(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new BranchApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected Roles rebind(ApiClient client) {
    return new Roles(client, waiter, projectId, branchId);
  }

  /**
   * Returns the branch's roles.
   * @return the roles
   */
  @CallsOperation("listProjectBranchRoles")
  public List<Role> list() {
    return member(api.listProjectBranchRoles(listParams()), RolesResponse::getRoles, "listProjectBranchRoles", "roles");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<Role>> listAsync() {
    return async(() -> api.listProjectBranchRolesAsync(listParams()))
        .thenApply(r -> member(r, RolesResponse::getRoles, "listProjectBranchRoles", "roles"));
  }

  /**
   * Creates a role; its password is in the response (redacted in {@code toString()}). Neon answers
   * 409 when the name is taken (see {@link #ensure(String)}).
   * @param request sets the role, e.g. {@code r -> r.role(new RoleCreateRequestRole().name("app"))}
   * @return the role and the operations started
   */
  @CallsOperation("createProjectBranchRole")
  public Pending<RoleOperations> create(Consumer<RoleCreateRequest> request) {
    return create(configure(new RoleCreateRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the role and the operations started
   */
  public Pending<RoleOperations> create(RoleCreateRequest request) {
    return pending(api.createProjectBranchRole(createParams(request)), RoleOperations::getOperations, waiter,
        "createProjectBranchRole");
  }

  /**
   * Asynchronous {@link #create(RoleCreateRequest)}.
   * @param request the request
   * @return the pending creation
   */
  public CompletableFuture<Pending<RoleOperations>> createAsync(RoleCreateRequest request) {
    return async(() -> api.createProjectBranchRoleAsync(createParams(request)))
        .thenApply(r -> pending(r, RoleOperations::getOperations, waiter, "createProjectBranchRole"));
  }

  /**
   * Returns the role with this name, creating it (and waiting for its operations) when it does not
   * exist. A 409 from a concurrent creation counts as success. Use {@link #revealPassword(String)}
   * for the password of a role that already existed.
   * @param name the role name
   * @return the role
   */
  public Role ensure(String name) {
    Validation.name(name, "role_name");
    Optional<Role> existing = find(name);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      return create(r -> r.role(new RoleCreateRequestRole().name(name))).await().getRole();
    } catch (ConflictException alreadyExists) {
      return find(name).orElseThrow(() -> alreadyExists);
    }
  }

  /**
   * Returns the role.
   * @param roleName the role name
   * @return the role
   */
  @CallsOperation("getProjectBranchRole")
  public Role get(String roleName) {
    return member(api.getProjectBranchRole(getParams(roleName)), RoleResponse::getRole, "getProjectBranchRole", "role");
  }

  /**
   * Asynchronous {@link #get(String)}.
   * @param roleName the role name
   * @return the pending role
   */
  public CompletableFuture<Role> getAsync(String roleName) {
    return async(() -> api.getProjectBranchRoleAsync(getParams(roleName)))
        .thenApply(r -> member(r, RoleResponse::getRole, "getProjectBranchRole", "role"));
  }

  /**
   * Reveals a role's password (the project must store passwords).
   * @param roleName the role name
   * @return the password, wrapped so it never shows in logs
   */
  @CallsOperation("getProjectBranchRolePassword")
  public Secret revealPassword(String roleName) {
    return password(api.getProjectBranchRolePassword(passwordParams(roleName)));
  }

  /**
   * Asynchronous {@link #revealPassword(String)}.
   * @param roleName the role name
   * @return the pending password
   */
  public CompletableFuture<Secret> revealPasswordAsync(String roleName) {
    return async(() -> api.getProjectBranchRolePasswordAsync(passwordParams(roleName))).thenApply(this::password);
  }

  /**
   * Gives a role a new password; {@code .await()} returns it once Neon has applied it.
   * @param roleName the role name
   * @return the new password and the operations started
   */
  @CallsOperation("resetProjectBranchRolePassword")
  public Pending<Secret> resetPassword(String roleName) {
    return newPassword(api.resetProjectBranchRolePassword(resetParams(roleName)));
  }

  /**
   * Asynchronous {@link #resetPassword(String)}.
   * @param roleName the role name
   * @return the pending reset
   */
  public CompletableFuture<Pending<Secret>> resetPasswordAsync(String roleName) {
    return async(() -> api.resetProjectBranchRolePasswordAsync(resetParams(roleName))).thenApply(this::newPassword);
  }

  /**
   * Deletes a role.
   * @param roleName the role name
   * @return the role and the deletion's operations, or empty when it was already gone
   */
  @CallsOperation("deleteProjectBranchRole")
  public Optional<Pending<RoleOperations>> delete(String roleName) {
    return pendingDelete(api.deleteProjectBranchRole(deleteParams(roleName)), RoleOperations::getOperations, waiter,
        "deleteProjectBranchRole");
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param roleName the role name
   * @return the pending deletion
   */
  public CompletableFuture<Optional<Pending<RoleOperations>>> deleteAsync(String roleName) {
    return async(() -> api.deleteProjectBranchRoleAsync(deleteParams(roleName)))
        .thenApply(r -> pendingDelete(r, RoleOperations::getOperations, waiter, "deleteProjectBranchRole"));
  }

  /**
   * Deletes a role if it exists and waits for the deletion: for clean-up code that may run twice.
   * @param roleName the role name
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String roleName) {
    return Calls.deleteIfExists(() -> delete(roleName));
  }

  private Secret password(RolePasswordResponse response) {
    return Secret.of(member(response, RolePasswordResponse::getPassword, "getProjectBranchRolePassword", "password"),
        "password");
  }

  private Pending<Secret> newPassword(RoleOperations response) {
    Role role = member(response, RoleOperations::getRole, "resetProjectBranchRolePassword", "role");
    Secret password = Secret.of(member(role, Role::getPassword, "resetProjectBranchRolePassword", "role.password"),
        "password");
    return Pending.of(password, member(response, RoleOperations::getOperations, "resetProjectBranchRolePassword",
        "operations"), waiter);
  }

  private Optional<Role> find(String name) {
    return list().stream().filter(r -> name.equals(r.getName())).findFirst();
  }

  private ListProjectBranchRolesParams listParams() {
    return ListProjectBranchRolesParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private CreateProjectBranchRoleParams createParams(RoleCreateRequest request) {
    return CreateProjectBranchRoleParams.builder().projectId(projectId).branchId(branchId)
        .roleCreateRequest(ApiRequest.require(request, "request")).build();
  }

  private GetProjectBranchRoleParams getParams(String roleName) {
    return GetProjectBranchRoleParams.builder().projectId(projectId).branchId(branchId)
        .roleName(Validation.name(roleName, "role_name")).build();
  }

  private GetProjectBranchRolePasswordParams passwordParams(String roleName) {
    return GetProjectBranchRolePasswordParams.builder().projectId(projectId).branchId(branchId)
        .roleName(Validation.name(roleName, "role_name")).build();
  }

  private ResetProjectBranchRolePasswordParams resetParams(String roleName) {
    return ResetProjectBranchRolePasswordParams.builder().projectId(projectId).branchId(branchId)
        .roleName(Validation.name(roleName, "role_name")).build();
  }

  private DeleteProjectBranchRoleParams deleteParams(String roleName) {
    return DeleteProjectBranchRoleParams.builder().projectId(projectId).branchId(branchId)
        .roleName(Validation.name(roleName, "role_name")).build();
  }
}

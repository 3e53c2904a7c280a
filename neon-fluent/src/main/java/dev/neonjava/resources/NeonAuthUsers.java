package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.AuthApi.CreateBranchNeonAuthNewUserParams;
import dev.neonjava.generated.api.AuthApi.DeleteBranchNeonAuthUserParams;
import dev.neonjava.generated.api.AuthApi.UpdateNeonAuthUserRoleParams;
import dev.neonjava.generated.model.CreateBranchNeonAuthNewUserRequest;
import dev.neonjava.generated.model.NeonAuthCreateNewUserResponse;
import dev.neonjava.generated.model.UpdateNeonAuthUserRoleRequest;
import dev.neonjava.generated.model.UpdateNeonAuthUserRoleResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The users of Neon Auth on one branch: create, set roles, delete. */
public final class NeonAuthUsers extends Resource<NeonAuthUsers> {
  private final AuthApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public NeonAuthUsers(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new AuthApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected NeonAuthUsers rebind(ApiClient client) {
    return new NeonAuthUsers(client, waiter, projectId, branchId);
  }

  /**
   * Creates a user.
   * @param request sets email (required) and name
   * @return the new user's id
   */
  @CallsOperation("createBranchNeonAuthNewUser")
  public String create(Consumer<CreateBranchNeonAuthNewUserRequest> request) {
    return create(configure(new CreateBranchNeonAuthNewUserRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the new user's id
   */
  public String create(CreateBranchNeonAuthNewUserRequest request) {
    return member(api.createBranchNeonAuthNewUser(createParams(request)), NeonAuthCreateNewUserResponse::getId,
        "createBranchNeonAuthNewUser", "id");
  }

  /**
   * Asynchronous {@link #create(CreateBranchNeonAuthNewUserRequest)}.
   * @param request the request
   * @return the pending id
   */
  public CompletableFuture<String> createAsync(CreateBranchNeonAuthNewUserRequest request) {
    return async(() -> api.createBranchNeonAuthNewUserAsync(createParams(request)))
        .thenApply(r -> member(r, NeonAuthCreateNewUserResponse::getId, "createBranchNeonAuthNewUser", "id"));
  }

  /**
   * Sets a user's roles.
   * @param authUserId the user's id
   * @param request sets roles (at least one)
   * @return the user's id
   */
  @CallsOperation("updateNeonAuthUserRole")
  public String updateRoles(String authUserId, Consumer<UpdateNeonAuthUserRoleRequest> request) {
    return updateRoles(authUserId, configure(new UpdateNeonAuthUserRoleRequest(), request, "request"));
  }

  /**
   * As {@link #updateRoles(String, Consumer)}, with the request built by the caller.
   * @param authUserId the user's id
   * @param request the request
   * @return the user's id
   */
  public String updateRoles(String authUserId, UpdateNeonAuthUserRoleRequest request) {
    return member(api.updateNeonAuthUserRole(rolesParams(authUserId, request)), UpdateNeonAuthUserRoleResponse::getId,
        "updateNeonAuthUserRole", "id");
  }

  /**
   * Asynchronous {@link #updateRoles(String, UpdateNeonAuthUserRoleRequest)}.
   * @param authUserId the user's id
   * @param request the request
   * @return the pending id
   */
  public CompletableFuture<String> updateRolesAsync(String authUserId, UpdateNeonAuthUserRoleRequest request) {
    return async(() -> api.updateNeonAuthUserRoleAsync(rolesParams(authUserId, request)))
        .thenApply(r -> member(r, UpdateNeonAuthUserRoleResponse::getId, "updateNeonAuthUserRole", "id"));
  }

  /**
   * Deletes a user.
   * @param authUserId the user's id
   * @throws dev.neonjava.runtime.NotFoundException when there is no such user
   */
  @CallsOperation("deleteBranchNeonAuthUser")
  public void delete(String authUserId) {
    api.deleteBranchNeonAuthUser(deleteParams(authUserId));
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param authUserId the user's id
   * @return completes when the user is deleted
   */
  public CompletableFuture<Void> deleteAsync(String authUserId) {
    return async(() -> api.deleteBranchNeonAuthUserAsync(deleteParams(authUserId)));
  }

  /**
   * Deletes a user if it exists: for clean-up code that may run twice.
   * @param authUserId the user's id
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String authUserId) {
    return Calls.deleteIfExists(() -> delete(authUserId));
  }

  private CreateBranchNeonAuthNewUserParams createParams(CreateBranchNeonAuthNewUserRequest request) {
    return CreateBranchNeonAuthNewUserParams.builder().projectId(projectId).branchId(branchId)
        .createBranchNeonAuthNewUserRequest(ApiRequest.require(request, "request")).build();
  }

  private UpdateNeonAuthUserRoleParams rolesParams(String authUserId, UpdateNeonAuthUserRoleRequest request) {
    return UpdateNeonAuthUserRoleParams.builder().projectId(projectId).branchId(branchId)
        .authUserId(Validation.id(authUserId, "auth_user_id"))
        .updateNeonAuthUserRoleRequest(ApiRequest.require(request, "request")).build();
  }

  private DeleteBranchNeonAuthUserParams deleteParams(String authUserId) {
    return DeleteBranchNeonAuthUserParams.builder().projectId(projectId).branchId(branchId)
        .authUserId(Validation.id(authUserId, "auth_user_id")).build();
  }
}

package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.UsersApi;
import dev.neonjava.generated.api.UsersApi.GetAuthDetailsParams;
import dev.neonjava.generated.api.UsersApi.GetCurrentUserInfoParams;
import dev.neonjava.generated.api.UsersApi.GetCurrentUserOrganizationsParams;
import dev.neonjava.generated.api.UsersApi.TransferProjectsFromUserToOrgParams;
import dev.neonjava.generated.model.AuthDetailsResponse;
import dev.neonjava.generated.model.CurrentUserInfoResponse;
import dev.neonjava.generated.model.Organization;
import dev.neonjava.generated.model.OrganizationsResponse;
import dev.neonjava.generated.model.TransferProjectsToOrganizationRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The user the API key belongs to: details, organizations, the key's own auth details, and moving
 * personal projects into an organization. Personal keys only (organization keys get 404 here),
 * except {@link #authDetails()}.
 */
public final class Users extends Resource<Users> {
  private final UsersApi api;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   */
  public Users(ApiClient client, OperationWaiter waiter) {
    super(client, waiter);
    this.api = new UsersApi(client);
  }

  @Override
  protected Users rebind(ApiClient client) {
    return new Users(client, waiter);
  }

  /**
   * Returns the current user.
   * @return the current user: e-mail, plan, limits
   */
  @CallsOperation("getCurrentUserInfo")
  public CurrentUserInfoResponse me() {
    return member(api.getCurrentUserInfo(GetCurrentUserInfoParams.builder().build()), r -> r, "getCurrentUserInfo",
        "body");
  }

  /**
   * Asynchronous {@link #me()}.
   * @return the pending user
   */
  public CompletableFuture<CurrentUserInfoResponse> meAsync() {
    return async(() -> api.getCurrentUserInfoAsync(GetCurrentUserInfoParams.builder().build()))
        .thenApply(r -> member(r, x -> x, "getCurrentUserInfo", "body"));
  }

  /**
   * Returns the organizations the current user belongs to.
   * @return the organizations
   */
  @CallsOperation("getCurrentUserOrganizations")
  public List<Organization> organizations() {
    return member(api.getCurrentUserOrganizations(GetCurrentUserOrganizationsParams.builder().build()),
        OrganizationsResponse::getOrganizations, "getCurrentUserOrganizations", "organizations");
  }

  /**
   * Asynchronous {@link #organizations()}.
   * @return the pending list
   */
  public CompletableFuture<List<Organization>> organizationsAsync() {
    return async(() -> api.getCurrentUserOrganizationsAsync(GetCurrentUserOrganizationsParams.builder().build()))
        .thenApply(r -> member(r, OrganizationsResponse::getOrganizations, "getCurrentUserOrganizations",
            "organizations"));
  }

  /**
   * Returns who the API key authenticates: account id and auth method (works for every kind of key).
   * @return the auth details
   */
  @CallsOperation("getAuthDetails")
  public AuthDetailsResponse authDetails() {
    return member(api.getAuthDetails(GetAuthDetailsParams.builder().build()), r -> r, "getAuthDetails", "body");
  }

  /**
   * Asynchronous {@link #authDetails()}.
   * @return the pending details
   */
  public CompletableFuture<AuthDetailsResponse> authDetailsAsync() {
    return async(() -> api.getAuthDetailsAsync(GetAuthDetailsParams.builder().build()))
        .thenApply(r -> member(r, x -> x, "getAuthDetails", "body"));
  }

  /**
   * Moves projects from the user's personal account into an organization.
   * @param destinationOrgId the organization that receives the projects
   * @param projectIds the projects to move
   * @deprecated Neon's API description marks {@code POST /users/me/projects/transfer} deprecated,
   *     naming no replacement; between organizations use {@code neon.organization(src).transferProjects(..)}.
   */
  @Deprecated
  public void transferProjects(String destinationOrgId, List<String> projectIds) {
    transferProjects(OrganizationScope.transferRequest(destinationOrgId, projectIds));
  }

  /**
   * Moves projects from the user's personal account into an organization.
   * @param request destination_org_id and project_ids
   * @deprecated as {@link #transferProjects(String, List)}
   */
  @Deprecated
  @CallsOperation("transferProjectsFromUserToOrg")
  public void transferProjects(Consumer<TransferProjectsToOrganizationRequest> request) {
    transferProjects(configure(new TransferProjectsToOrganizationRequest(), request, "request"));
  }

  /**
   * As {@link #transferProjects(Consumer)}, with the request built by the caller.
   * @param request the request
   * @deprecated as {@link #transferProjects(String, List)}
   */
  @Deprecated
  public void transferProjects(TransferProjectsToOrganizationRequest request) {
    api.transferProjectsFromUserToOrg(transferParams(request));
  }

  /**
   * Asynchronous {@link #transferProjects(String, List)}.
   * @param destinationOrgId the organization that receives the projects
   * @param projectIds the projects to move
   * @return completes when the projects were moved
   * @deprecated as {@link #transferProjects(String, List)}
   */
  @Deprecated
  public CompletableFuture<Void> transferProjectsAsync(String destinationOrgId, List<String> projectIds) {
    return async(() -> api.transferProjectsFromUserToOrgAsync(transferParams(OrganizationScope.transferRequest(
        destinationOrgId, projectIds)))).thenApply(r -> null);
  }

  private static TransferProjectsFromUserToOrgParams transferParams(TransferProjectsToOrganizationRequest request) {
    return TransferProjectsFromUserToOrgParams.builder()
        .transferProjectsToOrganizationRequest(ApiRequest.require(request, "request")).build();
  }
}

package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.AuthApi.AddBranchNeonAuthOauthProviderParams;
import dev.neonjava.generated.api.AuthApi.DeleteBranchNeonAuthOauthProviderParams;
import dev.neonjava.generated.api.AuthApi.ListBranchNeonAuthOauthProvidersParams;
import dev.neonjava.generated.api.AuthApi.UpdateBranchNeonAuthOauthProviderParams;
import dev.neonjava.generated.model.ListNeonAuthOauthProvidersResponse;
import dev.neonjava.generated.model.NeonAuthAddOAuthProviderRequest;
import dev.neonjava.generated.model.NeonAuthOauthProvider;
import dev.neonjava.generated.model.NeonAuthOauthProviderId;
import dev.neonjava.generated.model.NeonAuthUpdateOAuthProviderRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The OAuth providers (Google, GitHub, ...) users of Neon Auth on one branch sign in with: list,
 * add, update, remove. Client secrets never show in {@code toString()}.
 */
public final class NeonAuthOauthProviders extends Resource<NeonAuthOauthProviders> {
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
  public NeonAuthOauthProviders(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new AuthApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected NeonAuthOauthProviders rebind(ApiClient client) {
    return new NeonAuthOauthProviders(client, waiter, projectId, branchId);
  }

  /**
   * Returns the OAuth providers.
   * @return the OAuth providers
   */
  @CallsOperation("listBranchNeonAuthOauthProviders")
  public List<NeonAuthOauthProvider> list() {
    return member(api.listBranchNeonAuthOauthProviders(listParams()), ListNeonAuthOauthProvidersResponse::getProviders,
        "listBranchNeonAuthOauthProviders", "providers");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<NeonAuthOauthProvider>> listAsync() {
    return async(() -> api.listBranchNeonAuthOauthProvidersAsync(listParams())).thenApply(r -> member(r,
        ListNeonAuthOauthProvidersResponse::getProviders, "listBranchNeonAuthOauthProviders", "providers"));
  }

  /**
   * Adds an OAuth provider.
   * @param request sets id (required), client_id, client_secret, microsoft_tenant_id
   * @return the provider
   */
  @CallsOperation("addBranchNeonAuthOauthProvider")
  public NeonAuthOauthProvider add(Consumer<NeonAuthAddOAuthProviderRequest> request) {
    return add(configure(new NeonAuthAddOAuthProviderRequest(), request, "request"));
  }

  /**
   * As {@link #add(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the provider
   */
  public NeonAuthOauthProvider add(NeonAuthAddOAuthProviderRequest request) {
    return member(api.addBranchNeonAuthOauthProvider(addParams(request)), r -> r, "addBranchNeonAuthOauthProvider",
        "body");
  }

  /**
   * Asynchronous {@link #add(NeonAuthAddOAuthProviderRequest)}.
   * @param request the request
   * @return the pending provider
   */
  public CompletableFuture<NeonAuthOauthProvider> addAsync(NeonAuthAddOAuthProviderRequest request) {
    return async(() -> api.addBranchNeonAuthOauthProviderAsync(addParams(request)))
        .thenApply(r -> member(r, x -> x, "addBranchNeonAuthOauthProvider", "body"));
  }

  /**
   * Changes an OAuth provider's credentials.
   * @param providerId the provider
   * @param changes sets client_id, client_secret, microsoft_tenant_id
   * @return the provider as changed
   */
  @CallsOperation("updateBranchNeonAuthOauthProvider")
  public NeonAuthOauthProvider update(NeonAuthOauthProviderId providerId,
      Consumer<NeonAuthUpdateOAuthProviderRequest> changes) {
    return update(providerId, configure(new NeonAuthUpdateOAuthProviderRequest(), changes, "changes"));
  }

  /**
   * As {@link #update(NeonAuthOauthProviderId, Consumer)}, with the changes built by the caller.
   * @param providerId the provider
   * @param changes the changes
   * @return the provider as changed
   */
  public NeonAuthOauthProvider update(NeonAuthOauthProviderId providerId, NeonAuthUpdateOAuthProviderRequest changes) {
    return member(api.updateBranchNeonAuthOauthProvider(updateParams(providerId, changes)), r -> r,
        "updateBranchNeonAuthOauthProvider", "body");
  }

  /**
   * Asynchronous {@link #update(NeonAuthOauthProviderId, NeonAuthUpdateOAuthProviderRequest)}.
   * @param providerId the provider
   * @param changes the changes
   * @return the pending provider
   */
  public CompletableFuture<NeonAuthOauthProvider> updateAsync(NeonAuthOauthProviderId providerId,
      NeonAuthUpdateOAuthProviderRequest changes) {
    return async(() -> api.updateBranchNeonAuthOauthProviderAsync(updateParams(providerId, changes)))
        .thenApply(r -> member(r, x -> x, "updateBranchNeonAuthOauthProvider", "body"));
  }

  /**
   * Removes an OAuth provider.
   * @param providerId the provider
   * @throws dev.neonjava.runtime.NotFoundException when it is not configured
   */
  @CallsOperation("deleteBranchNeonAuthOauthProvider")
  public void delete(NeonAuthOauthProviderId providerId) {
    api.deleteBranchNeonAuthOauthProvider(deleteParams(providerId));
  }

  /**
   * Asynchronous {@link #delete(NeonAuthOauthProviderId)}.
   * @param providerId the provider
   * @return completes when the provider is removed
   */
  public CompletableFuture<Void> deleteAsync(NeonAuthOauthProviderId providerId) {
    return async(() -> api.deleteBranchNeonAuthOauthProviderAsync(deleteParams(providerId)));
  }

  /**
   * Removes an OAuth provider if it is configured: for clean-up code that may run twice.
   * @param providerId the provider
   * @return whether this call removed it (false: it was not configured)
   */
  public boolean deleteIfExists(NeonAuthOauthProviderId providerId) {
    return Calls.deleteIfExists(() -> delete(providerId));
  }

  private ListBranchNeonAuthOauthProvidersParams listParams() {
    return ListBranchNeonAuthOauthProvidersParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private AddBranchNeonAuthOauthProviderParams addParams(NeonAuthAddOAuthProviderRequest request) {
    return AddBranchNeonAuthOauthProviderParams.builder().projectId(projectId).branchId(branchId)
        .neonAuthAddOAuthProviderRequest(ApiRequest.require(request, "request")).build();
  }

  private UpdateBranchNeonAuthOauthProviderParams updateParams(NeonAuthOauthProviderId providerId,
      NeonAuthUpdateOAuthProviderRequest changes) {
    return UpdateBranchNeonAuthOauthProviderParams.builder().projectId(projectId).branchId(branchId)
        .oauthProviderId(ApiRequest.require(providerId, "oauth_provider_id"))
        .neonAuthUpdateOAuthProviderRequest(ApiRequest.require(changes, "changes")).build();
  }

  private DeleteBranchNeonAuthOauthProviderParams deleteParams(NeonAuthOauthProviderId providerId) {
    return DeleteBranchNeonAuthOauthProviderParams.builder().projectId(projectId).branchId(branchId)
        .oauthProviderId(ApiRequest.require(providerId, "oauth_provider_id")).build();
  }
}

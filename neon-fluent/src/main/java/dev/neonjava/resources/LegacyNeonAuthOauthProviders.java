package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthLegacyApi;
import dev.neonjava.generated.api.AuthLegacyApi.AddNeonAuthOauthProviderParams;
import dev.neonjava.generated.api.AuthLegacyApi.DeleteNeonAuthOauthProviderParams;
import dev.neonjava.generated.api.AuthLegacyApi.ListNeonAuthOauthProvidersParams;
import dev.neonjava.generated.api.AuthLegacyApi.UpdateNeonAuthOauthProviderParams;
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
 * The OAuth providers (Google, GitHub, ...) users of the project-wide Neon Auth of the legacy API
 * sign in with: list, add, update, remove. Client secrets never show in {@code toString()}.
 */
public final class LegacyNeonAuthOauthProviders extends Resource<LegacyNeonAuthOauthProviders> {
  private final AuthLegacyApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public LegacyNeonAuthOauthProviders(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new AuthLegacyApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected LegacyNeonAuthOauthProviders rebind(ApiClient client) {
    return new LegacyNeonAuthOauthProviders(client, waiter, projectId);
  }

  /**
   * Returns the OAuth providers.
   * @return the OAuth providers
   */
  @CallsOperation("listNeonAuthOauthProviders")
  public List<NeonAuthOauthProvider> list() {
    return member(api.listNeonAuthOauthProviders(listParams()), ListNeonAuthOauthProvidersResponse::getProviders,
        "listNeonAuthOauthProviders", "providers");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<NeonAuthOauthProvider>> listAsync() {
    return async(() -> api.listNeonAuthOauthProvidersAsync(listParams())).thenApply(r -> member(r,
        ListNeonAuthOauthProvidersResponse::getProviders, "listNeonAuthOauthProviders", "providers"));
  }

  /**
   * Adds an OAuth provider.
   * @param request sets id (required), client_id, client_secret, microsoft_tenant_id
   * @return the provider
   */
  @CallsOperation("addNeonAuthOauthProvider")
  public NeonAuthOauthProvider add(Consumer<NeonAuthAddOAuthProviderRequest> request) {
    return add(configure(new NeonAuthAddOAuthProviderRequest(), request, "request"));
  }

  /**
   * As {@link #add(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the provider
   */
  public NeonAuthOauthProvider add(NeonAuthAddOAuthProviderRequest request) {
    return member(api.addNeonAuthOauthProvider(addParams(request)), r -> r, "addNeonAuthOauthProvider",
        "body");
  }

  /**
   * Asynchronous {@link #add(NeonAuthAddOAuthProviderRequest)}.
   * @param request the request
   * @return the pending provider
   */
  public CompletableFuture<NeonAuthOauthProvider> addAsync(NeonAuthAddOAuthProviderRequest request) {
    return async(() -> api.addNeonAuthOauthProviderAsync(addParams(request)))
        .thenApply(r -> member(r, x -> x, "addNeonAuthOauthProvider", "body"));
  }

  /**
   * Changes an OAuth provider's credentials.
   * @param providerId the provider
   * @param changes sets client_id, client_secret, microsoft_tenant_id
   * @return the provider as changed
   */
  @CallsOperation("updateNeonAuthOauthProvider")
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
    return member(api.updateNeonAuthOauthProvider(updateParams(providerId, changes)), r -> r,
        "updateNeonAuthOauthProvider", "body");
  }

  /**
   * Asynchronous {@link #update(NeonAuthOauthProviderId, NeonAuthUpdateOAuthProviderRequest)}.
   * @param providerId the provider
   * @param changes the changes
   * @return the pending provider
   */
  public CompletableFuture<NeonAuthOauthProvider> updateAsync(NeonAuthOauthProviderId providerId,
      NeonAuthUpdateOAuthProviderRequest changes) {
    return async(() -> api.updateNeonAuthOauthProviderAsync(updateParams(providerId, changes)))
        .thenApply(r -> member(r, x -> x, "updateNeonAuthOauthProvider", "body"));
  }

  /**
   * Removes an OAuth provider.
   * @param providerId the provider
   * @throws dev.neonjava.runtime.NotFoundException when it is not configured
   */
  @CallsOperation("deleteNeonAuthOauthProvider")
  public void delete(NeonAuthOauthProviderId providerId) {
    api.deleteNeonAuthOauthProvider(deleteParams(providerId));
  }

  /**
   * Asynchronous {@link #delete(NeonAuthOauthProviderId)}.
   * @param providerId the provider
   * @return completes when the provider is removed
   */
  public CompletableFuture<Void> deleteAsync(NeonAuthOauthProviderId providerId) {
    return async(() -> api.deleteNeonAuthOauthProviderAsync(deleteParams(providerId)));
  }

  /**
   * Removes an OAuth provider if it is configured: for clean-up code that may run twice.
   * @param providerId the provider
   * @return whether this call removed it (false: it was not configured)
   */
  public boolean deleteIfExists(NeonAuthOauthProviderId providerId) {
    return Calls.deleteIfExists(() -> delete(providerId));
  }

  private ListNeonAuthOauthProvidersParams listParams() {
    return ListNeonAuthOauthProvidersParams.builder().projectId(projectId).build();
  }

  private AddNeonAuthOauthProviderParams addParams(NeonAuthAddOAuthProviderRequest request) {
    return AddNeonAuthOauthProviderParams.builder().projectId(projectId)
        .neonAuthAddOAuthProviderRequest(ApiRequest.require(request, "request")).build();
  }

  private UpdateNeonAuthOauthProviderParams updateParams(NeonAuthOauthProviderId providerId,
      NeonAuthUpdateOAuthProviderRequest changes) {
    return UpdateNeonAuthOauthProviderParams.builder().projectId(projectId)
        .oauthProviderId(ApiRequest.require(providerId, "oauth_provider_id"))
        .neonAuthUpdateOAuthProviderRequest(ApiRequest.require(changes, "changes")).build();
  }

  private DeleteNeonAuthOauthProviderParams deleteParams(NeonAuthOauthProviderId providerId) {
    return DeleteNeonAuthOauthProviderParams.builder().projectId(projectId)
        .oauthProviderId(ApiRequest.require(providerId, "oauth_provider_id")).build();
  }
}

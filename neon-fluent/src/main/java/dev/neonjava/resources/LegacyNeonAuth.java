package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthLegacyApi;
import dev.neonjava.generated.api.AuthLegacyApi.DeleteNeonAuthIntegrationParams;
import dev.neonjava.generated.api.AuthLegacyApi.DeleteNeonAuthUserParams;
import dev.neonjava.generated.api.AuthLegacyApi.GetNeonAuthEmailServerParams;
import dev.neonjava.generated.api.AuthLegacyApi.ListNeonAuthIntegrationsParams;
import dev.neonjava.generated.api.AuthLegacyApi.UpdateNeonAuthEmailServerParams;
import dev.neonjava.generated.model.DisableNeonAuthRequest;
import dev.neonjava.generated.model.ListNeonAuthIntegrationsResponse;
import dev.neonjava.generated.model.NeonAuthEmailServerConfig;
import dev.neonjava.generated.model.NeonAuthIntegration;
import dev.neonjava.generated.model.NeonAuthSupportedAuthProvider;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The project-wide Neon Auth integrations of the legacy API ({@code /projects/{project_id}/auth/...}):
 * list and delete them, their email server, trusted domains, OAuth providers, and users. New code
 * uses the per-branch {@code neon.project(id).branch(id).auth()}; integrations are created with
 * {@code neon.neonAuthIntegrations()}.
 */
public final class LegacyNeonAuth extends Resource<LegacyNeonAuth> {
  private final AuthLegacyApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public LegacyNeonAuth(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new AuthLegacyApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected LegacyNeonAuth rebind(ApiClient client) {
    return new LegacyNeonAuth(client, waiter, projectId);
  }

  /**
   * Returns the project's Neon Auth integrations.
   * @return the integrations
   */
  @CallsOperation("listNeonAuthIntegrations")
  public List<NeonAuthIntegration> list() {
    return member(api.listNeonAuthIntegrations(listParams()), ListNeonAuthIntegrationsResponse::getData,
        "listNeonAuthIntegrations", "data");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<NeonAuthIntegration>> listAsync() {
    return async(() -> api.listNeonAuthIntegrationsAsync(listParams()))
        .thenApply(r -> member(r, ListNeonAuthIntegrationsResponse::getData, "listNeonAuthIntegrations", "data"));
  }

  /**
   * Deletes an integration, keeping its data.
   * @param provider the integration's auth provider
   */
  public void delete(NeonAuthSupportedAuthProvider provider) {
    delete(provider, new DisableNeonAuthRequest());
  }

  /**
   * Deletes an integration.
   * @param provider the integration's auth provider
   * @param request sets delete_data (whether to delete the auth schema's data too)
   */
  @CallsOperation("deleteNeonAuthIntegration")
  public void delete(NeonAuthSupportedAuthProvider provider, Consumer<DisableNeonAuthRequest> request) {
    delete(provider, configure(new DisableNeonAuthRequest(), request, "request"));
  }

  /**
   * As {@link #delete(NeonAuthSupportedAuthProvider, Consumer)}, with the request built by the caller.
   * @param provider the integration's auth provider
   * @param request the request
   */
  public void delete(NeonAuthSupportedAuthProvider provider, DisableNeonAuthRequest request) {
    api.deleteNeonAuthIntegration(deleteParams(provider, request));
  }

  /**
   * Asynchronous {@link #delete(NeonAuthSupportedAuthProvider, DisableNeonAuthRequest)}.
   * @param provider the integration's auth provider
   * @param request the request
   * @return completes when the integration is deleted
   */
  public CompletableFuture<Void> deleteAsync(NeonAuthSupportedAuthProvider provider, DisableNeonAuthRequest request) {
    return async(() -> api.deleteNeonAuthIntegrationAsync(deleteParams(provider, request)));
  }

  /**
   * Deletes an integration if it exists: for clean-up code that may run twice.
   * @param provider the integration's auth provider
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(NeonAuthSupportedAuthProvider provider) {
    return Calls.deleteIfExists(() -> delete(provider));
  }

  /**
   * Returns the server the project's Neon Auth sends its emails through.
   * @return the email server
   */
  @CallsOperation("getNeonAuthEmailServer")
  public NeonAuthEmailServerConfig emailServer() {
    return member(api.getNeonAuthEmailServer(emailParams()), r -> r, "getNeonAuthEmailServer", "body");
  }

  /**
   * Asynchronous {@link #emailServer()}.
   * @return the pending email server
   */
  public CompletableFuture<NeonAuthEmailServerConfig> emailServerAsync() {
    return async(() -> api.getNeonAuthEmailServerAsync(emailParams()))
        .thenApply(r -> member(r, x -> x, "getNeonAuthEmailServer", "body"));
  }

  /**
   * Sets the email server.
   * @param server {@code NeonAuthEmailServerConfig.of(standardOrShared)}
   * @return the email server as set
   */
  @CallsOperation("updateNeonAuthEmailServer")
  public NeonAuthEmailServerConfig updateEmailServer(NeonAuthEmailServerConfig server) {
    return member(api.updateNeonAuthEmailServer(emailUpdateParams(server)), r -> r, "updateNeonAuthEmailServer",
        "body");
  }

  /**
   * Asynchronous {@link #updateEmailServer(NeonAuthEmailServerConfig)}.
   * @param server the email server
   * @return the pending email server
   */
  public CompletableFuture<NeonAuthEmailServerConfig> updateEmailServerAsync(NeonAuthEmailServerConfig server) {
    return async(() -> api.updateNeonAuthEmailServerAsync(emailUpdateParams(server)))
        .thenApply(r -> member(r, x -> x, "updateNeonAuthEmailServer", "body"));
  }

  /**
   * Deletes a user of the project's Neon Auth.
   * @param authUserId the user's id
   * @throws dev.neonjava.runtime.NotFoundException when there is no such user
   */
  @CallsOperation("deleteNeonAuthUser")
  public void deleteUser(String authUserId) {
    api.deleteNeonAuthUser(userParams(authUserId));
  }

  /**
   * Asynchronous {@link #deleteUser(String)}.
   * @param authUserId the user's id
   * @return completes when the user is deleted
   */
  public CompletableFuture<Void> deleteUserAsync(String authUserId) {
    return async(() -> api.deleteNeonAuthUserAsync(userParams(authUserId)));
  }

  /**
   * Deletes a user if it exists: for clean-up code that may run twice.
   * @param authUserId the user's id
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteUserIfExists(String authUserId) {
    return Calls.deleteIfExists(() -> deleteUser(authUserId));
  }

  /**
   * Returns the domains the project's Neon Auth may redirect to.
   * @return the trusted domains
   */
  public LegacyNeonAuthTrustedDomains trustedDomains() {
    return new LegacyNeonAuthTrustedDomains(client, waiter, projectId);
  }

  /**
   * Returns the OAuth providers of the project's Neon Auth.
   * @return the OAuth providers
   */
  public LegacyNeonAuthOauthProviders oauthProviders() {
    return new LegacyNeonAuthOauthProviders(client, waiter, projectId);
  }

  private ListNeonAuthIntegrationsParams listParams() {
    return ListNeonAuthIntegrationsParams.builder().projectId(projectId).build();
  }

  private DeleteNeonAuthIntegrationParams deleteParams(NeonAuthSupportedAuthProvider provider,
      DisableNeonAuthRequest request) {
    return DeleteNeonAuthIntegrationParams.builder().projectId(projectId)
        .authProvider(ApiRequest.require(provider, "auth_provider"))
        .disableNeonAuthRequest(ApiRequest.require(request, "request")).build();
  }

  private GetNeonAuthEmailServerParams emailParams() {
    return GetNeonAuthEmailServerParams.builder().projectId(projectId).build();
  }

  private UpdateNeonAuthEmailServerParams emailUpdateParams(NeonAuthEmailServerConfig server) {
    return UpdateNeonAuthEmailServerParams.builder().projectId(projectId)
        .neonAuthEmailServerConfig(ApiRequest.require(server, "server")).build();
  }

  private DeleteNeonAuthUserParams userParams(String authUserId) {
    return DeleteNeonAuthUserParams.builder().projectId(projectId)
        .authUserId(Validation.id(authUserId, "auth_user_id")).build();
  }

  @Override
  public String toString() {
    return "LegacyNeonAuth{" + projectId + "}";
  }
}

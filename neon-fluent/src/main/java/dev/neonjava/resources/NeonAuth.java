package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.AuthApi.CreateNeonAuthParams;
import dev.neonjava.generated.api.AuthApi.DisableNeonAuthParams;
import dev.neonjava.generated.api.AuthApi.GetNeonAuthParams;
import dev.neonjava.generated.api.AuthApi.SendNeonAuthTestEmailParams;
import dev.neonjava.generated.api.AuthApi.UpdateNeonAuthConfigParams;
import dev.neonjava.generated.model.DisableNeonAuthRequest;
import dev.neonjava.generated.model.EnableNeonAuthIntegrationRequest;
import dev.neonjava.generated.model.NeonAuthConfigResponse;
import dev.neonjava.generated.model.NeonAuthConfigUpdate;
import dev.neonjava.generated.model.NeonAuthCreateIntegrationResponse;
import dev.neonjava.generated.model.NeonAuthIntegration;
import dev.neonjava.generated.model.SendNeonAuthTestEmailRequest;
import dev.neonjava.generated.model.SendNeonAuthTestEmailResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.transport.Futures;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * Neon Auth on one branch: enable it (or {@link #ensure ensure} it is on), read and rename it,
 * disable it, send a test email, and reach its settings: trusted domains, users, OAuth providers,
 * email and password, the email provider, localhost access, plugins and webhooks.
 * <pre>{@code
 * NeonAuthIntegration auth = neon.project(id).branch(branchId).auth()
 *     .ensure(r -> r.authProvider(NeonAuthSupportedAuthProvider.BETTER_AUTH));
 * }</pre>
 * The keys {@link #enable(Consumer)} returns keep their secret server key out of {@code toString()}.
 */
public final class NeonAuth extends Resource<NeonAuth> {
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
  public NeonAuth(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new AuthApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected NeonAuth rebind(ApiClient client) {
    return new NeonAuth(client, waiter, projectId, branchId);
  }

  /**
   * Returns the branch's Neon Auth integration.
   * @return the integration
   * @throws dev.neonjava.runtime.NotFoundException when Neon Auth is not enabled on the branch
   */
  @CallsOperation("getNeonAuth")
  public NeonAuthIntegration get() {
    return member(api.getNeonAuth(getParams()), r -> r, "getNeonAuth", "body");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending integration
   */
  public CompletableFuture<NeonAuthIntegration> getAsync() {
    return async(() -> api.getNeonAuthAsync(getParams())).thenApply(r -> member(r, x -> x, "getNeonAuth", "body"));
  }

  /**
   * Enables Neon Auth on the branch.
   * @param request sets auth_provider (required) and database_name
   * @return the integration's keys; the secret server key never shows in {@code toString()}
   * @throws ConflictException when Neon Auth is already enabled (see {@link #ensure(Consumer)})
   */
  @CallsOperation("createNeonAuth")
  public NeonAuthCreateIntegrationResponse enable(Consumer<EnableNeonAuthIntegrationRequest> request) {
    return enable(configure(new EnableNeonAuthIntegrationRequest(), request, "request"));
  }

  /**
   * As {@link #enable(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the integration's keys
   */
  public NeonAuthCreateIntegrationResponse enable(EnableNeonAuthIntegrationRequest request) {
    return member(api.createNeonAuth(enableParams(request)), r -> r, "createNeonAuth", "body");
  }

  /**
   * Asynchronous {@link #enable(EnableNeonAuthIntegrationRequest)}.
   * @param request the request
   * @return the pending keys
   */
  public CompletableFuture<NeonAuthCreateIntegrationResponse> enableAsync(EnableNeonAuthIntegrationRequest request) {
    return async(() -> api.createNeonAuthAsync(enableParams(request)))
        .thenApply(r -> member(r, x -> x, "createNeonAuth", "body"));
  }

  /**
   * Makes sure Neon Auth is enabled on the branch: enables it, or, when Neon answers 409 because it
   * already is, keeps what is there. For set-up code that runs more than once. The keys are only
   * returned by {@link #enable(Consumer)}: Neon shows them once.
   * @param request sets auth_provider (required) and database_name, used when enabling
   * @return the branch's integration
   */
  public NeonAuthIntegration ensure(Consumer<EnableNeonAuthIntegrationRequest> request) {
    return ensure(configure(new EnableNeonAuthIntegrationRequest(), request, "request"));
  }

  /**
   * As {@link #ensure(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the branch's integration
   */
  public NeonAuthIntegration ensure(EnableNeonAuthIntegrationRequest request) {
    try {
      enable(request);
    } catch (ConflictException alreadyEnabled) {
      // enabled before: what is there is kept
    }
    return get();
  }

  /**
   * Asynchronous {@link #ensure(EnableNeonAuthIntegrationRequest)}.
   * @param request the request
   * @return the pending integration
   */
  public CompletableFuture<NeonAuthIntegration> ensureAsync(EnableNeonAuthIntegrationRequest request) {
    return enableAsync(request).handle((keys, failure) -> {
      Throwable cause = failure == null ? null : Futures.unwrap(failure);
      return cause == null || cause instanceof ConflictException ? getAsync()
          : CompletableFuture.<NeonAuthIntegration>failedFuture(cause);
    }).thenCompose(next -> next);
  }

  /**
   * Disables Neon Auth on the branch, keeping its data.
   */
  public void disable() {
    disable(new DisableNeonAuthRequest());
  }

  /**
   * Disables Neon Auth on the branch.
   * @param request sets delete_data (whether to delete the auth schema's data too)
   */
  @CallsOperation("disableNeonAuth")
  public void disable(Consumer<DisableNeonAuthRequest> request) {
    disable(configure(new DisableNeonAuthRequest(), request, "request"));
  }

  /**
   * As {@link #disable(Consumer)}, with the request built by the caller.
   * @param request the request
   */
  public void disable(DisableNeonAuthRequest request) {
    api.disableNeonAuth(disableParams(request));
  }

  /**
   * Asynchronous {@link #disable(DisableNeonAuthRequest)}.
   * @param request the request
   * @return completes when Neon Auth is disabled
   */
  public CompletableFuture<Void> disableAsync(DisableNeonAuthRequest request) {
    return async(() -> api.disableNeonAuthAsync(disableParams(request)));
  }

  /**
   * Disables Neon Auth if it is enabled: for clean-up code that may run twice.
   * @return whether this call disabled it (false: it was not enabled)
   */
  public boolean disableIfEnabled() {
    return Calls.deleteIfExists(() -> disable());
  }

  /**
   * Changes the integration's settings (its name).
   * @param changes sets name
   * @return the settings as changed
   */
  @CallsOperation("updateNeonAuthConfig")
  public NeonAuthConfigResponse updateConfig(Consumer<NeonAuthConfigUpdate> changes) {
    return updateConfig(configure(new NeonAuthConfigUpdate(), changes, "changes"));
  }

  /**
   * As {@link #updateConfig(Consumer)}, with the changes built by the caller.
   * @param changes the changes
   * @return the settings as changed
   */
  public NeonAuthConfigResponse updateConfig(NeonAuthConfigUpdate changes) {
    return member(api.updateNeonAuthConfig(configParams(changes)), r -> r, "updateNeonAuthConfig", "body");
  }

  /**
   * Asynchronous {@link #updateConfig(NeonAuthConfigUpdate)}.
   * @param changes the changes
   * @return the pending settings
   */
  public CompletableFuture<NeonAuthConfigResponse> updateConfigAsync(NeonAuthConfigUpdate changes) {
    return async(() -> api.updateNeonAuthConfigAsync(configParams(changes)))
        .thenApply(r -> member(r, x -> x, "updateNeonAuthConfig", "body"));
  }

  /**
   * Sends a test email through an SMTP server, to check its settings before using it.
   * @param request sets host, port, username, password, sender_email, sender_name and recipient_email
   * @return whether the email was sent, with Neon's error message when not
   */
  @CallsOperation("sendNeonAuthTestEmail")
  public SendNeonAuthTestEmailResponse sendTestEmail(Consumer<SendNeonAuthTestEmailRequest> request) {
    return sendTestEmail(configure(new SendNeonAuthTestEmailRequest(), request, "request"));
  }

  /**
   * As {@link #sendTestEmail(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return whether the email was sent
   */
  public SendNeonAuthTestEmailResponse sendTestEmail(SendNeonAuthTestEmailRequest request) {
    return member(api.sendNeonAuthTestEmail(testEmailParams(request)), r -> r, "sendNeonAuthTestEmail", "body");
  }

  /**
   * Asynchronous {@link #sendTestEmail(SendNeonAuthTestEmailRequest)}.
   * @param request the request
   * @return the pending result
   */
  public CompletableFuture<SendNeonAuthTestEmailResponse> sendTestEmailAsync(SendNeonAuthTestEmailRequest request) {
    return async(() -> api.sendNeonAuthTestEmailAsync(testEmailParams(request)))
        .thenApply(r -> member(r, x -> x, "sendNeonAuthTestEmail", "body"));
  }

  /**
   * Returns the domains Neon Auth redirects to after sign-in.
   * @return the trusted domains
   */
  public NeonAuthTrustedDomains trustedDomains() {
    return new NeonAuthTrustedDomains(client, waiter, projectId, branchId);
  }

  /**
   * Returns the users of Neon Auth on this branch.
   * @return the users
   */
  public NeonAuthUsers users() {
    return new NeonAuthUsers(client, waiter, projectId, branchId);
  }

  /**
   * Returns the OAuth providers users sign in with.
   * @return the OAuth providers
   */
  public NeonAuthOauthProviders oauthProviders() {
    return new NeonAuthOauthProviders(client, waiter, projectId, branchId);
  }

  /**
   * Returns the email and password sign-in settings.
   * @return the email and password settings
   */
  public NeonAuthEmailAndPassword emailAndPassword() {
    return new NeonAuthEmailAndPassword(client, waiter, projectId, branchId);
  }

  /**
   * Returns the server Neon Auth sends its emails through.
   * @return the email provider
   */
  public NeonAuthEmailProvider emailProvider() {
    return new NeonAuthEmailProvider(client, waiter, projectId, branchId);
  }

  /**
   * Returns whether redirects to localhost are allowed (for development).
   * @return the localhost setting
   */
  public NeonAuthAllowLocalhost allowLocalhost() {
    return new NeonAuthAllowLocalhost(client, waiter, projectId, branchId);
  }

  /**
   * Returns the plugins: organizations, magic links, phone numbers.
   * @return the plugins
   */
  public NeonAuthPlugins plugins() {
    return new NeonAuthPlugins(client, waiter, projectId, branchId);
  }

  /**
   * Returns the webhook Neon Auth calls on its events.
   * @return the webhook settings
   */
  public NeonAuthWebhooks webhooks() {
    return new NeonAuthWebhooks(client, waiter, projectId, branchId);
  }

  private GetNeonAuthParams getParams() {
    return GetNeonAuthParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private CreateNeonAuthParams enableParams(EnableNeonAuthIntegrationRequest request) {
    return CreateNeonAuthParams.builder().projectId(projectId).branchId(branchId)
        .enableNeonAuthIntegrationRequest(ApiRequest.require(request, "request")).build();
  }

  private DisableNeonAuthParams disableParams(DisableNeonAuthRequest request) {
    return DisableNeonAuthParams.builder().projectId(projectId).branchId(branchId)
        .disableNeonAuthRequest(ApiRequest.require(request, "request")).build();
  }

  private UpdateNeonAuthConfigParams configParams(NeonAuthConfigUpdate changes) {
    return UpdateNeonAuthConfigParams.builder().projectId(projectId).branchId(branchId)
        .neonAuthConfigUpdate(ApiRequest.require(changes, "changes")).build();
  }

  private SendNeonAuthTestEmailParams testEmailParams(SendNeonAuthTestEmailRequest request) {
    return SendNeonAuthTestEmailParams.builder().projectId(projectId).branchId(branchId)
        .sendNeonAuthTestEmailRequest(ApiRequest.require(request, "request")).build();
  }

  @Override
  public String toString() {
    return "NeonAuth{" + projectId + "/" + branchId + "}";
  }
}

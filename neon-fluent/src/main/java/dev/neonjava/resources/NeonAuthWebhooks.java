package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.AuthApi.GetNeonAuthWebhookConfigParams;
import dev.neonjava.generated.api.AuthApi.UpdateNeonAuthWebhookConfigParams;
import dev.neonjava.generated.model.NeonAuthWebhookConfig;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The webhook Neon Auth on one branch calls on its events (user created, OTP sent, ...). */
public final class NeonAuthWebhooks extends Resource<NeonAuthWebhooks> {
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
  public NeonAuthWebhooks(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new AuthApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected NeonAuthWebhooks rebind(ApiClient client) {
    return new NeonAuthWebhooks(client, waiter, projectId, branchId);
  }

  /**
   * Returns the webhook settings.
   * @return the webhook settings
   */
  @CallsOperation("getNeonAuthWebhookConfig")
  public NeonAuthWebhookConfig get() {
    return member(api.getNeonAuthWebhookConfig(getParams()), r -> r, "getNeonAuthWebhookConfig", "body");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending settings
   */
  public CompletableFuture<NeonAuthWebhookConfig> getAsync() {
    return async(() -> api.getNeonAuthWebhookConfigAsync(getParams()))
        .thenApply(r -> member(r, x -> x, "getNeonAuthWebhookConfig", "body"));
  }

  /**
   * Replaces the webhook settings (a PUT: settings left unset take Neon's defaults).
   * @param config sets enabled (required), webhook_url, enabled_events, timeout_seconds
   * @return the settings as stored
   */
  @CallsOperation("updateNeonAuthWebhookConfig")
  public NeonAuthWebhookConfig replace(Consumer<NeonAuthWebhookConfig> config) {
    return replace(configure(new NeonAuthWebhookConfig(), config, "config"));
  }

  /**
   * As {@link #replace(Consumer)}, with the settings built by the caller.
   * @param config the settings
   * @return the settings as stored
   */
  public NeonAuthWebhookConfig replace(NeonAuthWebhookConfig config) {
    return member(api.updateNeonAuthWebhookConfig(updateParams(config)), r -> r, "updateNeonAuthWebhookConfig", "body");
  }

  /**
   * Asynchronous {@link #replace(NeonAuthWebhookConfig)}.
   * @param config the settings
   * @return the pending settings
   */
  public CompletableFuture<NeonAuthWebhookConfig> replaceAsync(NeonAuthWebhookConfig config) {
    return async(() -> api.updateNeonAuthWebhookConfigAsync(updateParams(config)))
        .thenApply(r -> member(r, x -> x, "updateNeonAuthWebhookConfig", "body"));
  }

  private GetNeonAuthWebhookConfigParams getParams() {
    return GetNeonAuthWebhookConfigParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private UpdateNeonAuthWebhookConfigParams updateParams(NeonAuthWebhookConfig config) {
    return UpdateNeonAuthWebhookConfigParams.builder().projectId(projectId).branchId(branchId)
        .neonAuthWebhookConfig(ApiRequest.require(config, "config")).build();
  }
}

package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.AuthApi.GetNeonAuthEmailProviderParams;
import dev.neonjava.generated.api.AuthApi.SendNeonAuthEmailProviderTestParams;
import dev.neonjava.generated.api.AuthApi.UpdateNeonAuthEmailProviderParams;
import dev.neonjava.generated.model.NeonAuthEmailServerConfig;
import dev.neonjava.generated.model.SendNeonAuthEmailProviderTestRequest;
import dev.neonjava.generated.model.SendNeonAuthTestEmailResponse;
import dev.neonjava.generated.model.SharedEmailServer;
import dev.neonjava.generated.model.StandardEmailServer;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The server Neon Auth on one branch sends its emails through: Neon's shared server
 * ({@link SharedEmailServer}, type {@code shared}) or your own SMTP server ({@link StandardEmailServer},
 * type {@code standard}, whose password never shows in {@code toString()}).
 */
public final class NeonAuthEmailProvider extends Resource<NeonAuthEmailProvider> {
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
  public NeonAuthEmailProvider(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new AuthApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected NeonAuthEmailProvider rebind(ApiClient client) {
    return new NeonAuthEmailProvider(client, waiter, projectId, branchId);
  }

  /**
   * Returns the email provider; {@code getStandardEmailServer()} or {@code getSharedEmailServer()} tells which.
   * @return the email provider
   */
  @CallsOperation("getNeonAuthEmailProvider")
  public NeonAuthEmailServerConfig get() {
    return member(api.getNeonAuthEmailProvider(getParams()), r -> r, "getNeonAuthEmailProvider", "body");
  }

  /**
   * Asynchronous {@link #get()}.
   * @return the pending email provider
   */
  public CompletableFuture<NeonAuthEmailServerConfig> getAsync() {
    return async(() -> api.getNeonAuthEmailProviderAsync(getParams()))
        .thenApply(r -> member(r, x -> x, "getNeonAuthEmailProvider", "body"));
  }

  /**
   * Sets the email provider.
   * @param provider {@code NeonAuthEmailServerConfig.of(standardOrShared)}
   * @return the email provider as set
   */
  @CallsOperation("updateNeonAuthEmailProvider")
  public NeonAuthEmailServerConfig update(NeonAuthEmailServerConfig provider) {
    return member(api.updateNeonAuthEmailProvider(updateParams(provider)), r -> r, "updateNeonAuthEmailProvider",
        "body");
  }

  /**
   * Sends emails through your own SMTP server.
   * @param server sets host, port, username, password, sender_email and sender_name (all required)
   * @return the email provider as set
   */
  public NeonAuthEmailServerConfig useStandard(Consumer<StandardEmailServer> server) {
    return update(NeonAuthEmailServerConfig.of(configure(new StandardEmailServer(), server, "server")));
  }

  /**
   * Sends emails through Neon's shared server.
   * @param server sets sender_email and sender_name
   * @return the email provider as set
   */
  public NeonAuthEmailServerConfig useShared(Consumer<SharedEmailServer> server) {
    return update(NeonAuthEmailServerConfig.of(configure(new SharedEmailServer(), server, "server")));
  }

  /**
   * Asynchronous {@link #update(NeonAuthEmailServerConfig)}.
   * @param provider the email provider
   * @return the pending email provider
   */
  public CompletableFuture<NeonAuthEmailServerConfig> updateAsync(NeonAuthEmailServerConfig provider) {
    return async(() -> api.updateNeonAuthEmailProviderAsync(updateParams(provider)))
        .thenApply(r -> member(r, x -> x, "updateNeonAuthEmailProvider", "body"));
  }

  /**
   * Sends a test email through the custom SMTP provider already saved for the branch, so the SMTP password need
   * not be sent again (fails when none is saved).
   * @param recipientEmail where to send the test email
   * @return whether it was sent ({@code success}) and, when not, the server's {@code error_message}
   */
  public SendNeonAuthTestEmailResponse sendTest(String recipientEmail) {
    return sendTest(testRequest(recipientEmail));
  }

  /**
   * As {@link #sendTest(String)}, with the request built by the caller.
   * @param request the recipient
   * @return whether it was sent, and the server's error message when not
   */
  @CallsOperation("sendNeonAuthEmailProviderTest")
  public SendNeonAuthTestEmailResponse sendTest(SendNeonAuthEmailProviderTestRequest request) {
    return member(api.sendNeonAuthEmailProviderTest(testParams(request)), r -> r, "sendNeonAuthEmailProviderTest",
        "body");
  }

  /**
   * As {@link #sendTest(String)}, with the request set by the caller.
   * @param request sets recipient_email
   * @return whether it was sent, and the server's error message when not
   */
  public SendNeonAuthTestEmailResponse sendTest(Consumer<SendNeonAuthEmailProviderTestRequest> request) {
    return sendTest(configure(new SendNeonAuthEmailProviderTestRequest(), request, "request"));
  }

  /**
   * Asynchronous {@link #sendTest(String)}.
   * @param recipientEmail where to send the test email
   * @return the pending result
   */
  public CompletableFuture<SendNeonAuthTestEmailResponse> sendTestAsync(String recipientEmail) {
    return async(() -> api.sendNeonAuthEmailProviderTestAsync(testParams(testRequest(recipientEmail))))
        .thenApply(r -> member(r, x -> x, "sendNeonAuthEmailProviderTest", "body"));
  }

  private static SendNeonAuthEmailProviderTestRequest testRequest(String recipientEmail) {
    return new SendNeonAuthEmailProviderTestRequest().recipientEmail(ApiRequest.require(recipientEmail,
        "recipient_email"));
  }

  private SendNeonAuthEmailProviderTestParams testParams(SendNeonAuthEmailProviderTestRequest request) {
    return SendNeonAuthEmailProviderTestParams.builder().projectId(projectId).branchId(branchId)
        .sendNeonAuthEmailProviderTestRequest(ApiRequest.require(request, "request")).build();
  }

  private GetNeonAuthEmailProviderParams getParams() {
    return GetNeonAuthEmailProviderParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private UpdateNeonAuthEmailProviderParams updateParams(NeonAuthEmailServerConfig provider) {
    return UpdateNeonAuthEmailProviderParams.builder().projectId(projectId).branchId(branchId)
        .neonAuthEmailServerConfig(ApiRequest.require(provider, "provider")).build();
  }
}

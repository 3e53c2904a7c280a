package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthLegacyApi;
import dev.neonjava.generated.api.AuthLegacyApi.CreateNeonAuthIntegrationParams;
import dev.neonjava.generated.api.AuthLegacyApi.CreateNeonAuthNewUserParams;
import dev.neonjava.generated.api.AuthLegacyApi.CreateNeonAuthProviderSDKKeysParams;
import dev.neonjava.generated.api.AuthLegacyApi.TransferNeonAuthProviderProjectParams;
import dev.neonjava.generated.model.NeonAuthCreateAuthProviderSDKKeysRequest;
import dev.neonjava.generated.model.NeonAuthCreateIntegrationRequest;
import dev.neonjava.generated.model.NeonAuthCreateIntegrationResponse;
import dev.neonjava.generated.model.NeonAuthCreateNewUserRequest;
import dev.neonjava.generated.model.NeonAuthCreateNewUserResponse;
import dev.neonjava.generated.model.NeonAuthTransferAuthProviderProjectRequest;
import dev.neonjava.generated.model.NeonAuthTransferAuthProviderProjectResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.Secret;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The legacy Neon Auth calls whose path names no project ({@code /projects/auth/...}; the project
 * goes in the request body): create an integration, new SDK keys, a user, and transfer the auth
 * provider project to your own account. New code uses {@code neon.project(id).branch(id).auth()}.
 * Secret server keys never show in {@code toString()}; the transfer link is a {@link Secret}.
 */
public final class LegacyNeonAuthIntegrations extends Resource<LegacyNeonAuthIntegrations> {
  private final AuthLegacyApi api;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   */
  public LegacyNeonAuthIntegrations(ApiClient client, OperationWaiter waiter) {
    super(client, waiter);
    this.api = new AuthLegacyApi(client);
  }

  @Override
  protected LegacyNeonAuthIntegrations rebind(ApiClient client) {
    return new LegacyNeonAuthIntegrations(client, waiter);
  }

  /**
   * Creates a Neon Auth integration on a project's branch.
   * @param request sets auth_provider, project_id and branch_id (required), database_name
   * @return the integration's keys; the secret server key never shows in {@code toString()}
   * @throws dev.neonjava.runtime.ConflictException when the project already has one
   */
  @CallsOperation("createNeonAuthIntegration")
  public NeonAuthCreateIntegrationResponse create(Consumer<NeonAuthCreateIntegrationRequest> request) {
    return create(configure(new NeonAuthCreateIntegrationRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the integration's keys
   */
  public NeonAuthCreateIntegrationResponse create(NeonAuthCreateIntegrationRequest request) {
    return member(api.createNeonAuthIntegration(createParams(request)), r -> r, "createNeonAuthIntegration", "body");
  }

  /**
   * Asynchronous {@link #create(NeonAuthCreateIntegrationRequest)}.
   * @param request the request
   * @return the pending keys
   */
  public CompletableFuture<NeonAuthCreateIntegrationResponse> createAsync(NeonAuthCreateIntegrationRequest request) {
    return async(() -> api.createNeonAuthIntegrationAsync(createParams(request)))
        .thenApply(r -> member(r, x -> x, "createNeonAuthIntegration", "body"));
  }

  /**
   * Creates new SDK keys for a project's integration.
   * @param request sets project_id and auth_provider (required)
   * @return the keys; the secret server key never shows in {@code toString()}
   */
  @CallsOperation("createNeonAuthProviderSDKKeys")
  public NeonAuthCreateIntegrationResponse createSdkKeys(Consumer<NeonAuthCreateAuthProviderSDKKeysRequest> request) {
    return createSdkKeys(configure(new NeonAuthCreateAuthProviderSDKKeysRequest(), request, "request"));
  }

  /**
   * As {@link #createSdkKeys(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the keys
   */
  public NeonAuthCreateIntegrationResponse createSdkKeys(NeonAuthCreateAuthProviderSDKKeysRequest request) {
    return member(api.createNeonAuthProviderSDKKeys(keysParams(request)), r -> r, "createNeonAuthProviderSDKKeys",
        "body");
  }

  /**
   * Asynchronous {@link #createSdkKeys(NeonAuthCreateAuthProviderSDKKeysRequest)}.
   * @param request the request
   * @return the pending keys
   */
  public CompletableFuture<NeonAuthCreateIntegrationResponse> createSdkKeysAsync(
      NeonAuthCreateAuthProviderSDKKeysRequest request) {
    return async(() -> api.createNeonAuthProviderSDKKeysAsync(keysParams(request)))
        .thenApply(r -> member(r, x -> x, "createNeonAuthProviderSDKKeys", "body"));
  }

  /**
   * Creates a user in a project's integration.
   * @param request sets project_id, auth_provider and email (required), name
   * @return the new user's id
   */
  @CallsOperation("createNeonAuthNewUser")
  public String createUser(Consumer<NeonAuthCreateNewUserRequest> request) {
    return createUser(configure(new NeonAuthCreateNewUserRequest(), request, "request"));
  }

  /**
   * As {@link #createUser(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the new user's id
   */
  public String createUser(NeonAuthCreateNewUserRequest request) {
    return member(api.createNeonAuthNewUser(userParams(request)), NeonAuthCreateNewUserResponse::getId,
        "createNeonAuthNewUser", "id");
  }

  /**
   * Asynchronous {@link #createUser(NeonAuthCreateNewUserRequest)}.
   * @param request the request
   * @return the pending id
   */
  public CompletableFuture<String> createUserAsync(NeonAuthCreateNewUserRequest request) {
    return async(() -> api.createNeonAuthNewUserAsync(userParams(request)))
        .thenApply(r -> member(r, NeonAuthCreateNewUserResponse::getId, "createNeonAuthNewUser", "id"));
  }

  /**
   * Starts moving a Neon-managed auth provider project to your own account with that provider.
   * @param request sets project_id and auth_provider (required)
   * @return the link that claims the auth provider project: whoever opens it takes it, so it is a
   *     {@link Secret}
   */
  @CallsOperation("transferNeonAuthProviderProject")
  public Secret transfer(Consumer<NeonAuthTransferAuthProviderProjectRequest> request) {
    return transfer(configure(new NeonAuthTransferAuthProviderProjectRequest(), request, "request"));
  }

  /**
   * As {@link #transfer(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the claim link
   */
  public Secret transfer(NeonAuthTransferAuthProviderProjectRequest request) {
    return claimLink(api.transferNeonAuthProviderProject(transferParams(request)));
  }

  /**
   * Asynchronous {@link #transfer(NeonAuthTransferAuthProviderProjectRequest)}.
   * @param request the request
   * @return the pending claim link
   */
  public CompletableFuture<Secret> transferAsync(NeonAuthTransferAuthProviderProjectRequest request) {
    return async(() -> api.transferNeonAuthProviderProjectAsync(transferParams(request)))
        .thenApply(LegacyNeonAuthIntegrations::claimLink);
  }

  private static Secret claimLink(NeonAuthTransferAuthProviderProjectResponse response) {
    return Secret.of(member(response, NeonAuthTransferAuthProviderProjectResponse::getUrl,
        "transferNeonAuthProviderProject", "url"), "url");
  }

  private static CreateNeonAuthIntegrationParams createParams(NeonAuthCreateIntegrationRequest request) {
    return CreateNeonAuthIntegrationParams.builder()
        .neonAuthCreateIntegrationRequest(ApiRequest.require(request, "request")).build();
  }

  private static CreateNeonAuthProviderSDKKeysParams keysParams(NeonAuthCreateAuthProviderSDKKeysRequest request) {
    return CreateNeonAuthProviderSDKKeysParams.builder()
        .neonAuthCreateAuthProviderSDKKeysRequest(ApiRequest.require(request, "request")).build();
  }

  private static CreateNeonAuthNewUserParams userParams(NeonAuthCreateNewUserRequest request) {
    return CreateNeonAuthNewUserParams.builder()
        .neonAuthCreateNewUserRequest(ApiRequest.require(request, "request")).build();
  }

  private static TransferNeonAuthProviderProjectParams transferParams(NeonAuthTransferAuthProviderProjectRequest request) {
    return TransferNeonAuthProviderProjectParams.builder()
        .neonAuthTransferAuthProviderProjectRequest(ApiRequest.require(request, "request")).build();
  }
}

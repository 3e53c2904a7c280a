package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.ApiKeyApi;
import dev.neonjava.generated.api.ApiKeyApi.CreateApiKeyParams;
import dev.neonjava.generated.api.ApiKeyApi.ListApiKeysParams;
import dev.neonjava.generated.api.ApiKeyApi.RevokeApiKeyParams;
import dev.neonjava.generated.model.ApiKeyCreateRequest;
import dev.neonjava.generated.model.ApiKeyCreateResponse;
import dev.neonjava.generated.model.ApiKeyRevokeResponse;
import dev.neonjava.generated.model.ApiKeysListResponseItem;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The personal API keys of the account: list, create, revoke. The created key's secret is shown
 * once and redacted from {@code toString()}. Organization keys: {@code neon.organization(id).apiKeys()}.
 */
public final class ApiKeys extends Resource<ApiKeys> {
  private final ApiKeyApi api;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   */
  public ApiKeys(ApiClient client, OperationWaiter waiter) {
    super(client, waiter);
    this.api = new ApiKeyApi(client);
  }

  @Override
  protected ApiKeys rebind(ApiClient client) {
    return new ApiKeys(client, waiter);
  }

  /**
   * Returns the keys, without their secrets.
   * @return the keys
   */
  @CallsOperation("listApiKeys")
  public List<ApiKeysListResponseItem> list() {
    return member(api.listApiKeys(ListApiKeysParams.builder().build()), r -> r, "listApiKeys", "body");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<ApiKeysListResponseItem>> listAsync() {
    return async(() -> api.listApiKeysAsync(ListApiKeysParams.builder().build()))
        .thenApply(r -> member(r, x -> x, "listApiKeys", "body"));
  }

  /**
   * Creates a key with that name.
   * @param name the key's name
   * @return the key, whose {@code getKey()} holds the secret shown only this once
   */
  public ApiKeyCreateResponse create(String name) {
    return create(r -> r.keyName(ApiRequest.require(name, "key_name")));
  }

  /**
   * Creates a key.
   * @param request sets key_name
   * @return the key, whose {@code getKey()} holds the secret shown only this once
   */
  @CallsOperation("createApiKey")
  public ApiKeyCreateResponse create(Consumer<ApiKeyCreateRequest> request) {
    return create(configure(new ApiKeyCreateRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the key with its secret
   */
  public ApiKeyCreateResponse create(ApiKeyCreateRequest request) {
    return member(api.createApiKey(createParams(request)), r -> r, "createApiKey", "body");
  }

  /**
   * Asynchronous {@link #create(ApiKeyCreateRequest)}.
   * @param request the request
   * @return the pending key
   */
  public CompletableFuture<ApiKeyCreateResponse> createAsync(ApiKeyCreateRequest request) {
    return async(() -> api.createApiKeyAsync(createParams(request))).thenApply(r -> member(r, x -> x, "createApiKey", "body"));
  }

  /**
   * Revokes a key; it stops working at once.
   * @param keyId the key id
   * @return the revoked key
   * @throws dev.neonjava.runtime.NotFoundException when there is no such key
   */
  @CallsOperation("revokeApiKey")
  public ApiKeyRevokeResponse revoke(long keyId) {
    return member(api.revokeApiKey(revokeParams(keyId)), r -> r, "revokeApiKey", "body");
  }

  /**
   * Asynchronous {@link #revoke(long)}.
   * @param keyId the key id
   * @return the pending revocation
   */
  public CompletableFuture<ApiKeyRevokeResponse> revokeAsync(long keyId) {
    return async(() -> api.revokeApiKeyAsync(revokeParams(keyId))).thenApply(r -> member(r, x -> x, "revokeApiKey", "body"));
  }

  /**
   * Revokes a key if it exists: for clean-up code that may run twice.
   * @param keyId the key id
   * @return whether this call revoked it (false: it was already gone)
   */
  public boolean revokeIfExists(long keyId) {
    return Calls.deleteIfExists(() -> revoke(keyId));
  }

  private static CreateApiKeyParams createParams(ApiKeyCreateRequest request) {
    return CreateApiKeyParams.builder().apiKeyCreateRequest(ApiRequest.require(request, "request")).build();
  }

  private static RevokeApiKeyParams revokeParams(long keyId) {
    return RevokeApiKeyParams.builder().keyId(keyId).build();
  }
}

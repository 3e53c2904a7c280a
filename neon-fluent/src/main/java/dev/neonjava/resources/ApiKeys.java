package dev.neonjava.resources;

import dev.neonjava.generated.api.ApiKeyApi;
import dev.neonjava.generated.model.ApiKeyCreateRequest;
import dev.neonjava.generated.model.ApiKeyCreateResponse;
import dev.neonjava.generated.model.ApiKeyRevokeResponse;
import dev.neonjava.generated.model.ApiKeysListResponseItem;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import java.util.List;

/** The personal API keys of the account. The created key's secret is redacted from {@code toString()}. */
public final class ApiKeys {
  private final ApiKeyApi api;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   */
  public ApiKeys(ApiClient client) {
    this.api = new ApiKeyApi(client);
  }

  /**
   * Returns the keys (without their secrets).
   * @return the keys (without their secrets)
   */
  public List<ApiKeysListResponseItem> list() {
    return api.listApiKeys(ApiKeyApi.ListApiKeysParams.builder().build());
  }

  /**
   * Returns the key, whose {@code getKey()} holds the secret shown only this once.
   * @param name the key's name
   * @return the key, whose {@code getKey()} holds the secret shown only this once
   */
  public ApiKeyCreateResponse create(String name) {
    return api.createApiKey(ApiKeyApi.CreateApiKeyParams.builder()
        .apiKeyCreateRequest(new ApiKeyCreateRequest().keyName(ApiRequest.require(name, "key_name"))).build());
  }

  /**
   * Returns the revoked key.
   * @param keyId the key id
   * @return the revoked key
   */
  public ApiKeyRevokeResponse revoke(long keyId) {
    return api.revokeApiKey(ApiKeyApi.RevokeApiKeyParams.builder().keyId(keyId).build());
  }
}

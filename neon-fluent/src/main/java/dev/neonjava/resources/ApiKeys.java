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

  /** @param client the low-level client */
  public ApiKeys(ApiClient client) {
    this.api = new ApiKeyApi(client);
  }

  /** @return the keys (without their secrets) */
  public List<ApiKeysListResponseItem> list() {
    return api.listApiKeys(ApiKeyApi.ListApiKeysParams.builder().build());
  }

  /**
   * @param name the key's name
   * @return the key, whose {@code getKey()} holds the secret shown only this once
   */
  public ApiKeyCreateResponse create(String name) {
    return api.createApiKey(ApiKeyApi.CreateApiKeyParams.builder()
        .apiKeyCreateRequest(new ApiKeyCreateRequest().keyName(ApiRequest.require(name, "key_name"))).build());
  }

  /**
   * @param keyId the key id
   * @return the revoked key
   */
  public ApiKeyRevokeResponse revoke(long keyId) {
    return api.revokeApiKey(ApiKeyApi.RevokeApiKeyParams.builder().keyId(keyId).build());
  }
}

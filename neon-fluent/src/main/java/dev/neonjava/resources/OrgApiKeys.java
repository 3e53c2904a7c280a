package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.OrganizationsApi;
import dev.neonjava.generated.api.OrganizationsApi.CreateOrgApiKeyParams;
import dev.neonjava.generated.api.OrganizationsApi.ListOrgApiKeysParams;
import dev.neonjava.generated.api.OrganizationsApi.RevokeOrgApiKeyParams;
import dev.neonjava.generated.model.OrgApiKeyCreateRequest;
import dev.neonjava.generated.model.OrgApiKeyCreateResponse;
import dev.neonjava.generated.model.OrgApiKeyRevokeResponse;
import dev.neonjava.generated.model.OrgApiKeysListResponseItem;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The API keys of one organization (optionally limited to one project): list, create, revoke. The
 * created key's secret is shown once and redacted from {@code toString()}.
 */
public final class OrgApiKeys extends Resource<OrgApiKeys> {
  private final OrganizationsApi api;
  private final String orgId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param orgId the organization id
   */
  public OrgApiKeys(ApiClient client, OperationWaiter waiter, String orgId) {
    super(client, waiter);
    this.api = new OrganizationsApi(client);
    this.orgId = Validation.id(orgId, "org_id");
  }

  @Override
  protected OrgApiKeys rebind(ApiClient client) {
    return new OrgApiKeys(client, waiter, orgId);
  }

  /**
   * Returns the keys, without their secrets.
   * @return the keys
   */
  @CallsOperation("listOrgApiKeys")
  public List<OrgApiKeysListResponseItem> list() {
    return member(api.listOrgApiKeys(listParams()), r -> r, "listOrgApiKeys", "body");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<OrgApiKeysListResponseItem>> listAsync() {
    return async(() -> api.listOrgApiKeysAsync(listParams())).thenApply(r -> member(r, x -> x, "listOrgApiKeys", "body"));
  }

  /**
   * Creates a key with that name, for the whole organization.
   * @param name the key's name
   * @return the key, whose {@code getKey()} holds the secret shown only this once
   */
  public OrgApiKeyCreateResponse create(String name) {
    return create(r -> r.keyName(ApiRequest.require(name, "key_name")));
  }

  /**
   * Creates a key.
   * @param request key_name (required), project_id to limit the key to one project
   * @return the key, whose {@code getKey()} holds the secret shown only this once
   */
  @CallsOperation("createOrgApiKey")
  public OrgApiKeyCreateResponse create(Consumer<OrgApiKeyCreateRequest> request) {
    return create(configure(new OrgApiKeyCreateRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the key with its secret
   */
  public OrgApiKeyCreateResponse create(OrgApiKeyCreateRequest request) {
    return member(api.createOrgApiKey(createParams(request)), r -> r, "createOrgApiKey", "body");
  }

  /**
   * Asynchronous {@link #create(OrgApiKeyCreateRequest)}.
   * @param request the request
   * @return the pending key
   */
  public CompletableFuture<OrgApiKeyCreateResponse> createAsync(OrgApiKeyCreateRequest request) {
    return async(() -> api.createOrgApiKeyAsync(createParams(request)))
        .thenApply(r -> member(r, x -> x, "createOrgApiKey", "body"));
  }

  /**
   * Revokes a key; it stops working at once.
   * @param keyId the key id
   * @return the revoked key
   * @throws dev.neonjava.runtime.NotFoundException when there is no such key
   */
  @CallsOperation("revokeOrgApiKey")
  public OrgApiKeyRevokeResponse revoke(long keyId) {
    return member(api.revokeOrgApiKey(revokeParams(keyId)), r -> r, "revokeOrgApiKey", "body");
  }

  /**
   * Asynchronous {@link #revoke(long)}.
   * @param keyId the key id
   * @return the pending revocation
   */
  public CompletableFuture<OrgApiKeyRevokeResponse> revokeAsync(long keyId) {
    return async(() -> api.revokeOrgApiKeyAsync(revokeParams(keyId)))
        .thenApply(r -> member(r, x -> x, "revokeOrgApiKey", "body"));
  }

  /**
   * Revokes a key if it exists: for clean-up code that may run twice.
   * @param keyId the key id
   * @return whether this call revoked it (false: it was already gone)
   */
  public boolean revokeIfExists(long keyId) {
    return Calls.deleteIfExists(() -> revoke(keyId));
  }

  private ListOrgApiKeysParams listParams() {
    return ListOrgApiKeysParams.builder().orgId(orgId).build();
  }

  private CreateOrgApiKeyParams createParams(OrgApiKeyCreateRequest request) {
    return CreateOrgApiKeyParams.builder().orgId(orgId).orgApiKeyCreateRequest(ApiRequest.require(request, "request"))
        .build();
  }

  private RevokeOrgApiKeyParams revokeParams(long keyId) {
    return RevokeOrgApiKeyParams.builder().orgId(orgId).keyId(keyId).build();
  }
}

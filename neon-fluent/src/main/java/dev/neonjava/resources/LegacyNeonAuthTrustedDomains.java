package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthLegacyApi;
import dev.neonjava.generated.api.AuthLegacyApi.AddNeonAuthDomainToRedirectURIWhitelistParams;
import dev.neonjava.generated.api.AuthLegacyApi.DeleteNeonAuthDomainFromRedirectURIWhitelistParams;
import dev.neonjava.generated.api.AuthLegacyApi.ListNeonAuthRedirectURIWhitelistDomainsParams;
import dev.neonjava.generated.model.NeonAuthAddDomainToRedirectURIWhitelistRequest;
import dev.neonjava.generated.model.NeonAuthDeleteDomainFromRedirectURIWhitelistRequest;
import dev.neonjava.generated.model.NeonAuthRedirectURIWhitelistDomain;
import dev.neonjava.generated.model.NeonAuthRedirectURIWhitelistResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The domains the project-wide Neon Auth of the legacy API may redirect to after sign-in: list, add, remove. */
public final class LegacyNeonAuthTrustedDomains extends Resource<LegacyNeonAuthTrustedDomains> {
  private final AuthLegacyApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public LegacyNeonAuthTrustedDomains(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new AuthLegacyApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected LegacyNeonAuthTrustedDomains rebind(ApiClient client) {
    return new LegacyNeonAuthTrustedDomains(client, waiter, projectId);
  }

  /**
   * Returns the trusted domains.
   * @return the trusted domains
   */
  @CallsOperation("listNeonAuthRedirectURIWhitelistDomains")
  public List<NeonAuthRedirectURIWhitelistDomain> list() {
    return member(api.listNeonAuthRedirectURIWhitelistDomains(listParams()), NeonAuthRedirectURIWhitelistResponse::getDomains,
        "listNeonAuthRedirectURIWhitelistDomains", "domains");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<NeonAuthRedirectURIWhitelistDomain>> listAsync() {
    return async(() -> api.listNeonAuthRedirectURIWhitelistDomainsAsync(listParams())).thenApply(r -> member(r,
        NeonAuthRedirectURIWhitelistResponse::getDomains, "listNeonAuthRedirectURIWhitelistDomains", "domains"));
  }

  /**
   * Adds a trusted domain.
   * @param request sets domain (a URI) and auth_provider, both required
   */
  @CallsOperation("addNeonAuthDomainToRedirectURIWhitelist")
  public void add(Consumer<NeonAuthAddDomainToRedirectURIWhitelistRequest> request) {
    add(configure(new NeonAuthAddDomainToRedirectURIWhitelistRequest(), request, "request"));
  }

  /**
   * As {@link #add(Consumer)}, with the request built by the caller.
   * @param request the request
   */
  public void add(NeonAuthAddDomainToRedirectURIWhitelistRequest request) {
    api.addNeonAuthDomainToRedirectURIWhitelist(addParams(request));
  }

  /**
   * Asynchronous {@link #add(NeonAuthAddDomainToRedirectURIWhitelistRequest)}.
   * @param request the request
   * @return completes when the domain is added
   */
  public CompletableFuture<Void> addAsync(NeonAuthAddDomainToRedirectURIWhitelistRequest request) {
    return async(() -> api.addNeonAuthDomainToRedirectURIWhitelistAsync(addParams(request)));
  }

  /**
   * Removes trusted domains.
   * @param request sets auth_provider and the domains to remove, both required
   */
  @CallsOperation("deleteNeonAuthDomainFromRedirectURIWhitelist")
  public void delete(Consumer<NeonAuthDeleteDomainFromRedirectURIWhitelistRequest> request) {
    delete(configure(new NeonAuthDeleteDomainFromRedirectURIWhitelistRequest(), request, "request"));
  }

  /**
   * As {@link #delete(Consumer)}, with the request built by the caller.
   * @param request the request
   */
  public void delete(NeonAuthDeleteDomainFromRedirectURIWhitelistRequest request) {
    api.deleteNeonAuthDomainFromRedirectURIWhitelist(deleteParams(request));
  }

  /**
   * Asynchronous {@link #delete(NeonAuthDeleteDomainFromRedirectURIWhitelistRequest)}.
   * @param request the request
   * @return completes when the domains are removed
   */
  public CompletableFuture<Void> deleteAsync(NeonAuthDeleteDomainFromRedirectURIWhitelistRequest request) {
    return async(() -> api.deleteNeonAuthDomainFromRedirectURIWhitelistAsync(deleteParams(request)));
  }

  private ListNeonAuthRedirectURIWhitelistDomainsParams listParams() {
    return ListNeonAuthRedirectURIWhitelistDomainsParams.builder().projectId(projectId).build();
  }

  private AddNeonAuthDomainToRedirectURIWhitelistParams addParams(NeonAuthAddDomainToRedirectURIWhitelistRequest request) {
    return AddNeonAuthDomainToRedirectURIWhitelistParams.builder().projectId(projectId)
        .neonAuthAddDomainToRedirectURIWhitelistRequest(ApiRequest.require(request, "request")).build();
  }

  private DeleteNeonAuthDomainFromRedirectURIWhitelistParams deleteParams(
      NeonAuthDeleteDomainFromRedirectURIWhitelistRequest request) {
    return DeleteNeonAuthDomainFromRedirectURIWhitelistParams.builder().projectId(projectId)
        .neonAuthDeleteDomainFromRedirectURIWhitelistRequest(ApiRequest.require(request, "request")).build();
  }
}

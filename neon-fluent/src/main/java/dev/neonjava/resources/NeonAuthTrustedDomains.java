package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.AuthApi;
import dev.neonjava.generated.api.AuthApi.AddBranchNeonAuthTrustedDomainParams;
import dev.neonjava.generated.api.AuthApi.DeleteBranchNeonAuthTrustedDomainParams;
import dev.neonjava.generated.api.AuthApi.ListBranchNeonAuthTrustedDomainsParams;
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

/** The domains Neon Auth on one branch may redirect to after sign-in: list, add, remove. */
public final class NeonAuthTrustedDomains extends Resource<NeonAuthTrustedDomains> {
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
  public NeonAuthTrustedDomains(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new AuthApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected NeonAuthTrustedDomains rebind(ApiClient client) {
    return new NeonAuthTrustedDomains(client, waiter, projectId, branchId);
  }

  /**
   * Returns the trusted domains.
   * @return the trusted domains
   */
  @CallsOperation("listBranchNeonAuthTrustedDomains")
  public List<NeonAuthRedirectURIWhitelistDomain> list() {
    return member(api.listBranchNeonAuthTrustedDomains(listParams()), NeonAuthRedirectURIWhitelistResponse::getDomains,
        "listBranchNeonAuthTrustedDomains", "domains");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<NeonAuthRedirectURIWhitelistDomain>> listAsync() {
    return async(() -> api.listBranchNeonAuthTrustedDomainsAsync(listParams())).thenApply(r -> member(r,
        NeonAuthRedirectURIWhitelistResponse::getDomains, "listBranchNeonAuthTrustedDomains", "domains"));
  }

  /**
   * Adds a trusted domain.
   * @param request sets domain (a URI) and auth_provider, both required
   */
  @CallsOperation("addBranchNeonAuthTrustedDomain")
  public void add(Consumer<NeonAuthAddDomainToRedirectURIWhitelistRequest> request) {
    add(configure(new NeonAuthAddDomainToRedirectURIWhitelistRequest(), request, "request"));
  }

  /**
   * As {@link #add(Consumer)}, with the request built by the caller.
   * @param request the request
   */
  public void add(NeonAuthAddDomainToRedirectURIWhitelistRequest request) {
    api.addBranchNeonAuthTrustedDomain(addParams(request));
  }

  /**
   * Asynchronous {@link #add(NeonAuthAddDomainToRedirectURIWhitelistRequest)}.
   * @param request the request
   * @return completes when the domain is added
   */
  public CompletableFuture<Void> addAsync(NeonAuthAddDomainToRedirectURIWhitelistRequest request) {
    return async(() -> api.addBranchNeonAuthTrustedDomainAsync(addParams(request)));
  }

  /**
   * Removes trusted domains.
   * @param request sets auth_provider and the domains to remove, both required
   */
  @CallsOperation("deleteBranchNeonAuthTrustedDomain")
  public void delete(Consumer<NeonAuthDeleteDomainFromRedirectURIWhitelistRequest> request) {
    delete(configure(new NeonAuthDeleteDomainFromRedirectURIWhitelistRequest(), request, "request"));
  }

  /**
   * As {@link #delete(Consumer)}, with the request built by the caller.
   * @param request the request
   */
  public void delete(NeonAuthDeleteDomainFromRedirectURIWhitelistRequest request) {
    api.deleteBranchNeonAuthTrustedDomain(deleteParams(request));
  }

  /**
   * Asynchronous {@link #delete(NeonAuthDeleteDomainFromRedirectURIWhitelistRequest)}.
   * @param request the request
   * @return completes when the domains are removed
   */
  public CompletableFuture<Void> deleteAsync(NeonAuthDeleteDomainFromRedirectURIWhitelistRequest request) {
    return async(() -> api.deleteBranchNeonAuthTrustedDomainAsync(deleteParams(request)));
  }

  private ListBranchNeonAuthTrustedDomainsParams listParams() {
    return ListBranchNeonAuthTrustedDomainsParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private AddBranchNeonAuthTrustedDomainParams addParams(NeonAuthAddDomainToRedirectURIWhitelistRequest request) {
    return AddBranchNeonAuthTrustedDomainParams.builder().projectId(projectId).branchId(branchId)
        .neonAuthAddDomainToRedirectURIWhitelistRequest(ApiRequest.require(request, "request")).build();
  }

  private DeleteBranchNeonAuthTrustedDomainParams deleteParams(
      NeonAuthDeleteDomainFromRedirectURIWhitelistRequest request) {
    return DeleteBranchNeonAuthTrustedDomainParams.builder().projectId(projectId).branchId(branchId)
        .neonAuthDeleteDomainFromRedirectURIWhitelistRequest(ApiRequest.require(request, "request")).build();
  }
}

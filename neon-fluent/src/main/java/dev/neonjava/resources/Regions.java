package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.RegionApi;
import dev.neonjava.generated.api.RegionApi.GetActiveRegionsParams;
import dev.neonjava.generated.model.ActiveRegionsResponse;
import dev.neonjava.generated.model.RegionResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The regions where projects can be created (for the client's default organization, if set). */
public final class Regions extends Resource<Regions> {
  private final RegionApi api;
  private final String orgId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param orgId the default organization id, or null
   */
  public Regions(ApiClient client, OperationWaiter waiter, String orgId) {
    super(client, waiter);
    this.api = new RegionApi(client);
    this.orgId = orgId == null ? null : Validation.id(orgId, "org_id");
  }

  @Override
  protected Regions rebind(ApiClient client) {
    return new Regions(client, waiter, orgId);
  }

  /**
   * Returns the active regions.
   * @return the active regions
   */
  public List<RegionResponse> list() {
    return list(p -> { });
  }

  /**
   * Returns the regions active for an organization.
   * @param params org_id (default: the client's default organization)
   * @return the active regions
   */
  @CallsOperation("getActiveRegions")
  public List<RegionResponse> list(Consumer<GetActiveRegionsParams.Builder> params) {
    return member(api.getActiveRegions(params(params)), ActiveRegionsResponse::getRegions, "getActiveRegions", "regions");
  }

  /**
   * Asynchronous {@link #list(Consumer)}.
   * @param params org_id
   * @return the pending list
   */
  public CompletableFuture<List<RegionResponse>> listAsync(Consumer<GetActiveRegionsParams.Builder> params) {
    return async(() -> api.getActiveRegionsAsync(params(params)))
        .thenApply(r -> member(r, ActiveRegionsResponse::getRegions, "getActiveRegions", "regions"));
  }

  private GetActiveRegionsParams params(Consumer<GetActiveRegionsParams.Builder> params) {
    return configure(GetActiveRegionsParams.builder().orgId(orgId), params, "params").build();
  }
}

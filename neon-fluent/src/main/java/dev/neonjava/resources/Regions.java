package dev.neonjava.resources;

import static dev.neonjava.runtime.ResponseDecodingException.requireMember;

import dev.neonjava.generated.api.RegionApi;
import dev.neonjava.generated.model.RegionResponse;
import dev.neonjava.runtime.ApiClient;
import java.util.List;

/** The regions where projects can be created. */
public final class Regions {
  private final RegionApi api;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   */
  public Regions(ApiClient client) {
    this.api = new RegionApi(client);
  }

  /**
   * Returns the active regions.
   * @return the active regions
   */
  public List<RegionResponse> list() {
    return requireMember(api.getActiveRegions(RegionApi.GetActiveRegionsParams.builder().build()).getRegions(), "getActiveRegions", "regions");
  }
}

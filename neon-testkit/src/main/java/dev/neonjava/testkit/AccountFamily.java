package dev.neonjava.testkit;

import dev.neonjava.generated.model.ActiveRegionsResponse;
import dev.neonjava.generated.model.ApiKeyCreateRequest;
import dev.neonjava.generated.model.ApiKeyCreateResponse;
import dev.neonjava.generated.model.ApiKeyCreatorData;
import dev.neonjava.generated.model.ApiKeyRevokeResponse;
import dev.neonjava.generated.model.ApiKeysListResponseItem;
import dev.neonjava.generated.model.CurrentUserInfoResponse;
import dev.neonjava.generated.model.RegionResponse;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.Created;
import dev.neonjava.testkit.Records.DatabaseRec;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.OpRec;
import dev.neonjava.testkit.Records.ProjectRec;
import dev.neonjava.testkit.Records.RoleRec;
import dev.neonjava.testkit.Records.ApiKeyRec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** The account: API keys (which also authenticate every request), the current user, the regions. */
final class AccountFamily extends ResourceFamily {
  /** Regions of Neon as {id, name, lat, long}. */
  private static final String[][] REGIONS = {
      {"aws-us-east-1", "AWS US East (N. Virginia)", "38.9", "-77.0"},
      {"aws-us-east-2", "AWS US East (Ohio)", "39.9", "-82.9"},
      {"aws-us-west-2", "AWS US West (Oregon)", "45.5", "-122.6"},
      {"aws-eu-central-1", "AWS Europe (Frankfurt)", "50.1", "8.6"},
      {"aws-eu-west-2", "AWS Europe (London)", "51.5", "-0.1"},
      {"aws-ap-southeast-1", "AWS Asia Pacific (Singapore)", "1.3", "103.8"},
      {"aws-ap-southeast-2", "AWS Asia Pacific (Sydney)", "-33.8", "151.2"},
      {"aws-sa-east-1", "AWS South America (Sao Paulo)", "-23.5", "-46.6"},
      {"azure-eastus2", "Azure East US 2 (Virginia)", "36.6", "-78.3"},
      {"azure-westus3", "Azure West US 3 (Arizona)", "33.4", "-112.0"},
      {"azure-gwc", "Azure Germany West Central (Frankfurt)", "50.1", "8.6"},
  };

  AccountFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("listApiKeys", this::listApiKeys);
    handlers.put("createApiKey", this::createApiKey);
    handlers.put("revokeApiKey", this::revokeApiKey);
    handlers.put("getCurrentUserInfo", this::getCurrentUserInfo);
    handlers.put("getActiveRegions", this::getActiveRegions);
  }


  private Reply listApiKeys(Call c) {
    List<ApiKeysListResponseItem> items = new ArrayList<>();
    for (ApiKeyRec k : plane.apiKeys.values()) {
      if (!k.revoked) {
        items.add(new ApiKeysListResponseItem().id(k.id).name(k.name).createdAt(time(k.createdAt))
            .createdBy(new ApiKeyCreatorData().id(ControlPlane.USER_ID).name("Neon Emulator").image(""))
            .lastUsedAt(k.lastUsedAt == null ? null : time(k.lastUsedAt))
            .lastUsedFromAddr(k.lastUsedFrom == null ? "" : k.lastUsedFrom));
      }
    }
    return Reply.json(200, items);
  }

  private Reply createApiKey(Call c) {
    ApiKeyCreateRequest r = c.body(ApiKeyCreateRequest.class);
    if (r.getKeyName() == null || r.getKeyName().isEmpty()) {
      throw ApiError.badRequest("key_name is required");
    }
    String key = plane.names.apiKey();
    long id = plane.addApiKey(r.getKeyName(), key);
    ApiKeyRec rec = plane.apiKeys.get(id);
    return Reply.json(200, new ApiKeyCreateResponse().id(id).key(key).name(rec.name).createdAt(time(rec.createdAt))
        .createdBy(ControlPlane.USER_ID));
  }

  private Reply revokeApiKey(Call c) {
    long id;
    try {
      id = Long.parseLong(c.path("key_id"));
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("key_id must be an integer");
    }
    ApiKeyRec k = plane.apiKeys.get(id);
    if (k == null || k.revoked) {
      throw ApiError.notFound("API key " + id + " not found");
    }
    k.revoked = true;
    return Reply.json(200, new ApiKeyRevokeResponse().id(k.id).name(k.name).createdAt(time(k.createdAt))
        .createdBy(ControlPlane.USER_ID).lastUsedAt(k.lastUsedAt == null ? null : time(k.lastUsedAt))
        .lastUsedFromAddr(k.lastUsedFrom == null ? "" : k.lastUsedFrom).revoked(true));
  }

  private Reply getCurrentUserInfo(Call c) {
    return Reply.json(200, new CurrentUserInfoResponse()
        .id(ControlPlane.USER_ID.toString())
        .email("emulator@neon-java.invalid")
        .login("neon-emulator")
        .name("Neon")
        .lastName("Emulator")
        .image("")
        .activeSecondsLimit(0L)
        .projectsLimit(1000L)
        .branchesLimit(5000L)
        .maxAutoscalingLimit(8.0)
        .authAccounts(new ArrayList<>())
        .plan("emulator"));
  }

  private Reply getActiveRegions(Call c) {
    List<RegionResponse> regions = new ArrayList<>();
    for (String[] r : REGIONS) {
      regions.add(new RegionResponse().regionId(r[0]).name(r[1])._default(ControlPlane.DEFAULT_REGION.equals(r[0]))
          .geoLat(r[2]).geoLong(r[3]));
    }
    return Reply.json(200, new ActiveRegionsResponse().regions(regions));
  }

  /**
   * Returns the region as {id, name, lat, long}, or null when Neon has no such region.
   * @return the region as {id, name, lat, long}, or null when Neon has no such region
   */
  static String[] region(String id) {
    for (String[] r : REGIONS) {
      if (r[0].equals(id)) {
        return r;
      }
    }
    return null;
  }
}

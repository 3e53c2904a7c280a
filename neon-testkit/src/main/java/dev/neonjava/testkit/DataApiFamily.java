package dev.neonjava.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neonjava.generated.model.DataAPICreateRequest;
import dev.neonjava.generated.model.DataAPICreateResponse;
import dev.neonjava.generated.model.DataAPIReponse;
import dev.neonjava.generated.model.DataAPISettings;
import dev.neonjava.generated.model.DataAPIUpdateRequest;
import dev.neonjava.runtime.NeonGson;
import java.net.URI;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The Data API of a branch's databases: set up once (a second set-up is a 409; the database must
 * exist), read, updated and removed. Credentials are {@link CredentialsFamily}'s.
 */
final class DataApiFamily extends ResourceFamily {
  /** Data API settings by "project/branch/database". */
  private final Map<String, DataAPISettings> dataApis = new HashMap<>();

  DataApiFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("getProjectBranchDataAPI", this::getDataApi);
    handlers.put("createProjectBranchDataAPI", this::createDataApi);
    handlers.put("updateProjectBranchDataAPI", this::updateDataApi);
    handlers.put("deleteProjectBranchDataAPI", this::deleteDataApi);
  }

  private String dataApiKey(Call call) {
    database(branch(project(call.path("project_id")), call.path("branch_id")), call.path("database_name"));
    return call.path("project_id") + "/" + call.path("branch_id") + "/" + call.path("database_name");
  }

  private DataAPISettings dataApi(Call call) {
    DataAPISettings settings = dataApis.get(dataApiKey(call));
    if (settings == null) {
      throw ApiError.notFound("the Data API is not set up for database " + call.path("database_name"));
    }
    return settings;
  }

  private static URI url(Call call) {
    return URI.create("https://" + call.path("branch_id") + ".data-api.emulated.neon.test/"
        + call.path("database_name").replaceAll("[^A-Za-z0-9_.-]", "_") + "/rest/v1");
  }

  private Reply getDataApi(Call call) {
    DataAPISettings settings = dataApi(call);
    List<String> schemas = settings.getDbSchemas() == null ? List.of("public") : settings.getDbSchemas();
    return Reply.json(200, new DataAPIReponse().url(url(call)).status("ready").settings(settings)
        .availableSchemas(new ArrayList<>(schemas)));
  }

  private Reply createDataApi(Call call) {
    String key = dataApiKey(call);
    if (dataApis.containsKey(key)) {
      throw ApiError.conflict("the Data API is already set up for database " + call.path("database_name"));
    }
    DataAPICreateRequest request = call.optionalBody(DataAPICreateRequest.class);
    DataAPISettings settings = request == null || request.getSettings() == null ? new DataAPISettings()
        : request.getSettings();
    dataApis.put(key, settings);
    return Reply.json(201, new DataAPICreateResponse().url(url(call)));
  }

  private Reply updateDataApi(Call call) {
    DataAPISettings current = dataApi(call);
    DataAPIUpdateRequest request = call.optionalBody(DataAPIUpdateRequest.class);
    if (request != null && request.getSettings() != null) {
      JsonObject merged = NeonGson.gson().toJsonTree(current).getAsJsonObject();
      for (Map.Entry<String, JsonElement> e : NeonGson.gson().toJsonTree(request.getSettings()).getAsJsonObject()
          .entrySet()) {
        merged.add(e.getKey(), e.getValue());
      }
      dataApis.put(dataApiKey(call), NeonGson.gson().fromJson(merged, DataAPISettings.class));
    }
    return Reply.json(201, new JsonObject());
  }

  private Reply deleteDataApi(Call call) {
    dataApi(call);
    dataApis.remove(dataApiKey(call));
    return Reply.json(200, new JsonObject());
  }
}

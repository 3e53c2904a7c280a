package dev.neonjava.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.ProjectRec;
import java.nio.charset.StandardCharsets;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * The Neon Data API of a branch's database: created once (409 after), read, its settings updated
 * (merged over the spec's defaults), deleted; 404 for a missing branch, database or Data API. It
 * goes away with its database. Its URL follows Neon's {@code https://<endpoint>.apirest.<region>/<db>/rest/v1}.
 */
final class DataApiFamily extends ResourceFamily {
  /** The Data API settings by branch and database. */
  private final Map<String, JsonObject> settings = new HashMap<>();

  DataApiFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("createProjectBranchDataAPI", this::create);
    handlers.put("getProjectBranchDataAPI", this::get);
    handlers.put("updateProjectBranchDataAPI", this::update);
    handlers.put("deleteProjectBranchDataAPI", this::delete);
  }

  private static String key(BranchRec b, String database) {
    return b.id + "/" + database;
  }

  /** The branch of the call, after checking its database exists (a Data API goes with its database). */
  private BranchRec branchWithDatabase(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    String database = c.path("database_name");
    if (!b.databases.containsKey(database)) {
      settings.remove(key(b, database));
      throw ApiError.notFound("database " + database + " not found on branch " + b.id);
    }
    return b;
  }

  private JsonObject existing(BranchRec b, String database) {
    JsonObject s = settings.get(key(b, database));
    if (s == null) {
      throw ApiError.notFound("the Data API is not enabled for database " + database + " of branch " + b.id);
    }
    return s;
  }

  private Reply create(Call c) {
    BranchRec b = branchWithDatabase(c);
    String database = c.path("database_name");
    if (settings.containsKey(key(b, database))) {
      throw ApiError.conflict("the Data API already exists for database " + database + " of branch " + b.id);
    }
    JsonObject body = body(c);
    String provider = string(body, "auth_provider");
    if ("external".equals(provider) && string(body, "jwks_url") == null) {
      throw ApiError.badRequest("jwks_url is required when auth_provider is external");
    }
    JsonObject s = defaults();
    if (body.has("settings") && body.get("settings").isJsonObject()) {
      merge(s, body.getAsJsonObject("settings"));
    }
    settings.put(key(b, database), s);
    JsonObject out = new JsonObject();
    out.addProperty("url", url(b, database));
    return Reply.json(201, out);
  }

  private Reply get(Call c) {
    BranchRec b = branchWithDatabase(c);
    String database = c.path("database_name");
    JsonObject s = existing(b, database);
    JsonObject out = new JsonObject();
    out.addProperty("url", url(b, database));
    out.addProperty("status", "ready");
    out.add("settings", s.deepCopy());
    JsonArray schemas = s.has("db_schemas") && s.get("db_schemas").isJsonArray() ? s.getAsJsonArray("db_schemas")
        .deepCopy() : new JsonArray();
    if (schemas.isEmpty()) {
      schemas.add("public");
    }
    out.add("available_schemas", schemas);
    return Reply.json(200, out);
  }

  private Reply update(Call c) {
    BranchRec b = branchWithDatabase(c);
    JsonObject s = existing(b, c.path("database_name"));
    JsonObject body = body(c);
    if (body.has("settings") && body.get("settings").isJsonObject()) {
      merge(s, body.getAsJsonObject("settings"));
    }
    return Reply.json(201, new JsonObject());
  }

  private Reply delete(Call c) {
    BranchRec b = branchWithDatabase(c);
    existing(b, c.path("database_name"));
    settings.remove(key(b, c.path("database_name")));
    return Reply.json(200, new JsonObject());
  }

  private String url(BranchRec b, String database) {
    ProjectRec p = project(b.projectId);
    EndpointRec e = readWriteEndpoint(p, b);
    List<EndpointRec> all = endpointsOf(p, b);
    String host = e != null ? e.id : all.isEmpty() ? b.id : all.get(0).id;
    return "https://" + host + ".apirest." + Render.proxyHost(p.regionId) + "/" + database + "/rest/v1";
  }

  /**
   * Returns the spec's defaults of {@code DataAPISettings}.
   * @return the spec's defaults of {@code DataAPISettings}
   */
  private static JsonObject defaults() {
    JsonObject s = new JsonObject();
    s.addProperty("db_aggregates_enabled", true);
    s.addProperty("db_anon_role", "anonymous");
    s.addProperty("jwt_role_claim_key", ".role");
    s.addProperty("openapi_mode", "disabled");
    return s;
  }

  private static void merge(JsonObject into, JsonObject from) {
    for (Map.Entry<String, JsonElement> e : from.entrySet()) {
      if (e.getValue().isJsonNull()) {
        into.remove(e.getKey());
      } else {
        into.add(e.getKey(), e.getValue().deepCopy());
      }
    }
  }

  static JsonObject body(Call c) {
    if (!c.hasBody()) {
      return new JsonObject();
    }
    try {
      JsonElement e = JsonParser.parseString(new String(c.body, StandardCharsets.UTF_8));
      if (!e.isJsonObject()) {
        throw ApiError.badRequest("the request body must be a JSON object");
      }
      return e.getAsJsonObject();
    } catch (com.google.gson.JsonParseException e) {
      throw ApiError.badRequest("invalid request body: " + e.getMessage());
    }
  }

  static String string(JsonObject o, String name) {
    JsonElement e = o.get(name);
    return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
  }
}

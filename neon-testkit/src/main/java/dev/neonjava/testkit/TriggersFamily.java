package dev.neonjava.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import dev.neonjava.testkit.Records.ProjectRec;
import java.time.Instant;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Function;

/**
 * Function triggers of a branch: create, list (by trigger ID), get, update and delete. A {@code schedule}
 * trigger's cron is checked and its {@code next_run_at} is the next matching minute after the emulator's
 * now (null while disabled); {@code storage_object_created} triggers keep their bucket and prefix. Names are
 * unique per branch (409), {@code type} cannot change (400), every change bumps {@code version}. Triggers are
 * not inherited by child branches.
 */
final class TriggersFamily extends ResourceFamily {
  private static final String SCHEDULE = "schedule";
  private static final String STORAGE = "storage_object_created";
  /** "project/branch" -> trigger id -> stored trigger (without next_run_at, computed when rendered) */
  private final Map<String, TreeMap<String, JsonObject>> triggers = new HashMap<>();
  private final Set<String> ids = new HashSet<>();

  TriggersFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("listProjectBranchTriggers", this::list);
    handlers.put("createProjectBranchTrigger", this::create);
    handlers.put("getProjectBranchTrigger", c -> one(c, trigger(c)));
    handlers.put("updateProjectBranchTrigger", this::update);
    handlers.put("deleteProjectBranchTrigger", this::delete);
  }

  private TreeMap<String, JsonObject> of(Call c) {
    ProjectRec p = project(c.path("project_id"));
    branch(p, c.path("branch_id"));
    return triggers.computeIfAbsent(p.id + "/" + c.path("branch_id"), k -> new TreeMap<>());
  }

  private JsonObject trigger(Call c) {
    JsonObject t = of(c).get(c.path("trigger_id"));
    if (t == null) {
      throw ApiError.notFound("trigger " + c.path("trigger_id") + " not found");
    }
    return t;
  }

  private Reply list(Call c) {
    JsonArray out = new JsonArray();
    of(c).values().forEach(t -> out.add(render(t, c.now)));
    JsonObject body = new JsonObject();
    body.add("triggers", out);
    return json(200, body);
  }

  private Reply create(Call c) {
    TreeMap<String, JsonObject> branchTriggers = of(c);
    JsonObject in = JsonBodies.object(c);
    String type = JsonBodies.string(in, "type");
    if (!SCHEDULE.equals(type) && !STORAGE.equals(type)) {
      throw ApiError.badRequest("type must be schedule or storage_object_created");
    }
    JsonObject t = new JsonObject();
    t.addProperty("type", type);
    t.addProperty("trigger_id", plane.names.id("trg-", ids));
    ids.add(t.get("trigger_id").getAsString());
    t.addProperty("function_slug", JsonBodies.required(in, "function_slug"));
    t.addProperty("name", uniqueName(branchTriggers, JsonBodies.required(in, "name"), null));
    t.addProperty("function_path", in.has("function_path") ? JsonBodies.string(in, "function_path") : "/");
    t.add(type, config(type, in.get(type)));
    t.addProperty("enabled", !in.has("enabled") || in.get("enabled").getAsBoolean());
    t.addProperty("version", 1);
    t.addProperty("inherited", false);
    branchTriggers.put(t.get("trigger_id").getAsString(), t);
    return one(c, t, 201);
  }

  private Reply update(Call c) {
    TreeMap<String, JsonObject> branchTriggers = of(c);
    JsonObject t = trigger(c);
    JsonObject in = JsonBodies.object(c);
    String type = t.get("type").getAsString();
    if (!type.equals(JsonBodies.string(in, "type"))) {
      throw ApiError.badRequest("type must be the trigger's type, " + type + "; it cannot change");
    }
    if (in.has("name")) {
      String id = t.get("trigger_id").getAsString();
      t.addProperty("name", uniqueName(branchTriggers, JsonBodies.required(in, "name"), id));
    }
    for (String field : new String[] {"function_slug", "function_path"}) {
      if (in.has(field)) {
        t.addProperty(field, JsonBodies.required(in, field));
      }
    }
    if (in.has(type)) {
      t.add(type, config(type, in.get(type)));
    }
    if (in.has("enabled")) {
      t.addProperty("enabled", in.get("enabled").getAsBoolean());
    }
    t.addProperty("version", t.get("version").getAsLong() + 1);
    return one(c, t);
  }

  private Reply delete(Call c) {
    of(c).remove(trigger(c).get("trigger_id").getAsString());
    return Reply.noContent();
  }

  private static Reply one(Call c, JsonObject t) {
    return one(c, t, 200);
  }

  private static Reply one(Call c, JsonObject t, int status) {
    JsonObject body = new JsonObject();
    body.add("trigger", render(t, c.now));
    return json(status, body);
  }

  /** JSON with its nulls: a disabled schedule's {@code next_run_at} is a required null. */
  private static Reply json(int status, JsonObject body) {
    return Reply.raw(status, Reply.JSON, body.toString());
  }

  /** The trigger as the API shows it at {@code now}: a schedule's next run is computed then. */
  private static JsonObject render(JsonObject t, Instant now) {
    JsonObject out = t.deepCopy();
    if (SCHEDULE.equals(t.get("type").getAsString())) {
      Instant next = t.get("enabled").getAsBoolean()
          ? CronSchedule.parse(t.getAsJsonObject(SCHEDULE).get("cron").getAsString()).nextAfter(now) : null;
      out.add("next_run_at", next == null ? JsonNull.INSTANCE : new JsonPrimitive(Render.timeText(next)));
    }
    return out;
  }

  /** The type's configuration, checked: a valid cron, or a bucket name (with an optional prefix). */
  private static JsonObject config(String type, JsonElement value) {
    if (value == null || !value.isJsonObject()) {
      throw ApiError.badRequest(type + " is required for a " + type + " trigger");
    }
    JsonObject in = value.getAsJsonObject();
    JsonObject out = new JsonObject();
    if (SCHEDULE.equals(type)) {
      String cron = JsonBodies.required(in, "cron");
      CronSchedule.parse(cron);
      out.addProperty("cron", cron);
    } else {
      out.addProperty("bucket_name", JsonBodies.required(in, "bucket_name"));
      String prefix = JsonBodies.string(in, "prefix");
      if (prefix != null && !prefix.isEmpty()) {
        out.addProperty("prefix", prefix);
      }
    }
    return out;
  }

  private static String uniqueName(TreeMap<String, JsonObject> branchTriggers, String name, String except) {
    for (JsonObject other : branchTriggers.values()) {
      if (name.equals(JsonBodies.string(other, "name")) && !other.get("trigger_id").getAsString().equals(except)) {
        throw ApiError.conflict("a trigger named " + name + " already exists on the branch");
      }
    }
    return name;
  }
}

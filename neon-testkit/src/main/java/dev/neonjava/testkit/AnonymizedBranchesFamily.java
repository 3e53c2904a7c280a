package dev.neonjava.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.ProjectRec;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.HashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * Anonymized branches: a real branch (created as {@code createProjectBranch} does, with its
 * {@code create_branch} operation), its masking rules (replaced whole by an update; each names a
 * database of the branch), and its anonymization: {@code initialized}, then {@code anonymizing}
 * for the operation delay once started (409 when already running), then {@code anonymized}.
 * Other branches have no anonymization (404; 400 to start one).
 */
final class AnonymizedBranchesFamily extends ResourceFamily {
  /** The anonymization of one branch. */
  private static final class Anonymization {
    String projectId;
    String branchId;
    Instant createdAt;
    Instant updatedAt;
    Instant runStartedAt;
    Instant runEndsAt;
    JsonArray rules = new JsonArray();
  }

  private final Map<String, Anonymization> byBranch = new HashMap<>();
  private Function<Call, Reply> createBranch;

  AnonymizedBranchesFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    this.createBranch = handlers.get("createProjectBranch");
    handlers.put("createProjectBranchAnonymized", this::createProjectBranchAnonymized);
    handlers.put("getMaskingRules", c -> rules(anonymization(c)));
    handlers.put("updateMaskingRules", this::updateMaskingRules);
    handlers.put("getAnonymizedBranchStatus", c -> Reply.json(200, status(anonymization(c), c.now)));
    handlers.put("startAnonymization", this::startAnonymization);
  }

  private Reply createProjectBranchAnonymized(Call c) {
    ProjectRec p = project(c.path("project_id"));
    JsonObject body = DataApiFamily.body(c);
    JsonObject create = body.has("branch_create") && body.get("branch_create").isJsonObject()
        ? body.getAsJsonObject("branch_create").deepCopy() : new JsonObject();
    if (body.has("annotation_value")) {
      create.add("annotation_value", body.get("annotation_value"));
    }
    JsonArray rules = body.has("masking_rules") && body.get("masking_rules").isJsonArray()
        ? body.getAsJsonArray("masking_rules") : new JsonArray();
    JsonObject branch = create.has("branch") && create.get("branch").isJsonObject() ? create.getAsJsonObject("branch")
        : new JsonObject();
    String parentId = DataApiFamily.string(branch, "parent_id");
    checked(parentId == null ? defaultBranch(p) : branch(p, parentId), rules); // the new branch has its parent's databases
    Reply created = createBranch.apply(new Call("createProjectBranch", "POST", c.pathParams, Map.of(),
        create.toString().getBytes(StandardCharsets.UTF_8), c.apiKey, c.now));
    String branchId = JsonParser.parseString(created.bodyText()).getAsJsonObject().getAsJsonObject("branch")
        .get("id").getAsString();
    BranchRec b = branch(p, branchId);
    Anonymization a = new Anonymization();
    a.projectId = p.id;
    a.branchId = b.id;
    a.createdAt = c.now;
    a.updatedAt = c.now;
    a.rules = checked(b, rules);
    byBranch.put(b.id, a);
    if (body.has("start_anonymization") && body.get("start_anonymization").getAsBoolean()) {
      start(a, c.now);
    }
    return created;
  }

  private Anonymization anonymization(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    Anonymization a = byBranch.get(b.id);
    if (a == null) {
      throw ApiError.notFound("branch " + b.id + " is not an anonymized branch");
    }
    return a;
  }

  private static Reply rules(Anonymization a) {
    JsonObject out = new JsonObject();
    out.add("masking_rules", a.rules.deepCopy());
    return Reply.json(200, out);
  }

  private Reply updateMaskingRules(Call c) {
    Anonymization a = anonymization(c);
    JsonElement rules = DataApiFamily.body(c).get("masking_rules");
    if (rules == null || !rules.isJsonArray()) {
      throw ApiError.badRequest("masking_rules is required");
    }
    a.rules = checked(branch(project(a.projectId), a.branchId), rules.getAsJsonArray());
    a.updatedAt = c.now;
    return rules(a);
  }

  /** Each rule names a database of the branch. */
  private static JsonArray checked(BranchRec b, JsonArray rules) {
    for (JsonElement rule : rules) {
      String database = rule.isJsonObject() ? DataApiFamily.string(rule.getAsJsonObject(), "database_name") : null;
      if (database == null || !b.databases.containsKey(database)) {
        throw ApiError.badRequest("masking rule for database " + database + ": no such database on branch " + b.id);
      }
    }
    return rules.deepCopy();
  }

  private Reply startAnonymization(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    Anonymization a = byBranch.get(b.id);
    if (a == null) {
      throw ApiError.badRequest("branch " + b.id + " is not an anonymized branch");
    }
    if ("anonymizing".equals(state(a, c.now))) {
      throw ApiError.conflict("the anonymization of branch " + b.id + " is already running");
    }
    start(a, c.now);
    return Reply.json(200, status(a, c.now));
  }

  private void start(Anonymization a, Instant now) {
    a.runStartedAt = now;
    a.runEndsAt = now.plus(plane.queue().operationDelay());
    a.updatedAt = now;
  }

  private static String state(Anonymization a, Instant now) {
    if (a.runStartedAt == null) {
      return "initialized";
    }
    return a.runEndsAt.isAfter(now) ? "anonymizing" : "anonymized";
  }

  private static JsonObject status(Anonymization a, Instant now) {
    JsonObject o = new JsonObject();
    o.addProperty("project_id", a.projectId);
    o.addProperty("branch_id", a.branchId);
    String state = state(a, now);
    o.addProperty("state", state);
    o.addProperty("created_at", Render.timeText(a.createdAt));
    boolean done = "anonymized".equals(state);
    o.addProperty("updated_at", Render.timeText(done && a.runEndsAt.isAfter(a.updatedAt) ? a.runEndsAt : a.updatedAt));
    if (a.runStartedAt != null) {
      JsonObject run = new JsonObject();
      run.addProperty("started_at", Render.timeText(a.runStartedAt));
      if (done) {
        run.addProperty("completed_at", Render.timeText(a.runEndsAt));
      }
      run.addProperty("masked_columns", a.rules.size());
      o.add("last_run", run);
    }
    return o;
  }
}

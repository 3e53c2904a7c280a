package dev.neonjava.it;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;

/** Minimal response bodies that satisfy spec/'s required fields. */
final class Fixtures {
  static final String CREATED = "2025-01-01T10:00:00Z";

  private Fixtures() {
  }

  static JsonObject project(String id, String name) {
    JsonObject p = new JsonObject();
    p.addProperty("id", id);
    p.addProperty("name", name);
    p.addProperty("platform_id", "aws");
    p.addProperty("region_id", "aws-us-east-2");
    p.addProperty("pg_version", 17);
    p.addProperty("proxy_host", "us-east-2.aws.neon.tech");
    p.addProperty("provisioner", "k8s-neonvm");
    p.addProperty("branch_logical_size_limit", 0);
    p.addProperty("branch_logical_size_limit_bytes", 0);
    p.addProperty("store_passwords", true);
    p.addProperty("cpu_used_sec", 0);
    p.addProperty("creation_source", "console");
    p.addProperty("created_at", CREATED);
    p.addProperty("updated_at", CREATED);
    p.addProperty("owner_id", "owner-1");
    return p;
  }

  static JsonObject projectDetails(String id, String name) {
    JsonObject p = project(id, name);
    for (String counter : new String[] {"active_time_seconds", "compute_time_seconds", "written_data_bytes",
        "data_transfer_bytes", "data_storage_bytes_hour"}) {
      p.addProperty(counter, 0);
    }
    p.addProperty("history_retention_seconds", 86400);
    p.addProperty("consumption_period_start", CREATED);
    p.addProperty("consumption_period_end", "2025-02-01T00:00:00Z");
    return p;
  }

  static JsonObject listItem(String id, String name) {
    JsonObject p = project(id, name);
    p.addProperty("active_time", 0);
    return p;
  }

  static JsonObject operation(String id, String projectId, String action, String status) {
    JsonObject o = new JsonObject();
    o.addProperty("id", id);
    o.addProperty("project_id", projectId);
    o.addProperty("action", action);
    o.addProperty("status", status);
    o.addProperty("failures_count", 0);
    o.addProperty("created_at", CREATED);
    o.addProperty("updated_at", CREATED);
    o.addProperty("total_duration_ms", 0);
    return o;
  }

  static JsonObject wrap(String name, JsonObject value) {
    JsonObject o = new JsonObject();
    o.add(name, value);
    return o;
  }

  static JsonArray array(JsonObject... items) {
    JsonArray a = new JsonArray();
    for (JsonObject item : items) {
      a.add(item);
    }
    return a;
  }

  static JsonObject error(String code, String message) {
    JsonObject e = new JsonObject();
    e.addProperty("code", code);
    e.addProperty("message", message);
    return e;
  }
}

package dev.neonjava.testkit;

import com.google.gson.JsonObject;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.ProjectRec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The Neon Auth integrations (at most one per branch) and everything kept under each: keys,
 * trusted domains, OAuth providers, users, email and plugin settings. The lookups answer 404 when
 * the integration does not exist. Guarded by the control plane's lock.
 */
final class NeonAuthIntegrations {
  /** One integration and its state. */
  static final class Integration {
    String provider;
    String providerProjectId;
    String projectId;
    String branchId;
    String dbName;
    Instant createdAt;
    String transferStatus;
    String pubClientKey;
    String secretServerKey;
    String jwksUrl;
    String baseUrl;
    String name;
    final List<String> domains = new ArrayList<>();
    final Map<String, JsonObject> oauthProviders = new LinkedHashMap<>();
    /** users by id: {id, email, name, roles} */
    final Map<String, JsonObject> users = new LinkedHashMap<>();
    /** settings by path under /auth: email_server, email_and_password, plugins/organization, webhooks, ... */
    final Map<String, JsonObject> settings = new HashMap<>();

    String schemaName() {
      return "neon_auth";
    }

    String tableName() {
      return "better_auth".equals(provider) ? "user" : "users_sync";
    }
  }

  private final ControlPlane plane;
  /** by branch id (branch ids are never reused) */
  private final Map<String, Integration> byBranch = new LinkedHashMap<>();

  NeonAuthIntegrations(ControlPlane plane) {
    this.plane = plane;
  }

  /**
   * Returns the integration of a live branch, or null.
   * @return the integration of a live branch, or null
   */
  Integration find(ProjectRec p, BranchRec b) {
    Integration i = byBranch.get(b.id);
    return i != null && i.projectId.equals(p.id) ? i : null;
  }

  /**
   * Returns the integration of the branch of the call's path, or 404.
   * @return the integration of the branch of the call's path, or 404
   */
  Integration ofBranch(Call c) {
    ProjectRec p = plane.project(c.path("project_id"));
    BranchRec b = ControlPlane.branch(p, c.path("branch_id"));
    Integration i = find(p, b);
    if (i == null) {
      throw ApiError.notFound("Neon Auth is not enabled for branch " + b.id);
    }
    return i;
  }

  /**
   * Returns the project's integrations, on its live branches.
   * @return the project's integrations, on its live branches
   */
  List<Integration> ofProject(ProjectRec p) {
    List<Integration> out = new ArrayList<>();
    for (BranchRec b : p.branches.values()) {
      Integration i = find(p, b);
      if (i != null) {
        out.add(i);
      }
    }
    return out;
  }

  /**
   * Returns the project's integration for the project-level (legacy) operations: the default
   * branch's, else the first one; 404 when none, or none with that provider.
   * @param provider the provider asked for, or null for any
   * @return the project's integration for the project-level (legacy) operations
   */
  Integration ofProject(ProjectRec p, String provider) {
    Integration found = null;
    for (Integration i : ofProject(p)) {
      if (provider == null || provider.equals(i.provider)) {
        if (found == null || ControlPlane.branch(p, i.branchId).isDefault) {
          found = i;
        }
      }
    }
    if (found == null) {
      throw ApiError.notFound("Neon Auth is not enabled for project " + p.id
          + (provider == null ? "" : " with provider " + provider));
    }
    return found;
  }

  /**
   * Sets up Neon Auth on a branch.
   * @param database the database to keep the users in, or null for the branch's first database
   * @return the new integration
   */
  Integration create(ProjectRec p, BranchRec b, String provider, String database, Instant now) {
    String db = database;
    if (db == null) {
      if (b.databases.isEmpty()) {
        throw ApiError.badRequest("branch " + b.id + " has no database to keep the Neon Auth users in");
      }
      db = b.databases.keySet().iterator().next();
    }
    ControlPlane.database(b, db);
    Integration i = new Integration();
    i.provider = provider;
    i.providerProjectId = plane.names.uuid().toString();
    i.projectId = p.id;
    i.branchId = b.id;
    i.dbName = db;
    i.createdAt = now;
    EndpointRec e = ControlPlane.readWriteEndpoint(p, b);
    i.baseUrl = "https://" + (e == null ? b.id : e.id) + ".neonauth." + Render.proxyHost(p.regionId) + "/" + db
        + "/auth";
    i.jwksUrl = "stack".equals(provider) ? "https://api.stack-auth.com/api/v1/projects/" + i.providerProjectId
        + "/.well-known/jwks.json" : i.baseUrl + "/.well-known/jwks.json";
    rotateKeys(i);
    byBranch.put(b.id, i);
    return i;
  }

  void rotateKeys(Integration i) {
    i.pubClientKey = "pck_" + plane.names.uuid().toString().replace("-", "");
    i.secretServerKey = "ssk_" + plane.names.uuid().toString().replace("-", "");
  }

  void remove(Integration i) {
    byBranch.remove(i.branchId);
  }

  /**
   * Returns the response of a set-up: the provider's keys and where the users are kept.
   * @return the response of a set-up: the provider's keys and where the users are kept
   */
  static JsonObject created(Integration i) {
    JsonObject o = new JsonObject();
    o.addProperty("auth_provider", i.provider);
    o.addProperty("auth_provider_project_id", i.providerProjectId);
    o.addProperty("pub_client_key", i.pubClientKey);
    o.addProperty("secret_server_key", i.secretServerKey);
    o.addProperty("jwks_url", i.jwksUrl);
    o.addProperty("schema_name", i.schemaName());
    o.addProperty("table_name", i.tableName());
    o.addProperty("base_url", i.baseUrl);
    return o;
  }

  /**
   * Returns the integration as {@code NeonAuthIntegration}.
   * @return the integration as {@code NeonAuthIntegration}
   */
  static JsonObject render(Integration i) {
    JsonObject o = new JsonObject();
    o.addProperty("auth_provider", i.provider);
    o.addProperty("auth_provider_project_id", i.providerProjectId);
    o.addProperty("branch_id", i.branchId);
    o.addProperty("db_name", i.dbName);
    o.addProperty("created_at", Render.timeText(i.createdAt));
    o.addProperty("owned_by", "neon");
    if (i.transferStatus != null) {
      o.addProperty("transfer_status", i.transferStatus);
    }
    o.addProperty("jwks_url", i.jwksUrl);
    o.addProperty("base_url", i.baseUrl);
    if (i.name != null) {
      o.addProperty("name", i.name);
    }
    return o;
  }

  static String lower(String email) {
    return email == null ? null : email.toLowerCase(Locale.ROOT);
  }
}

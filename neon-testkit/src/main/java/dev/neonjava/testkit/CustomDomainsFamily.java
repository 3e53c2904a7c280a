package dev.neonjava.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import dev.neonjava.testkit.Records.ProjectRec;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;

/**
 * Custom domains of a branch: register, list (oldest first, paged by {@code limit} and {@code cursor}) and
 * delete. A domain is stored lower case without a trailing dot and is unique across the emulator: registering
 * it again for the same function of the same branch returns it unchanged, for anything else answers 409. Only
 * {@code entity_type: function} is accepted (400 otherwise). New domains stay {@code pending}: the emulator
 * resolves no DNS. The function named by {@code entity_id} is not looked up.
 */
final class CustomDomainsFamily extends ResourceFamily {
  static final String CNAME_TARGET = "functions.custom-domains.neon-emulator.invalid";

  /** One registered domain. */
  private static final class DomainRec {
    final long seq;
    final String scope;
    final JsonObject value;

    DomainRec(long seq, String scope, JsonObject value) {
      this.seq = seq;
      this.scope = scope;
      this.value = value;
    }
  }

  /** normalized domain -> registration, in registration order */
  private final Map<String, DomainRec> domains = new LinkedHashMap<>();

  CustomDomainsFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("listProjectBranchCustomDomains", this::list);
    handlers.put("registerProjectBranchCustomDomain", this::register);
    handlers.put("deleteProjectBranchCustomDomain", this::delete);
  }

  private String scope(Call c) {
    ProjectRec p = project(c.path("project_id"));
    return p.id + "/" + branch(p, c.path("branch_id")).id;
  }

  private Reply list(Call c) {
    String scope = scope(c);
    int limit = c.intQuery("limit", 1000, 1, 1000);
    long after = Cursors.decodeSeq(c.query("cursor"));
    JsonArray page = new JsonArray();
    long last = -1;
    boolean more = false;
    for (DomainRec d : domains.values()) {
      if (!d.scope.equals(scope) || d.seq <= after) {
        continue;
      }
      if (page.size() == limit) {
        more = true;
        break;
      }
      page.add(d.value.deepCopy());
      last = d.seq;
    }
    JsonObject body = new JsonObject();
    body.add("custom_domains", page);
    JsonObject pagination = new JsonObject();
    if (more) {
      pagination.addProperty("next", Cursors.page(last, null).orElseThrow());
    }
    body.add("pagination", pagination);
    return Reply.json(200, body);
  }

  private Reply register(Call c) {
    String scope = scope(c);
    JsonObject in = JsonBodies.object(c);
    String domain = normalize(JsonBodies.required(in, "domain"));
    String entityType = JsonBodies.required(in, "entity_type");
    if (!"function".equals(entityType)) {
      throw ApiError.badRequest("entity_type " + entityType + " is not supported; only function is");
    }
    String entityId = JsonBodies.required(in, "entity_id");
    DomainRec existing = domains.get(domain);
    if (existing != null) {
      if (existing.scope.equals(scope) && entityId.equals(existing.value.get("entity_id").getAsString())) {
        return Reply.json(201, existing.value);
      }
      throw ApiError.conflict("the domain " + domain + " is already registered");
    }
    JsonObject d = new JsonObject();
    d.addProperty("domain", domain);
    d.addProperty("entity_type", entityType);
    d.addProperty("entity_id", entityId);
    d.addProperty("cname_target", CNAME_TARGET);
    d.addProperty("status", "pending");
    d.addProperty("dns_status", "pending");
    d.addProperty("binding_status", "pending");
    d.addProperty("status_reason", "");
    domains.put(domain, new DomainRec(plane.nextSequence(), scope, d));
    return Reply.json(201, d);
  }

  private Reply delete(Call c) {
    String scope = scope(c);
    String domain = c.path("domain").trim().toLowerCase(Locale.ROOT).replaceAll("\\.$", "");
    DomainRec d = domains.get(domain);
    if (d == null || !d.scope.equals(scope)) {
      throw ApiError.notFound("custom domain " + domain + " not found on the branch");
    }
    domains.remove(domain);
    return Reply.noContent();
  }

  /** Lower case, without the root dot; 400 for what cannot be a host name or is Neon's own. */
  private static String normalize(String raw) {
    String d = raw.trim().toLowerCase(Locale.ROOT);
    if (d.endsWith(".")) {
      d = d.substring(0, d.length() - 1);
    }
    if (d.length() > 253 || !d.matches("([a-z0-9]([a-z0-9-]*[a-z0-9])?\\.)+[a-z][a-z0-9-]*[a-z0-9]")) {
      throw ApiError.badRequest("not a valid domain name: " + raw);
    }
    if (d.equals("neon.tech") || d.endsWith(".neon.tech") || d.endsWith(".invalid")) {
      throw ApiError.badRequest("Neon-managed and reserved host names cannot be registered: " + raw);
    }
    return d;
  }
}

package dev.neonjava.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neonjava.testkit.NeonAuthIntegrations.Integration;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * What is kept under a Neon Auth integration: trusted (redirect) domains, OAuth providers, the
 * email server, email-and-password sign-in, localhost, plugins and webhooks. Updates merge into
 * what is stored (a PUT or an email server replaces it), reads start from defaults, and the
 * project-level (legacy) paths reach the project's integration. 404 without an integration, 409
 * for a domain or provider added twice, 404 for one that is not there.
 */
final class NeonAuthSettingsFamily extends ResourceFamily {
  private final NeonAuthIntegrations integrations;

  NeonAuthSettingsFamily(ControlPlane plane, NeonAuthIntegrations integrations) {
    super(plane);
    this.integrations = integrations;
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("listBranchNeonAuthTrustedDomains", c -> domains(integrations.ofBranch(c)));
    handlers.put("listNeonAuthRedirectURIWhitelistDomains", c -> domains(legacy(c)));
    handlers.put("addBranchNeonAuthTrustedDomain", c -> addDomain(integrations.ofBranch(c), c));
    handlers.put("addNeonAuthDomainToRedirectURIWhitelist", c -> addDomain(legacy(c), c));
    handlers.put("deleteBranchNeonAuthTrustedDomain", c -> deleteDomains(integrations.ofBranch(c), c));
    handlers.put("deleteNeonAuthDomainFromRedirectURIWhitelist", c -> deleteDomains(legacy(c), c));
    handlers.put("listBranchNeonAuthOauthProviders", c -> providers(integrations.ofBranch(c)));
    handlers.put("listNeonAuthOauthProviders", c -> providers(legacy(c)));
    handlers.put("addBranchNeonAuthOauthProvider", c -> addProvider(integrations.ofBranch(c), c));
    handlers.put("addNeonAuthOauthProvider", c -> addProvider(legacy(c), c));
    handlers.put("updateBranchNeonAuthOauthProvider", c -> updateProvider(integrations.ofBranch(c), c));
    handlers.put("updateNeonAuthOauthProvider", c -> updateProvider(legacy(c), c));
    handlers.put("deleteBranchNeonAuthOauthProvider", c -> deleteProvider(integrations.ofBranch(c), c));
    handlers.put("deleteNeonAuthOauthProvider", c -> deleteProvider(legacy(c), c));
    handlers.put("getNeonAuthEmailServer", c -> Reply.json(200, setting(legacy(c), "email_server")));
    handlers.put("updateNeonAuthEmailServer", c -> replace(legacy(c), "email_server", c));
    handlers.put("getNeonAuthEmailProvider", c -> Reply.json(200, setting(integrations.ofBranch(c), "email_server")));
    handlers.put("updateNeonAuthEmailProvider", c -> replace(integrations.ofBranch(c), "email_server", c));
    handlers.put("sendNeonAuthTestEmail", this::sendNeonAuthTestEmail);
    for (String path : List.of("email_and_password", "allow_localhost", "plugins/organization",
        "plugins/magic-link", "plugins/phone-number")) {
      String[] names = OPERATIONS.get(path);
      if (names[0] != null) {
        handlers.put(names[0], c -> Reply.json(200, setting(integrations.ofBranch(c), path)));
      }
      handlers.put(names[1], c -> merge(integrations.ofBranch(c), path, c));
    }
    handlers.put("getNeonAuthWebhookConfig", c -> Reply.json(200, setting(integrations.ofBranch(c), "webhooks")));
    handlers.put("updateNeonAuthWebhookConfig", this::updateNeonAuthWebhookConfig);
    handlers.put("getNeonAuthPluginConfigs", this::getNeonAuthPluginConfigs);
  }

  /** The get and update operation of each setting (null: no get of its own). */
  private static final Map<String, String[]> OPERATIONS = Map.of(
      "email_and_password", new String[] {"getNeonAuthEmailAndPasswordConfig", "updateNeonAuthEmailAndPasswordConfig"},
      "allow_localhost", new String[] {"getNeonAuthAllowLocalhost", "updateNeonAuthAllowLocalhost"},
      "plugins/organization", new String[] {null, "updateNeonAuthOrganizationPlugin"},
      "plugins/magic-link", new String[] {null, "updateNeonAuthMagicLinkPlugin"},
      "plugins/phone-number", new String[] {"getNeonAuthPhoneNumberPlugin", "updateNeonAuthPhoneNumberPlugin"});

  private Integration legacy(Call c) {
    return integrations.ofProject(project(c.path("project_id")), null);
  }

  // ---------------------------------------------------------------------------------------------
  // trusted domains

  private static Reply domains(Integration i) {
    JsonArray list = new JsonArray();
    for (String domain : i.domains) {
      JsonObject d = new JsonObject();
      d.addProperty("domain", domain);
      d.addProperty("auth_provider", i.provider);
      list.add(d);
    }
    JsonObject out = new JsonObject();
    out.add("domains", list);
    return Reply.json(200, out);
  }

  private static void sameProvider(Integration i, JsonObject body) {
    String provider = NeonAuthFamily.provider(body);
    if (!provider.equals(i.provider)) {
      throw ApiError.badRequest("auth_provider " + provider + " does not match the integration's " + i.provider);
    }
  }

  private static Reply addDomain(Integration i, Call c) {
    JsonObject body = DataApiFamily.body(c);
    sameProvider(i, body);
    String domain = NeonAuthFamily.required(body, "domain");
    if (i.domains.contains(domain)) {
      throw ApiError.conflict("domain " + domain + " is already trusted");
    }
    i.domains.add(domain);
    return Reply.raw(201, null, "");
  }

  private static Reply deleteDomains(Integration i, Call c) {
    JsonObject body = DataApiFamily.body(c);
    sameProvider(i, body);
    JsonElement domains = body.get("domains");
    if (domains == null || !domains.isJsonArray()) {
      throw ApiError.badRequest("domains is required");
    }
    List<String> gone = new ArrayList<>();
    for (JsonElement e : domains.getAsJsonArray()) {
      String domain = e.isJsonObject() ? DataApiFamily.string(e.getAsJsonObject(), "domain") : null;
      if (domain == null || !i.domains.contains(domain)) {
        throw ApiError.notFound("domain " + domain + " is not among the trusted domains");
      }
      gone.add(domain);
    }
    i.domains.removeAll(gone);
    return Reply.raw(200, null, "");
  }

  // ---------------------------------------------------------------------------------------------
  // OAuth providers

  private static Reply providers(Integration i) {
    JsonArray list = new JsonArray();
    i.oauthProviders.values().forEach(p -> list.add(p.deepCopy()));
    JsonObject out = new JsonObject();
    out.add("providers", list);
    return Reply.json(200, out);
  }

  private static Reply addProvider(Integration i, Call c) {
    JsonObject body = DataApiFamily.body(c);
    String id = NeonAuthFamily.required(body, "id");
    if (i.oauthProviders.containsKey(id)) {
      throw ApiError.conflict("OAuth provider " + id + " is already added");
    }
    JsonObject provider = new JsonObject();
    provider.addProperty("id", id);
    apply(provider, body);
    i.oauthProviders.put(id, provider);
    return Reply.json(200, provider);
  }

  private static JsonObject provider(Integration i, String id) {
    JsonObject p = i.oauthProviders.get(id);
    if (p == null) {
      throw ApiError.notFound("OAuth provider " + id + " not found");
    }
    return p;
  }

  private static Reply updateProvider(Integration i, Call c) {
    JsonObject provider = provider(i, c.path("oauth_provider_id"));
    apply(provider, DataApiFamily.body(c));
    return Reply.json(200, provider);
  }

  /** Own credentials make a {@code standard} provider; without them it uses Neon's shared ones. */
  private static void apply(JsonObject provider, JsonObject body) {
    for (String field : List.of("client_id", "client_secret", "microsoft_tenant_id")) {
      if (body.has(field)) {
        provider.add(field, body.get(field).deepCopy());
      }
    }
    provider.addProperty("type", provider.has("client_id") ? "standard" : "shared");
  }

  private static Reply deleteProvider(Integration i, Call c) {
    provider(i, c.path("oauth_provider_id"));
    i.oauthProviders.remove(c.path("oauth_provider_id"));
    return Reply.raw(200, null, "");
  }

  // ---------------------------------------------------------------------------------------------
  // settings

  /**
   * Returns the stored setting over its default.
   * @return the stored setting over its default
   */
  private static JsonObject setting(Integration i, String path) {
    return i.settings.computeIfAbsent(path, NeonAuthSettingsFamily::defaults).deepCopy();
  }

  private static Reply merge(Integration i, String path, Call c) {
    JsonObject stored = i.settings.computeIfAbsent(path, NeonAuthSettingsFamily::defaults);
    for (Map.Entry<String, JsonElement> e : DataApiFamily.body(c).entrySet()) {
      stored.add(e.getKey(), e.getValue().deepCopy());
    }
    return Reply.json(200, stored);
  }

  private static Reply replace(Integration i, String path, Call c) {
    JsonObject body = DataApiFamily.body(c);
    i.settings.put(path, body.deepCopy());
    return Reply.json(200, body);
  }

  private Reply updateNeonAuthWebhookConfig(Call c) {
    Integration i = integrations.ofBranch(c);
    JsonObject body = DataApiFamily.body(c);
    JsonElement enabled = body.get("enabled");
    if (enabled == null || !enabled.isJsonPrimitive()) {
      throw ApiError.badRequest("enabled is required");
    }
    if (enabled.getAsBoolean() && DataApiFamily.string(body, "webhook_url") == null) {
      throw ApiError.badRequest("webhook_url is required when the webhook is enabled");
    }
    JsonObject stored = defaults("webhooks");
    body.entrySet().forEach(e -> stored.add(e.getKey(), e.getValue().deepCopy()));
    i.settings.put("webhooks", stored);
    return Reply.json(200, stored);
  }

  private Reply sendNeonAuthTestEmail(Call c) {
    integrations.ofBranch(c);
    NeonAuthFamily.required(DataApiFamily.body(c), "recipient_email");
    JsonObject out = new JsonObject();
    out.addProperty("success", true);
    return Reply.json(200, out);
  }

  private Reply getNeonAuthPluginConfigs(Call c) {
    Integration i = integrations.ofBranch(c);
    JsonObject out = new JsonObject();
    out.add("organization", setting(i, "plugins/organization"));
    out.add("magic_link", setting(i, "plugins/magic-link"));
    out.add("phone_number", setting(i, "plugins/phone-number"));
    out.add("email_provider", setting(i, "email_server"));
    out.add("email_and_password", setting(i, "email_and_password"));
    out.add("oauth_providers", providersArray(i));
    out.add("allow_localhost", setting(i, "allow_localhost").get("allow_localhost"));
    return Reply.json(200, out);
  }

  private static JsonArray providersArray(Integration i) {
    JsonArray list = new JsonArray();
    i.oauthProviders.values().forEach(p -> list.add(p.deepCopy()));
    return list;
  }

  /** Defaults: the spec's where it has them, else the emulator's choice. */
  private static JsonObject defaults(String path) {
    JsonObject d = new JsonObject();
    switch (path) {
      case "email_server":
        d.addProperty("type", "shared");
        d.addProperty("sender_email", "auth@mail.neon-emulator.invalid");
        d.addProperty("sender_name", "Neon Auth");
        break;
      case "email_and_password":
        d.addProperty("enabled", true);
        d.addProperty("email_verification_method", "otp");
        d.addProperty("require_email_verification", false);
        d.addProperty("auto_sign_in_after_verification", true);
        d.addProperty("send_verification_email_on_sign_up", false);
        d.addProperty("send_verification_email_on_sign_in", false);
        d.addProperty("disable_sign_up", false);
        break;
      case "allow_localhost":
        d.addProperty("allow_localhost", true);
        break;
      case "plugins/organization":
        d.addProperty("enabled", true);
        d.addProperty("organization_limit", 10);
        d.addProperty("membership_limit", 100);
        d.addProperty("creator_role", "owner");
        d.addProperty("send_invitation_email", false);
        break;
      case "plugins/magic-link":
        d.addProperty("enabled", false);
        d.addProperty("expires_in", 5);
        d.addProperty("disable_sign_up", false);
        break;
      case "plugins/phone-number":
        d.addProperty("enabled", false);
        d.addProperty("otp_expires_in", 300);
        break;
      default: // webhooks
        d.addProperty("enabled", false);
        d.add("enabled_events", new JsonArray());
        d.addProperty("timeout_seconds", 5);
    }
    return d;
  }
}

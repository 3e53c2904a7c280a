package dev.neonjava.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import dev.neonjava.testkit.NeonAuthIntegrations.Integration;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.ProjectRec;
import java.util.Map;
import java.util.function.Function;

/**
 * Neon Auth set-up and users: enable it on a branch (409 when it already is; the project-level
 * {@code /projects/auth/create} allows one per project), read, list, disable or delete it, new SDK
 * keys, the transfer of the provider project, its display name, and its users (409 for a taken
 * email, 404 for an unknown user). Everything answers 404 while the integration does not exist.
 * Its settings are in {@link NeonAuthSettingsFamily}.
 */
final class NeonAuthFamily extends ResourceFamily {
  private final NeonAuthIntegrations integrations;

  NeonAuthFamily(ControlPlane plane, NeonAuthIntegrations integrations) {
    super(plane);
    this.integrations = integrations;
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("createNeonAuth", this::createNeonAuth);
    handlers.put("createNeonAuthIntegration", this::createNeonAuthIntegration);
    handlers.put("getNeonAuth", c -> Reply.json(200, NeonAuthIntegrations.render(integrations.ofBranch(c))));
    handlers.put("listNeonAuthIntegrations", this::listNeonAuthIntegrations);
    handlers.put("disableNeonAuth", c -> removed(integrations.ofBranch(c)));
    handlers.put("deleteNeonAuthIntegration", c -> removed(integrations.ofProject(project(c.path("project_id")),
        c.path("auth_provider"))));
    handlers.put("createNeonAuthProviderSDKKeys", this::createNeonAuthProviderSDKKeys);
    handlers.put("transferNeonAuthProviderProject", this::transferNeonAuthProviderProject);
    handlers.put("updateNeonAuthConfig", this::updateNeonAuthConfig);
    handlers.put("createBranchNeonAuthNewUser", c -> createUser(integrations.ofBranch(c), DataApiFamily.body(c)));
    handlers.put("createNeonAuthNewUser", this::createNeonAuthNewUser);
    handlers.put("deleteBranchNeonAuthUser", c -> deleteUser(integrations.ofBranch(c), c.path("auth_user_id")));
    handlers.put("deleteNeonAuthUser", c -> deleteUser(integrations.ofProject(project(c.path("project_id")), null),
        c.path("auth_user_id")));
    handlers.put("updateNeonAuthUserRole", this::updateNeonAuthUserRole);
  }

  private Reply createNeonAuth(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    JsonObject body = DataApiFamily.body(c);
    if (integrations.find(p, b) != null) {
      throw ApiError.conflict("Neon Auth is already enabled for branch " + b.id);
    }
    Integration i = integrations.create(p, b, provider(body), DataApiFamily.string(body, "database_name"), c.now);
    return Reply.json(201, NeonAuthIntegrations.created(i));
  }

  /** The project-level set-up: project and branch in the body, one integration per project. */
  private Reply createNeonAuthIntegration(Call c) {
    JsonObject body = DataApiFamily.body(c);
    ProjectRec p = project(required(body, "project_id"));
    BranchRec b = branch(p, required(body, "branch_id"));
    if (!integrations.ofProject(p).isEmpty()) {
      throw ApiError.conflict("project " + p.id + " already has a Neon Auth integration");
    }
    Integration i = integrations.create(p, b, provider(body), DataApiFamily.string(body, "database_name"), c.now);
    return Reply.json(201, NeonAuthIntegrations.created(i));
  }

  private Reply listNeonAuthIntegrations(Call c) {
    JsonArray data = new JsonArray();
    for (Integration i : integrations.ofProject(project(c.path("project_id")))) {
      data.add(NeonAuthIntegrations.render(i));
    }
    JsonObject out = new JsonObject();
    out.add("data", data);
    return Reply.json(200, out);
  }

  private Reply removed(Integration i) {
    integrations.remove(i);
    return Reply.raw(200, null, "");
  }

  private Reply createNeonAuthProviderSDKKeys(Call c) {
    JsonObject body = DataApiFamily.body(c);
    Integration i = integrations.ofProject(project(required(body, "project_id")), provider(body));
    integrations.rotateKeys(i);
    return Reply.json(201, NeonAuthIntegrations.created(i));
  }

  private Reply transferNeonAuthProviderProject(Call c) {
    JsonObject body = DataApiFamily.body(c);
    Integration i = integrations.ofProject(project(required(body, "project_id")), provider(body));
    i.transferStatus = "initiated";
    JsonObject out = new JsonObject();
    out.addProperty("url", "https://console.neon.tech/app/projects/" + i.projectId + "/auth/transfer?code="
        + plane.names.uuid());
    return Reply.json(200, out);
  }

  private Reply updateNeonAuthConfig(Call c) {
    Integration i = integrations.ofBranch(c);
    String name = required(DataApiFamily.body(c), "name");
    if (name.isEmpty() || name.length() > 256) {
      throw ApiError.badRequest("name must be 1 to 256 characters");
    }
    i.name = name;
    JsonObject out = new JsonObject();
    out.addProperty("name", name);
    return Reply.json(200, out);
  }

  private Reply createNeonAuthNewUser(Call c) {
    JsonObject body = DataApiFamily.body(c);
    return createUser(integrations.ofProject(project(required(body, "project_id")), provider(body)), body);
  }

  private Reply createUser(Integration i, JsonObject body) {
    String email = required(body, "email");
    for (JsonObject user : i.users.values()) {
      if (NeonAuthIntegrations.lower(email).equals(NeonAuthIntegrations.lower(DataApiFamily.string(user, "email")))) {
        throw ApiError.conflict("a Neon Auth user with email " + email + " already exists");
      }
    }
    JsonObject user = new JsonObject();
    String id = plane.names.uuid().toString();
    user.addProperty("id", id);
    user.addProperty("email", email);
    if (DataApiFamily.string(body, "name") != null) {
      user.addProperty("name", DataApiFamily.string(body, "name"));
    }
    user.add("roles", new JsonArray());
    i.users.put(id, user);
    JsonObject out = new JsonObject();
    out.addProperty("id", id);
    return Reply.json(201, out);
  }

  private static JsonObject user(Integration i, String id) {
    JsonObject user = i.users.get(id);
    if (user == null) {
      throw ApiError.notFound("Neon Auth user " + id + " not found");
    }
    return user;
  }

  private Reply deleteUser(Integration i, String id) {
    user(i, id);
    i.users.remove(id);
    return Reply.noContent();
  }

  private Reply updateNeonAuthUserRole(Call c) {
    Integration i = integrations.ofBranch(c);
    JsonObject user = user(i, c.path("auth_user_id"));
    JsonElement roles = DataApiFamily.body(c).get("roles");
    if (roles == null || !roles.isJsonArray() || roles.getAsJsonArray().isEmpty()) {
      throw ApiError.badRequest("roles must list at least one role");
    }
    user.add("roles", roles.deepCopy());
    JsonObject out = new JsonObject();
    out.addProperty("id", DataApiFamily.string(user, "id"));
    return Reply.json(200, out);
  }

  static String provider(JsonObject body) {
    return required(body, "auth_provider");
  }

  static String required(JsonObject body, String name) {
    String value = DataApiFamily.string(body, name);
    if (value == null) {
      throw ApiError.badRequest(name + " is required");
    }
    return value;
  }
}

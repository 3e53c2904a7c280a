package dev.neonjava.testkit;

import dev.neonjava.generated.model.DatabaseCreateRequest;
import dev.neonjava.generated.model.DatabaseCreateRequestDatabase;
import dev.neonjava.generated.model.DatabaseOperations;
import dev.neonjava.generated.model.DatabaseResponse;
import dev.neonjava.generated.model.DatabaseUpdateRequest;
import dev.neonjava.generated.model.DatabaseUpdateRequestDatabase;
import dev.neonjava.generated.model.DatabasesResponse;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.RoleCreateRequest;
import dev.neonjava.generated.model.RoleCreateRequestRole;
import dev.neonjava.generated.model.RoleOperations;
import dev.neonjava.generated.model.RolePasswordResponse;
import dev.neonjava.generated.model.RoleResponse;
import dev.neonjava.generated.model.RolesResponse;
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

/** Databases and roles of a branch: create, get, update, delete, passwords; changes reconfigure the branch's running computes. */
final class DatabasesAndRolesFamily extends ResourceFamily {
  DatabasesAndRolesFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("listProjectBranchDatabases", this::listProjectBranchDatabases);
    handlers.put("createProjectBranchDatabase", this::createProjectBranchDatabase);
    handlers.put("getProjectBranchDatabase", this::getProjectBranchDatabase);
    handlers.put("updateProjectBranchDatabase", this::updateProjectBranchDatabase);
    handlers.put("deleteProjectBranchDatabase", this::deleteProjectBranchDatabase);
    handlers.put("listProjectBranchRoles", this::listProjectBranchRoles);
    handlers.put("createProjectBranchRole", this::createProjectBranchRole);
    handlers.put("getProjectBranchRole", this::getProjectBranchRole);
    handlers.put("deleteProjectBranchRole", this::deleteProjectBranchRole);
    handlers.put("getProjectBranchRolePassword", this::getProjectBranchRolePassword);
    handlers.put("resetProjectBranchRolePassword", this::resetProjectBranchRolePassword);
  }


  private Reply listProjectBranchDatabases(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    return Reply.json(200, new DatabasesResponse()
        .databases(b.databases.values().stream().map(ResourceFamily::database).collect(Collectors.toList())));
  }

  private Reply createProjectBranchDatabase(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    DatabaseCreateRequestDatabase r = c.body(DatabaseCreateRequest.class).getDatabase();
    if (r == null || r.getName() == null || r.getOwnerName() == null) {
      throw ApiError.badRequest("database.name and database.owner_name are required");
    }
    if (b.databases.containsKey(r.getName())) {
      throw ApiError.conflict("database with name " + r.getName() + " already exists");
    }
    role(b, r.getOwnerName());
    DatabaseRec db = newDatabase(b, r.getName(), r.getOwnerName(), c.now);
    b.databases.put(db.name, db);
    return Reply.json(201, new DatabaseOperations().database(database(db)).operations(fresh(applyConfig(p, b, c.now))));
  }

  private Reply getProjectBranchDatabase(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    return Reply.json(200, new DatabaseResponse().database(database(database(b, c.path("database_name")))));
  }

  private Reply updateProjectBranchDatabase(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    DatabaseRec db = database(b, c.path("database_name"));
    DatabaseUpdateRequestDatabase r = c.body(DatabaseUpdateRequest.class).getDatabase();
    if (r != null) {
      if (r.getOwnerName() != null) {
        role(b, r.getOwnerName());
        db.ownerName = r.getOwnerName();
      }
      if (r.getName() != null && !r.getName().equals(db.name)) {
        if (b.databases.containsKey(r.getName())) {
          throw ApiError.conflict("database with name " + r.getName() + " already exists");
        }
        b.databases.remove(db.name);
        db.name = r.getName();
        b.databases.put(db.name, db);
      }
    }
    db.updatedAt = c.now;
    return Reply.json(200, new DatabaseOperations().database(database(db)).operations(fresh(applyConfig(p, b, c.now))));
  }

  private Reply deleteProjectBranchDatabase(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    DatabaseRec db = b.databases.remove(c.path("database_name"));
    if (db == null) {
      return Reply.noContent();
    }
    return Reply.json(200, new DatabaseOperations().database(database(db)).operations(fresh(applyConfig(p, b, c.now))));
  }

  // ---------------------------------------------------------------------------------------------
  // roles

  private Reply listProjectBranchRoles(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    return Reply.json(200, new RolesResponse()
        .roles(b.roles.values().stream().map(r -> role(r, false)).collect(Collectors.toList())));
  }

  private Reply createProjectBranchRole(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    RoleCreateRequestRole r = c.body(RoleCreateRequest.class).getRole();
    if (r == null || r.getName() == null) {
      throw ApiError.badRequest("role.name is required");
    }
    if (b.roles.containsKey(r.getName())) {
      throw ApiError.conflict("role with name " + r.getName() + " already exists");
    }
    RoleRec role = newRole(b, r.getName(), Boolean.TRUE.equals(r.getNoLogin()), c.now);
    b.roles.put(role.name, role);
    return Reply.json(201, new RoleOperations().role(role(role, true)).operations(fresh(applyConfig(p, b, c.now))));
  }

  private Reply getProjectBranchRole(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    return Reply.json(200, new RoleResponse().role(role(role(b, c.path("role_name")), false)));
  }

  private Reply deleteProjectBranchRole(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    RoleRec role = b.roles.get(c.path("role_name"));
    if (role == null) {
      return Reply.noContent();
    }
    for (DatabaseRec db : b.databases.values()) {
      if (db.ownerName.equals(role.name)) {
        throw ApiError.unprocessable("role " + role.name + " owns database " + db.name);
      }
    }
    b.roles.remove(role.name);
    return Reply.json(200, new RoleOperations().role(role(role, false)).operations(fresh(applyConfig(p, b, c.now))));
  }

  private Reply getProjectBranchRolePassword(Call c) {
    ProjectRec p = project(c.path("project_id"));
    RoleRec role = role(branch(p, c.path("branch_id")), c.path("role_name"));
    if (!p.storePasswords) {
      throw new ApiError(412, "", "passwords are not stored for project " + p.id);
    }
    if (role.password == null) {
      throw ApiError.notFound("role " + role.name + " has no password (NOLOGIN)");
    }
    return Reply.json(200, new RolePasswordResponse().password(role.password));
  }

  private Reply resetProjectBranchRolePassword(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    RoleRec role = role(b, c.path("role_name"));
    role.password = plane.names.password();
    role.updatedAt = c.now;
    return Reply.json(200, new RoleOperations().role(role(role, true)).operations(fresh(applyConfig(p, b, c.now))));
  }

  /** Roles and databases live in Postgres: changing them reconfigures every running compute of the branch. */
  private List<OpRec> applyConfig(ProjectRec p, BranchRec b, Instant now) {
    List<OpRec> ops = new ArrayList<>();
    for (EndpointRec e : endpointsOf(p, b)) {
      if (!EndpointState.IDLE.equals(e.state)) {
        ops.add(schedule(p, OperationAction.APPLY_CONFIG, b.id, e.id, now, false, null));
      }
    }
    return ops;
  }
}

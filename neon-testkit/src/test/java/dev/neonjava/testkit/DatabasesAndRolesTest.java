package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.DatabaseCreateRequest;
import dev.neonjava.generated.model.DatabaseCreateRequestDatabase;
import dev.neonjava.generated.model.DatabaseOperations;
import dev.neonjava.generated.model.DatabaseUpdateRequest;
import dev.neonjava.generated.model.DatabaseUpdateRequestDatabase;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.generated.model.Role;
import dev.neonjava.generated.model.RoleCreateRequest;
import dev.neonjava.generated.model.RoleCreateRequestRole;
import dev.neonjava.generated.model.RoleOperations;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiException;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import org.junit.jupiter.api.Test;

@NeonEmulatorTest
class DatabasesAndRolesTest {

  private static RoleOperations createRole(BranchApi branches, String projectId, String branchId, String name) {
    return branches.createProjectBranchRole(BranchApi.CreateProjectBranchRoleParams.builder().projectId(projectId)
        .branchId(branchId).roleCreateRequest(new RoleCreateRequest().role(new RoleCreateRequestRole().name(name)))
        .build());
  }

  private static DatabaseOperations createDatabase(BranchApi branches, String projectId, String branchId, String name,
      String owner) {
    return branches.createProjectBranchDatabase(BranchApi.CreateProjectBranchDatabaseParams.builder()
        .projectId(projectId).branchId(branchId).databaseCreateRequest(new DatabaseCreateRequest()
            .database(new DatabaseCreateRequestDatabase().name(name).ownerName(owner))).build());
  }

  @Test
  void databasesCreateGetRenameDelete(NeonEmulator neon, ApiClient client) {
    BranchApi branches = new BranchApi(client);
    String projectId = neon.seedProject("app").getId();
    String branchId = neon.branches(projectId).get(0).getId();
    createRole(branches, projectId, branchId, "reporting");

    DatabaseOperations created = createDatabase(branches, projectId, branchId, "analytics", "neondb_owner");
    assertThat(created.getDatabase().getOwnerName()).isEqualTo("neondb_owner");
    assertThat(created.getOperations()).extracting(Operation::getAction).containsExactly(OperationAction.APPLY_CONFIG);
    assertThatThrownBy(() -> createDatabase(branches, projectId, branchId, "analytics", "neondb_owner"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("database with name analytics already exists");
    assertThatThrownBy(() -> createDatabase(branches, projectId, branchId, "other", "nobody"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("role nobody not found");

    Database renamed = branches.updateProjectBranchDatabase(BranchApi.UpdateProjectBranchDatabaseParams.builder()
        .projectId(projectId).branchId(branchId).databaseName("analytics").databaseUpdateRequest(
            new DatabaseUpdateRequest().database(new DatabaseUpdateRequestDatabase().name("stats")
                .ownerName("reporting"))).build()).getDatabase();
    assertThat(renamed.getName()).isEqualTo("stats");
    assertThat(renamed.getOwnerName()).isEqualTo("reporting");
    assertThat(branches.getProjectBranchDatabase(BranchApi.GetProjectBranchDatabaseParams.builder().projectId(projectId)
        .branchId(branchId).databaseName("stats").build()).getDatabase().getId()).isEqualTo(renamed.getId());
    assertThat(branches.listProjectBranchDatabases(BranchApi.ListProjectBranchDatabasesParams.builder()
        .projectId(projectId).branchId(branchId).build()).getDatabases()).extracting(Database::getName)
        .containsExactly("neondb", "stats");

    branches.deleteProjectBranchDatabase(BranchApi.DeleteProjectBranchDatabaseParams.builder().projectId(projectId)
        .branchId(branchId).databaseName("stats").build());
    assertThat(neon.databases(projectId, branchId)).extracting(Database::getName).containsExactly("neondb");
    assertThat(branches.deleteProjectBranchDatabase(BranchApi.DeleteProjectBranchDatabaseParams.builder()
        .projectId(projectId).branchId(branchId).databaseName("stats").build())).as("204").isNull();
    assertThatThrownBy(() -> branches.getProjectBranchDatabase(BranchApi.GetProjectBranchDatabaseParams.builder()
        .projectId(projectId).branchId(branchId).databaseName("stats").build())).isInstanceOf(NotFoundException.class);
  }

  @Test
  void rolesRevealAndResetTheirPassword(NeonEmulator neon, ApiClient client) {
    BranchApi branches = new BranchApi(client);
    String projectId = neon.seedProject("app").getId();
    String branchId = neon.branches(projectId).get(0).getId();

    Role created = createRole(branches, projectId, branchId, "app_user").getRole();
    assertThat(created.getPassword()).startsWith("npg_");
    assertThatThrownBy(() -> createRole(branches, projectId, branchId, "app_user"))
        .isInstanceOf(ConflictException.class).hasMessageContaining("role with name app_user already exists");
    assertThat(branches.getProjectBranchRole(BranchApi.GetProjectBranchRoleParams.builder().projectId(projectId)
        .branchId(branchId).roleName("app_user").build()).getRole().getPassword())
        .as("a password is only returned on creation and reset").isNull();

    String revealed = branches.getProjectBranchRolePassword(BranchApi.GetProjectBranchRolePasswordParams.builder()
        .projectId(projectId).branchId(branchId).roleName("app_user").build()).getPassword();
    assertThat(revealed).isEqualTo(created.getPassword());

    RoleOperations reset = branches.resetProjectBranchRolePassword(BranchApi.ResetProjectBranchRolePasswordParams
        .builder().projectId(projectId).branchId(branchId).roleName("app_user").build());
    assertThat(reset.getRole().getPassword()).startsWith("npg_").isNotEqualTo(created.getPassword());
    assertThat(branches.getProjectBranchRolePassword(BranchApi.GetProjectBranchRolePasswordParams.builder()
        .projectId(projectId).branchId(branchId).roleName("app_user").build()).getPassword())
        .isEqualTo(reset.getRole().getPassword());
    assertThat(new ProjectApi(client).getConnectionURI(ProjectApi.GetConnectionURIParams.builder().projectId(projectId)
        .databaseName("neondb").roleName("app_user").build()).getUri())
        .startsWith("postgresql://app_user:" + reset.getRole().getPassword() + "@");

    assertThat(branches.listProjectBranchRoles(BranchApi.ListProjectBranchRolesParams.builder().projectId(projectId)
        .branchId(branchId).build()).getRoles()).extracting(Role::getName).containsExactly("neondb_owner", "app_user");
    branches.deleteProjectBranchRole(BranchApi.DeleteProjectBranchRoleParams.builder().projectId(projectId)
        .branchId(branchId).roleName("app_user").build());
    assertThat(neon.roles(projectId, branchId)).extracting(Role::getName).containsExactly("neondb_owner");
    assertThatThrownBy(() -> branches.getProjectBranchRolePassword(BranchApi.GetProjectBranchRolePasswordParams
        .builder().projectId(projectId).branchId(branchId).roleName("app_user").build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aRoleThatOwnsADatabaseCannotBeDeleted(NeonEmulator neon, ApiClient client) {
    BranchApi branches = new BranchApi(client);
    String projectId = neon.seedProject("app").getId();
    String branchId = neon.branches(projectId).get(0).getId();

    assertThatThrownBy(() -> branches.deleteProjectBranchRole(BranchApi.DeleteProjectBranchRoleParams.builder()
        .projectId(projectId).branchId(branchId).roleName("neondb_owner").build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("owns database neondb");
  }

  @Test
  void revealIs412WhenPasswordsAreNotStored(ApiClient client) {
    CreateProjectResponse created = new Api(client).createProject(new ProjectCreateRequestProject().name("strict")
        .storePasswords(false));
    String projectId = created.getProject().getId();

    assertThatThrownBy(() -> new BranchApi(client).getProjectBranchRolePassword(
        BranchApi.GetProjectBranchRolePasswordParams.builder().projectId(projectId)
            .branchId(created.getBranch().getId()).roleName("neondb_owner").build()))
        .isInstanceOfSatisfying(ApiException.class, e -> assertThat(e.statusCode()).isEqualTo(412));
  }

  @Test
  void aNewBranchCopiesRolesAndDatabasesOfItsParent(NeonEmulator neon, ApiClient client) {
    BranchApi branches = new BranchApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    createRole(branches, projectId, main, "writer");
    createDatabase(branches, projectId, main, "orders", "writer");

    String child = neon.seedBranch(projectId, "dev").getId();

    assertThat(neon.roles(projectId, child)).extracting(Role::getName).containsExactly("neondb_owner", "writer");
    assertThat(neon.databases(projectId, child)).extracting(Database::getName).containsExactly("neondb", "orders");
    assertThat(neon.databases(projectId, child)).allSatisfy(db -> assertThat(db.getBranchId()).isEqualTo(child));
  }
}

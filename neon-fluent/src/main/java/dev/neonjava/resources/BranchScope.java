package dev.neonjava.resources;

import static dev.neonjava.runtime.ResponseDecodingException.requireMember;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.DatabaseCreateRequest;
import dev.neonjava.generated.model.DatabaseCreateRequestDatabase;
import dev.neonjava.generated.model.DatabaseOperations;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.Role;
import dev.neonjava.generated.model.RoleCreateRequest;
import dev.neonjava.generated.model.RoleCreateRequestRole;
import dev.neonjava.generated.model.RoleOperations;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.Secret;
import dev.neonjava.wait.OperationWaiter;
import java.util.Optional;
import java.util.List;
import java.util.function.Consumer;

/** One branch and what lives on it: databases, roles (with passwords) and endpoints. */
public final class BranchScope extends Resource<BranchScope> {
  private final BranchApi api;
  private final Branches branches;
  private final Endpoints endpoints;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public BranchScope(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new BranchApi(client);
    this.branches = new Branches(client, waiter, projectId);
    this.endpoints = new Endpoints(client, waiter, projectId);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected BranchScope rebind(ApiClient client) {
    return new BranchScope(client, waiter, projectId, branchId);
  }

  /**
   * Returns the branch.
   * @return the branch
   */
  public Branch get() {
    return branches.get(branchId);
  }

  /**
   * Returns the branch once ready (see {@link Branches#waitUntilReady(String)}).
   * @return the branch once ready (see {@link Branches#waitUntilReady(String)})
   */
  public Branch waitUntilReady() {
    return branches.waitUntilReady(branchId);
  }

  /**
   * Returns the branch's endpoints.
   * @return the branch's endpoints
   */
  public List<Endpoint> endpoints() {
    return endpoints.listForBranch(branchId);
  }

  /**
   * Returns the branch's databases.
   * @return the branch's databases
   */
  public List<Database> databases() {
    return requireMember(api.listProjectBranchDatabases(BranchApi.ListProjectBranchDatabasesParams.builder().projectId(projectId)
        .branchId(branchId).build()).getDatabases(), "listProjectBranchDatabases", "databases");
  }

  /**
   * Creates a database and waits for its operations.
   * @param database sets name and owner_name (both required)
   * @return the database
   */
  public Database createDatabaseAndWait(Consumer<DatabaseCreateRequestDatabase> database) {
    DatabaseCreateRequestDatabase body = new DatabaseCreateRequestDatabase();
    Validation.apply(database, body, "database");
    DatabaseOperations created = api.createProjectBranchDatabase(BranchApi.CreateProjectBranchDatabaseParams
        .builder().projectId(projectId).branchId(branchId)
        .databaseCreateRequest(new DatabaseCreateRequest().database(body)).build());
    waiter.await(requireMember(created.getOperations(), "createProjectBranchDatabase", "operations"));
    return requireMember(created.getDatabase(), "createProjectBranchDatabase", "database");
  }

  /**
   * Deletes a database and waits for its operations.
   * @param databaseName the database name
   * @return the deleted database, or empty when it was already gone (Neon answers 204 for a database that was already deleted: safe for clean-up code that runs twice)
   */
  public Optional<Database> deleteDatabaseAndWait(String databaseName) {
    DatabaseOperations deleted = api.deleteProjectBranchDatabase(BranchApi.DeleteProjectBranchDatabaseParams
        .builder().projectId(projectId).branchId(branchId).databaseName(databaseName).build());
    if (deleted == null) {
      return Optional.empty();
    }
    waiter.await(requireMember(deleted.getOperations(), "deleteProjectBranchDatabase", "operations"));
    return Optional.of(requireMember(deleted.getDatabase(), "deleteProjectBranchDatabase", "database"));
  }

  /**
   * Returns the branch's roles.
   * @return the branch's roles
   */
  public List<Role> roles() {
    return requireMember(api.listProjectBranchRoles(BranchApi.ListProjectBranchRolesParams.builder().projectId(projectId)
        .branchId(branchId).build()).getRoles(), "listProjectBranchRoles", "roles");
  }

  /**
   * Creates a role and waits for its operations.
   * @param role sets the name (required)
   * @return the role, with its password (redacted in {@code toString()})
   */
  public Role createRoleAndWait(Consumer<RoleCreateRequestRole> role) {
    RoleCreateRequestRole body = new RoleCreateRequestRole();
    Validation.apply(role, body, "role");
    RoleOperations created = api.createProjectBranchRole(BranchApi.CreateProjectBranchRoleParams.builder()
        .projectId(projectId).branchId(branchId).roleCreateRequest(new RoleCreateRequest().role(body)).build());
    waiter.await(requireMember(created.getOperations(), "createProjectBranchRole", "operations"));
    return requireMember(created.getRole(), "createProjectBranchRole", "role");
  }

  /**
   * Reveals a role's password (the project must store passwords).
   * @param roleName the role name
   * @return the password, wrapped so it never shows in logs
   */
  public Secret revealPassword(String roleName) {
    return Secret.of(requireMember(api.getProjectBranchRolePassword(BranchApi.GetProjectBranchRolePasswordParams.builder()
        .projectId(projectId).branchId(branchId).roleName(roleName).build()).getPassword(), "getProjectBranchRolePassword", "password"), "password");
  }

  /**
   * Resets a role's password and waits for its operations.
   * @param roleName the role name
   * @return the new password
   */
  public Secret resetPasswordAndWait(String roleName) {
    RoleOperations reset = api.resetProjectBranchRolePassword(BranchApi.ResetProjectBranchRolePasswordParams
        .builder().projectId(projectId).branchId(branchId).roleName(roleName).build());
    waiter.await(requireMember(reset.getOperations(), "resetProjectBranchRolePassword", "operations"));
    return Secret.of(requireMember(requireMember(reset.getRole(), "resetProjectBranchRolePassword", "role").getPassword(),
        "resetProjectBranchRolePassword", "role.password"), "password");
  }

  /**
   * Deletes a role and waits for its operations.
   * @param roleName the role name
   * @return the deleted role, or empty when it was already gone (Neon answers 204 for a role that was already deleted: safe for clean-up code that runs twice)
   */
  public Optional<Role> deleteRoleAndWait(String roleName) {
    RoleOperations deleted = api.deleteProjectBranchRole(BranchApi.DeleteProjectBranchRoleParams.builder()
        .projectId(projectId).branchId(branchId).roleName(roleName).build());
    if (deleted == null) {
      return Optional.empty();
    }
    waiter.await(requireMember(deleted.getOperations(), "deleteProjectBranchRole", "operations"));
    return Optional.of(requireMember(deleted.getRole(), "deleteProjectBranchRole", "role"));
  }

  // Neon Auth

  /**
   * Returns Neon Auth on this branch: enable, settings, users, OAuth providers.
   * @return Neon Auth on this branch
   */
  public NeonAuth auth() {
    return new NeonAuth(client, waiter, projectId, branchId);
  }

  // Storage, functions, Data API, credentials

  /**
   * Returns the branch's object-storage buckets, and through {@code bucket(name)} their objects.
   * @return the buckets
   */
  public Buckets buckets() {
    return new Buckets(client, waiter, projectId, branchId);
  }

  /**
   * Returns the branch's functions: list, get, rename, delete, deploy a bundle.
   * @return the functions
   */
  public Functions functions() {
    return new Functions(client, waiter, projectId, branchId);
  }

  /**
   * Returns the Neon Data API over one of the branch's databases.
   * @param databaseName the database
   * @return the Data API of that database
   */
  public DataApi dataApi(String databaseName) {
    return new DataApi(client, waiter, projectId, branchId, databaseName);
  }

  /**
   * Returns the branch's scoped credentials (tokens for storage, AI gateway and functions).
   * @return the credentials
   */
  public Credentials credentials() {
    return new Credentials(client, waiter, projectId, branchId);
  }

  /**
   * Returns the branch's S3-compatible storage settings.
   * @return the storage
   */
  public Storage storage() {
    return new Storage(client, waiter, projectId, branchId);
  }

  /**
   * Returns the branch's AI gateway.
   * @return the AI gateway
   */
  public AiGateway aiGateway() {
    return new AiGateway(client, waiter, projectId, branchId);
  }
}

package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;
import static dev.neonjava.resources.Calls.pending;
import static dev.neonjava.resources.Calls.pendingDelete;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.BranchApi.CreateProjectBranchDatabaseParams;
import dev.neonjava.generated.api.BranchApi.DeleteProjectBranchDatabaseParams;
import dev.neonjava.generated.api.BranchApi.GetProjectBranchDatabaseParams;
import dev.neonjava.generated.api.BranchApi.ListProjectBranchDatabasesParams;
import dev.neonjava.generated.api.BranchApi.UpdateProjectBranchDatabaseParams;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.DatabaseCreateRequest;
import dev.neonjava.generated.model.DatabaseCreateRequestDatabase;
import dev.neonjava.generated.model.DatabaseOperations;
import dev.neonjava.generated.model.DatabaseResponse;
import dev.neonjava.generated.model.DatabaseUpdateRequest;
import dev.neonjava.generated.model.DatabasesResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.Pending;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The databases of one branch: list, create, ensure (get or create), get, rename or re-own, delete. */
public final class Databases extends Resource<Databases> {
  private final BranchApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public Databases(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new BranchApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected Databases rebind(ApiClient client) {
    return new Databases(client, waiter, projectId, branchId);
  }

  /**
   * Returns the branch's databases.
   * @return the databases
   */
  @CallsOperation("listProjectBranchDatabases")
  public List<Database> list() {
    return member(api.listProjectBranchDatabases(listParams()), DatabasesResponse::getDatabases,
        "listProjectBranchDatabases", "databases");
  }

  /**
   * Asynchronous {@link #list()}.
   * @return the pending list
   */
  public CompletableFuture<List<Database>> listAsync() {
    return async(() -> api.listProjectBranchDatabasesAsync(listParams()))
        .thenApply(r -> member(r, DatabasesResponse::getDatabases, "listProjectBranchDatabases", "databases"));
  }

  /**
   * Creates a database; Neon answers 409 when the name is taken (see {@link #ensure(String, String)}).
   * @param request sets the database, e.g.
   *     {@code r -> r.database(new DatabaseCreateRequestDatabase().name("app").ownerName("app_owner"))}
   * @return the database and the operations started
   */
  @CallsOperation("createProjectBranchDatabase")
  public Pending<DatabaseOperations> create(Consumer<DatabaseCreateRequest> request) {
    return create(configure(new DatabaseCreateRequest(), request, "request"));
  }

  /**
   * As {@link #create(Consumer)}, with the request built by the caller.
   * @param request the request
   * @return the database and the operations started
   */
  public Pending<DatabaseOperations> create(DatabaseCreateRequest request) {
    return pending(api.createProjectBranchDatabase(createParams(request)), DatabaseOperations::getOperations, waiter,
        "createProjectBranchDatabase");
  }

  /**
   * Asynchronous {@link #create(DatabaseCreateRequest)}.
   * @param request the request
   * @return the pending creation
   */
  public CompletableFuture<Pending<DatabaseOperations>> createAsync(DatabaseCreateRequest request) {
    return async(() -> api.createProjectBranchDatabaseAsync(createParams(request)))
        .thenApply(r -> pending(r, DatabaseOperations::getOperations, waiter, "createProjectBranchDatabase"));
  }

  /**
   * Returns the database with this name, creating it (and waiting for its operations) when it does
   * not exist. A 409 from a concurrent creation counts as success. An existing database keeps its owner.
   * @param name the database name
   * @param ownerName the role that owns a new database
   * @return the database
   */
  public Database ensure(String name, String ownerName) {
    Validation.name(name, "database_name");
    ApiRequest.require(ownerName, "owner_name");
    Optional<Database> existing = find(name);
    if (existing.isPresent()) {
      return existing.get();
    }
    try {
      return create(r -> r.database(new DatabaseCreateRequestDatabase().name(name).ownerName(ownerName)))
          .await().getDatabase();
    } catch (ConflictException alreadyExists) {
      return find(name).orElseThrow(() -> alreadyExists);
    }
  }

  /**
   * Returns the database.
   * @param databaseName the database name
   * @return the database
   */
  @CallsOperation("getProjectBranchDatabase")
  public Database get(String databaseName) {
    return member(api.getProjectBranchDatabase(getParams(databaseName)), DatabaseResponse::getDatabase,
        "getProjectBranchDatabase", "database");
  }

  /**
   * Asynchronous {@link #get(String)}.
   * @param databaseName the database name
   * @return the pending database
   */
  public CompletableFuture<Database> getAsync(String databaseName) {
    return async(() -> api.getProjectBranchDatabaseAsync(getParams(databaseName)))
        .thenApply(r -> member(r, DatabaseResponse::getDatabase, "getProjectBranchDatabase", "database"));
  }

  /**
   * Renames a database or gives it another owner.
   * @param databaseName the database name
   * @param request sets the changes, e.g. {@code r -> r.database(new DatabaseUpdateRequestDatabase().name("renamed"))}
   * @return the database and the operations started
   */
  @CallsOperation("updateProjectBranchDatabase")
  public Pending<DatabaseOperations> update(String databaseName, Consumer<DatabaseUpdateRequest> request) {
    return update(databaseName, configure(new DatabaseUpdateRequest(), request, "request"));
  }

  /**
   * As {@link #update(String, Consumer)}, with the request built by the caller.
   * @param databaseName the database name
   * @param request the request
   * @return the database and the operations started
   */
  public Pending<DatabaseOperations> update(String databaseName, DatabaseUpdateRequest request) {
    return pending(api.updateProjectBranchDatabase(updateParams(databaseName, request)),
        DatabaseOperations::getOperations, waiter, "updateProjectBranchDatabase");
  }

  /**
   * Asynchronous {@link #update(String, DatabaseUpdateRequest)}.
   * @param databaseName the database name
   * @param request the request
   * @return the pending change
   */
  public CompletableFuture<Pending<DatabaseOperations>> updateAsync(String databaseName, DatabaseUpdateRequest request) {
    return async(() -> api.updateProjectBranchDatabaseAsync(updateParams(databaseName, request)))
        .thenApply(r -> pending(r, DatabaseOperations::getOperations, waiter, "updateProjectBranchDatabase"));
  }

  /**
   * Deletes a database.
   * @param databaseName the database name
   * @return the database and the deletion's operations, or empty when it was already gone
   */
  @CallsOperation("deleteProjectBranchDatabase")
  public Optional<Pending<DatabaseOperations>> delete(String databaseName) {
    return pendingDelete(api.deleteProjectBranchDatabase(deleteParams(databaseName)),
        DatabaseOperations::getOperations, waiter, "deleteProjectBranchDatabase");
  }

  /**
   * Asynchronous {@link #delete(String)}.
   * @param databaseName the database name
   * @return the pending deletion
   */
  public CompletableFuture<Optional<Pending<DatabaseOperations>>> deleteAsync(String databaseName) {
    return async(() -> api.deleteProjectBranchDatabaseAsync(deleteParams(databaseName)))
        .thenApply(r -> pendingDelete(r, DatabaseOperations::getOperations, waiter, "deleteProjectBranchDatabase"));
  }

  /**
   * Deletes a database if it exists and waits for the deletion: for clean-up code that may run twice.
   * @param databaseName the database name
   * @return whether this call deleted it (false: it was already gone)
   */
  public boolean deleteIfExists(String databaseName) {
    return Calls.deleteIfExists(() -> delete(databaseName));
  }

  private Optional<Database> find(String name) {
    return list().stream().filter(d -> name.equals(d.getName())).findFirst();
  }

  private ListProjectBranchDatabasesParams listParams() {
    return ListProjectBranchDatabasesParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private CreateProjectBranchDatabaseParams createParams(DatabaseCreateRequest request) {
    return CreateProjectBranchDatabaseParams.builder().projectId(projectId).branchId(branchId)
        .databaseCreateRequest(ApiRequest.require(request, "request")).build();
  }

  private GetProjectBranchDatabaseParams getParams(String databaseName) {
    return GetProjectBranchDatabaseParams.builder().projectId(projectId).branchId(branchId)
        .databaseName(Validation.name(databaseName, "database_name")).build();
  }

  private UpdateProjectBranchDatabaseParams updateParams(String databaseName, DatabaseUpdateRequest request) {
    return UpdateProjectBranchDatabaseParams.builder().projectId(projectId).branchId(branchId)
        .databaseName(Validation.name(databaseName, "database_name"))
        .databaseUpdateRequest(ApiRequest.require(request, "request")).build();
  }

  private DeleteProjectBranchDatabaseParams deleteParams(String databaseName) {
    return DeleteProjectBranchDatabaseParams.builder().projectId(projectId).branchId(branchId)
        .databaseName(Validation.name(databaseName, "database_name")).build();
  }
}

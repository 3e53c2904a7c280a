package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.api.BranchApi.GetProjectBranchSchemaComparisonParams;
import dev.neonjava.generated.api.BranchApi.GetProjectBranchSchemaParams;
import dev.neonjava.generated.model.BranchSchemaCompareResponse;
import dev.neonjava.generated.model.BranchSchemaResponse;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The schema of one branch's database: its DDL (SQL or JSON), and its diff against another branch. */
public final class BranchSchema extends Resource<BranchSchema> {
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
  public BranchSchema(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new BranchApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected BranchSchema rebind(ApiClient client) {
    return new BranchSchema(client, waiter, projectId, branchId);
  }

  /**
   * Returns the schema of a database of the branch, now or at a point in its history.
   * @param params db_name (required), lsn or timestamp, format ({@code sql} or {@code json})
   * @return the schema as SQL, or as JSON when asked
   */
  @CallsOperation("getProjectBranchSchema")
  public BranchSchemaResponse get(Consumer<GetProjectBranchSchemaParams.Builder> params) {
    return member(api.getProjectBranchSchema(schemaParams(params)), r -> r, "getProjectBranchSchema", "body");
  }

  /**
   * Asynchronous {@link #get(Consumer)}.
   * @param params db_name (required), lsn or timestamp, format
   * @return the pending schema
   */
  public CompletableFuture<BranchSchemaResponse> getAsync(Consumer<GetProjectBranchSchemaParams.Builder> params) {
    return async(() -> api.getProjectBranchSchemaAsync(schemaParams(params)))
        .thenApply(r -> member(r, x -> x, "getProjectBranchSchema", "body"));
  }

  /**
   * Returns the DDL of a database of the branch, as {@code pg_dump --schema-only} prints it.
   * @param databaseName the database name
   * @return the SQL
   */
  public String sql(String databaseName) {
    String name = Validation.name(databaseName, "db_name");
    return member(get(p -> p.dbName(name)), BranchSchemaResponse::getSql, "getProjectBranchSchema", "sql");
  }

  /**
   * Compares the schema of a database of this branch with the same database on a base branch (its
   * parent unless {@code base_branch_id} is set).
   * @param params db_name (required), base_branch_id, lsn/timestamp and base_lsn/base_timestamp
   * @return the diff in unified format; empty when Neon sends none
   */
  @CallsOperation("getProjectBranchSchemaComparison")
  public String compare(Consumer<GetProjectBranchSchemaComparisonParams.Builder> params) {
    return diff(api.getProjectBranchSchemaComparison(compareParams(params)));
  }

  /**
   * Asynchronous {@link #compare(Consumer)}.
   * @param params db_name (required), base_branch_id, points in time
   * @return the pending diff
   */
  public CompletableFuture<String> compareAsync(Consumer<GetProjectBranchSchemaComparisonParams.Builder> params) {
    return async(() -> api.getProjectBranchSchemaComparisonAsync(compareParams(params))).thenApply(this::diff);
  }

  private String diff(BranchSchemaCompareResponse response) {
    String diff = member(response, r -> r, "getProjectBranchSchemaComparison", "body").getDiff();
    return diff == null ? "" : diff;
  }

  private GetProjectBranchSchemaParams schemaParams(Consumer<GetProjectBranchSchemaParams.Builder> params) {
    return configure(GetProjectBranchSchemaParams.builder(), params, "params").projectId(projectId).branchId(branchId)
        .build();
  }

  private GetProjectBranchSchemaComparisonParams compareParams(
      Consumer<GetProjectBranchSchemaComparisonParams.Builder> params) {
    return configure(GetProjectBranchSchemaComparisonParams.builder(), params, "params").projectId(projectId)
        .branchId(branchId).build();
  }
}

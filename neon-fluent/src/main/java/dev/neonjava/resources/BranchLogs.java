package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;

import dev.neonjava.generated.api.LogsApi;
import dev.neonjava.generated.api.LogsApi.ListProjectBranchLogFieldValuesParams;
import dev.neonjava.generated.api.LogsApi.ListProjectBranchLogFieldsParams;
import dev.neonjava.generated.api.LogsApi.QueryProjectBranchLogsParams;
import dev.neonjava.generated.model.ProjectBranchLogFieldValuesResponse;
import dev.neonjava.generated.model.ProjectBranchLogFieldsResponse;
import dev.neonjava.generated.model.ProjectBranchLogRecord;
import dev.neonjava.generated.model.ProjectBranchLogsQueryRequest;
import dev.neonjava.generated.model.ProjectBranchLogsQueryResponse;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/**
 * The logs of the services running on one branch (functions, storage, Postgres endpoints): query records by
 * time window and filters, list the fields whose values can be listed, and their values. A refused query is a
 * {@code BadRequestException} whose body's {@code reason} says why (e.g. {@code time_range_too_large}).
 */
public final class BranchLogs extends Resource<BranchLogs> {
  private final LogsApi api;
  private final String projectId;
  private final String branchId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   * @param branchId the branch id
   */
  public BranchLogs(ApiClient client, OperationWaiter waiter, String projectId, String branchId) {
    super(client, waiter);
    this.api = new LogsApi(client);
    this.projectId = Validation.id(projectId, "project_id");
    this.branchId = Validation.id(branchId, "branch_id");
  }

  @Override
  protected BranchLogs rebind(ApiClient client) {
    return new BranchLogs(client, waiter, projectId, branchId);
  }

  /**
   * Returns one page of matching log records, newest first unless asked otherwise; pass its
   * {@code next_cursor} back as {@code cursor} (same filters) for the next, or use {@link #records(Consumer)}.
   * @param request the window ({@code since}, or {@code start_time}/{@code end_time}; the last hour when none) and
   *     the filters, all of which must match
   * @return the page: records, next_cursor, is_truncated
   */
  @CallsOperation("queryProjectBranchLogs")
  public ProjectBranchLogsQueryResponse query(ProjectBranchLogsQueryRequest request) {
    return member(api.queryProjectBranchLogs(queryParams(request)), r -> r, "queryProjectBranchLogs", "body");
  }

  /**
   * As {@link #query(ProjectBranchLogsQueryRequest)}, with the request set by the caller.
   * @param request e.g. {@code q -> q.since("30m").minimumSeverity(ProjectBranchLogSeverity.WARN)}
   * @return the page
   */
  public ProjectBranchLogsQueryResponse query(Consumer<ProjectBranchLogsQueryRequest> request) {
    return query(configure(new ProjectBranchLogsQueryRequest(), request, "request"));
  }

  /**
   * Asynchronous {@link #query(ProjectBranchLogsQueryRequest)}.
   * @param request the window and filters
   * @return the pending page
   */
  public CompletableFuture<ProjectBranchLogsQueryResponse> queryAsync(ProjectBranchLogsQueryRequest request) {
    return async(() -> api.queryProjectBranchLogsAsync(queryParams(request)))
        .thenApply(r -> member(r, x -> x, "queryProjectBranchLogs", "body"));
  }

  /**
   * Returns every matching record, page after page as the iteration goes (each page is the query again with the
   * previous page's {@code next_cursor}).
   * @param request the window and filters; {@code limit} is the page size; a {@code cursor} set here is replaced
   * @return the records, lazily
   */
  public Paginator<ProjectBranchLogsQueryResponse, ProjectBranchLogRecord> records(
      Consumer<ProjectBranchLogsQueryRequest> request) {
    ApiRequest.require(request, "request");
    return new Paginator<>(cursor -> query(configure(new ProjectBranchLogsQueryRequest(), request, "request")
        .cursor(cursor)), page -> member(page, ProjectBranchLogsQueryResponse::getLogs, "queryProjectBranchLogs",
        "logs"), ProjectBranchLogsQueryResponse::getNextCursor, null);
  }

  /**
   * Returns the log fields seen on the branch whose values can be listed with {@link #fieldValues(String)}.
   * @return the field names
   */
  @CallsOperation("listProjectBranchLogFields")
  public List<String> fields() {
    return member(api.listProjectBranchLogFields(fieldsParams()), ProjectBranchLogFieldsResponse::getFields,
        "listProjectBranchLogFields", "fields");
  }

  /**
   * Asynchronous {@link #fields()}.
   * @return the pending field names
   */
  public CompletableFuture<List<String>> fieldsAsync() {
    return async(() -> api.listProjectBranchLogFieldsAsync(fieldsParams()))
        .thenApply(r -> member(r, ProjectBranchLogFieldsResponse::getFields, "listProjectBranchLogFields", "fields"));
  }

  /**
   * Returns the distinct values a field took in the last six hours.
   * @param fieldName a name {@link #fields()} lists
   * @return the values, and whether there were more than returned
   */
  public ProjectBranchLogFieldValuesResponse fieldValues(String fieldName) {
    return fieldValues(fieldName, p -> { });
  }

  /**
   * Returns the distinct values a field took in a time window.
   * @param fieldName a name {@link #fields()} lists
   * @param params {@code since} or {@code start_time} (not both), {@code end_time}, {@code source}, {@code limit}
   * @return the values, and whether there were more than returned ({@code is_truncated})
   */
  @CallsOperation("listProjectBranchLogFieldValues")
  public ProjectBranchLogFieldValuesResponse fieldValues(String fieldName,
      Consumer<ListProjectBranchLogFieldValuesParams.Builder> params) {
    return member(api.listProjectBranchLogFieldValues(valuesParams(fieldName, params)), r -> r,
        "listProjectBranchLogFieldValues", "body");
  }

  /**
   * Asynchronous {@link #fieldValues(String, Consumer)}.
   * @param fieldName a name {@link #fields()} lists
   * @param params the window, source and limit
   * @return the pending values
   */
  public CompletableFuture<ProjectBranchLogFieldValuesResponse> fieldValuesAsync(String fieldName,
      Consumer<ListProjectBranchLogFieldValuesParams.Builder> params) {
    return async(() -> api.listProjectBranchLogFieldValuesAsync(valuesParams(fieldName, params)))
        .thenApply(r -> member(r, x -> x, "listProjectBranchLogFieldValues", "body"));
  }

  private QueryProjectBranchLogsParams queryParams(ProjectBranchLogsQueryRequest request) {
    return QueryProjectBranchLogsParams.builder().projectId(projectId).branchId(branchId)
        .projectBranchLogsQueryRequest(ApiRequest.require(request, "request")).build();
  }

  private ListProjectBranchLogFieldsParams fieldsParams() {
    return ListProjectBranchLogFieldsParams.builder().projectId(projectId).branchId(branchId).build();
  }

  private ListProjectBranchLogFieldValuesParams valuesParams(String fieldName,
      Consumer<ListProjectBranchLogFieldValuesParams.Builder> params) {
    return configure(ListProjectBranchLogFieldValuesParams.builder(), params, "params").projectId(projectId)
        .branchId(branchId).fieldName(Validation.id(fieldName, "field_name")).build();
  }
}

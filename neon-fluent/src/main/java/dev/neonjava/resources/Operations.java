package dev.neonjava.resources;

import static dev.neonjava.runtime.ResponseDecodingException.requireMember;

import dev.neonjava.generated.api.OperationApi;
import dev.neonjava.generated.api.OperationApi.ListProjectOperationsParams;
import dev.neonjava.generated.model.ListProjectOperationsResponse;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The operations of one project: list (auto-paged), get, and waits. */
public final class Operations {
  private final OperationApi api;
  private final OperationWaiter waiter;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public Operations(ApiClient client, OperationWaiter waiter, String projectId) {
    this.api = new OperationApi(client);
    this.waiter = waiter;
    this.projectId = Validation.id(projectId, "project_id");
  }

  /**
   * Returns every operation of the project, newest first, fetched page by page.
   * @return every operation of the project, newest first, fetched page by page
   */
  public Paginator<ListProjectOperationsResponse, Operation> list() {
    return list(p -> { });
  }

  /**
   * Returns every operation, fetched lazily.
   * @param params limit (1-1000); the cursor is managed here
   * @return every operation, fetched lazily
   */
  public Paginator<ListProjectOperationsResponse, Operation> list(Consumer<ListProjectOperationsParams.Builder> params) {
    ListProjectOperationsParams.Builder builder = ListProjectOperationsParams.builder().projectId(projectId);
    Validation.apply(params, builder, "params");
    ListProjectOperationsParams request = builder.build();
    Validation.range(request.limit(), 1, 1000, "limit");
    return new Paginator<>(
        cursor -> api.listProjectOperations(cursor == null ? request : request.toBuilder().cursor(cursor).build()),
        ListProjectOperationsResponse::getOperations,
        page -> page.getPagination() == null ? null : page.getPagination().getCursor(),
        request.limit());
  }

  /**
   * Returns the operation.
   * @param operationId the operation id
   * @return the operation
   */
  public Operation get(UUID operationId) {
    return requireMember(api.getProjectOperation(OperationApi.GetProjectOperationParams.builder().projectId(projectId)
        .operationId(operationId).build()).getOperation(), "getProjectOperation", "operation");
  }

  /**
   * Returns them as last seen, all succeeded.
   * @param operations operations returned by a mutation
   * @return them as last seen, all succeeded
   */
  public List<Operation> await(List<Operation> operations) {
    return waiter.await(operations);
  }

  /**
   * Returns them as last seen, all succeeded; cancelling stops the polling.
   * @param operations operations returned by a mutation
   * @return them as last seen, all succeeded; cancelling stops the polling
   */
  public CompletableFuture<List<Operation>> awaitAsync(List<Operation> operations) {
    return waiter.awaitAsync(operations);
  }
}

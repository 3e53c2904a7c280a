package dev.neonjava.resources;

import static dev.neonjava.resources.Calls.async;
import static dev.neonjava.resources.Calls.configure;
import static dev.neonjava.resources.Calls.member;
import static dev.neonjava.resources.Calls.paged;

import dev.neonjava.generated.api.OperationApi;
import dev.neonjava.generated.api.OperationApi.GetProjectOperationParams;
import dev.neonjava.generated.api.OperationApi.ListProjectOperationsParams;
import dev.neonjava.generated.model.ListProjectOperationsResponse;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationResponse;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.wait.OperationWaiter;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.function.Consumer;

/** The operations of one project: list (paged, newest first), get, and waits. */
public final class Operations extends Resource<Operations> {
  private final OperationApi api;
  private final String projectId;

  /**
   * Creates this resource over a low-level client; applications get it from {@link dev.neonjava.Neon}.
   * @param client the low-level client
   * @param waiter waits for operations
   * @param projectId the project id
   */
  public Operations(ApiClient client, OperationWaiter waiter, String projectId) {
    super(client, waiter);
    this.api = new OperationApi(client);
    this.projectId = Validation.id(projectId, "project_id");
  }

  @Override
  protected Operations rebind(ApiClient client) {
    return new Operations(client, waiter, projectId);
  }

  /**
   * Returns every operation of the project, newest first, fetched page by page.
   * @return every operation, fetched lazily
   */
  public Paginator<ListProjectOperationsResponse, Operation> list() {
    return list(p -> { });
  }

  /**
   * Returns every operation, fetched lazily.
   * @param params limit (the page size); the cursor is managed here
   * @return every operation, fetched lazily
   */
  @CallsOperation("listProjectOperations")
  public Paginator<ListProjectOperationsResponse, Operation> list(Consumer<ListProjectOperationsParams.Builder> params) {
    ListProjectOperationsParams first = listParams(params);
    return paged(first, (p, c) -> p.toBuilder().cursor(c).build(), api::listProjectOperations,
        ListProjectOperationsResponse::getOperations, Operations::cursor, first.limit());
  }

  /**
   * Asynchronous {@link #list(Consumer)}: every page, fetched without blocking a thread.
   * @param params limit (the page size)
   * @return every operation
   */
  public CompletableFuture<List<Operation>> listAsync(Consumer<ListProjectOperationsParams.Builder> params) {
    return async(() -> {
      ListProjectOperationsParams first = listParams(params);
      return PagedAsync.all(first, (p, c) -> p.toBuilder().cursor(c).build(),
          api::listProjectOperationsAsync,
          ListProjectOperationsResponse::getOperations, Operations::cursor, first.limit());
    });
  }

  /**
   * Returns the operation.
   * @param operationId the operation id
   * @return the operation
   * @throws dev.neonjava.runtime.NotFoundException when there is no such operation
   */
  @CallsOperation("getProjectOperation")
  public Operation get(UUID operationId) {
    return member(api.getProjectOperation(getParams(operationId)), OperationResponse::getOperation,
        "getProjectOperation", "operation");
  }

  /**
   * Asynchronous {@link #get(UUID)}.
   * @param operationId the operation id
   * @return the pending operation
   */
  public CompletableFuture<Operation> getAsync(UUID operationId) {
    return async(() -> api.getProjectOperationAsync(getParams(operationId)))
        .thenApply(r -> member(r, OperationResponse::getOperation, "getProjectOperation", "operation"));
  }

  /**
   * Waits until the operations finished.
   * @param operations operations returned by a mutation
   * @return them as last seen, all succeeded
   */
  public List<Operation> await(List<Operation> operations) {
    return waiter.await(operations);
  }

  /**
   * Waits without blocking a thread; cancelling stops the polling.
   * @param operations operations returned by a mutation
   * @return them as last seen, all succeeded
   */
  public CompletableFuture<List<Operation>> awaitAsync(List<Operation> operations) {
    return waiter.awaitAsync(operations);
  }

  private ListProjectOperationsParams listParams(Consumer<ListProjectOperationsParams.Builder> params) {
    return configure(ListProjectOperationsParams.builder(), params, "params").projectId(projectId).build();
  }

  private GetProjectOperationParams getParams(UUID operationId) {
    return GetProjectOperationParams.builder().projectId(projectId)
        .operationId(ApiRequest.require(operationId, "operation_id")).build();
  }

  private static String cursor(ListProjectOperationsResponse page) {
    return page.getPagination() == null ? null : page.getPagination().getCursor();
  }
}

package dev.neonjava.wait;

import dev.neonjava.generated.model.Operation;
import dev.neonjava.runtime.ApiRequest;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.function.Function;

/**
 * The answer to a mutation that Neon completes in the background: the response as returned at once,
 * and the operations Neon started for it. {@link #await()} (or {@link #awaitAsync()}) waits until
 * every operation has finished and returns the response, re-read where the resource has changed
 * since (for example a branch's {@code current_state}). Every mutation that returns operations
 * returns one of these, so there is one shape for "start" and "start and wait".
 * <pre>{@code
 * Branch branch = neon.project(id).branches().create(b -> b.name("pr-42")).await().getBranch();
 * }</pre>
 *
 * @param <R> the response type
 */
public final class Pending<R> {
  private final R response;
  private final List<Operation> operations;
  private final OperationWaiter waiter;
  private final Function<R, R> refresh;
  private final Function<R, CompletableFuture<R>> refreshAsync;

  private Pending(R response, List<Operation> operations, OperationWaiter waiter, Function<R, R> refresh,
      Function<R, CompletableFuture<R>> refreshAsync) {
    this.response = ApiRequest.require(response, "response");
    this.operations = operations == null ? List.of() : List.copyOf(operations);
    this.waiter = ApiRequest.require(waiter, "waiter");
    this.refresh = refresh;
    this.refreshAsync = refreshAsync;
  }

  /**
   * Wraps a mutation's response.
   * @param response the response as returned
   * @param operations the operations it started (null or empty: nothing to wait for)
   * @param waiter waits for the operations
   * @param <R> the response type
   * @return the pending mutation; {@link #await()} returns {@code response} as is
   */
  public static <R> Pending<R> of(R response, List<Operation> operations, OperationWaiter waiter) {
    return new Pending<>(response, operations, waiter, null, null);
  }

  /**
   * Returns a copy whose wait ends by re-reading the resource, so that the returned value shows the
   * state the operations left behind.
   * @param refresh re-reads after a blocking wait
   * @param refreshAsync re-reads after an asynchronous wait
   * @return the copy
   */
  public Pending<R> refreshedBy(Function<R, R> refresh, Function<R, CompletableFuture<R>> refreshAsync) {
    return new Pending<>(response, operations, waiter, ApiRequest.require(refresh, "refresh"),
        ApiRequest.require(refreshAsync, "refreshAsync"));
  }

  /**
   * Returns the response as Neon returned it, before the operations ended.
   * @return the response as Neon returned it
   */
  public R response() {
    return response;
  }

  /**
   * Returns the operations Neon started for this mutation, as first returned.
   * @return the operations (possibly empty), unmodifiable
   */
  public List<Operation> operations() {
    return operations;
  }

  /**
   * Blocks until every operation has finished, within the client's poll schedule.
   * @return the response, re-read where the resource changed
   * @throws OperationFailedException when an operation failed
   * @throws WaitTimeoutException when the operations did not end in time
   */
  public R await() {
    waiter.await(operations);
    return refresh == null ? response : refresh.apply(response);
  }

  /**
   * Waits without blocking a thread; cancelling the future stops polling.
   * @return the response, re-read where the resource changed
   */
  public CompletableFuture<R> awaitAsync() {
    CompletableFuture<List<Operation>> done = waiter.awaitAsync(operations);
    return refreshAsync == null ? done.thenApply(ops -> response) : done.thenCompose(ops -> refreshAsync.apply(response));
  }

  @Override
  public String toString() {
    return "Pending{operations=" + operations.stream().map(o -> o.getAction() + ":" + o.getStatus())
        .collect(java.util.stream.Collectors.toList()) + ", response=" + response + "}";
  }
}

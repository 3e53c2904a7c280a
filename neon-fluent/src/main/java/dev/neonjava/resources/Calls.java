package dev.neonjava.resources;

import dev.neonjava.generated.model.Operation;
import dev.neonjava.paging.Paginator;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.NotFoundException;
import dev.neonjava.runtime.ResponseDecodingException;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.Pending;
import java.util.List;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The shared pieces every fluent method is written with, so that each is a line or two: applying a
 * caller's configurer, starting an asynchronous call, unwrapping a response member, wrapping a
 * mutation in {@link Pending} and paging a list.
 */
final class Calls {
  private Calls() {
  }

  /** Applies a caller's configurer to {@code target}, rejecting a null configurer by name; returns target. */
  static <B> B configure(B target, Consumer<? super B> configurer, String name) {
    ApiRequest.require(configurer, name).accept(target);
    return target;
  }

  /** Starts an asynchronous call; a bad argument becomes a failed future instead of a throw. */
  static <T> CompletableFuture<T> async(Supplier<CompletableFuture<T>> start) {
    try {
      return start.get();
    } catch (RuntimeException invalid) {
      return CompletableFuture.failedFuture(invalid);
    }
  }

  /** A member of a response that Neon always sends; its absence is a {@link ResponseDecodingException}. */
  static <R, T> T member(R response, Function<R, T> getter, String operationId, String member) {
    if (response == null) {
      throw new ResponseDecodingException(operationId, 0, "no body, which the client needs");
    }
    return ResponseDecodingException.requireMember(getter.apply(response), operationId, member);
  }

  /** Wraps a mutation's response and the operations it started. */
  static <R> Pending<R> pending(R response, Function<R, List<Operation>> operations, OperationWaiter waiter,
      String operationId) {
    return Pending.of(member(response, r -> r, operationId, "body"),
        member(response, operations, operationId, "operations"), waiter);
  }

  /**
   * Wraps a delete's response: empty when Neon answered 204 No Content, its way of saying the
   * resource was already gone.
   */
  static <R> Optional<Pending<R>> pendingDelete(R response, Function<R, List<Operation>> operations,
      OperationWaiter waiter, String operationId) {
    return response == null ? Optional.empty() : Optional.of(pending(response, operations, waiter, operationId));
  }

  /**
   * Runs a delete, waits for its operations, and treats "already gone" (404, or Neon's 204) as done:
   * the form clean-up code wants.
   * @return whether this call deleted the resource
   */
  static boolean deleteIfExists(Supplier<? extends Optional<? extends Pending<?>>> delete) {
    Optional<? extends Pending<?>> started;
    try {
      started = delete.get();
    } catch (NotFoundException gone) {
      return false;
    }
    started.ifPresent(Pending::await);
    return started.isPresent();
  }

  /**
   * Runs a delete that Neon completes at once, treating 404 as "already gone".
   * @return whether this call deleted the resource
   */
  static boolean deleteIfExists(Runnable delete) {
    try {
      delete.run();
      return true;
    } catch (NotFoundException gone) {
      return false;
    }
  }

  /**
   * A lazy list over a paged operation.
   * @param first the request for the first page (its limit, if set, is the page size)
   * @param withCursor the same request for the page after a cursor
   * @param fetch sends one request
   * @param items the items of a page
   * @param next the cursor of the page after this one, or null
   * @param limit the page size requested, or null
   */
  static <P, R, T> Paginator<R, T> paged(P first, BiFunction<P, String, P> withCursor, Function<P, R> fetch,
      Function<R, List<T>> items, Function<R, String> next, Long limit) {
    return new Paginator<>(cursor -> fetch.apply(cursor == null ? first : withCursor.apply(first, cursor)),
        items, next, limit);
  }
}

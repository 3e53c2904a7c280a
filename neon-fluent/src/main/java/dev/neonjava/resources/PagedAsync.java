package dev.neonjava.resources;

import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.concurrent.CompletableFuture;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * The asynchronous form of a paged list: every page fetched without blocking a thread, one after the
 * other, with the stop rules of {@link dev.neonjava.paging.Paginator} (an empty or short page, no
 * cursor, or a cursor already seen).
 */
final class PagedAsync {
  private PagedAsync() {
  }

  /**
   * Collects every item of a paged list; the asynchronous twin of {@code Calls.paged}, with the
   * same arguments.
   * @param first the request for the first page (its limit, if set, is the page size)
   * @param withCursor the same request for the page after a cursor
   * @param fetch sends one request
   * @param items the items of a page
   * @param next the cursor of the page after this one, or null
   * @param limit the page size requested, or null
   */
  static <P, R, T> CompletableFuture<List<T>> all(P first, BiFunction<P, String, P> withCursor,
      Function<P, CompletableFuture<R>> fetch, Function<R, List<T>> items, Function<R, String> next, Long limit) {
    List<T> into = new ArrayList<>();
    Function<String, CompletableFuture<R>> page = c -> fetch.apply(c == null ? first : withCursor.apply(first, c));
    return Calls.async(() -> step(page, items, next, limit, null, new HashSet<>(), into))
        .thenApply(Collections::unmodifiableList);
  }

  private static <R, T> CompletableFuture<List<T>> step(Function<String, CompletableFuture<R>> fetch,
      Function<R, List<T>> items, Function<R, String> next, Long limit, String cursor, Set<String> seen, List<T> into) {
    return fetch.apply(cursor).thenCompose(page -> {
      List<T> got = page == null ? null : items.apply(page);
      String following = page == null ? null : next.apply(page);
      if (got != null) {
        into.addAll(got);
      }
      boolean done = got == null || got.isEmpty() || (limit != null && got.size() < limit)
          || following == null || following.isBlank() || !seen.add(following);
      return done ? CompletableFuture.completedFuture(into) : step(fetch, items, next, limit, following, seen, into);
    });
  }
}

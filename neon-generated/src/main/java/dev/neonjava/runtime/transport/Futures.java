package dev.neonjava.runtime.transport;

import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ExecutionException;

/**
 * The two future idioms every asynchronous layer needs: the real failure behind a wrapper, and
 * cancellation that travels inwards, so a caller who gives up (cancel, {@code orTimeout}) frees the
 * permit, the queue slot, the timer and the connection its call holds.
 */
public final class Futures {
  private Futures() {
  }

  /**
   * @param failure a failure as a future reports it
   * @return the cause behind {@link CompletionException} / {@link ExecutionException} /
   *     {@link java.io.UncheckedIOException} wrappers
   */
  public static Throwable unwrap(Throwable failure) {
    Throwable t = failure;
    while ((t instanceof CompletionException || t instanceof ExecutionException
        || t instanceof java.io.UncheckedIOException) && t.getCause() != null) {
      t = t.getCause();
    }
    return t;
  }

  /**
   * When {@code outer} completes in any way while {@code inner} has not, cancels {@code inner}.
   * @param outer the future handed to the layer above
   * @param inner the future of the work it stands for
   * @param <T> the outer type
   * @return {@code outer}
   */
  public static <T> CompletableFuture<T> cancelInnerWhenDone(CompletableFuture<T> outer, CompletableFuture<?> inner) {
    outer.whenComplete((value, failure) -> {
      if (!inner.isDone()) {
        inner.cancel(true);
      }
    });
    return outer;
  }
}

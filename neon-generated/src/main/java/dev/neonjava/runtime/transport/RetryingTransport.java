package dev.neonjava.runtime.transport;

import dev.neonjava.runtime.Deadline;
import dev.neonjava.runtime.Exchange;
import dev.neonjava.runtime.RetryAfter;
import dev.neonjava.runtime.Transport;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Clock;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Re-sends an exchange as its {@link RetryPolicy} allows and returns the last response, or throws
 * the last I/O failure; mapping the final response to an exception stays with the client.
 * <p>It sets the call's {@link Deadline} (the policy's, or an earlier one the exchange already
 * carries), which every layer below honours: a backoff that would end past it is not slept, an
 * attempt that cannot start before it is not started, and the last attempt is cut at it. An
 * asynchronous call also completes at the deadline whatever a layer below is waiting for, and
 * cancelling it cancels the attempt or backoff in progress.
 */
public final class RetryingTransport implements Transport {
  private final Transport next;
  private final RetryPolicy policy;
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * @param next the transport that sends
   * @param policy when and how long to retry
   * @param clock measures the deadline
   * @param sleeper waits between attempts
   */
  public RetryingTransport(Transport next, RetryPolicy policy, Clock clock, Sleeper sleeper) {
    this.next = Objects.requireNonNull(next, "next");
    this.policy = Objects.requireNonNull(policy, "policy");
    this.clock = Objects.requireNonNull(clock, "clock");
    this.sleeper = Objects.requireNonNull(sleeper, "sleeper");
  }

  @Override
  public HttpResponse<byte[]> send(Exchange exchange) throws IOException, InterruptedException {
    Deadline deadline = exchange.limitTo(Deadline.after(policy.deadline(), clock));
    for (int attempt = 1; ; attempt++) {
      HttpResponse<byte[]> response;
      try {
        response = next.send(exchange);
      } catch (IOException failure) {
        Duration wait = waitAfter(exchange, attempt, failure, deadline);
        if (wait == null) {
          throw failure;
        }
        sleeper.sleep(wait);
        continue;
      }
      Duration wait = waitAfter(exchange, attempt, response, deadline);
      if (wait == null) {
        return response;
      }
      sleeper.sleep(wait);
    }
  }

  @Override
  public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
    Deadline deadline = exchange.limitTo(Deadline.after(policy.deadline(), clock));
    CompletableFuture<HttpResponse<byte[]>> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<?>> current = new AtomicReference<>();
    Future<?> watchdog = TimeoutScheduler.schedule(deadline.remaining(), () -> result.completeExceptionally(
        new HttpTimeoutException("the call's deadline passed after " + exchange.attempts() + " attempt(s)")));
    result.whenComplete((response, failure) -> {
      watchdog.cancel(false);
      CompletableFuture<?> inProgress = current.get();
      if (inProgress != null && !inProgress.isDone()) {
        inProgress.cancel(true);
      }
    });
    attemptAsync(exchange, 1, deadline, result, current);
    return result;
  }

  private void attemptAsync(Exchange exchange, int attempt, Deadline deadline,
      CompletableFuture<HttpResponse<byte[]>> result, AtomicReference<CompletableFuture<?>> current) {
    if (result.isDone()) {
      return;
    }
    CompletableFuture<HttpResponse<byte[]>> sent;
    try {
      sent = next.sendAsync(exchange);
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    track(sent, result, current);
    sent.whenComplete((response, error) -> {
      Throwable cause = error == null ? null : Futures.unwrap(error);
      Duration wait;
      try {
        wait = cause instanceof IOException ? waitAfter(exchange, attempt, (IOException) cause, deadline)
            : cause == null ? waitAfter(exchange, attempt, response, deadline) : null;
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
        return;
      }
      if (wait == null) {
        if (cause == null) {
          result.complete(response);
        } else {
          result.completeExceptionally(cause);
        }
        return;
      }
      CompletableFuture<Void> delay = sleeper.delay(wait);
      track(delay, result, current);
      delay.whenComplete((ignored, cancelled) -> attemptAsync(exchange, attempt + 1, deadline, result, current));
    });
  }

  /** Makes {@code step} the step a cancelled result cancels; cancels it at once if the result is done. */
  private static void track(CompletableFuture<?> step, CompletableFuture<?> result,
      AtomicReference<CompletableFuture<?>> current) {
    current.set(step);
    if (result.isDone() && !step.isDone()) {
      step.cancel(true);
    }
  }

  /** @return the wait before the next attempt, or null to stop and surface this response */
  private Duration waitAfter(Exchange exchange, int attempt, HttpResponse<byte[]> response, Deadline deadline) {
    if (!policy.isRetryable(exchange.request(), response.statusCode())) {
      return null;
    }
    Duration retryAfter = RetryAfter.parse(response.headers(), clock).orElse(null);
    return fits(exchange, attempt, policy.backoff(attempt, retryAfter), deadline);
  }

  /** @return the wait before the next attempt, or null to stop and rethrow this failure */
  private Duration waitAfter(Exchange exchange, int attempt, IOException failure, Deadline deadline) {
    if (!policy.isRetryable(exchange.request(), failure)) {
      return null;
    }
    return fits(exchange, attempt, policy.backoff(attempt, null), deadline);
  }

  /** @return the wait, or null when no attempt is left or the next one could not start before the deadline */
  private Duration fits(Exchange exchange, int attempt, Duration wait, Deadline deadline) {
    int maxAttempts = exchange.maxAttempts() != null ? exchange.maxAttempts() : policy.maxAttempts();
    if (attempt >= maxAttempts || deadline.isExpired() || deadline.wouldPass(wait)) {
      return null;
    }
    return wait;
  }
}

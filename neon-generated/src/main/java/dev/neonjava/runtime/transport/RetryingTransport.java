package dev.neonjava.runtime.transport;

import dev.neonjava.runtime.Exchange;
import dev.neonjava.runtime.RetryAfter;
import dev.neonjava.runtime.Transport;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;

/**
 * Re-sends an exchange as its {@link RetryPolicy} allows and returns the last response, or throws
 * the last I/O failure; mapping the final response to an exception stays with the client.
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
    Instant deadline = clock.instant().plus(policy.deadline());
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
    return attemptAsync(exchange, 1, clock.instant().plus(policy.deadline()));
  }

  private CompletableFuture<HttpResponse<byte[]>> attemptAsync(Exchange exchange, int attempt, Instant deadline) {
    return next.sendAsync(exchange).handle((response, error) -> {
      Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
      Duration wait = cause instanceof IOException ? waitAfter(exchange, attempt, (IOException) cause, deadline)
          : cause == null ? waitAfter(exchange, attempt, response, deadline) : null;
      if (wait == null) {
        return cause == null ? CompletableFuture.completedFuture(response)
            : CompletableFuture.<HttpResponse<byte[]>>failedFuture(cause);
      }
      return sleeper.delay(wait).thenCompose(ignored -> attemptAsync(exchange, attempt + 1, deadline));
    }).thenCompose(future -> future);
  }

  /** @return the wait before the next attempt, or null to stop and surface this response */
  private Duration waitAfter(Exchange exchange, int attempt, HttpResponse<byte[]> response, Instant deadline) {
    if (!policy.isRetryable(exchange.request(), response.statusCode())) {
      return null;
    }
    Duration retryAfter = RetryAfter.parse(response.headers(), clock).orElse(null);
    return fits(attempt, policy.backoff(attempt, retryAfter), deadline);
  }

  /** @return the wait before the next attempt, or null to stop and rethrow this failure */
  private Duration waitAfter(Exchange exchange, int attempt, IOException failure, Instant deadline) {
    if (!policy.isRetryable(exchange.request(), failure)) {
      return null;
    }
    return fits(attempt, policy.backoff(attempt, null), deadline);
  }

  private Duration fits(int attempt, Duration wait, Instant deadline) {
    if (attempt >= policy.maxAttempts() || clock.instant().plus(wait).isAfter(deadline)) {
      return null;
    }
    return wait;
  }
}

package dev.neonjava.runtime;

import dev.neonjava.runtime.transport.Futures;
import dev.neonjava.runtime.transport.TimeoutScheduler;
import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.CancellationException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.Future;

/**
 * The innermost transport: {@link HttpClient}, bodies as bytes up to a size limit. Each attempt is
 * bounded as a whole, response body included, by the request's timeout and the call's
 * {@link Deadline}, whichever ends first: the JDK's own request timeout stops at the headers, so a
 * body that stalls or trickles would otherwise hold the caller forever. A timed-out or cancelled
 * attempt aborts its exchange, which releases the connection.
 */
public final class HttpClientTransport implements Transport {
  /** The default {@code maxResponseBytes}: 64 MiB, far above a page of 400 projects (about 0.5 MB). */
  public static final long DEFAULT_MAX_RESPONSE_BYTES = 64L << 20;

  private final HttpClient httpClient;
  private final long maxResponseBytes;

  /** @param httpClient the client whose connection pool is used */
  public HttpClientTransport(HttpClient httpClient) {
    this(httpClient, DEFAULT_MAX_RESPONSE_BYTES);
  }

  /**
   * @param httpClient the client whose connection pool is used
   * @param maxResponseBytes the largest response body accepted
   */
  public HttpClientTransport(HttpClient httpClient, long maxResponseBytes) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
    this.maxResponseBytes = checkMaxResponseBytes(maxResponseBytes);
  }

  /**
   * @param maxResponseBytes a body size limit
   * @return it, when between 1 and the largest array Java allows
   * @throws IllegalArgumentException otherwise, naming the option
   */
  public static long checkMaxResponseBytes(long maxResponseBytes) {
    if (maxResponseBytes < 1 || maxResponseBytes > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("maxResponseBytes must be between 1 and " + (Integer.MAX_VALUE - 8)
          + " but was " + maxResponseBytes);
    }
    return maxResponseBytes;
  }

  /** @return the underlying client */
  public HttpClient httpClient() {
    return httpClient;
  }

  @Override
  public HttpResponse<byte[]> send(Exchange exchange) throws IOException, InterruptedException {
    CompletableFuture<HttpResponse<byte[]>> pending = sendAsync(exchange);
    try {
      return pending.get(); // bounded: the attempt's timeout completes it
    } catch (InterruptedException e) {
      pending.cancel(true);
      throw e;
    } catch (ExecutionException e) {
      Throwable cause = e.getCause();
      if (cause instanceof IOException) {
        throw (IOException) cause;
      }
      if (cause instanceof RuntimeException) {
        throw (RuntimeException) cause;
      }
      if (cause instanceof Error) {
        throw (Error) cause;
      }
      throw new IOException(cause);
    }
  }

  @Override
  public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
    Duration timeout = attemptTimeout(exchange);
    if (timeout != null && timeout.isZero()) {
      return CompletableFuture.failedFuture(new HttpTimeoutException("the call's deadline passed before attempt "
          + (exchange.attempts() + 1) + " could start"));
    }
    exchange.recordAttempt();
    // a streamed 2xx body (BinaryResponse) is the caller's to read: only its headers are timed here
    BoundedBodyHandler body = exchange.streamsResponse() ? null : new BoundedBodyHandler(maxResponseBytes);
    CompletableFuture<HttpResponse<byte[]>> jdk;
    try {
      jdk = body == null ? StreamedResponses.sendAsync(httpClient, exchange)
          : httpClient.sendAsync(exchange.httpRequest(), body);
    } catch (IllegalArgumentException e) { // a header value the JDK refuses: never echo it
      return CompletableFuture.failedFuture(new IllegalArgumentException(
          exchange.request().operationId() + ": the HTTP client refused the request: " + e.getClass().getSimpleName()));
    }
    CompletableFuture<HttpResponse<byte[]>> result = new CompletableFuture<>();
    Future<?> timer = timeout == null ? null : TimeoutScheduler.schedule(timeout, () -> result.completeExceptionally(
        new HttpTimeoutException("no complete response from " + exchange.target() + " within " + timeout
            + " (attempt " + exchange.attempts() + ")")));
    jdk.whenComplete((response, failure) -> {
      if (failure == null) {
        result.complete(response);
      } else {
        result.completeExceptionally(Futures.unwrap(failure));
      }
    });
    result.whenComplete((response, failure) -> {
      if (timer != null) {
        timer.cancel(false);
      }
      if (!jdk.isDone()) { // timed out or cancelled by the caller: end the exchange, free the connection
        if (body != null) {
          body.abort(failure != null ? Futures.unwrap(failure) : new CancellationException());
        }
        jdk.cancel(true);
      }
    });
    return result;
  }

  /** @return the time this attempt may take, or null for unbounded; zero when none is left */
  private static Duration attemptTimeout(Exchange exchange) {
    Duration perAttempt = exchange.httpRequest().timeout().orElse(null);
    Deadline deadline = exchange.deadline();
    return deadline == null ? perAttempt : deadline.remainingAtMost(perAttempt);
  }
}

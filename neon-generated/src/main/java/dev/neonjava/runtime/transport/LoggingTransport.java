package dev.neonjava.runtime.transport;

import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.Exchange;
import dev.neonjava.runtime.Transport;
import java.io.IOException;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.http.HttpResponse;
import java.util.concurrent.CompletableFuture;

/**
 * Logs one line per attempt at DEBUG through {@link System.Logger} {@code dev.neonjava}: method, path
 * (ids only, never the query), status or failure, attempt, duration and request id. Headers and
 * bodies are never logged, so keys, passwords and connection URIs cannot leak.
 */
public final class LoggingTransport implements Transport {
  /** The logger name. */
  public static final String LOGGER_NAME = "dev.neonjava";

  private final Transport next;
  private final Logger logger;

  /** @param next the transport that sends */
  public LoggingTransport(Transport next) {
    this(next, System.getLogger(LOGGER_NAME));
  }

  /**
   * @param next the transport that sends
   * @param logger where to log
   */
  public LoggingTransport(Transport next, Logger logger) {
    this.next = next;
    this.logger = logger;
  }

  @Override
  public HttpResponse<byte[]> send(Exchange exchange) throws IOException, InterruptedException {
    if (!logger.isLoggable(Level.DEBUG)) {
      return next.send(exchange);
    }
    long start = System.nanoTime();
    try {
      HttpResponse<byte[]> response = next.send(exchange);
      log(exchange, start, response, null);
      return response;
    } catch (IOException | RuntimeException failure) {
      log(exchange, start, null, failure);
      throw failure;
    }
  }

  @Override
  public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
    if (!logger.isLoggable(Level.DEBUG)) {
      return next.sendAsync(exchange);
    }
    long start = System.nanoTime();
    CompletableFuture<HttpResponse<byte[]>> sent = next.sendAsync(exchange);
    return Futures.cancelInnerWhenDone(sent.whenComplete((response, failure) -> log(exchange, start, response, failure)),
        sent);
  }

  private void log(Exchange exchange, long start, HttpResponse<byte[]> response, Throwable failure) {
    ApiRequest request = exchange.request();
    long millis = (System.nanoTime() - start) / 1_000_000;
    String outcome = response != null ? "status=" + response.statusCode()
        : "failure=" + (failure == null ? "unknown" : Futures.unwrap(failure).getClass().getSimpleName());
    String requestId = response == null ? "-" : response.headers().firstValue("x-neon-ret-request-id")
        .or(() -> response.headers().firstValue("x-request-id")).orElse("-");
    logger.log(Level.DEBUG, () -> String.format("neon %s %s op=%s %s attempt=%d duration=%dms request_id=%s",
        request.method(), request.path(), request.operationId(), outcome, exchange.attempts(), millis, requestId));
  }
}

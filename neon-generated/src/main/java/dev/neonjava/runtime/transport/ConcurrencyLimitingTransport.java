package dev.neonjava.runtime.transport;

import dev.neonjava.runtime.Checks;
import dev.neonjava.runtime.Exchange;
import dev.neonjava.runtime.Transport;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;

/**
 * Caps the requests in flight. Without a cap, a burst of asynchronous calls opens one HTTP/2 stream
 * each and the JDK client fails those past the server's stream limit ("too many concurrent
 * streams"), or, on HTTP/1.1, opens one connection each. Synchronous callers wait for a permit;
 * asynchronous calls queue without holding a thread and start as permits free up.
 */
public final class ConcurrencyLimitingTransport implements Transport {
  private final Transport next;
  private final Semaphore permits;
  private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

  /**
   * @param next the transport that sends
   * @param maxInFlight the most requests sent and not yet answered, at least 1
   */
  public ConcurrencyLimitingTransport(Transport next, int maxInFlight) {
    this.next = next;
    this.permits = new Semaphore(Checks.atLeast(maxInFlight, 1, "maxConcurrentRequests"));
  }

  @Override
  public HttpResponse<byte[]> send(Exchange exchange) throws IOException, InterruptedException {
    permits.acquire();
    try {
      return next.send(exchange);
    } finally {
      release();
    }
  }

  @Override
  public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
    CompletableFuture<HttpResponse<byte[]>> result = new CompletableFuture<>();
    Runnable start = () -> {
      CompletableFuture<HttpResponse<byte[]>> sent;
      try {
        sent = next.sendAsync(exchange);
      } catch (RuntimeException e) {
        release();
        result.completeExceptionally(e);
        return;
      }
      sent.whenComplete((response, failure) -> {
        release();
        if (failure != null) {
          result.completeExceptionally(failure);
        } else {
          result.complete(response);
        }
      });
    };
    if (permits.tryAcquire()) {
      start.run();
    } else {
      waiting.add(start);
      drain();
    }
    return result;
  }

  private void release() {
    permits.release();
    drain();
  }

  /** Starts queued calls while permits are free; safe against a permit freed between add and drain. */
  private void drain() {
    while (!waiting.isEmpty() && permits.tryAcquire()) {
      Runnable start = waiting.poll();
      if (start == null) {
        permits.release();
        return;
      }
      start.run();
    }
  }
}

package dev.neonjava.runtime.transport;

import dev.neonjava.runtime.Checks;
import dev.neonjava.runtime.Deadline;
import dev.neonjava.runtime.Exchange;
import dev.neonjava.runtime.Transport;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.Queue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentLinkedQueue;
import java.util.concurrent.Semaphore;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Caps the requests in flight. Without a cap, a burst of asynchronous calls opens one HTTP/2 stream
 * each and the JDK client fails those past the server's stream limit ("too many concurrent
 * streams"), or, on HTTP/1.1, opens one connection each. Synchronous callers wait for a permit, at
 * most until the call's deadline; asynchronous calls queue without holding a thread and start as
 * permits free up. A permit is released when its request ends in any way, the caller's cancellation
 * included, and a cancelled call that still queues leaves the queue.
 */
public final class ConcurrencyLimitingTransport implements Transport {
  private final Transport next;
  private final int maxInFlight;
  private final Semaphore permits;
  private final Queue<Runnable> waiting;

  /**
   * @param next the transport that sends
   * @param maxInFlight the most requests sent and not yet answered, at least 1
   */
  public ConcurrencyLimitingTransport(Transport next, int maxInFlight) {
    this(next, new Permits(maxInFlight));
  }

  /**
   * @param next the transport that sends
   * @param permits the cap, possibly shared with other transports over the same connection pool
   */
  public ConcurrencyLimitingTransport(Transport next, Permits permits) {
    this.next = next;
    this.maxInFlight = permits.max;
    this.permits = permits.semaphore;
    this.waiting = permits.waiting;
  }

  /**
   * The cap on requests in flight and the queue of asynchronous calls waiting for it. Transports
   * that send over one connection pool share one instance, so together they stay under the cap.
   */
  public static final class Permits {
    private final int max;
    private final Semaphore semaphore;
    private final Queue<Runnable> waiting = new ConcurrentLinkedQueue<>();

    /** @param maxInFlight the most requests sent and not yet answered, at least 1 */
    public Permits(int maxInFlight) {
      this.max = Checks.atLeast(maxInFlight, 1, "maxConcurrentRequests");
      this.semaphore = new Semaphore(maxInFlight);
    }

    /** @return the cap */
    public int max() {
      return max;
    }
  }

  @Override
  public HttpResponse<byte[]> send(Exchange exchange) throws IOException, InterruptedException {
    Deadline deadline = exchange.deadline();
    if (deadline == null) {
      permits.acquire();
    } else if (!permits.tryAcquire(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS)) {
      throw new HttpTimeoutException("the call's deadline passed while " + maxInFlight
          + " requests were in flight (maxConcurrentRequests)");
    }
    try {
      return next.send(exchange);
    } finally {
      release();
    }
  }

  @Override
  public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
    CompletableFuture<HttpResponse<byte[]>> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<HttpResponse<byte[]>>> sentRef = new AtomicReference<>();
    Runnable start = () -> {
      if (result.isDone()) { // given up while it queued
        release();
        return;
      }
      CompletableFuture<HttpResponse<byte[]>> sent;
      try {
        sent = next.sendAsync(exchange);
      } catch (RuntimeException e) {
        release();
        result.completeExceptionally(e);
        return;
      }
      sentRef.set(sent);
      sent.whenComplete((response, failure) -> {
        release();
        if (failure != null) {
          result.completeExceptionally(Futures.unwrap(failure));
        } else {
          result.complete(response);
        }
      });
      if (result.isDone() && !sent.isDone()) {
        sent.cancel(true);
      }
    };
    result.whenComplete((response, failure) -> {
      waiting.remove(start);
      CompletableFuture<HttpResponse<byte[]>> sent = sentRef.get();
      if (sent != null && !sent.isDone()) {
        sent.cancel(true);
      }
    });
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

package dev.neonjava.runtime.transport;

import dev.neonjava.runtime.Exchange;
import dev.neonjava.runtime.Transport;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.LongSupplier;

/**
 * Spaces requests so that they stay within a {@link RateLimit}: a sliding-window reservation per
 * account and per route (method and path template). A call that would exceed a window waits for
 * its slot instead of being sent and answered 429. Asynchronous calls wait without blocking a thread.
 */
public final class RateLimitingTransport implements Transport {
  private final Transport next;
  private final Sleeper sleeper;
  private final LongSupplier nanoTime;
  private final Window account;
  private final Map<String, Window> routes = new ConcurrentHashMap<>();
  private final RateLimit limit;

  /**
   * @param next the transport that sends
   * @param limit the limits
   * @param sleeper waits for a slot
   * @param nanoTime a monotonic clock in nanoseconds ({@code System::nanoTime})
   */
  public RateLimitingTransport(Transport next, RateLimit limit, Sleeper sleeper, LongSupplier nanoTime) {
    this.next = next;
    this.limit = limit;
    this.sleeper = sleeper;
    this.nanoTime = nanoTime;
    this.account = new Window(limit.accountRequests(), stretched(limit.accountPeriod()));
  }

  @Override
  public HttpResponse<byte[]> send(Exchange exchange) throws IOException, InterruptedException {
    sleeper.sleep(reserve(exchange));
    return next.send(exchange);
  }

  @Override
  public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
    Duration wait = reserve(exchange);
    return wait.isZero() ? next.sendAsync(exchange) : sleeper.delay(wait).thenCompose(ignored -> next.sendAsync(exchange));
  }

  private Duration stretched(Duration period) {
    return Duration.ofNanos(Math.round(period.toNanos() * (1 + limit.margin())));
  }

  /** Reserves the earliest moment both windows allow, and returns how long to wait for it. */
  Duration reserve(Exchange exchange) {
    String route = exchange.request().method() + " " + exchange.request().pathTemplate();
    Window routeWindow = routes.computeIfAbsent(route, r -> new Window(limit.routeRequests(), stretched(limit.routePeriod())));
    long now = nanoTime.getAsLong();
    synchronized (this) {
      long at = Math.max(account.earliest(now), routeWindow.earliest(now));
      account.take(at);
      routeWindow.take(at);
      return Duration.ofNanos(Math.max(0, at - now));
    }
  }

  /** The send times of the last {@code capacity} requests in a ring; a new one fits one period after the oldest. */
  private static final class Window {
    private final long[] sent;
    private final long periodNanos;
    private int oldest;
    private int count;

    Window(int capacity, Duration period) {
      this.sent = new long[capacity];
      this.periodNanos = period.toNanos();
    }

    long earliest(long now) {
      return count < sent.length ? now : Math.max(now, sent[oldest] + periodNanos);
    }

    void take(long at) {
      if (count < sent.length) {
        sent[(oldest + count) % sent.length] = at;
        count++;
      } else {
        sent[oldest] = at;
        oldest = (oldest + 1) % sent.length;
      }
    }
  }
}

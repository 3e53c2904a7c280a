package dev.neonjava.runtime.transport;

import dev.neonjava.runtime.ApiRequest;
import java.time.Duration;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.atomic.AtomicBoolean;

/**
 * The request budget behind {@link RateLimitingTransport}: permits for the account and for each route
 * (method and path template). A request takes one of each before it is sent; they come back one
 * period (stretched by the {@link RateLimit#margin() margin}) after its response has ended. The server
 * counts a request when it arrives, which is after it was sent and before its response ended, so no
 * window on the server ever holds more than the limit, however long requests spend on the way.
 * Requests that find no permit wait in arrival order without holding a thread; one waiting for a busy
 * route does not hold back requests for other routes. Share one instance between clients that use the
 * same API key. Thread-safe.
 */
public final class RateLimiter {
  private final RateLimit limit;
  private final Sleeper sleeper;
  private final Duration accountHold;
  private final Duration routeHold;
  private final ArrayDeque<Waiter> waiting = new ArrayDeque<>();
  /** Free route permits of the routes that have any taken; a route missing here has all of them. */
  private final Map<String, Integer> routeFree = new HashMap<>();
  private int accountFree;

  /**
   * @param limit the limits
   * @param sleeper times the return of permits
   */
  public RateLimiter(RateLimit limit, Sleeper sleeper) {
    this.limit = ApiRequest.require(limit, "rateLimit");
    this.sleeper = ApiRequest.require(sleeper, "sleeper");
    this.accountHold = stretched(limit.accountPeriod());
    this.routeHold = stretched(limit.routePeriod());
    this.accountFree = limit.accountRequests();
  }

  /** @return the limits this budget enforces */
  public RateLimit limit() {
    return limit;
  }

  /**
   * Asks for a permit to send one request. Cancel the future to stop waiting; a permit granted to a
   * cancelled future comes back at once.
   * @param route the route, e.g. {@code GET /projects/{project_id}}
   * @return a future completed with the permit once both budgets have room
   */
  public CompletableFuture<Permit> acquire(String route) {
    Waiter waiter = new Waiter(ApiRequest.require(route, "route"));
    List<Waiter> granted;
    synchronized (this) {
      waiting.addLast(waiter);
      granted = grant();
    }
    hand(granted);
    waiter.future.whenComplete((permit, failure) -> {
      if (waiter.future.isCancelled()) {
        forget(waiter);
      }
    });
    return waiter.future;
  }

  private synchronized void forget(Waiter waiter) {
    waiting.remove(waiter);
  }

  /** @return the requests waiting for a permit now */
  public synchronized int waiting() {
    return waiting.size();
  }

  private Duration stretched(Duration period) {
    return Duration.ofNanos(Math.round(period.toNanos() * (1 + limit.margin())));
  }

  /** Takes permits for waiters in order while the account has any; called holding the lock. */
  private List<Waiter> grant() {
    List<Waiter> granted = new ArrayList<>();
    for (Iterator<Waiter> it = waiting.iterator(); accountFree > 0 && it.hasNext(); ) {
      Waiter waiter = it.next();
      if (waiter.future.isDone()) { // cancelled while waiting
        it.remove();
        continue;
      }
      int free = routeFree.getOrDefault(waiter.route, limit.routeRequests());
      if (free > 0) {
        routeFree.put(waiter.route, free - 1);
        accountFree--;
        it.remove();
        granted.add(waiter);
      }
    }
    return granted;
  }

  /** Completes granted waiters outside the lock, since completing runs their callers' code. */
  private void hand(List<Waiter> granted) {
    for (Waiter waiter : granted) {
      Permit permit = new Permit(waiter.route);
      if (!waiter.future.complete(permit)) {
        permit.giveBack();
      }
    }
  }

  private void free(String route, boolean account, boolean routePermit) {
    List<Waiter> granted;
    synchronized (this) {
      if (account) {
        accountFree++;
      }
      if (routePermit) {
        int free = routeFree.getOrDefault(route, limit.routeRequests()) + 1;
        if (free >= limit.routeRequests()) {
          routeFree.remove(route);
        } else {
          routeFree.put(route, free);
        }
      }
      granted = grant();
    }
    hand(granted);
  }

  @Override
  public synchronized String toString() {
    return "RateLimiter{" + limit + ", account permits free " + accountFree + ", waiting " + waiting.size() + "}";
  }

  /** A permit to send one request; return it exactly once, with {@link #release()} or {@link #giveBack()}. */
  public final class Permit {
    private final String route;
    private final AtomicBoolean returned = new AtomicBoolean();

    private Permit(String route) {
      this.route = route;
    }

    /** The request was sent, or may have been, and its response has ended: the permits come back one period from now. */
    public void release() {
      if (returned.compareAndSet(false, true)) {
        sleeper.delay(routeHold).whenComplete((ignored, failure) -> free(route, false, true));
        sleeper.delay(accountHold).whenComplete((ignored, failure) -> free(route, true, false));
      }
    }

    /** The request was never sent: the permits come back now. */
    public void giveBack() {
      if (returned.compareAndSet(false, true)) {
        free(route, true, true);
      }
    }
  }

  private static final class Waiter {
    final String route;
    final CompletableFuture<Permit> future = new CompletableFuture<>();

    Waiter(String route) {
      this.route = route;
    }
  }
}

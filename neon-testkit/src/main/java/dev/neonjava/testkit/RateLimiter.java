package dev.neonjava.testkit;

import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;

/** Sliding-window request counting: one window per account, one per route. Thread-safe. */
final class RateLimiter {
  private static final Duration MINUTE = Duration.ofMinutes(1);
  private static final Duration SECOND = Duration.ofSeconds(1);

  private RateLimits limits = RateLimits.none();
  private final Deque<Instant> account = new ArrayDeque<>();
  private final Map<String, Deque<Instant>> routes = new HashMap<>();

  synchronized void limits(RateLimits limits) {
    this.limits = limits;
    account.clear();
    routes.clear();
  }

  synchronized RateLimits limits() {
    return limits;
  }

  /**
   * Counts the request unless it is over a limit.
   * @return null when admitted, else how long until a request on this route would be admitted
   */
  synchronized Duration admit(String route, Instant now) {
    if (!limits.enabled()) {
      return null;
    }
    Deque<Instant> perRoute = routes.computeIfAbsent(route, k -> new ArrayDeque<>());
    expire(account, now, MINUTE);
    expire(perRoute, now, SECOND);
    Duration wait = null;
    if (limits.perMinute() > 0 && account.size() >= limits.perMinute()) {
      wait = Duration.between(now, account.peekFirst().plus(MINUTE));
    }
    if (limits.perSecondPerRoute() > 0 && perRoute.size() >= limits.perSecondPerRoute()) {
      Duration routeWait = Duration.between(now, perRoute.peekFirst().plus(SECOND));
      wait = wait == null || routeWait.compareTo(wait) > 0 ? routeWait : wait;
    }
    if (wait != null) {
      return wait.isNegative() ? Duration.ZERO : wait;
    }
    account.addLast(now);
    perRoute.addLast(now);
    return null;
  }

  private static void expire(Deque<Instant> window, Instant now, Duration length) {
    Instant cutoff = now.minus(length);
    while (!window.isEmpty() && !window.peekFirst().isAfter(cutoff)) {
      window.removeFirst();
    }
  }
}

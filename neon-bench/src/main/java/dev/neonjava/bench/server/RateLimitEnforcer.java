package dev.neonjava.bench.server;

import java.util.ArrayDeque;
import java.util.HashMap;
import java.util.Map;

/**
 * Neon's limits scaled down by 10: at most {@code accountRequests} per {@code accountPeriod} for the
 * account and {@code routeRequests} per {@code routePeriod} per route (method and path template),
 * as exact sliding windows over accepted requests. A request past either limit is answered 429 with
 * {@code Retry-After} in whole seconds (at least 1), like Neon. Thread-safe.
 */
final class RateLimitEnforcer {
  private final int accountRequests;
  private final long accountPeriodNanos;
  private final int routeRequests;
  private final long routePeriodNanos;
  private final ArrayDeque<Long> account = new ArrayDeque<>();
  private final Map<String, ArrayDeque<Long>> routes = new HashMap<>();
  private long accepted;
  private final long createdAt = System.nanoTime();
  private final StringBuilder rejectedAt = new StringBuilder();
  private long rejected;
  private long rejectedByAccount;
  private long rejectedByRoute;

  RateLimitEnforcer(int accountRequests, long accountPeriodNanos, int routeRequests, long routePeriodNanos) {
    this.accountRequests = accountRequests;
    this.accountPeriodNanos = accountPeriodNanos;
    this.routeRequests = routeRequests;
    this.routePeriodNanos = routePeriodNanos;
  }

  /** @return 0 to accept (and count) the request, or the seconds for Retry-After */
  synchronized long admit(String route, long now) {
    ArrayDeque<Long> window = routes.computeIfAbsent(route, r -> new ArrayDeque<>());
    prune(account, now, accountPeriodNanos);
    prune(window, now, routePeriodNanos);
    long wait = 0;
    if (account.size() >= accountRequests) {
      wait = account.peekFirst() + accountPeriodNanos - now;
      rejectedByAccount++;
    }
    if (window.size() >= routeRequests) {
      wait = Math.max(wait, window.peekFirst() + routePeriodNanos - now);
      rejectedByRoute++;
    }
    if (wait > 0) {
      if (rejected < 40) {
        rejectedAt.append(rejectedAt.length() == 0 ? "" : ",").append((now - createdAt) / 1_000_000);
      }
      rejected++;
      return Math.max(1, (wait + 999_999_999L) / 1_000_000_000L);
    }
    account.addLast(now);
    window.addLast(now);
    accepted++;
    return 0;
  }

  synchronized String stats() {
    return "{\"accepted\":" + accepted + ",\"rejected\":" + rejected + ",\"rejected_by_account\":"
        + rejectedByAccount + ",\"rejected_by_route\":" + rejectedByRoute + ",\"rejected_at_ms\":[" + rejectedAt + "]}";
  }

  private static void prune(ArrayDeque<Long> window, long now, long period) {
    while (!window.isEmpty() && window.peekFirst() + period <= now) {
      window.removeFirst();
    }
  }
}

package dev.neonjava.runtime.transport;

import dev.neonjava.runtime.Checks;
import java.time.Duration;

/**
 * Client-side request limits: an account-wide budget and a per-route burst budget, each a number of
 * requests per period. {@link #neonDefaults()} matches Neon's documented limits. A {@link RateLimiter}
 * counts each period from the end of a response, which already covers the time a request spends on
 * the way; each period is also stretched by a safety margin (2% by default) for clocks that run at
 * slightly different rates. Immutable.
 */
public final class RateLimit {
  private final int accountRequests;
  private final Duration accountPeriod;
  private final int routeRequests;
  private final Duration routePeriod;
  private final double margin;

  private RateLimit(int accountRequests, Duration accountPeriod, int routeRequests, Duration routePeriod,
      double margin) {
    this.accountRequests = Checks.atLeast(accountRequests, 1, "accountRequests");
    this.accountPeriod = Checks.positive(accountPeriod, "accountPeriod");
    this.routeRequests = Checks.atLeast(routeRequests, 1, "routeRequests");
    this.routePeriod = Checks.positive(routePeriod, "routePeriod");
    this.margin = Checks.fraction(margin, "margin");
  }

  /** @return 700 requests per minute per account, bursts of 40 per second per route */
  public static RateLimit neonDefaults() {
    return of(700, Duration.ofMinutes(1), 40, Duration.ofSeconds(1));
  }

  /**
   * @param accountRequests requests allowed per account period
   * @param accountPeriod the account period
   * @param routeRequests requests allowed per route period on one route (method + path template)
   * @param routePeriod the route period
   * @return the limits
   */
  public static RateLimit of(int accountRequests, Duration accountPeriod, int routeRequests, Duration routePeriod) {
    return new RateLimit(accountRequests, accountPeriod, routeRequests, routePeriod, 0.02);
  }

  /**
   * @param margin how much longer than nominal each period is treated, 0 to 1 (default 0.02)
   * @return these limits with that margin
   */
  public RateLimit withMargin(double margin) {
    return new RateLimit(accountRequests, accountPeriod, routeRequests, routePeriod, margin);
  }

  /** @return the safety margin on each period */
  public double margin() {
    return margin;
  }

  /** @return requests per account period */
  public int accountRequests() {
    return accountRequests;
  }

  /** @return the account period */
  public Duration accountPeriod() {
    return accountPeriod;
  }

  /** @return requests per route period */
  public int routeRequests() {
    return routeRequests;
  }

  /** @return the route period */
  public Duration routePeriod() {
    return routePeriod;
  }

  @Override
  public String toString() {
    return "RateLimit{" + accountRequests + " per " + accountPeriod + ", " + routeRequests + " per " + routePeriod
        + " per route, margin " + margin + "}";
  }
}

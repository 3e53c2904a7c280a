package dev.neonjava.testkit;

/**
 * Request rate limits of the emulator: a sliding window per account (all requests with valid keys)
 * and one per route. Past either, the emulator answers 429 with {@code Retry-After} (whole seconds).
 * Immutable.
 */
public final class RateLimits {
  private static final RateLimits NONE = new RateLimits(0, 0);
  private static final RateLimits NEON = new RateLimits(700, 40);

  private final int perMinute;
  private final int perSecondPerRoute;

  private RateLimits(int perMinute, int perSecondPerRoute) {
    this.perMinute = perMinute;
    this.perSecondPerRoute = perSecondPerRoute;
  }

  /**
   * Neon's documented limits: 700 requests per minute per account and bursts of up to 40 requests
   * per second per route.
   * @return those limits
   */
  public static RateLimits neon() {
    return NEON;
  }

  /**
   * Returns no limits (the default).
   * @return no limits (the default)
   */
  public static RateLimits none() {
    return NONE;
  }

  /**
   * Returns the limits.
   * @param perMinute requests per rolling minute for the whole account; 0 for no limit
   * @param perSecondPerRoute requests per rolling second for one route (operationId); 0 for no limit
   * @return the limits
   */
  public static RateLimits of(int perMinute, int perSecondPerRoute) {
    if (perMinute < 0 || perSecondPerRoute < 0) {
      throw new IllegalArgumentException("limits must be zero (none) or positive");
    }
    return new RateLimits(perMinute, perSecondPerRoute);
  }

  /**
   * Returns requests per rolling minute per account, 0 for none.
   * @return requests per rolling minute per account, 0 for none
   */
  public int perMinute() {
    return perMinute;
  }

  /**
   * Returns requests per rolling second per route, 0 for none.
   * @return requests per rolling second per route, 0 for none
   */
  public int perSecondPerRoute() {
    return perSecondPerRoute;
  }

  /**
   * Returns whether any limit applies.
   * @return whether any limit applies
   */
  public boolean enabled() {
    return perMinute > 0 || perSecondPerRoute > 0;
  }

  @Override
  public String toString() {
    return enabled() ? "RateLimits{" + perMinute + "/min per account, " + perSecondPerRoute + "/s per route}" : "RateLimits{none}";
  }
}

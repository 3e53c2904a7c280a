package dev.neonjava.wait;

import dev.neonjava.runtime.Checks;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * How often and how long a waiter polls: starts at {@code initialInterval}, grows by
 * {@code multiplier} up to {@code maxInterval}, each wait varied by {@code jitter}, and gives up after
 * {@code timeout}. Defaults: 1 s growing by 1.5 to 10 s, 10% jitter, 5 minutes. Immutable.
 */
public final class PollSchedule {
  private final Duration initialInterval;
  private final double multiplier;
  private final Duration maxInterval;
  private final double jitter;
  private final Duration timeout;

  private PollSchedule(Builder b) {
    this.initialInterval = b.initialInterval;
    this.multiplier = b.multiplier;
    this.maxInterval = b.maxInterval;
    this.jitter = b.jitter;
    this.timeout = b.timeout;
  }

  /**
   * Returns the default schedule.
   * @return the default schedule
   */
  public static PollSchedule defaults() {
    return builder().build();
  }

  /**
   * Returns a builder starting from the defaults.
   * @return a builder starting from the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding this schedule's values.
   * @return a builder holding this schedule's values
   */
  public Builder toBuilder() {
    return new Builder().initialInterval(initialInterval).multiplier(multiplier).maxInterval(maxInterval)
        .jitter(jitter).timeout(timeout);
  }

  /**
   * Returns the longest a wait may take.
   * @return the longest a wait may take
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Returns the first interval between polls.
   * @return the first interval between polls
   */
  public Duration initialInterval() {
    return initialInterval;
  }

  /**
   * Returns the wait before the next poll; never zero, so a waiter never spins.
   * @param poll 1 for the wait after the first poll
   * @return the wait before the next poll; never zero, so a waiter never spins
   */
  public Duration interval(int poll) {
    double base = initialInterval.toNanos() * Math.pow(multiplier, Math.max(0, poll - 1));
    double capped = Math.min(base, maxInterval.toNanos());
    double varied = capped * (1 - jitter + 2 * jitter * ThreadLocalRandom.current().nextDouble());
    return Duration.ofNanos(Math.max(1_000_000L, (long) varied));
  }

  @Override
  public String toString() {
    return "PollSchedule{initialInterval=" + initialInterval + ", multiplier=" + multiplier + ", maxInterval="
        + maxInterval + ", jitter=" + jitter + ", timeout=" + timeout + "}";
  }

  /** Builds a {@link PollSchedule}. */
  public static final class Builder {
    private Duration initialInterval = Duration.ofSeconds(1);
    private double multiplier = 1.5;
    private Duration maxInterval = Duration.ofSeconds(10);
    private double jitter = 0.1;
    private Duration timeout = Duration.ofMinutes(5);

    private Builder() {
    }

    /**
     * Sets the first interval, positive.
     * @param initialInterval the first interval, positive
     * @return this builder
     */
    public Builder initialInterval(Duration initialInterval) {
      this.initialInterval = Checks.positive(initialInterval, "initialInterval");
      return this;
    }

    /**
     * Sets the growth per poll, at least 1.
     * @param multiplier growth per poll, at least 1
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      this.multiplier = Checks.atLeast(multiplier, 1, "multiplier");
      return this;
    }

    /**
     * Sets the longest interval, positive.
     * @param maxInterval the longest interval, positive
     * @return this builder
     */
    public Builder maxInterval(Duration maxInterval) {
      this.maxInterval = Checks.positive(maxInterval, "maxInterval");
      return this;
    }

    /**
     * Sets the fraction of randomness, 0 to 1.
     * @param jitter fraction of randomness, 0 to 1
     * @return this builder
     */
    public Builder jitter(double jitter) {
      this.jitter = Checks.fraction(jitter, "jitter");
      return this;
    }

    /**
     * Sets the longest a wait may take, positive.
     * @param timeout the longest a wait may take, positive
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Checks.positive(timeout, "timeout");
      return this;
    }

    /**
     * Returns the schedule.
     * @return the schedule
     */
    public PollSchedule build() {
      return new PollSchedule(this);
    }
  }
}

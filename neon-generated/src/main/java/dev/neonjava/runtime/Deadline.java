package dev.neonjava.runtime;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;

/**
 * The instant by which a call (or a wait) must end, measured on a {@link Clock}. Immutable. Every
 * layer that may block or wait asks it how much time is left, so one deadline bounds all a call
 * does: connecting, sending, the response headers and body, retries and backoff sleeps.
 */
public final class Deadline {
  private final Clock clock;
  private final Instant at;

  private Deadline(Clock clock, Instant at) {
    this.clock = clock;
    this.at = at;
  }

  /**
   * @param timeout how long from now
   * @param clock the clock it is measured on
   * @return the deadline {@code timeout} from now
   */
  public static Deadline after(Duration timeout, Clock clock) {
    ApiRequest.require(timeout, "timeout");
    Instant now = ApiRequest.require(clock, "clock").instant();
    return new Deadline(clock, plusSaturated(now, timeout));
  }

  /** @return the instant of the deadline */
  public Instant instant() {
    return at;
  }

  /** @return the time left, never negative */
  public Duration remaining() {
    Duration left = Duration.between(clock.instant(), at);
    return left.isNegative() ? Duration.ZERO : left;
  }

  /** @return whether no time is left */
  public boolean isExpired() {
    return !clock.instant().isBefore(at);
  }

  /**
   * @param wait a wait about to start
   * @return whether it would end after the deadline
   */
  public boolean wouldPass(Duration wait) {
    return plusSaturated(clock.instant(), wait).isAfter(at);
  }

  /**
   * @param other another deadline, or null
   * @return whichever comes first (this one when {@code other} is null)
   */
  public Deadline earliest(Deadline other) {
    if (other == null) {
      return this;
    }
    return other.at.isBefore(at) ? other : this;
  }

  /**
   * @param limit an upper bound
   * @return the time left, but at most {@code limit}
   */
  public Duration remainingAtMost(Duration limit) {
    Duration left = remaining();
    return limit != null && limit.compareTo(left) < 0 ? limit : left;
  }

  private static Instant plusSaturated(Instant start, Duration amount) {
    try {
      return start.plus(amount);
    } catch (ArithmeticException | java.time.DateTimeException overflow) {
      return Instant.MAX;
    }
  }

  @Override
  public String toString() {
    return "Deadline{" + at + ", remaining=" + remaining() + "}";
  }
}

package dev.neonjava.testkit;

import java.time.Duration;
import java.util.Objects;

/**
 * A failure the emulator injects on demand, for one route (an operationId of the spec) or for all
 * routes ({@code "*"}): an error status, a slow response, a reset connection, an empty response.
 * Immutable; {@link NeonEmulator#inject(String, Fault)} arms it.
 *
 * <pre>{@code
 * neon.inject("createProjectBranch", Fault.status(503));                 // the next call only
 * neon.inject("listProjects", Fault.delay(Duration.ofSeconds(2)).times(3));
 * neon.inject("*", Fault.connectionReset().always());
 * }</pre>
 *
 * <p>A faulted request is answered before authentication and rate limiting, as a proxy in front of
 * the API would, and is not checked against the spec ({@link #delay} excepted: the request is
 * served normally, late).
 */
public final class Fault {
  /** What happens to the request. */
  public enum Kind {
    /** an error status with Neon's JSON error body */
    STATUS,
    /** an error status with an HTML page, like a proxy in front of the API */
    HTML_STATUS,
    /** the request is served normally, but the response is late */
    DELAY,
    /** the server resets the connection (TCP RST) instead of answering */
    CONNECTION_RESET,
    /** the server closes the connection without sending anything */
    EMPTY_RESPONSE
  }

  /** {@link #times(int)} value for a fault that never wears off. */
  public static final int ALWAYS = Integer.MAX_VALUE;

  private final Kind kind;
  private final int status;
  private final String message;
  private final Duration delay;
  private final Duration retryAfter;
  private final int times;

  private Fault(Kind kind, int status, String message, Duration delay, Duration retryAfter, int times) {
    this.kind = kind;
    this.status = status;
    this.message = message;
    this.delay = delay;
    this.retryAfter = retryAfter;
    this.times = times;
  }

  /**
   * Returns a fault answering that status with Neon's error body.
   * @param status an error status (400-599)
   * @return a fault answering that status with Neon's error body
   */
  public static Fault status(int status) {
    return status(status, "injected fault: HTTP " + status);
  }

  /**
   * Returns a fault answering that status with Neon's error body.
   * @param status an error status (400-599)
   * @param message the {@code message} of the error body
   * @return a fault answering that status with Neon's error body
   */
  public static Fault status(int status, String message) {
    requireErrorStatus(status);
    return new Fault(Kind.STATUS, status, Objects.requireNonNull(message, "message"), Duration.ZERO, null, 1);
  }

  /**
   * Returns a fault answering that status with an HTML page instead of JSON.
   * @param status an error status (400-599), typically 502 or 504
   * @return a fault answering that status with an HTML page instead of JSON
   */
  public static Fault htmlStatus(int status) {
    requireErrorStatus(status);
    return new Fault(Kind.HTML_STATUS, status, "injected fault: HTTP " + status, Duration.ZERO, null, 1);
  }

  /**
   * Returns a fault delaying the response; the request still takes effect.
   * @param delay how late the (otherwise normal) response is
   * @return a fault delaying the response; the request still takes effect
   */
  public static Fault delay(Duration delay) {
    if (delay == null || delay.isNegative()) {
      throw new IllegalArgumentException("delay must be zero or positive");
    }
    return new Fault(Kind.DELAY, 0, null, delay, null, 1);
  }

  /**
   * Returns a fault resetting the connection; the request does not take effect.
   * @return a fault resetting the connection; the request does not take effect
   */
  public static Fault connectionReset() {
    return new Fault(Kind.CONNECTION_RESET, 0, null, Duration.ZERO, null, 1);
  }

  /**
   * Returns a fault closing the connection without a response; the request does not take effect.
   * @return a fault closing the connection without a response; the request does not take effect
   */
  public static Fault emptyResponse() {
    return new Fault(Kind.EMPTY_RESPONSE, 0, null, Duration.ZERO, null, 1);
  }

  /**
   * Returns a copy hitting {@code n} requests.
   * @param n how many matching requests the fault hits before it wears off (default 1)
   * @return a copy hitting {@code n} requests
   */
  public Fault times(int n) {
    if (n < 1) {
      throw new IllegalArgumentException("times must be at least 1");
    }
    return new Fault(kind, status, message, delay, retryAfter, n);
  }

  /**
   * Returns a copy that hits every matching request until {@link NeonEmulator#clearFaults()}.
   * @return a copy that hits every matching request until {@link NeonEmulator#clearFaults()}
   */
  public Fault always() {
    return times(ALWAYS);
  }

  /**
   * Returns a copy with the header.
   * @param retryAfter sent as {@code Retry-After} (whole seconds, rounded up) with a status fault
   * @return a copy with the header
   */
  public Fault retryAfter(Duration retryAfter) {
    if (kind != Kind.STATUS && kind != Kind.HTML_STATUS) {
      throw new IllegalStateException("Retry-After goes with a status fault");
    }
    return new Fault(kind, status, message, delay, Objects.requireNonNull(retryAfter, "retryAfter"), times);
  }

  /**
   * Returns what the fault does.
   * @return what the fault does
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the status of a status fault, else 0.
   * @return the status of a status fault, else 0
   */
  public int status() {
    return status;
  }

  /**
   * Returns the error message of a status fault, else null.
   * @return the error message of a status fault, else null
   */
  public String message() {
    return message;
  }

  /**
   * Returns the delay of a delay fault, else zero.
   * @return the delay of a delay fault, else zero
   */
  public Duration delay() {
    return delay;
  }

  /**
   * Returns the Retry-After of a status fault, or null.
   * @return the Retry-After of a status fault, or null
   */
  public Duration retryAfterValue() {
    return retryAfter;
  }

  /**
   * Returns how many requests it hits ({@link #ALWAYS} for all).
   * @return how many requests it hits ({@link #ALWAYS} for all)
   */
  public int times() {
    return times;
  }

  private static void requireErrorStatus(int status) {
    if (status < 400 || status > 599) {
      throw new IllegalArgumentException("a fault status is 400-599, got " + status);
    }
  }

  @Override
  public String toString() {
    String what;
    switch (kind) {
      case STATUS:
      case HTML_STATUS:
        what = kind + " " + status;
        break;
      case DELAY:
        what = "DELAY " + delay.toMillis() + "ms";
        break;
      default:
        what = kind.name();
    }
    return "Fault{" + what + (times == ALWAYS ? ", always" : ", times=" + times) + "}";
  }
}

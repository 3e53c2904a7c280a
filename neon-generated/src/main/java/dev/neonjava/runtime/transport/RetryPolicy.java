package dev.neonjava.runtime.transport;

import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.Checks;
import dev.neonjava.runtime.ResponseTooLargeException;
import java.io.IOException;
import java.net.ConnectException;
import java.net.http.HttpConnectTimeoutException;
import java.time.Duration;
import java.util.concurrent.ThreadLocalRandom;

/**
 * When and how long to retry. Defaults follow Neon's guidance: 423 (project locked by a running
 * operation), 429 (rate limited) and 503 are retried for every method; other 5xx and I/O failures only
 * for idempotent methods (GET, HEAD, OPTIONS, PUT, DELETE), except that a request that never reached
 * the server (connection refused, connect timeout) is always retried; a body over the size limit never is. Backoff is exponential with
 * jitter; {@code Retry-After} is honoured up to a cap; one deadline bounds the whole call. Immutable.
 */
public final class RetryPolicy {
  private final int maxAttempts;
  private final Duration initialBackoff;
  private final Duration maxBackoff;
  private final double multiplier;
  private final double jitter;
  private final Duration maxRetryAfter;
  private final Duration deadline;

  private RetryPolicy(Builder b) {
    this.maxAttempts = b.maxAttempts;
    this.initialBackoff = b.initialBackoff;
    this.maxBackoff = b.maxBackoff;
    this.multiplier = b.multiplier;
    this.jitter = b.jitter;
    this.maxRetryAfter = b.maxRetryAfter;
    this.deadline = b.deadline;
  }

  /** @return 5 attempts, 500 ms doubling to 20 s, 20% jitter, Retry-After capped at 60 s, 3 min deadline */
  public static RetryPolicy defaults() {
    return builder().build();
  }

  /** @return a policy that sends every request once */
  public static RetryPolicy none() {
    return builder().maxAttempts(1).build();
  }

  /** @return a builder starting from the defaults */
  public static Builder builder() {
    return new Builder();
  }

  /** @return a builder holding this policy's values */
  public Builder toBuilder() {
    return new Builder().maxAttempts(maxAttempts).initialBackoff(initialBackoff).maxBackoff(maxBackoff)
        .multiplier(multiplier).jitter(jitter).maxRetryAfter(maxRetryAfter).deadline(deadline);
  }

  /** @return the most times one request is sent */
  public int maxAttempts() {
    return maxAttempts;
  }

  /** @return the longest one call may take, retries and waits included */
  public Duration deadline() {
    return deadline;
  }

  /**
   * @param request the call
   * @param status the response status
   * @return whether a response with this status may be retried
   */
  public boolean isRetryable(ApiRequest request, int status) {
    return status == 423 || status == 429 || status == 503 || status >= 500 && request.isIdempotent();
  }

  /**
   * @param request the call
   * @param failure the I/O failure
   * @return whether the request may be sent again
   */
  public boolean isRetryable(ApiRequest request, IOException failure) {
    if (failure instanceof ResponseTooLargeException) {
      return false; // the same request would get the same body
    }
    return request.isIdempotent() || failure instanceof ConnectException
        || failure instanceof HttpConnectTimeoutException;
  }

  /**
   * @param retry 1 for the first retry
   * @param retryAfter what the server asked for, or null
   * @return how long to wait before that retry
   */
  public Duration backoff(int retry, Duration retryAfter) {
    double base = initialBackoff.toMillis() * Math.pow(multiplier, Math.max(0, retry - 1));
    long capped = (long) Math.min(base, maxBackoff.toMillis());
    long jittered = Math.round(capped * (1 - jitter + 2 * jitter * ThreadLocalRandom.current().nextDouble()));
    Duration computed = Duration.ofMillis(Math.max(0, jittered));
    if (retryAfter != null) {
      Duration asked = retryAfter.compareTo(maxRetryAfter) > 0 ? maxRetryAfter : retryAfter;
      return asked.compareTo(computed) > 0 ? asked : computed;
    }
    return computed;
  }

  @Override
  public String toString() {
    return "RetryPolicy{maxAttempts=" + maxAttempts + ", initialBackoff=" + initialBackoff + ", maxBackoff="
        + maxBackoff + ", multiplier=" + multiplier + ", jitter=" + jitter + ", maxRetryAfter=" + maxRetryAfter
        + ", deadline=" + deadline + "}";
  }

  /** Builds a {@link RetryPolicy}. */
  public static final class Builder {
    private int maxAttempts = 5;
    private Duration initialBackoff = Duration.ofMillis(500);
    private Duration maxBackoff = Duration.ofSeconds(20);
    private double multiplier = 2.0;
    private double jitter = 0.2;
    private Duration maxRetryAfter = Duration.ofSeconds(60);
    private Duration deadline = Duration.ofMinutes(3);

    private Builder() {
    }

    /**
     * @param maxAttempts 1 or more; 1 disables retries
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = Checks.atLeast(maxAttempts, 1, "maxAttempts");
      return this;
    }

    /**
     * @param initialBackoff the wait before the first retry
     * @return this builder
     */
    public Builder initialBackoff(Duration initialBackoff) {
      this.initialBackoff = Checks.nonNegative(initialBackoff, "initialBackoff");
      return this;
    }

    /**
     * @param maxBackoff the longest computed wait
     * @return this builder
     */
    public Builder maxBackoff(Duration maxBackoff) {
      this.maxBackoff = Checks.nonNegative(maxBackoff, "maxBackoff");
      return this;
    }

    /**
     * @param multiplier growth per retry, at least 1
     * @return this builder
     */
    public Builder multiplier(double multiplier) {
      this.multiplier = Checks.atLeast(multiplier, 1, "multiplier");
      return this;
    }

    /**
     * @param jitter fraction of randomness, 0 to 1
     * @return this builder
     */
    public Builder jitter(double jitter) {
      this.jitter = Checks.fraction(jitter, "jitter");
      return this;
    }

    /**
     * @param maxRetryAfter the longest {@code Retry-After} honoured
     * @return this builder
     */
    public Builder maxRetryAfter(Duration maxRetryAfter) {
      this.maxRetryAfter = Checks.nonNegative(maxRetryAfter, "maxRetryAfter");
      return this;
    }

    /**
     * @param deadline the longest one call may take, retries included
     * @return this builder
     */
    public Builder deadline(Duration deadline) {
      this.deadline = Checks.nonNegative(deadline, "deadline");
      return this;
    }

    /** @return the policy */
    public RetryPolicy build() {
      return new RetryPolicy(this);
    }
  }
}

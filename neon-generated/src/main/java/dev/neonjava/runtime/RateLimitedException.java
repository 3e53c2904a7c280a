package dev.neonjava.runtime;

import java.time.Duration;
import java.util.Optional;

/** 429 Too Many Requests: Neon's rate limit was hit; retried by default, honouring {@code Retry-After}. */
public class RateLimitedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param details what the API answered */
  public RateLimitedException(ErrorDetails details) {
    super(details);
  }

  /** @return the delay the server asked for in {@code Retry-After}, if any */
  public Optional<Duration> retryAfter() {
    return RetryAfter.parse(headers());
  }
}

package dev.neonjava.runtime;

import java.time.Duration;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;

/**
 * Options for the calls made through one view of a client: a timeout for each whole call (retries
 * and body included), a cap on attempts, and extra headers. Immutable; {@link #toBuilder()} derives
 * a changed copy. Unset options keep the client's own.
 * <pre>{@code
 * neon.project(id).branches().withOptions(o -> o.timeout(Duration.ofSeconds(5)).maxAttempts(1)).list()
 * }</pre>
 */
public final class RequestOptions {
  private static final RequestOptions NONE = new Builder().build();

  private final Duration timeout;
  private final Integer maxAttempts;
  private final Map<String, String> headers;

  private RequestOptions(Builder b) {
    this.timeout = b.timeout;
    this.maxAttempts = b.maxAttempts;
    this.headers = Collections.unmodifiableMap(new LinkedHashMap<>(b.headers));
  }

  /**
   * Returns options that change nothing.
   * @return options that change nothing
   */
  public static RequestOptions none() {
    return NONE;
  }

  /**
   * Returns a builder with nothing set.
   * @return a builder with nothing set
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns a builder holding these options, to derive a changed copy.
   * @return a builder holding these options
   */
  public Builder toBuilder() {
    Builder b = new Builder();
    b.timeout = timeout;
    b.maxAttempts = maxAttempts;
    b.headers.putAll(headers);
    return b;
  }

  /**
   * Returns these options with {@code later}'s set options taking precedence.
   * @param later the options applied after these
   * @return the merged options
   */
  public RequestOptions merge(RequestOptions later) {
    ApiRequest.require(later, "options");
    Builder b = toBuilder();
    if (later.timeout != null) {
      b.timeout = later.timeout;
    }
    if (later.maxAttempts != null) {
      b.maxAttempts = later.maxAttempts;
    }
    b.headers.putAll(later.headers);
    return b.build();
  }

  /**
   * Returns the bound on each whole call, or null to keep the client's.
   * @return the bound on each whole call, or null to keep the client's
   */
  public Duration timeout() {
    return timeout;
  }

  /**
   * Returns the most attempts a call may make (1: no retry), or null to keep the client's policy.
   * @return the most attempts, or null
   */
  public Integer maxAttempts() {
    return maxAttempts;
  }

  /**
   * Returns the extra headers sent with every call.
   * @return the extra headers, unmodifiable
   */
  public Map<String, String> headers() {
    return headers;
  }

  @Override
  public String toString() { // header values may carry tokens: names only
    return "RequestOptions{timeout=" + timeout + ", maxAttempts=" + maxAttempts + ", headers=" + headers.keySet() + "}";
  }

  /** Builds {@link RequestOptions}; every setter checks its argument and names it on failure. */
  public static final class Builder {
    private Duration timeout;
    private Integer maxAttempts;
    private final Map<String, String> headers = new LinkedHashMap<>();

    private Builder() {
    }

    /**
     * Bounds each whole call: every attempt, backoff and body read ends by then.
     * @param timeout a positive duration
     * @return this builder
     */
    public Builder timeout(Duration timeout) {
      this.timeout = Checks.positive(timeout, "timeout");
      return this;
    }

    /**
     * Caps the attempts of each call; 1 turns retries off.
     * @param maxAttempts at least 1
     * @return this builder
     */
    public Builder maxAttempts(int maxAttempts) {
      this.maxAttempts = Checks.atLeast(maxAttempts, 1, "maxAttempts");
      return this;
    }

    /**
     * Adds a header to every call. {@code Authorization} is refused: the client's key is always the one sent.
     * @param name the header name
     * @param value the header value
     * @return this builder
     */
    public Builder header(String name, String value) {
      ApiRequest.require(name, "header name");
      if (value == null) {
        throw new IllegalArgumentException("header '" + ModelStrings.scrub(name) + "' needs a value");
      }
      if (name.trim().toLowerCase(Locale.ROOT).equals("authorization")) {
        throw new IllegalArgumentException("header 'Authorization' cannot be set per call; configure the API key on the client");
      }
      headers.put(name, value);
      return this;
    }

    /**
     * Returns the options.
     * @return the options
     */
    public RequestOptions build() {
      return new RequestOptions(this);
    }
  }
}

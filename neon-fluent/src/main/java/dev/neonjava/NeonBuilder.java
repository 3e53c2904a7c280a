package dev.neonjava;

import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.Checks;
import dev.neonjava.runtime.HttpClientTransport;
import dev.neonjava.runtime.ModelStrings;
import dev.neonjava.runtime.Secret;
import dev.neonjava.runtime.transport.ConcurrencyLimitingTransport;
import dev.neonjava.runtime.transport.RateLimit;
import dev.neonjava.runtime.transport.RateLimiter;
import dev.neonjava.runtime.transport.RetryPolicy;
import dev.neonjava.runtime.transport.Sleeper;
import dev.neonjava.wait.OperationClassifier;
import dev.neonjava.wait.PollSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Builds a {@link Neon} client: every option with its default, checked as it is set. Not
 * thread-safe; the client it builds is, and it keeps a snapshot of the builder, so later changes do
 * not reach it. {@link Neon#withOptions} hands a copy of a client's builder to change.
 */
public final class NeonBuilder {
  Supplier<Secret> apiKey;
  Function<String, String> environment = System::getenv;
  URI baseUri = ApiClient.DEFAULT_BASE_URI;
  Duration connectTimeout = Duration.ofSeconds(10);
  Duration requestTimeout = Duration.ofSeconds(60);
  HttpClient httpClient;
  HttpClient sharedHttpClient;
  RateLimiter sharedRateLimiter;
  ConcurrencyLimitingTransport.Permits sharedPermits;
  Executor executor;
  RetryPolicy retryPolicy = RetryPolicy.defaults();
  RateLimit rateLimit;
  int maxConcurrentRequests = 64;
  String userAgent = defaultUserAgent();
  PollSchedule pollSchedule = PollSchedule.defaults();
  OperationClassifier classifier = OperationClassifier.defaults();
  Clock clock = Clock.systemUTC();
  Sleeper sleeper = Sleeper.system();
  long maxResponseBytes = HttpClientTransport.DEFAULT_MAX_RESPONSE_BYTES;
  boolean allowInsecureHttp;
  String orgId;

  NeonBuilder() {
  }

  NeonBuilder copy() {
    NeonBuilder b = new NeonBuilder();
    b.apiKey = apiKey;
    b.environment = environment;
    b.baseUri = baseUri;
    b.connectTimeout = connectTimeout;
    b.requestTimeout = requestTimeout;
    b.httpClient = httpClient;
    b.executor = executor;
    b.retryPolicy = retryPolicy;
    b.rateLimit = rateLimit;
    b.maxConcurrentRequests = maxConcurrentRequests;
    b.userAgent = userAgent;
    b.pollSchedule = pollSchedule;
    b.classifier = classifier;
    b.clock = clock;
    b.sleeper = sleeper;
    b.maxResponseBytes = maxResponseBytes;
    b.allowInsecureHttp = allowInsecureHttp;
    b.orgId = orgId;
    return b;
  }

  /**
   * Sets a Neon API key (personal, organization or project key).
   * @param apiKey a Neon API key (personal, organization or project key)
   * @return this builder
   * @throws IllegalArgumentException when the key is blank or holds whitespace or control
   *     characters (a key read from a file with its line break); the message shows at most the
   *     key's first four characters
   */
  public NeonBuilder apiKey(String apiKey) {
    Secret key = Secret.apiKey(apiKey, "apiKey");
    this.apiKey = () -> key;
    return this;
  }

  /**
   * Sets where the key comes from: asked for every request, so a rotated key is picked up.
   * @param apiKey supplies the key for every request, so a rotated key is picked up; each key it
   *     supplies is checked as {@link #apiKey(String)} checks one, and a bad one fails that call
   * @return this builder
   */
  public NeonBuilder apiKeySupplier(Supplier<String> apiKey) {
    ApiRequest.require(apiKey, "apiKeySupplier");
    this.apiKey = () -> Secret.of(apiKey.get(), "the key from apiKeySupplier"); // checked fully by ApiClient
    return this;
  }

  /**
   * Sets how environment variables are read (default {@link System#getenv(String)}); for tests.
   * @param environment reads environment variables (default {@link System#getenv(String)}); for tests
   * @return this builder
   */
  public NeonBuilder environment(Function<String, String> environment) {
    this.environment = ApiRequest.require(environment, "environment");
    return this;
  }

  /**
   * Sets the API's base URL (default {@code https://console.neon.tech/api/v2}).
   * @param baseUrl the API's base URL (default {@code https://console.neon.tech/api/v2})
   * @return this builder
   */
  public NeonBuilder baseUrl(String baseUrl) {
    ApiRequest.require(baseUrl, "baseUrl");
    URI uri;
    try {
      uri = URI.create(baseUrl);
    } catch (IllegalArgumentException e) {
      throw new IllegalArgumentException("baseUrl is not a valid URI: " + ModelStrings.scrub(baseUrl), e);
    }
    if (!"https".equals(uri.getScheme()) && !"http".equals(uri.getScheme())) {
      throw new IllegalArgumentException("baseUrl must be an http or https URL but was " + ModelStrings.scrub(baseUrl));
    }
    this.baseUri = uri;
    return this;
  }

  /**
   * Sets the connect timeout of the HTTP client this builder creates.
   * @param connectTimeout connect timeout of the HTTP client this builder creates
   * @return this builder
   */
  public NeonBuilder connectTimeout(Duration connectTimeout) {
    this.connectTimeout = Checks.positive(connectTimeout, "connectTimeout");
    this.sharedHttpClient = null;
    return this;
  }

  /**
   * Sets the timeout of each HTTP request (one attempt).
   * @param requestTimeout timeout of each HTTP request (one attempt)
   * @return this builder
   */
  public NeonBuilder requestTimeout(Duration requestTimeout) {
    this.requestTimeout = Checks.positive(requestTimeout, "requestTimeout");
    return this;
  }

  /**
   * Sets the HTTP client to use instead of creating one (its connect timeout and executor apply).
   * @param httpClient a client to use instead of creating one (its connect timeout and executor
   *     apply); it must not follow redirects ({@code HttpClient.Redirect.NEVER}, the JDK's default),
   *     since a redirect would carry the API key to another host
   * @return this builder
   * @throws IllegalArgumentException when the client follows redirects
   */
  public NeonBuilder httpClient(HttpClient httpClient) {
    ApiClient.builder().httpClient(ApiRequest.require(httpClient, "httpClient")); // the same checks, now
    this.httpClient = httpClient;
    this.sharedHttpClient = null;
    return this;
  }

  /**
   * Sets the largest response body accepted.
   * @param maxResponseBytes the largest response body accepted (default 64 MiB); a larger one fails
   *     the call, and is not retried
   * @return this builder
   */
  public NeonBuilder maxResponseBytes(long maxResponseBytes) {
    this.maxResponseBytes = HttpClientTransport.checkMaxResponseBytes(maxResponseBytes);
    return this;
  }

  /**
   * Allows a plain {@code http://} base URL to a host other than loopback. Off by default: the API
   * key would travel in clear text. Loopback ({@code localhost}, {@code 127.0.0.0/8},
   * {@code [::1]}) is always allowed, for emulators.
   * @return this builder
   */
  public NeonBuilder allowInsecureHttp() {
    this.allowInsecureHttp = true;
    return this;
  }

  /**
   * Sets the executor of the HTTP client this builder creates (async calls complete on it).
   * @param executor the executor of the HTTP client this builder creates (async calls complete on it)
   * @return this builder
   */
  public NeonBuilder executor(Executor executor) {
    this.executor = ApiRequest.require(executor, "executor");
    this.sharedHttpClient = null;
    return this;
  }

  /**
   * Sets when and how to retry; {@link RetryPolicy#none()} disables retries.
   * @param retryPolicy when and how to retry; {@link RetryPolicy#none()} disables retries
   * @return this builder
   */
  public NeonBuilder retryPolicy(RetryPolicy retryPolicy) {
    this.retryPolicy = ApiRequest.require(retryPolicy, "retryPolicy");
    return this;
  }

  /**
   * Sets client-side rate limits (none by default).
   * @param rateLimit client-side limits, e.g. {@link RateLimit#neonDefaults()}; null (the default) for
   *     none. Clients derived with {@link Neon#withOptions} share one budget.
   * @return this builder
   */
  public NeonBuilder rateLimit(RateLimit rateLimit) {
    this.rateLimit = rateLimit;
    return this;
  }

  /**
   * Sets the most requests in flight at once (default 64); further calls wait their turn, asynchronous
   * ones without holding a thread.
   * @param maxConcurrentRequests the most requests in flight at once (default 64); further calls
   *     wait their turn, asynchronous ones without holding a thread
   * @return this builder
   */
  public NeonBuilder maxConcurrentRequests(int maxConcurrentRequests) {
    this.maxConcurrentRequests = Checks.atLeast(maxConcurrentRequests, 1, "maxConcurrentRequests");
    return this;
  }

  /**
   * Sets the User-Agent header (default {@code neon-java/<version> java/<version>}).
   * @param userAgent the User-Agent header (default {@code neon-java/<version> java/<version>})
   * @return this builder
   */
  public NeonBuilder userAgent(String userAgent) {
    this.userAgent = ApiRequest.require(userAgent, "userAgent");
    return this;
  }

  /**
   * Sets the organization calls act for when they take an optional {@code org_id} and the call
   * sets none: listing and creating projects, regions, consumption, accepting a project transfer.
   * A call that sets {@code org_id} itself wins. Default: none (Neon uses the key's account).
   * @param orgId an organization id such as {@code org-cool-breeze-12345678}, or null for none
   * @return this builder
   * @throws IllegalArgumentException when the id is not an organization id (lower-case letters,
   *     digits and '-', at most 60)
   */
  public NeonBuilder orgId(String orgId) {
    if (orgId != null && !orgId.matches("[a-z0-9-]{1,60}")) {
      throw new IllegalArgumentException("orgId must be 1 to 60 lower-case letters, digits or '-' but was '"
          + orgId + "'");
    }
    this.orgId = orgId;
    return this;
  }

  /**
   * Sets the poll intervals and timeout of waits (default 1 s growing to 10 s, 5 minutes).
   * @param pollSchedule poll intervals and timeout of waits (default 1 s growing to 10 s, 5 minutes)
   * @return this builder
   */
  public NeonBuilder pollSchedule(PollSchedule pollSchedule) {
    this.pollSchedule = ApiRequest.require(pollSchedule, "pollSchedule");
    return this;
  }

  /**
   * Sets what operation statuses mean to waits.
   * @param classifier what operation statuses mean to waits
   * @return this builder
   */
  public NeonBuilder operationClassifier(OperationClassifier classifier) {
    this.classifier = ApiRequest.require(classifier, "operationClassifier");
    return this;
  }

  /**
   * Sets the clock and sleeper that time retries, deadlines and polls (for tests).
   * @param clock measures deadlines and timeouts
   * @param sleeper waits between retries and polls
   * @return this builder
   */
  public NeonBuilder time(Clock clock, Sleeper sleeper) {
    this.clock = ApiRequest.require(clock, "clock");
    this.sleeper = ApiRequest.require(sleeper, "sleeper");
    this.sharedRateLimiter = null;
    return this;
  }

  /**
   * Returns the client.
   * @return the client
   * @throws IllegalStateException when no key was given and {@code NEON_API_KEY} is not set
   */
  public Neon build() {
    if (apiKey == null) {
      String fromEnv = environment.apply(Neon.API_KEY_ENV);
      if (fromEnv == null || fromEnv.isBlank()) {
        throw new IllegalStateException("No Neon API key: set the " + Neon.API_KEY_ENV
            + " environment variable or call Neon.builder().apiKey(..)");
      }
      apiKey(fromEnv);
    }
    HttpClient http = httpClient != null ? httpClient : sharedHttpClient;
    if (http == null) {
      HttpClient.Builder b = HttpClient.newBuilder().connectTimeout(connectTimeout);
      if (executor != null) {
        b.executor(executor);
      }
      http = b.build();
    }
    RateLimiter limiter = null;
    if (rateLimit != null) {
      limiter = sharedRateLimiter != null && sharedRateLimiter.limit() == rateLimit
          ? sharedRateLimiter : new RateLimiter(rateLimit, sleeper);
    }
    ConcurrencyLimitingTransport.Permits inFlight = http == sharedHttpClient && sharedPermits != null
        && sharedPermits.max() == maxConcurrentRequests ? sharedPermits
        : new ConcurrencyLimitingTransport.Permits(maxConcurrentRequests);
    // a snapshot: later changes to this builder do not reach the client
    return new Neon(copy(), http, limiter, inFlight);
  }

  private static String defaultUserAgent() {
    String version = "unknown";
    try (InputStream in = Neon.class.getResourceAsStream("neon-java.properties")) {
      if (in != null) {
        Properties p = new Properties();
        p.load(in);
        version = p.getProperty("version", version);
      }
    } catch (IOException ignored) {
      // the default stays "unknown"
    }
    return "neon-java/" + version + " java/" + System.getProperty("java.version");
  }
}

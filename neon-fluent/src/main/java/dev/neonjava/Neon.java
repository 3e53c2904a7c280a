package dev.neonjava;

import dev.neonjava.resources.ApiKeys;
import dev.neonjava.resources.Consumption;
import dev.neonjava.resources.Organizations;
import dev.neonjava.resources.ProjectScope;
import dev.neonjava.resources.Projects;
import dev.neonjava.resources.Regions;
import dev.neonjava.resources.Users;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.Checks;
import dev.neonjava.runtime.HttpClientTransport;
import dev.neonjava.runtime.ModelStrings;
import dev.neonjava.runtime.Secret;
import dev.neonjava.runtime.Transport;
import dev.neonjava.runtime.transport.ConcurrencyLimitingTransport;
import dev.neonjava.runtime.transport.LoggingTransport;
import dev.neonjava.runtime.transport.RateLimit;
import dev.neonjava.runtime.transport.RateLimiter;
import dev.neonjava.runtime.transport.RateLimitingTransport;
import dev.neonjava.runtime.transport.RetryPolicy;
import dev.neonjava.runtime.transport.RetryingTransport;
import dev.neonjava.runtime.transport.Sleeper;
import dev.neonjava.wait.OperationClassifier;
import dev.neonjava.wait.OperationWaiter;
import dev.neonjava.wait.PollSchedule;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Clock;
import java.time.Duration;
import java.util.Properties;
import java.util.concurrent.Executor;
import java.util.function.Consumer;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * The Neon Management API client. Build one per application and share it: it is immutable and
 * thread-safe, and holds one connection pool.
 * <pre>{@code
 * Neon neon = Neon.builder().build();                       // key from NEON_API_KEY
 * CreateProjectResponse created = neon.projects().createAndWait(p -> p.name("demo"));
 * for (Branch b : neon.project(created.getProject().getId()).branches().list()) { ... }
 * }</pre>
 * Every call retries 423, 429 and 503 (and, for idempotent methods, other 5xx and I/O failures)
 * with backoff; failures surface as {@link dev.neonjava.runtime.NeonException} subclasses.
 * Operations not covered by the resource methods stay callable through {@link #api(Function)}, on the
 * same transport, auth, retries and error mapping.
 */
public final class Neon {
  /** The environment variable read when no key is given. */
  public static final String API_KEY_ENV = "NEON_API_KEY";

  private final Builder config;
  private final HttpClient httpClient;
  private final RateLimiter rateLimiter;
  private final ConcurrencyLimitingTransport.Permits permits;
  private final ApiClient apiClient;
  private final OperationWaiter operationWaiter;

  private Neon(Builder config, HttpClient httpClient, RateLimiter rateLimiter,
      ConcurrencyLimitingTransport.Permits permits) {
    this.config = config;
    this.httpClient = httpClient;
    this.rateLimiter = rateLimiter;
    this.permits = permits;
    this.apiClient = ApiClient.builder()
        .baseUri(config.baseUri)
        .apiKeySupplier(config.apiKey)
        .userAgent(config.userAgent)
        .requestTimeout(config.requestTimeout)
        .maxResponseBytes(config.maxResponseBytes)
        .httpClient(httpClient)
        .transportLayers(inner -> {
          Transport t = new ConcurrencyLimitingTransport(new LoggingTransport(inner), permits);
          if (rateLimiter != null) {
            t = new RateLimitingTransport(t, rateLimiter);
          }
          return new RetryingTransport(t, config.retryPolicy, config.clock, config.sleeper);
        })
        .insecureHttp(config.allowInsecureHttp)
        .build();
    this.operationWaiter = new OperationWaiter(apiClient, config.classifier, config.pollSchedule,
        config.clock, config.sleeper);
  }

  /**
   * Returns a builder with the defaults.
   * @return a builder with the defaults
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Derives a client with changed options. It shares this client's connection pool unless the
   * changes set another {@code HttpClient}, connect timeout or executor; with the pool, its cap on
   * requests in flight unless they set another {@code maxConcurrentRequests}; and its rate-limit
   * budget unless they set another {@link RateLimit} or sleeper.
   * @param changes the options to change
   * @return the new client; this one is unchanged
   */
  public Neon withOptions(Consumer<Builder> changes) {
    Builder copy = config.copy();
    copy.sharedHttpClient = httpClient;
    copy.sharedRateLimiter = rateLimiter;
    copy.sharedPermits = permits;
    ApiRequest.require(changes, "changes").accept(copy);
    return copy.build();
  }

  /**
   * Returns projects of the account.
   * @return projects of the account
   */
  public Projects projects() {
    return new Projects(apiClient, operationWaiter);
  }

  /**
   * Returns the resources of that project.
   * @param projectId a project id
   * @return the resources of that project
   * @throws IllegalArgumentException when the id is null or blank
   */
  public ProjectScope project(String projectId) {
    return new ProjectScope(apiClient, operationWaiter, ApiRequest.require(projectId, "project_id"));
  }

  /**
   * Returns API keys of the account.
   * @return API keys of the account
   */
  public ApiKeys apiKeys() {
    return new ApiKeys(apiClient);
  }

  /**
   * Returns organizations.
   * @return organizations
   */
  public Organizations organizations() {
    return new Organizations(apiClient);
  }

  /**
   * Returns regions.
   * @return regions
   */
  public Regions regions() {
    return new Regions(apiClient);
  }

  /**
   * Returns the current user.
   * @return the current user
   */
  public Users users() {
    return new Users(apiClient);
  }

  /**
   * Returns consumption metrics.
   * @return consumption metrics
   */
  public Consumption consumption() {
    return new Consumption(apiClient);
  }

  /**
   * Returns the waiter for operations returned by mutations.
   * @return the waiter for operations returned by mutations
   */
  public OperationWaiter operations() {
    return operationWaiter;
  }

  /**
   * The escape hatch: any generated API class, on this client's transport, auth, retries and errors.
   * <pre>{@code neon.api(AuthLegacyApi::new).listNeonAuthIntegrations(...)}</pre>
   * @param constructor the generated API class's constructor
   * @param <A> the API class
   * @return an instance bound to this client
   */
  public <A> A api(Function<ApiClient, A> constructor) {
    return constructor.apply(apiClient);
  }

  /**
   * Returns the low-level client the generated API classes use.
   * @return the low-level client the generated API classes use
   */
  public ApiClient apiClient() {
    return apiClient;
  }

  @Override
  public String toString() {
    return "Neon{baseUri=" + config.baseUri + ", userAgent=" + config.userAgent + ", apiKey=" + ModelStrings.REDACTED
        + ", retryPolicy=" + config.retryPolicy + ", rateLimit=" + config.rateLimit + ", maxConcurrentRequests="
        + config.maxConcurrentRequests + ", pollSchedule="
        + config.pollSchedule + "}";
  }

  /** Builds a {@link Neon} client. Not thread-safe; the client it builds is. */
  public static final class Builder {
    private Supplier<Secret> apiKey;
    private Function<String, String> environment = System::getenv;
    private URI baseUri = ApiClient.DEFAULT_BASE_URI;
    private Duration connectTimeout = Duration.ofSeconds(10);
    private Duration requestTimeout = Duration.ofSeconds(60);
    private HttpClient httpClient;
    private HttpClient sharedHttpClient;
    private RateLimiter sharedRateLimiter;
    private ConcurrencyLimitingTransport.Permits sharedPermits;
    private Executor executor;
    private RetryPolicy retryPolicy = RetryPolicy.defaults();
    private RateLimit rateLimit;
    private int maxConcurrentRequests = 64;
    private String userAgent = defaultUserAgent();
    private PollSchedule pollSchedule = PollSchedule.defaults();
    private OperationClassifier classifier = OperationClassifier.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();
    private long maxResponseBytes = HttpClientTransport.DEFAULT_MAX_RESPONSE_BYTES;
    private boolean allowInsecureHttp;

    private Builder() {
    }

    private Builder copy() {
      Builder b = new Builder();
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
    public Builder apiKey(String apiKey) {
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
    public Builder apiKeySupplier(Supplier<String> apiKey) {
      ApiRequest.require(apiKey, "apiKeySupplier");
      this.apiKey = () -> Secret.of(apiKey.get(), "the key from apiKeySupplier"); // checked fully by ApiClient
      return this;
    }

    /**
     * Sets how environment variables are read (default {@link System#getenv(String)}); for tests.
     * @param environment reads environment variables (default {@link System#getenv(String)}); for tests
     * @return this builder
     */
    public Builder environment(Function<String, String> environment) {
      this.environment = ApiRequest.require(environment, "environment");
      return this;
    }

    /**
     * Sets the API's base URL (default {@code https://console.neon.tech/api/v2}).
     * @param baseUrl the API's base URL (default {@code https://console.neon.tech/api/v2})
     * @return this builder
     */
    public Builder baseUrl(String baseUrl) {
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
    public Builder connectTimeout(Duration connectTimeout) {
      this.connectTimeout = Checks.positive(connectTimeout, "connectTimeout");
      this.sharedHttpClient = null;
      return this;
    }

    /**
     * Sets the timeout of each HTTP request (one attempt).
     * @param requestTimeout timeout of each HTTP request (one attempt)
     * @return this builder
     */
    public Builder requestTimeout(Duration requestTimeout) {
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
    public Builder httpClient(HttpClient httpClient) {
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
    public Builder maxResponseBytes(long maxResponseBytes) {
      this.maxResponseBytes = HttpClientTransport.checkMaxResponseBytes(maxResponseBytes);
      return this;
    }

    /**
     * Allows a plain {@code http://} base URL to a host other than loopback. Off by default: the API
     * key would travel in clear text. Loopback ({@code localhost}, {@code 127.0.0.0/8},
     * {@code [::1]}) is always allowed, for emulators.
     * @return this builder
     */
    public Builder allowInsecureHttp() {
      this.allowInsecureHttp = true;
      return this;
    }

    /**
     * Sets the executor of the HTTP client this builder creates (async calls complete on it).
     * @param executor the executor of the HTTP client this builder creates (async calls complete on it)
     * @return this builder
     */
    public Builder executor(Executor executor) {
      this.executor = ApiRequest.require(executor, "executor");
      this.sharedHttpClient = null;
      return this;
    }

    /**
     * Sets when and how to retry; {@link RetryPolicy#none()} disables retries.
     * @param retryPolicy when and how to retry; {@link RetryPolicy#none()} disables retries
     * @return this builder
     */
    public Builder retryPolicy(RetryPolicy retryPolicy) {
      this.retryPolicy = ApiRequest.require(retryPolicy, "retryPolicy");
      return this;
    }

    /**
     * Sets client-side rate limits (none by default).
     * @param rateLimit client-side limits, e.g. {@link RateLimit#neonDefaults()}; null (the default) for
     *     none. Clients derived with {@link Neon#withOptions} share one budget.
     * @return this builder
     */
    public Builder rateLimit(RateLimit rateLimit) {
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
    public Builder maxConcurrentRequests(int maxConcurrentRequests) {
      this.maxConcurrentRequests = Checks.atLeast(maxConcurrentRequests, 1, "maxConcurrentRequests");
      return this;
    }

    /**
     * Sets the User-Agent header (default {@code neon-java/<version> java/<version>}).
     * @param userAgent the User-Agent header (default {@code neon-java/<version> java/<version>})
     * @return this builder
     */
    public Builder userAgent(String userAgent) {
      this.userAgent = ApiRequest.require(userAgent, "userAgent");
      return this;
    }

    /**
     * Sets the poll intervals and timeout of waits (default 1 s growing to 10 s, 5 minutes).
     * @param pollSchedule poll intervals and timeout of waits (default 1 s growing to 10 s, 5 minutes)
     * @return this builder
     */
    public Builder pollSchedule(PollSchedule pollSchedule) {
      this.pollSchedule = ApiRequest.require(pollSchedule, "pollSchedule");
      return this;
    }

    /**
     * Sets what operation statuses mean to waits.
     * @param classifier what operation statuses mean to waits
     * @return this builder
     */
    public Builder operationClassifier(OperationClassifier classifier) {
      this.classifier = ApiRequest.require(classifier, "operationClassifier");
      return this;
    }

    /**
     * Sets the clock and sleeper that time retries, deadlines and polls (for tests).
     * @param clock measures deadlines and timeouts
     * @param sleeper waits between retries and polls
     * @return this builder
     */
    public Builder time(Clock clock, Sleeper sleeper) {
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
        String fromEnv = environment.apply(API_KEY_ENV);
        if (fromEnv == null || fromEnv.isBlank()) {
          throw new IllegalStateException("No Neon API key: set the " + API_KEY_ENV
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
}

package dev.neonjava;

import dev.neonjava.resources.ApiKeys;
import dev.neonjava.resources.Consumption;
import dev.neonjava.resources.OrganizationScope;
import dev.neonjava.resources.ProjectScope;
import dev.neonjava.resources.Projects;
import dev.neonjava.resources.Regions;
import dev.neonjava.resources.Users;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.ModelStrings;
import dev.neonjava.runtime.Transport;
import dev.neonjava.runtime.transport.ConcurrencyLimitingTransport;
import dev.neonjava.runtime.transport.LoggingTransport;
import dev.neonjava.runtime.transport.RateLimit;
import dev.neonjava.runtime.transport.RateLimiter;
import dev.neonjava.runtime.transport.RateLimitingTransport;
import dev.neonjava.runtime.transport.RetryingTransport;
import dev.neonjava.wait.OperationWaiter;
import java.net.http.HttpClient;
import java.util.function.Consumer;
import java.util.function.Function;

/**
 * The Neon Management API client. Build one per application and share it: it is immutable and
 * thread-safe, and holds one connection pool.
 * <pre>{@code
 * Neon neon = Neon.builder().build();                       // key from NEON_API_KEY
 * CreateProjectResponse created = neon.projects().create(p -> p.name("demo")).await();
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

  private final NeonBuilder config;
  private final HttpClient httpClient;
  private final RateLimiter rateLimiter;
  private final ConcurrencyLimitingTransport.Permits permits;
  private final ApiClient apiClient;
  private final OperationWaiter operationWaiter;

  Neon(NeonBuilder config, HttpClient httpClient, RateLimiter rateLimiter,
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
        .clock(config.clock)
        .build();
    this.operationWaiter = new OperationWaiter(apiClient, config.classifier, config.pollSchedule,
        config.clock, config.sleeper);
  }

  /**
   * Returns a builder with the defaults.
   * @return a builder with the defaults
   */
  public static NeonBuilder builder() {
    return new NeonBuilder();
  }

  /**
   * Derives a client with changed options. It shares this client's connection pool unless the
   * changes set another {@code HttpClient}, connect timeout or executor; with the pool, its cap on
   * requests in flight unless they set another {@code maxConcurrentRequests}; and its rate-limit
   * budget unless they set another {@link RateLimit} or sleeper.
   * @param changes the options to change
   * @return the new client; this one is unchanged
   */
  public Neon withOptions(Consumer<NeonBuilder> changes) {
    NeonBuilder copy = config.copy();
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
    return new Projects(apiClient, operationWaiter, config.orgId);
  }

  /**
   * Returns the resources of that project.
   * @param projectId a project id
   * @return the resources of that project
   * @throws IllegalArgumentException when the id is null or blank
   */
  public ProjectScope project(String projectId) {
    return new ProjectScope(apiClient, operationWaiter, ApiRequest.require(projectId, "project_id"), config.orgId);
  }

  /**
   * Returns API keys of the account.
   * @return API keys of the account
   */
  public ApiKeys apiKeys() {
    return new ApiKeys(apiClient, operationWaiter);
  }

  /**
   * Returns the resources of that organization: members, API keys, invitations, spending limit,
   * VPC endpoints, project transfers.
   * @param orgId an organization id
   * @return the resources of that organization
   * @throws IllegalArgumentException when the id is null, blank or not a path segment
   */
  public OrganizationScope organization(String orgId) {
    return new OrganizationScope(apiClient, operationWaiter, orgId);
  }

  /**
   * Returns the regions where projects can be created.
   * @return regions
   */
  public Regions regions() {
    return new Regions(apiClient, operationWaiter, config.orgId);
  }

  /**
   * Returns the user the API key belongs to.
   * @return the current user
   */
  public Users users() {
    return new Users(apiClient, operationWaiter);
  }

  /**
   * Returns consumption metrics.
   * @return consumption metrics
   */
  public Consumption consumption() {
    return new Consumption(apiClient, operationWaiter, config.orgId);
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

  // Neon Auth

  /**
   * Returns the legacy Neon Auth calls whose path names no project (create an integration, SDK keys,
   * users, transfers); new code uses {@code project(id).branch(id).auth()}.
   * @return the legacy Neon Auth calls without a project in the path
   */
  public dev.neonjava.resources.LegacyNeonAuthIntegrations neonAuthIntegrations() {
    return new dev.neonjava.resources.LegacyNeonAuthIntegrations(apiClient, operationWaiter);
  }

  @Override
  public String toString() {
    return "Neon{baseUri=" + config.baseUri + ", userAgent=" + config.userAgent + ", apiKey=" + ModelStrings.REDACTED
        + ", retryPolicy=" + config.retryPolicy + ", rateLimit=" + config.rateLimit + ", maxConcurrentRequests="
        + config.maxConcurrentRequests + ", orgId=" + config.orgId + ", pollSchedule="
        + config.pollSchedule + "}";
  }
}

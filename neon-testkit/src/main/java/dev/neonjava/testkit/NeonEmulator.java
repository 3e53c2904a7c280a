package dev.neonjava.testkit;

import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.CreateProjectBranchRequest;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.generated.model.Role;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.Secret;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stateful, in-memory emulator of the Neon Management API on loopback (127.0.0.1, an ephemeral
 * port), served under {@code /api/v2} like {@code https://console.neon.tech/api/v2}.
 *
 * <p>It keeps projects, branches, compute endpoints, databases, roles, operations and API keys,
 * and follows Neon's rules where clients feel them: mutations return operations that go
 * {@code scheduling -> running -> finished} over {@link Builder#operationDelay the operation
 * delay}; a mutation while operations run on the project gets {@code 423 Locked}; duplicate names
 * get 409; missing ids get 404 with Neon's error body; lists page with Neon's cursors and limits;
 * optional rate limits answer 429 with {@code Retry-After}; a missing or wrong API key gets 401.
 * Operations of the spec it does not emulate answer 501 ({@link #emulatedOperations()} lists the
 * others). Every request it accepts and every response it sends is checked against the bundled
 * copy of {@code spec/neon-api.yaml}; the problems are kept in {@link #violations()} and fail the
 * test under {@link NeonEmulatorExtension}.
 *
 * <pre>{@code
 * try (NeonEmulator neon = NeonEmulator.start()) {
 *   ApiClient client = neon.newApiClient();
 *   // ... code under test, then assertions on neon.projects(), neon.requests(), ...
 * }
 * }</pre>
 *
 * <p>Thread-safe. Scripting methods ({@link #inject}, {@link #nextOperation}, ...) take effect for
 * the requests that arrive after they return.
 */
public final class NeonEmulator implements AutoCloseable {
  /** The path under which the API is served, as on {@code console.neon.tech}. */
  public static final String BASE_PATH = "/api/v2";
  /** The API key the emulator accepts unless told otherwise. */
  public static final String DEFAULT_API_KEY = "napi_neon_emulator_test_key";

  private final Settings initial;
  private final SpecCheck spec;
  private volatile State state;
  private final WireMockHost host;
  private final URI baseUri;

  private NeonEmulator(Builder b) {
    this.initial = new Settings(b);
    this.spec = b.specFile == null ? SpecCheck.byDefault() : SpecCheck.of(b.specFile);
    this.state = new State(spec, initial);
    this.host = new WireMockHost(this::dispatch);
    this.baseUri = URI.create("http://127.0.0.1:" + host.port() + BASE_PATH);
  }

  private Reply dispatch(Dispatcher.Incoming in) {
    return state.dispatcher.dispatch(in);
  }

  /**
   * Returns an emulator with the defaults (no operation delay, no rate limits), started.
   * @return an emulator with the defaults (no operation delay, no rate limits), started
   */
  public static NeonEmulator start() {
    return builder().start();
  }

  /**
   * Returns a builder of a configured emulator.
   * @return a builder of a configured emulator
   */
  public static Builder builder() {
    return new Builder();
  }

  // ---------------------------------------------------------------------------------------------
  // connecting

  /**
   * Returns the base URI to give a client, e.g.
   * @return the base URI to give a client, e.g. {@code http://127.0.0.1:54321/api/v2}
   */
  public URI baseUri() {
    return baseUri;
  }

  /**
   * Returns the port on 127.0.0.1.
   * @return the port on 127.0.0.1
   */
  public int port() {
    return host.port();
  }

  /**
   * Returns the API key the emulator accepts (besides keys created through the API).
   * @return the API key the emulator accepts (besides keys created through the API)
   */
  public String apiKey() {
    return state.settings.apiKey;
  }

  /**
   * Returns a builder of the generated client's {@link ApiClient}, pointed at this emulator with its API
   * key; add transport layers (retries, rate limiting) before {@code build()}.
   * @return a builder of the generated client's {@link ApiClient}, pointed at this emulator with
   *     its API key; add transport layers (retries, rate limiting) before {@code build()}
   */
  public ApiClient.Builder clientBuilder() {
    return ApiClient.builder()
        .baseUri(baseUri)
        .apiKey(Secret.of(apiKey(), "API key"))
        .connectTimeout(Duration.ofSeconds(5))
        .requestTimeout(Duration.ofSeconds(30));
  }

  /**
   * Returns a client of the generated API pointed at this emulator.
   * @return a client of the generated API pointed at this emulator
   */
  public ApiClient newApiClient() {
    return clientBuilder().build();
  }

  // ---------------------------------------------------------------------------------------------
  // time and operations

  /**
   * Returns the emulator's current time (the clock plus every {@link #advanceTime}).
   * @return the emulator's current time (the clock plus every {@link #advanceTime})
   */
  public Instant now() {
    return state.plane.now();
  }

  /**
   * Moves the emulator's time forward: operations end, rate-limit windows slide, without waiting.
   * @param duration how far
   */
  public void advanceTime(Duration duration) {
    state.plane.advanceTime(Objects.requireNonNull(duration, "duration"));
  }

  /**
   * Sets how long each new operation takes.
   * @param delay how long each new operation takes from creation to its end: the first half
   *     {@code scheduling}, the second {@code running}; operations of one project run one after
   *     another. Zero (the default) ends them at once (they still answer {@code scheduling} in the
   *     response of the request that created them).
   */
  public void operationDelay(Duration delay) {
    state.plane.operationDelay(delay);
  }

  /**
   * Sets how long every new operation of one action takes.
   * @param action an operation action, e.g. {@link OperationAction#START_COMPUTE}
   * @param duration how long every new operation of that action takes, instead of the operation
   *     delay; null to go back to it
   */
  public void operationDuration(OperationAction action, Duration duration) {
    state.plane.actionDuration(Objects.requireNonNull(action, "action"), duration);
  }

  /**
   * Scripts the next operation of an action: {@code neon.nextOperation(CREATE_BRANCH).fails("..")},
   * {@code neon.nextOperation(START_COMPUTE).takes(Duration.ofSeconds(3))}. Scripts of one action
   * are used in the order they were made, by operations of API requests (not by the seed methods).
   * @param action the action
   * @return the script to complete
   */
  public OperationScript nextOperation(OperationAction action) {
    return state.plane.script(Objects.requireNonNull(action, "action"));
  }

  // ---------------------------------------------------------------------------------------------
  // faults, rate limits, validation

  /**
   * Arms a fault for requests to one operation of the spec.
   * @param operationId an operationId of the spec (e.g. {@code "createProjectBranch"}), or
   *     {@code "*"} for every operation
   * @param fault what happens, and to how many requests ({@link Fault#times}; once by default)
   * @throws IllegalArgumentException when the spec has no such operation
   */
  public void inject(String operationId, Fault fault) {
    Objects.requireNonNull(fault, "fault");
    if (!"*".equals(operationId) && spec.routes().routes().stream().noneMatch(r -> r.operationId.equals(operationId))) {
      throw new IllegalArgumentException("the Neon API spec has no operation " + operationId);
    }
    state.dispatcher.inject(operationId, fault);
  }

  /** Disarms every fault. */
  public void clearFaults() {
    state.dispatcher.clearFaults();
  }

  /**
   * Enforces rate limits, answering {@code 429} with {@code Retry-After} past them.
   * @param limits the rate limits to enforce from now on ({@link RateLimits#neon()} for Neon's
   *     documented ones, {@link RateLimits#none()} to stop); counting starts afresh
   */
  public void rateLimits(RateLimits limits) {
    state.dispatcher.limiter().limits(Objects.requireNonNull(limits, "limits"));
  }

  /**
   * Returns the rate limits in force.
   * @return the rate limits in force
   */
  public RateLimits rateLimits() {
    return state.dispatcher.limiter().limits();
  }

  /**
   * Returns every request the emulator answered 400 because it broke the spec, every response of its own
   * that broke the spec, and every internal error, in order.
   * @return every request the emulator answered 400 because it broke the spec, every response of
   *     its own that broke the spec, and every internal error, in order
   */
  public List<SpecViolation> violations() {
    return state.dispatcher.violations(false);
  }

  /**
   * Returns and forgets the violations, for a test that sends a bad request on purpose and checks
   * the answer (the extension then does not fail it for them).
   * @return the violations so far
   */
  public List<SpecViolation> takeViolations() {
    return state.dispatcher.violations(true);
  }

  /**
   * Returns the requests received so far (the last 10,000), oldest first.
   * @return the requests received so far (the last 10,000), oldest first
   */
  public List<RecordedRequest> requests() {
    return state.dispatcher.requests(false);
  }

  /**
   * Returns the requests received so far, forgetting them.
   * @return the requests received so far, forgetting them
   */
  public List<RecordedRequest> takeRequests() {
    return state.dispatcher.requests(true);
  }

  // ---------------------------------------------------------------------------------------------
  // state, for assertions and set-up

  /**
   * Returns every project, as the API would render it.
   * @return every project, as the API would render it
   */
  public List<Project> projects() {
    return state.plane.read(ControlPlane::projectsView);
  }

  /**
   * Returns the project, if it exists.
   * @param projectId a project id
   * @return the project, if it exists
   */
  public Optional<Project> project(String projectId) {
    return state.plane.read(p -> {
      ControlPlane.ProjectRec rec = p.findProject(projectId);
      return Optional.ofNullable(rec == null ? null : p.projectView(rec));
    });
  }

  /**
   * Returns its branches.
   * @param projectId an existing project
   * @return its branches
   * @throws IllegalArgumentException when the project does not exist
   */
  public List<Branch> branches(String projectId) {
    return read(p -> p.branchesView(projectId));
  }

  /**
   * Returns its compute endpoints.
   * @param projectId an existing project
   * @return its compute endpoints
   */
  public List<Endpoint> endpoints(String projectId) {
    return read(p -> p.endpointsView(projectId));
  }

  /**
   * Returns its operations, oldest first, with their status now.
   * @param projectId an existing project
   * @return its operations, oldest first, with their status now
   */
  public List<Operation> operations(String projectId) {
    return read(p -> p.operationsView(projectId));
  }

  /**
   * Returns the branch's databases.
   * @param projectId an existing project
   * @param branchId one of its branches
   * @return the branch's databases
   */
  public List<Database> databases(String projectId, String branchId) {
    return read(p -> p.databasesView(projectId, branchId));
  }

  /**
   * Returns the branch's roles (without passwords).
   * @param projectId an existing project
   * @param branchId one of its branches
   * @return the branch's roles (without passwords)
   */
  public List<Role> roles(String projectId, String branchId) {
    return read(p -> p.rolesView(projectId, branchId));
  }

  /**
   * Creates a project directly, as if created through the API long ago: its default branch
   * {@code main} is ready, its compute active, role {@code neondb_owner} and database {@code neondb}
   * exist, its operations finished.
   * @param name the project name
   * @return the project
   */
  public Project seedProject(String name) {
    return read(p -> {
      ControlPlane.Created created = p.createProject(new ProjectCreateRequestProject().name(name), p.now(), true);
      return p.projectView(created.project);
    });
  }

  /**
   * Creates a branch directly (child of the default branch, no compute), ready at once.
   * @param projectId an existing project
   * @param name the branch name
   * @return the branch
   */
  public Branch seedBranch(String projectId, String name) {
    return read(p -> {
      ControlPlane.ProjectRec project = p.project(projectId);
      ControlPlane.Created created = p.createBranch(project,
          new CreateProjectBranchRequest().branch(new BranchCreateRequestBranch().name(name)), p.now(), true);
      return p.branchView(project, created.branch);
    });
  }

  private <T> T read(java.util.function.Function<ControlPlane, T> reader) {
    try {
      return state.plane.read(reader);
    } catch (ApiError e) {
      throw new IllegalArgumentException(e.getMessage(), e);
    }
  }

  /**
   * Forgets every resource, operation, API key created through the API, script, fault, violation
   * and logged request, and restores the settings the emulator was built with. The server keeps
   * its port.
   */
  public void reset() {
    reset(initial);
  }

  void reset(Settings settings) {
    this.state = new State(spec, settings);
  }

  /**
   * Returns the operationIds of the spec that the emulator implements, sorted.
   * @return the operationIds of the spec that the emulator implements, sorted
   */
  public static Set<String> emulatedOperations() {
    return new TreeSet<>(new ControlPlane(Clock.systemUTC(), 0).emulatedOperations());
  }

  /** Stops the server. */
  @Override
  public void close() {
    host.close();
  }

  @Override
  public String toString() {
    return "NeonEmulator{" + baseUri + "}";
  }

  // ---------------------------------------------------------------------------------------------

  /** Everything {@link #reset()} restores. */
  static final class Settings {
    final String apiKey;
    final Duration operationDelay;
    final RateLimits rateLimits;
    final Clock clock;
    final long seed;
    final boolean validate;

    Settings(Builder b) {
      this(b.apiKey, b.operationDelay, b.rateLimits, b.clock, b.seed, b.validate);
    }

    Settings(String apiKey, Duration operationDelay, RateLimits rateLimits, Clock clock, long seed, boolean validate) {
      this.apiKey = apiKey;
      this.operationDelay = operationDelay;
      this.rateLimits = rateLimits;
      this.clock = clock;
      this.seed = seed;
      this.validate = validate;
    }

    Settings with(String apiKey, Duration operationDelay, RateLimits rateLimits, boolean validate) {
      return new Settings(apiKey, operationDelay, rateLimits, clock, seed, validate);
    }
  }

  /** The control plane and the request pipeline in front of it; replaced whole by a reset. */
  private static final class State {
    final Settings settings;
    final ControlPlane plane;
    final Dispatcher dispatcher;

    State(SpecCheck spec, Settings settings) {
      this.settings = settings;
      this.plane = new ControlPlane(settings.clock, settings.seed);
      this.plane.operationDelay(settings.operationDelay);
      this.plane.addApiKey("neon-emulator", settings.apiKey);
      this.dispatcher = new Dispatcher(spec, plane);
      this.dispatcher.limiter().limits(settings.rateLimits);
      this.dispatcher.validate(settings.validate);
    }
  }

  /** Configures an emulator; {@link #start()} starts it. */
  public static final class Builder {
    private String apiKey = DEFAULT_API_KEY;
    private Duration operationDelay = Duration.ZERO;
    private RateLimits rateLimits = RateLimits.none();
    private Clock clock = Clock.systemUTC();
    private long seed = 1;
    private boolean validate = true;
    private Path specFile;

    private Builder() {
    }

    /**
     * Sets the key requests must carry as {@code Authorization: Bearer <key>}.
     * @param apiKey the key requests must carry as {@code Authorization: Bearer <key>}
     * @return this builder
     */
    public Builder apiKey(String apiKey) {
      if (apiKey == null || apiKey.isBlank()) {
        throw new IllegalArgumentException("apiKey must not be blank");
      }
      this.apiKey = apiKey;
      return this;
    }

    /**
     * Sets how long each operation takes (see {@link NeonEmulator#operationDelay(Duration)}); default zero.
     * @param delay see {@link NeonEmulator#operationDelay(Duration)}; default zero
     * @return this builder
     */
    public Builder operationDelay(Duration delay) {
      if (delay == null || delay.isNegative()) {
        throw new IllegalArgumentException("operationDelay must be zero or positive");
      }
      this.operationDelay = delay;
      return this;
    }

    /**
     * Sets rate limits from the start; default none.
     * @param limits rate limits from the start; default none
     * @return this builder
     */
    public Builder rateLimits(RateLimits limits) {
      this.rateLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * Sets the emulator's time source (default the system clock).
     * @param clock the emulator's time source (default the system clock)
     * @return this builder
     */
    public Builder clock(Clock clock) {
      this.clock = Objects.requireNonNull(clock, "clock");
      return this;
    }

    /**
     * Sets the seed of the generated ids and secrets: one seed, one sequence of ids.
     * @param seed seeds the generated ids and secrets: one seed, one sequence of ids
     * @return this builder
     */
    public Builder seed(long seed) {
      this.seed = seed;
      return this;
    }

    /**
     * Sets whether requests and responses are checked against the spec (default true).
     * @param validate whether requests and responses are checked against the spec (default true)
     * @return this builder
     */
    public Builder validateAgainstSpec(boolean validate) {
      this.validate = validate;
      return this;
    }

    /**
     * Sets another copy of the Neon API spec to route and validate with, instead of the one bundled in
     * this artifact (or the one the system property {@code neon.testkit.spec} names).
     * @param specFile another copy of the Neon API spec to route and validate with, instead of the
     *     one bundled in this artifact (or the one the system property {@code neon.testkit.spec}
     *     names)
     * @return this builder
     */
    public Builder spec(Path specFile) {
      this.specFile = specFile;
      return this;
    }

    /**
     * Returns the running emulator; close it to stop the server.
     * @return the running emulator; close it to stop the server
     */
    public NeonEmulator start() {
      return new NeonEmulator(this);
    }
  }
}

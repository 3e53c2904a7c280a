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
import dev.neonjava.Neon;
import dev.neonjava.NeonBuilder;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.wait.PollSchedule;
import dev.neonjava.runtime.Secret;
import java.net.URI;
import java.nio.file.Path;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.Set;
import java.util.TreeSet;

/**
 * A stateful, in-memory emulator of the Neon Management API on loopback (127.0.0.1, an ephemeral
 * port), served under {@code /api/v2} like {@code https://console.neon.tech/api/v2}.
 *
 * <p>It keeps projects, branches, compute endpoints, databases, roles, operations and API keys,
 * and follows Neon's rules where clients feel them: mutations return operations that go
 * {@code scheduling -> running -> finished} over {@link NeonEmulatorBuilder#operationDelay the
 * operation delay}; a mutation while operations run on the project gets {@code 423 Locked}; duplicate names
 * get 409; missing ids get 404 with Neon's error body; lists page with Neon's cursors and limits;
 * optional rate limits answer 429 with {@code Retry-After}; a missing or wrong API key gets 401.
 * Every operation of the spec answers: the resource families above with Neon's rules, the others
 * (snapshots, Neon Auth, Data API, ...) from a generic store of resources shaped by the spec, with
 * ids, timestamps, 404s and pages ({@link #emulatedOperations()} lists them). Every request it accepts and every response it sends is checked against the bundled
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

  private final EmulatorState.Settings initial;
  private final SpecCheck spec;
  private volatile EmulatorState state;
  private final WireMockHost host;
  private final URI baseUri;

  private NeonEmulator(NeonEmulatorBuilder b) {
    this.initial = new EmulatorState.Settings(b.apiKey, b.operationDelay, b.rateLimits, b.clock, b.seed, b.validate,
        b.databases);
    Path specFile = b.specFile;
    // the first emulator of a JVM parses the spec while the HTTP server starts (about half each)
    CompletableFuture<SpecCheck> parsing = CompletableFuture.supplyAsync(
        () -> specFile == null ? SpecCheck.byDefault() : SpecCheck.of(specFile));
    this.host = new WireMockHost(this::dispatch, b.bindAddress, b.port);
    try {
      this.spec = parsing.join();
    } catch (CompletionException e) {
      host.close();
      throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
    } catch (RuntimeException e) {
      host.close();
      throw e;
    }
    try {
      this.state = new EmulatorState(spec, initial);
    } catch (RuntimeException e) {
      host.close();
      throw e;
    }
    this.baseUri = URI.create("http://127.0.0.1:" + host.port() + BASE_PATH);
  }

  private Reply dispatch(Dispatcher.Incoming in) {
    EmulatorState current = state;
    if (current == null) {
      // a request that found the port before the emulator finished starting
      return Reply.raw(503, "text/plain", "the Neon emulator is starting");
    }
    return current.dispatcher.dispatch(in);
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
  public static NeonEmulatorBuilder builder() {
    return new NeonEmulatorBuilder();
  }

  static NeonEmulator start(NeonEmulatorBuilder builder) {
    return new NeonEmulator(builder);
  }

  // ---------------------------------------------------------------------------------------------
  // connecting

  /**
   * Returns the base URI to give a client, e.g. {@code http://127.0.0.1:54321/api/v2}.
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
   * Returns a builder of the generated client's {@link ApiClient}, pointed at this emulator with its API key; add transport layers (retries, rate limiting) before {@code build()}.
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

  /**
   * Returns a builder of the fluent {@link Neon} client, pointed at this emulator with its API key and waits that poll every 20 ms growing to 200 ms (the emulator's operations take milliseconds); change anything before {@code build()}.
   * @return a builder of the fluent {@link Neon} client, pointed at this emulator with its API key
   *     and waits that poll every 20 ms growing to 200 ms (the emulator's operations take
   *     milliseconds); change anything before {@code build()}
   */
  public NeonBuilder neonBuilder() {
    return Neon.builder()
        .baseUrl(baseUri.toString())
        .apiKey(apiKey())
        .pollSchedule(PollSchedule.builder().initialInterval(Duration.ofMillis(20))
            .maxInterval(Duration.ofMillis(200)).timeout(Duration.ofMinutes(1)).build());
  }

  /**
   * Returns the fluent client pointed at this emulator, with fast waits ({@link #neonBuilder()}).
   * @return the fluent client pointed at this emulator, with fast waits ({@link #neonBuilder()})
   */
  public Neon newNeon() {
    return neonBuilder().build();
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
   * Sets how long each new operation takes from creation to its end.
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
   * Enforces rate limits from now on.
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
   * Returns every request the emulator answered 400 because it broke the spec, every response of its own that broke the spec, and every internal error, in order.
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
      Records.ProjectRec rec = p.findProject(projectId);
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
      Records.Created created = p.projectsFamily.createProject(new ProjectCreateRequestProject().name(name), p.now(), true);
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
      Records.ProjectRec project = p.project(projectId);
      Records.Created created = p.branchesFamily.createBranch(project,
          new CreateProjectBranchRequest().branch(new BranchCreateRequestBranch().name(name)), p.now(), true);
      return p.branchView(project, created.branch);
    });
  }

  /**
   * Stores an object in a bucket directly (replacing one of the same key), as a client would by
   * uploading to a presigned URL, which the API itself has no operation for.
   * @param projectId an existing project
   * @param branchId an existing branch of it
   * @param bucket an existing bucket of the branch
   * @param key the object key
   * @param content the object's bytes (copied)
   */
  public void putBucketObject(String projectId, String branchId, String bucket, String key, byte[] content) {
    java.util.Objects.requireNonNull(content, "content");
    read(p -> {
      p.storageFamily.put(projectId, branchId, bucket, key, content, p.now());
      return null;
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

  void reset(EmulatorState.Settings settings) {
    EmulatorState old = state;
    this.state = new EmulatorState(spec, settings);
    old.plane.databases.close();
  }

  /**
   * Returns the operationIds of the spec that the emulator implements, sorted.
   * @return the operationIds of the spec that the emulator implements, sorted
   */
  public static Set<String> emulatedOperations() {
    SpecCheck spec = SpecCheck.byDefault();
    ControlPlane plane = new ControlPlane(Clock.systemUTC(), 0, spec);
    Set<String> out = new TreeSet<>();
    for (SpecRoutes.Route route : spec.routes().routes()) {
      if (plane.emulates(route.operationId)) {
        out.add(route.operationId);
      }
    }
    return out;
  }

  /** Stops the server; with {@link Databases#POSTGRES}, drops this emulator's databases and roles. */
  @Override
  public void close() {
    host.close();
    state.plane.databases.close();
  }

  @Override
  public String toString() {
    return "NeonEmulator{" + baseUri + "}";
  }

  // ---------------------------------------------------------------------------------------------
}

package dev.neonjava.testkit;

import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointSettingsData;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.Role;
import dev.neonjava.testkit.Records.ApiKeyRec;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.DatabaseRec;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.ProjectRec;
import dev.neonjava.testkit.Records.RoleRec;
import java.math.BigDecimal;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The emulated control plane: the shared state (time, ids, projects and what they hold, API keys)
 * behind one lock, and the chain that answers a routed {@link Call}: the resource family's own
 * behaviour ({@link ResourceFamily} subclasses), else the spec-driven {@link GenericStore}. (Scripted
 * faults come before, in the {@link Dispatcher}.) Handlers return a {@link Reply} or throw
 * {@link ApiError}. Time is the emulator's clock (system time plus what tests skipped ahead).
 */
final class ControlPlane {
  static final String DEFAULT_REGION = "aws-us-east-2";
  static final String CREATION_SOURCE = "neon-emulator";
  static final String PROVISIONER = "k8s-neonvm";
  static final UUID USER_ID = UUID.fromString("7b1e5a8c-3f40-4b2a-9c51-0e6d2f8a4b10");
  static final String ORG_ID = "org-emulated-00000000";
  static final BigDecimal DEFAULT_CU = new BigDecimal("0.25");
  static final String LOCKED_MESSAGE =
      "project already has running conflicting operations, scheduling of new ones is prohibited";

  /** Handlers of the operations with behaviour of their own, by operationId. */
  private final Map<String, Function<Call, Reply>> handlers = new LinkedHashMap<>();
  private final GenericStore store;

  private final Clock clock;
  private Duration timeOffset = Duration.ZERO;
  final Names names;
  private long sequence;
  private long databaseIds;
  private long apiKeyIds;
  final Map<String, ProjectRec> projects = new LinkedHashMap<>();
  final Map<Long, ApiKeyRec> apiKeys = new LinkedHashMap<>();
  private final OperationQueue queue;
  final ProjectsFamily projectsFamily;
  final BranchesFamily branchesFamily;
  final StorageFamily storageFamily;
  final RestoreFamily restoreFamily;
  final OrganizationsFamily organizationsFamily;
  /** what stands behind branches, databases and roles (real PostgreSQL or nothing), kept in step after each call */
  DatabaseBackend databases = DatabaseBackend.NONE;

  ControlPlane(Clock clock, long seed, SpecCheck spec) {
    this.clock = clock;
    this.names = new Names(seed);
    this.queue = new OperationQueue(names::uuid, this::nextSequence);
    this.projectsFamily = new ProjectsFamily(this);
    this.branchesFamily = new BranchesFamily(this);
    this.storageFamily = new StorageFamily(this);
    this.restoreFamily = new RestoreFamily(this);
    this.organizationsFamily = new OrganizationsFamily(this);
    for (ResourceFamily family : List.of(new AccountFamily(this), projectsFamily, new OperationsFamily(this),
        branchesFamily, new DatabasesAndRolesFamily(this), new EndpointsFamily(this), organizationsFamily,
        new ConsumptionFamily(this), storageFamily, new FunctionsFamily(this))) {
      family.register(handlers);
    }
    // Neon's specific behaviour beyond plain resources (restore, snapshots, transfers, Neon Auth, Data API, ...)
    NeonAuthIntegrations neonAuth = new NeonAuthIntegrations(this);
    for (ResourceFamily family : List.of(restoreFamily, new SnapshotsFamily(this), new TransfersFamily(this),
        new AnonymizedBranchesFamily(this), new DataApiFamily(this), new NeonAuthFamily(this, neonAuth),
        new NeonAuthSettingsFamily(this, neonAuth), new ConsumptionV2Family(this))) {
      family.register(handlers);
    }
    // the operations of the live API that the published spec lacks (from @neon/sdk)
    SdkOperationFamilies.of(this).forEach(family -> family.register(handlers));
    this.store = new GenericStore(this, spec);
  }

  // ---------------------------------------------------------------------------------------------
  // time, sequence, operations

  /**
   * Returns whether the generic store holds a resource of that kind with that id.
   * @return whether the generic store holds a resource of that kind with that id
   */
  boolean stored(String kind, String id) {
    return store.resources(kind).stream().anyMatch(r -> r.has("id") && id.equals(r.get("id").getAsString()));
  }

  synchronized Instant now() {
    return clock.instant().plus(timeOffset);
  }

  synchronized void advanceTime(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("time only moves forward");
    }
    timeOffset = timeOffset.plus(by);
  }

  /**
   * Returns the next number of the one sequence that orders projects, branches, endpoints and operations.
   * @return the next number of the one sequence that orders projects, branches, endpoints and operations
   */
  long nextSequence() {
    return ++sequence;
  }

  OperationQueue queue() {
    return queue;
  }

  synchronized void operationDelay(Duration delay) {
    queue.operationDelay(delay);
  }

  synchronized void actionDuration(OperationAction action, Duration duration) {
    queue.actionDuration(action, duration);
  }

  synchronized OperationScript script(OperationAction action) {
    return queue.script(action);
  }

  // ---------------------------------------------------------------------------------------------
  // API keys (also the authentication of every request)

  synchronized long addApiKey(String name, String key) {
    ApiKeyRec rec = new ApiKeyRec();
    rec.id = ++apiKeyIds;
    rec.name = name;
    rec.key = key;
    rec.createdAt = now();
    apiKeys.put(rec.id, rec);
    return rec.id;
  }

  synchronized boolean authenticate(String key, String clientIp) {
    if (key == null) {
      return false;
    }
    for (ApiKeyRec rec : apiKeys.values()) {
      if (!rec.revoked && rec.key.equals(key)) {
        rec.lastUsedAt = now();
        rec.lastUsedFrom = clientIp == null ? "" : clientIp;
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------------------------------------
  // the chain: the family's behaviour, else the generic store

  /**
   * Returns the operationIds answered by a resource family's own behaviour.
   * @return the operationIds answered by a resource family's own behaviour
   */
  Set<String> familyOperations() {
    return Collections.unmodifiableSet(handlers.keySet());
  }

  /**
   * Returns the operationIds the generic store answers (every other operation of the spec it can shape).
   * @return the operationIds the generic store answers (every other operation of the spec it can shape)
   */
  Set<String> storeOperations() {
    Set<String> out = new TreeSet<>(store.operations());
    out.removeAll(handlers.keySet());
    return out;
  }

  boolean emulates(String operationId) {
    return handlers.containsKey(operationId) || store.operations().contains(operationId);
  }

  synchronized Reply handle(Call received, SpecRoutes.Route route) {
    // stamped under the lock: concurrent calls see time and the operation queue in one order
    Call call = received.at(now());
    queue.advance(projects.values(), call.now);
    String projectId = call.path("project_id");
    if (projectId != null) {
      ProjectRec project = project(projectId);
      boolean mutation = !"GET".equals(call.method);
      if (mutation && !"deleteProject".equals(call.operationId) && project.queueEnd.isAfter(call.now)) {
        throw new ApiError(423, "", LOCKED_MESSAGE);
      }
    }
    Function<Call, Reply> handler = handlers.get(call.operationId);
    Reply reply = handler != null ? handler.apply(call) : store.handle(call, route);
    databases.sync(this, call);
    return reply;
  }

  // ---------------------------------------------------------------------------------------------
  // state for tests (NeonEmulator's accessors)

  synchronized <T> T read(Function<ControlPlane, T> reader) {
    queue.advance(projects.values(), now());
    T result = reader.apply(this);
    databases.sync(this, null);
    return result;
  }

  List<Project> projectsView() {
    return projects.values().stream().map(Render::project).collect(Collectors.toList());
  }

  ProjectRec findProject(String id) {
    return projects.get(id);
  }

  List<Branch> branchesView(String projectId) {
    ProjectRec p = project(projectId);
    return p.branches.values().stream().map(b -> Render.branch(p, b)).collect(Collectors.toList());
  }

  List<Endpoint> endpointsView(String projectId) {
    return project(projectId).endpoints.values().stream().map(Render::endpoint).collect(Collectors.toList());
  }

  List<Operation> operationsView(String projectId) {
    Instant now = now();
    return project(projectId).ops.stream().map(op -> Render.operation(op, now, false)).collect(Collectors.toList());
  }

  List<Database> databasesView(String projectId, String branchId) {
    return branch(project(projectId), branchId).databases.values().stream().map(Render::database)
        .collect(Collectors.toList());
  }

  List<Role> rolesView(String projectId, String branchId) {
    return branch(project(projectId), branchId).roles.values().stream().map(r -> Render.role(r, false))
        .collect(Collectors.toList());
  }

  Project projectView(ProjectRec p) {
    return Render.project(p);
  }

  Branch branchView(ProjectRec p, BranchRec b) {
    return Render.branch(p, b);
  }


  // ---------------------------------------------------------------------------------------------
  // lookups (404s)

  ProjectRec project(String id) {
    ProjectRec p = projects.get(id);
    if (p == null) {
      throw ApiError.notFound("project " + id + " not found");
    }
    return p;
  }

  static BranchRec branch(ProjectRec p, String id) {
    BranchRec b = p.branches.get(id);
    if (b == null) {
      throw ApiError.notFound("branch " + id + " not found");
    }
    return b;
  }

  static BranchRec defaultBranch(ProjectRec p) {
    for (BranchRec b : p.branches.values()) {
      if (b.isDefault) {
        return b;
      }
    }
    throw ApiError.notFound("project " + p.id + " has no default branch");
  }

  static EndpointRec endpoint(ProjectRec p, String id) {
    EndpointRec e = p.endpoints.get(id);
    if (e == null) {
      throw ApiError.notFound("endpoint " + id + " not found");
    }
    return e;
  }

  static DatabaseRec database(BranchRec b, String name) {
    DatabaseRec db = b.databases.get(name);
    if (db == null) {
      throw ApiError.notFound("database " + name + " not found");
    }
    return db;
  }

  static RoleRec role(BranchRec b, String name) {
    RoleRec r = b.roles.get(name);
    if (r == null) {
      throw ApiError.notFound("role " + name + " not found");
    }
    return r;
  }

  static List<EndpointRec> endpointsOf(ProjectRec p, BranchRec b) {
    return p.endpoints.values().stream().filter(e -> e.branchId.equals(b.id)).collect(Collectors.toList());
  }

  static EndpointRec readWriteEndpoint(ProjectRec p, BranchRec b) {
    for (EndpointRec e : p.endpoints.values()) {
      if (e.branchId.equals(b.id) && EndpointType.READ_WRITE.equals(e.type)) {
        return e;
      }
    }
    return null;
  }

  static void requireUniqueBranchName(ProjectRec p, String name, String exceptId) {
    for (BranchRec b : p.branches.values()) {
      if (b.name.equals(name) && !b.id.equals(exceptId)) {
        throw ApiError.conflict("branch with name " + name + " already exists");
      }
    }
  }


  // ---------------------------------------------------------------------------------------------
  // constructors of records

  BranchRec newBranch(ProjectRec p, String name, BranchRec parent, Instant now) {
    BranchRec b = new BranchRec();
    b.seq = nextSequence();
    b.id = names.branchId(p.branches.keySet());
    b.projectId = p.id;
    b.name = name == null ? b.id : name;
    b.parentId = parent == null ? null : parent.id;
    b.state = "init";
    b.pendingState = "ready";
    b.createdAt = now;
    b.updatedAt = now;
    b.stateChangedAt = now;
    p.branches.put(b.id, b);
    return b;
  }

  RoleRec newRole(BranchRec b, String name, boolean noLogin, Instant now) {
    RoleRec r = new RoleRec();
    r.branchId = b.id;
    r.name = name;
    r.password = noLogin ? null : names.password();
    r.createdAt = now;
    r.updatedAt = now;
    return r;
  }

  DatabaseRec newDatabase(BranchRec b, String name, String owner, Instant now) {
    DatabaseRec db = new DatabaseRec();
    db.id = ++databaseIds;
    db.branchId = b.id;
    db.name = name;
    db.ownerName = owner;
    db.createdAt = now;
    db.updatedAt = now;
    return db;
  }

  EndpointRec newEndpoint(ProjectRec p, BranchRec b, EndpointType type, Instant now) {
    EndpointRec e = new EndpointRec();
    e.seq = nextSequence();
    e.id = names.endpointId(p.endpoints.keySet());
    e.projectId = p.id;
    e.branchId = b.id;
    e.regionId = p.regionId;
    e.type = type;
    e.state = EndpointState.INIT;
    e.pending = EndpointState.ACTIVE;
    e.minCu = p.defaults.getAutoscalingLimitMinCu();
    e.maxCu = p.defaults.getAutoscalingLimitMaxCu();
    e.suspendTimeout = p.defaults.getSuspendTimeoutSeconds() == null ? 0 : p.defaults.getSuspendTimeoutSeconds();
    e.settings = new EndpointSettingsData();
    e.provisioner = p.provisioner;
    e.createdAt = now;
    e.updatedAt = now;
    p.endpoints.put(e.id, e);
    return e;
  }


  // ---------------------------------------------------------------------------------------------
  // search

  static String lower(String text) {
    return text == null || text.isEmpty() ? null : text.toLowerCase(Locale.ROOT);
  }

  static boolean matches(String search, String id, String name) {
    return search == null || id.toLowerCase(Locale.ROOT).contains(search)
        || name.toLowerCase(Locale.ROOT).contains(search);
  }
}

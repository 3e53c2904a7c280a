package dev.neonjava.testkit;

import dev.neonjava.generated.model.ActiveRegionsResponse;
import dev.neonjava.generated.model.AnnotationData;
import dev.neonjava.generated.model.AnnotationObjectData;
import dev.neonjava.generated.model.ApiKeyCreateRequest;
import dev.neonjava.generated.model.ApiKeyCreateResponse;
import dev.neonjava.generated.model.ApiKeyCreatorData;
import dev.neonjava.generated.model.ApiKeyRevokeResponse;
import dev.neonjava.generated.model.ApiKeysListResponseItem;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.BranchCreateRequestEndpointOptions;
import dev.neonjava.generated.model.BranchOperations;
import dev.neonjava.generated.model.BranchUpdateRequest;
import dev.neonjava.generated.model.BranchUpdateRequestBranch;
import dev.neonjava.generated.model.BranchesCountResponse;
import dev.neonjava.generated.model.ConnectionDetails;
import dev.neonjava.generated.model.ConnectionParameters;
import dev.neonjava.generated.model.ConnectionURIResponse;
import dev.neonjava.generated.model.CreateProjectBranchRequest;
import dev.neonjava.generated.model.CreateProjectBranchResponse;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.CurrentUserInfoResponse;
import dev.neonjava.generated.model.CursorPagination;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.DatabaseCreateRequest;
import dev.neonjava.generated.model.DatabaseCreateRequestDatabase;
import dev.neonjava.generated.model.DatabaseOperations;
import dev.neonjava.generated.model.DatabaseResponse;
import dev.neonjava.generated.model.DatabaseUpdateRequest;
import dev.neonjava.generated.model.DatabaseUpdateRequestDatabase;
import dev.neonjava.generated.model.DatabasesResponse;
import dev.neonjava.generated.model.DefaultEndpointSettings;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointCreateRequest;
import dev.neonjava.generated.model.EndpointCreateRequestEndpoint;
import dev.neonjava.generated.model.EndpointOperations;
import dev.neonjava.generated.model.EndpointPoolerMode;
import dev.neonjava.generated.model.EndpointResponse;
import dev.neonjava.generated.model.EndpointSettingsData;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.EndpointUpdateRequest;
import dev.neonjava.generated.model.EndpointUpdateRequestEndpoint;
import dev.neonjava.generated.model.EndpointsResponse;
import dev.neonjava.generated.model.GetProjectBranchResponse;
import dev.neonjava.generated.model.ListProjectBranchesResponse;
import dev.neonjava.generated.model.ListProjectOperationsResponse;
import dev.neonjava.generated.model.ListProjectsResponse;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationResponse;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.generated.model.Pagination;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectCreateRequest;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.generated.model.ProjectCreateRequestProjectBranch;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.generated.model.ProjectResponse;
import dev.neonjava.generated.model.ProjectUpdateRequest;
import dev.neonjava.generated.model.ProjectUpdateRequestProject;
import dev.neonjava.generated.model.RegionResponse;
import dev.neonjava.generated.model.Role;
import dev.neonjava.generated.model.RoleCreateRequest;
import dev.neonjava.generated.model.RoleCreateRequestRole;
import dev.neonjava.generated.model.RoleOperations;
import dev.neonjava.generated.model.RolePasswordResponse;
import dev.neonjava.generated.model.RoleResponse;
import dev.neonjava.generated.model.RolesResponse;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Base64;
import java.util.Collections;
import java.util.Comparator;
import java.util.Deque;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The emulated control plane: every resource, every operation and every rule, behind one lock.
 * Handlers take a routed {@link Call} and return a {@link Reply} built from the generated models, or
 * throw {@link ApiError}. Time is the emulator's clock (system time plus what tests skipped ahead).
 */
final class ControlPlane {
  static final String DEFAULT_REGION = "aws-us-east-2";
  static final String CREATION_SOURCE = "neon-emulator";
  static final String PROVISIONER = "k8s-neonvm";
  static final UUID USER_ID = UUID.fromString("7b1e5a8c-3f40-4b2a-9c51-0e6d2f8a4b10");
  static final String ORG_ID = "org-emulated-00000000";
  private static final BigDecimal DEFAULT_CU = new BigDecimal("0.25");
  private static final String LOCKED_MESSAGE =
      "project already has running conflicting operations, scheduling of new ones is prohibited";

  /** Regions of Neon as {id, name, lat, long}. */
  private static final String[][] REGIONS = {
      {"aws-us-east-1", "AWS US East (N. Virginia)", "38.9", "-77.0"},
      {"aws-us-east-2", "AWS US East (Ohio)", "39.9", "-82.9"},
      {"aws-us-west-2", "AWS US West (Oregon)", "45.5", "-122.6"},
      {"aws-eu-central-1", "AWS Europe (Frankfurt)", "50.1", "8.6"},
      {"aws-eu-west-2", "AWS Europe (London)", "51.5", "-0.1"},
      {"aws-ap-southeast-1", "AWS Asia Pacific (Singapore)", "1.3", "103.8"},
      {"aws-ap-southeast-2", "AWS Asia Pacific (Sydney)", "-33.8", "151.2"},
      {"aws-sa-east-1", "AWS South America (Sao Paulo)", "-23.5", "-46.6"},
      {"azure-eastus2", "Azure East US 2 (Virginia)", "36.6", "-78.3"},
      {"azure-westus3", "Azure West US 3 (Arizona)", "33.4", "-112.0"},
      {"azure-gwc", "Azure Germany West Central (Frankfurt)", "50.1", "8.6"},
  };

  /** The operations this class answers, by operationId. */
  private final Map<String, Function<Call, Reply>> handlers = new LinkedHashMap<>();

  private final Clock clock;
  private Duration timeOffset = Duration.ZERO;
  private Duration operationDelay = Duration.ZERO;
  private final Map<String, Duration> actionDurations = new HashMap<>();
  private final Map<String, Deque<OperationScript>> scripts = new HashMap<>();

  private final Names names;
  private long sequence;
  private long databaseIds;
  private long apiKeyIds;
  private final Map<String, ProjectRec> projects = new LinkedHashMap<>();
  private final Map<Long, ApiKeyRec> apiKeys = new LinkedHashMap<>();

  ControlPlane(Clock clock, long seed) {
    this.clock = clock;
    this.names = new Names(seed);
    register();
  }

  // ---------------------------------------------------------------------------------------------
  // configuration, time and scripting

  synchronized Instant now() {
    return clock.instant().plus(timeOffset);
  }

  synchronized void advanceTime(Duration by) {
    if (by.isNegative()) {
      throw new IllegalArgumentException("time only moves forward");
    }
    timeOffset = timeOffset.plus(by);
  }

  synchronized void operationDelay(Duration delay) {
    this.operationDelay = requireDuration(delay);
  }

  synchronized Duration operationDelay() {
    return operationDelay;
  }

  synchronized void actionDuration(OperationAction action, Duration duration) {
    if (duration == null) {
      actionDurations.remove(action.value());
    } else {
      actionDurations.put(action.value(), requireDuration(duration));
    }
  }

  synchronized OperationScript script(OperationAction action) {
    OperationScript script = new OperationScript(action);
    scripts.computeIfAbsent(action.value(), k -> new ArrayDeque<>()).add(script);
    return script;
  }

  private static Duration requireDuration(Duration d) {
    if (d == null || d.isNegative()) {
      throw new IllegalArgumentException("a duration must be zero or positive");
    }
    return d;
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
  // dispatch

  Set<String> emulatedOperations() {
    return Collections.unmodifiableSet(handlers.keySet());
  }

  boolean emulates(String operationId) {
    return handlers.containsKey(operationId);
  }

  synchronized Reply handle(Call received) {
    // stamped under the lock: concurrent calls see time and the operation queue in one order
    Call call = received.at(now());
    advance(call.now);
    String projectId = call.path("project_id");
    if (projectId != null) {
      ProjectRec project = project(projectId);
      boolean mutation = !"GET".equals(call.method);
      if (mutation && !"deleteProject".equals(call.operationId) && project.queueEnd.isAfter(call.now)) {
        throw new ApiError(423, "", LOCKED_MESSAGE);
      }
    }
    return handlers.get(call.operationId).apply(call);
  }

  private void register() {
    handlers.put("listApiKeys", this::listApiKeys);
    handlers.put("createApiKey", this::createApiKey);
    handlers.put("revokeApiKey", this::revokeApiKey);
    handlers.put("getCurrentUserInfo", this::getCurrentUserInfo);
    handlers.put("getActiveRegions", this::getActiveRegions);
    handlers.put("listProjects", this::listProjects);
    handlers.put("createProject", this::createProject);
    handlers.put("getProject", this::getProject);
    handlers.put("updateProject", this::updateProject);
    handlers.put("deleteProject", this::deleteProject);
    handlers.put("getConnectionURI", this::getConnectionUri);
    handlers.put("listProjectOperations", this::listProjectOperations);
    handlers.put("getProjectOperation", this::getProjectOperation);
    handlers.put("createProjectBranch", this::createProjectBranch);
    handlers.put("listProjectBranches", this::listProjectBranches);
    handlers.put("countProjectBranches", this::countProjectBranches);
    handlers.put("getProjectBranch", this::getProjectBranch);
    handlers.put("updateProjectBranch", this::updateProjectBranch);
    handlers.put("deleteProjectBranch", this::deleteProjectBranch);
    handlers.put("setDefaultProjectBranch", this::setDefaultProjectBranch);
    handlers.put("listProjectBranchEndpoints", this::listProjectBranchEndpoints);
    handlers.put("listProjectBranchDatabases", this::listProjectBranchDatabases);
    handlers.put("createProjectBranchDatabase", this::createProjectBranchDatabase);
    handlers.put("getProjectBranchDatabase", this::getProjectBranchDatabase);
    handlers.put("updateProjectBranchDatabase", this::updateProjectBranchDatabase);
    handlers.put("deleteProjectBranchDatabase", this::deleteProjectBranchDatabase);
    handlers.put("listProjectBranchRoles", this::listProjectBranchRoles);
    handlers.put("createProjectBranchRole", this::createProjectBranchRole);
    handlers.put("getProjectBranchRole", this::getProjectBranchRole);
    handlers.put("deleteProjectBranchRole", this::deleteProjectBranchRole);
    handlers.put("getProjectBranchRolePassword", this::getProjectBranchRolePassword);
    handlers.put("resetProjectBranchRolePassword", this::resetProjectBranchRolePassword);
    handlers.put("createProjectEndpoint", this::createProjectEndpoint);
    handlers.put("listProjectEndpoints", this::listProjectEndpoints);
    handlers.put("getProjectEndpoint", this::getProjectEndpoint);
    handlers.put("updateProjectEndpoint", this::updateProjectEndpoint);
    handlers.put("deleteProjectEndpoint", this::deleteProjectEndpoint);
    handlers.put("startProjectEndpoint", this::startProjectEndpoint);
    handlers.put("suspendProjectEndpoint", this::suspendProjectEndpoint);
    handlers.put("restartProjectEndpoint", this::restartProjectEndpoint);
  }

  // ---------------------------------------------------------------------------------------------
  // operations: a per-project queue; each one is "scheduling" for the first half of its duration
  // (and until its predecessor ended), then "running", then ends and applies its effect

  private OpRec schedule(ProjectRec project, OperationAction action, String branchId, String endpointId,
      Instant now, boolean instant, Effect effect) {
    OpRec op = new OpRec();
    op.id = names.uuid();
    op.seq = ++sequence;
    op.projectId = project.id;
    op.branchId = branchId;
    op.endpointId = endpointId;
    op.action = action;
    op.createdAt = now;
    op.effect = effect;
    Duration duration = actionDurations.getOrDefault(action.value(), operationDelay);
    OperationScript script = null;
    if (!instant) {
      Deque<OperationScript> queue = scripts.get(action.value());
      script = queue == null ? null : queue.poll();
    }
    if (script != null) {
      script.usedBy(op.id.toString());
      if (script.duration() != null) {
        duration = script.duration();
      }
      op.outcome = script.outcome();
      op.error = script.error();
    } else {
      op.outcome = OperationStatus.FINISHED;
    }
    if (instant) {
      duration = Duration.ZERO;
    }
    Duration scheduling = duration.dividedBy(2);
    Instant start = now.plus(scheduling);
    if (!instant && project.queueEnd.isAfter(start)) {
      start = project.queueEnd;
    }
    op.runAt = start;
    op.endAt = start.plus(duration.minus(scheduling));
    if (!instant && op.endAt.isAfter(project.queueEnd)) {
      project.queueEnd = op.endAt;
    }
    project.ops.add(op);
    if (instant) {
      settle(op);
    }
    return op;
  }

  /** Ends every operation whose time has come, in queue order, applying its effect. */
  private void advance(Instant now) {
    for (ProjectRec project : projects.values()) {
      for (OpRec op : project.ops) {
        if (!op.settled && !op.endAt.isAfter(now)) {
          settle(op);
        }
      }
    }
  }

  private void settle(OpRec op) {
    op.settled = true;
    if (OperationStatus.FINISHED.equals(op.outcome) && op.effect != null) {
      op.effect.apply(op.endAt);
    } else if (op.effect != null) {
      op.effect.failed(op.endAt);
    }
  }

  private Operation render(OpRec op, Instant at, boolean fresh) {
    OperationStatus status;
    Instant updated;
    int durationMs;
    if (fresh || at.isBefore(op.runAt)) {
      status = OperationStatus.SCHEDULING;
      updated = op.createdAt;
      durationMs = 0;
    } else if (at.isBefore(op.endAt)) {
      status = OperationStatus.RUNNING;
      updated = op.runAt;
      durationMs = (int) Duration.between(op.runAt, at).toMillis();
    } else {
      status = op.outcome;
      updated = op.endAt;
      durationMs = (int) Duration.between(op.runAt, op.endAt).toMillis();
    }
    Operation o = new Operation()
        .id(op.id)
        .projectId(op.projectId)
        .branchId(op.branchId)
        .endpointId(op.endpointId)
        .action(op.action)
        .status(status)
        .failuresCount(isFailure(status) ? 1 : 0)
        .createdAt(time(op.createdAt))
        .updatedAt(time(updated))
        .totalDurationMs(durationMs);
    if (!fresh && !at.isBefore(op.endAt) && op.error != null) {
      o.error(op.error);
    }
    return o;
  }

  private static boolean isFailure(OperationStatus status) {
    return OperationStatus.ERROR.equals(status) || OperationStatus.FAILED.equals(status);
  }

  private List<Operation> fresh(List<OpRec> ops) {
    List<Operation> out = new ArrayList<>();
    for (OpRec op : ops) {
      out.add(render(op, op.createdAt, true));
    }
    return out;
  }

  private Reply listProjectOperations(Call c) {
    ProjectRec project = project(c.path("project_id"));
    int limit = c.intQuery("limit", 10, 1, 1000);
    long after = decodeSeqCursor(c.query("cursor"));
    List<OpRec> newestFirst = new ArrayList<>(project.ops);
    newestFirst.sort(Comparator.comparingLong((OpRec o) -> o.seq).reversed());
    List<Operation> page = new ArrayList<>();
    long last = -1;
    for (OpRec op : newestFirst) {
      if (after >= 0 && op.seq >= after) {
        continue;
      }
      if (page.size() == limit) {
        break;
      }
      page.add(render(op, c.now, false));
      last = op.seq;
    }
    ListProjectOperationsResponse body = new ListProjectOperationsResponse().operations(page);
    pageCursor(last, c.query("cursor")).ifPresent(cursor -> body.pagination(new Pagination().cursor(cursor)));
    return Reply.json(200, body);
  }

  private Reply getProjectOperation(Call c) {
    ProjectRec project = project(c.path("project_id"));
    String id = c.path("operation_id");
    for (OpRec op : project.ops) {
      if (op.id.toString().equalsIgnoreCase(id)) {
        return Reply.json(200, new OperationResponse().operation(render(op, c.now, false)));
      }
    }
    throw ApiError.notFound("operation " + id + " not found");
  }

  // ---------------------------------------------------------------------------------------------
  // projects

  private Reply listProjects(Call c) {
    int limit = c.intQuery("limit", 10, 1, 400);
    String search = lower(c.query("search"));
    String orgId = c.query("org_id");
    long after = decodeSeqCursor(c.query("cursor"));
    List<ProjectListItem> page = new ArrayList<>();
    long last = -1;
    if (!c.boolQuery("recoverable")) {
      List<ProjectRec> newestFirst = new ArrayList<>(projects.values());
      newestFirst.sort(Comparator.comparingLong((ProjectRec p) -> p.seq).reversed());
      for (ProjectRec p : newestFirst) {
        if ((after >= 0 && p.seq >= after) || !matches(search, p.id, p.name)
            || (orgId != null && !orgId.equals(p.orgId))) {
          continue;
        }
        if (page.size() == limit) {
          break;
        }
        page.add(listItem(p));
        last = p.seq;
      }
    }
    ListProjectsResponse body = new ListProjectsResponse().projects(page)
        .applications(new LinkedHashMap<>()).integrations(new LinkedHashMap<>());
    pageCursor(last, c.query("cursor")).ifPresent(cursor -> body.pagination(new Pagination().cursor(cursor)));
    return Reply.json(200, body);
  }

  private Reply createProject(Call c) {
    ProjectCreateRequest request = c.body(ProjectCreateRequest.class);
    Created created = createProject(request.getProject(), c.now, false);
    ProjectRec p = created.project;
    BranchRec branch = p.branches.values().iterator().next();
    EndpointRec endpoint = p.endpoints.values().iterator().next();
    RoleRec role = branch.roles.values().iterator().next();
    DatabaseRec db = branch.databases.values().iterator().next();
    CreateProjectResponse body = new CreateProjectResponse()
        .project(project(p))
        .connectionUris(List.of(connectionDetails(p, endpoint, role, db)))
        .roles(List.of(role(role, true)))
        .databases(List.of(database(db)))
        .operations(fresh(created.ops))
        .branch(branch(p, branch))
        .endpoints(List.of(endpoint(endpoint)));
    return Reply.json(201, body);
  }

  /** The project, its default branch, role, database and read-write compute. */
  Created createProject(ProjectCreateRequestProject req, Instant now, boolean instant) {
    ProjectCreateRequestProject r = req == null ? new ProjectCreateRequestProject() : req;
    String region = r.getRegionId() == null ? DEFAULT_REGION : r.getRegionId();
    if (region(region) == null) {
      throw ApiError.badRequest("region " + region + " is not supported; see GET /regions");
    }
    ProjectRec p = new ProjectRec();
    p.seq = ++sequence;
    p.id = names.projectId(projects.keySet());
    p.name = r.getName() == null ? p.id : r.getName();
    p.regionId = region;
    p.orgId = r.getOrgId();
    p.pgVersion = r.getPgVersion() == null ? 17 : r.getPgVersion();
    p.storePasswords = r.getStorePasswords() == null || r.getStorePasswords();
    p.historyRetentionSeconds = r.getHistoryRetentionSeconds() == null ? 86400 : r.getHistoryRetentionSeconds();
    p.provisioner = r.getProvisioner() == null ? PROVISIONER : r.getProvisioner();
    DefaultEndpointSettings defaults = r.getDefaultEndpointSettings() == null ? new DefaultEndpointSettings()
        : r.getDefaultEndpointSettings();
    if (defaults.getAutoscalingLimitMinCu() == null) {
      defaults.autoscalingLimitMinCu(r.getAutoscalingLimitMinCu() == null ? DEFAULT_CU : r.getAutoscalingLimitMinCu());
    }
    if (defaults.getAutoscalingLimitMaxCu() == null) {
      defaults.autoscalingLimitMaxCu(r.getAutoscalingLimitMaxCu() == null ? defaults.getAutoscalingLimitMinCu()
          : r.getAutoscalingLimitMaxCu());
    }
    if (defaults.getSuspendTimeoutSeconds() == null) {
      defaults.suspendTimeoutSeconds(0L);
    }
    p.defaults = defaults;
    p.settings = r.getSettings();
    p.createdAt = now;
    p.updatedAt = now;
    p.queueEnd = now;
    ProjectCreateRequestProjectBranch rb = r.getBranch() == null ? new ProjectCreateRequestProjectBranch() : r.getBranch();
    BranchRec branch = newBranch(p, rb.getName() == null ? "main" : rb.getName(), null, now);
    branch.isDefault = true;
    branch.annotations = rb.getAnnotations() == null ? new LinkedHashMap<>() : new LinkedHashMap<>(rb.getAnnotations());
    RoleRec role = newRole(branch, rb.getRoleName() == null ? "neondb_owner" : rb.getRoleName(), false, now);
    DatabaseRec db = newDatabase(branch, rb.getDatabaseName() == null ? "neondb" : rb.getDatabaseName(), role.name, now);
    branch.roles.put(role.name, role);
    branch.databases.put(db.name, db);
    EndpointRec endpoint = newEndpoint(p, branch, EndpointType.READ_WRITE, now);
    projects.put(p.id, p);
    List<OpRec> ops = new ArrayList<>();
    ops.add(schedule(p, OperationAction.CREATE_TIMELINE, branch.id, null, now, instant, branchReady(branch)));
    ops.add(schedule(p, OperationAction.START_COMPUTE, branch.id, endpoint.id, now, instant, computeStarted(endpoint)));
    return new Created(p, ops);
  }

  private Reply getProject(Call c) {
    return Reply.json(200, new ProjectResponse().project(project(project(c.path("project_id")))));
  }

  private Reply updateProject(Call c) {
    ProjectRec p = project(c.path("project_id"));
    ProjectUpdateRequestProject r = c.body(ProjectUpdateRequest.class).getProject();
    if (r != null) {
      if (r.getName() != null) {
        p.name = r.getName();
      }
      if (r.getSettings() != null) {
        p.settings = r.getSettings();
      }
      if (r.getDefaultEndpointSettings() != null) {
        DefaultEndpointSettings d = r.getDefaultEndpointSettings();
        if (d.getAutoscalingLimitMinCu() == null) {
          d.autoscalingLimitMinCu(p.defaults.getAutoscalingLimitMinCu());
        }
        if (d.getAutoscalingLimitMaxCu() == null) {
          d.autoscalingLimitMaxCu(p.defaults.getAutoscalingLimitMaxCu());
        }
        if (d.getSuspendTimeoutSeconds() == null) {
          d.suspendTimeoutSeconds(p.defaults.getSuspendTimeoutSeconds());
        }
        p.defaults = d;
      }
      if (r.getHistoryRetentionSeconds() != null) {
        p.historyRetentionSeconds = r.getHistoryRetentionSeconds();
      }
    }
    p.updatedAt = c.now;
    return Reply.json(200, new dev.neonjava.generated.model.UpdateProjectResponse().project(project(p))
        .operations(new ArrayList<>()));
  }

  private Reply deleteProject(Call c) {
    ProjectRec p = project(c.path("project_id"));
    projects.remove(p.id);
    return Reply.json(200, new ProjectResponse().project(project(p)));
  }

  private Reply getConnectionUri(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec branch = c.query("branch_id") == null ? defaultBranch(p) : branch(p, c.query("branch_id"));
    EndpointRec endpoint;
    if (c.query("endpoint_id") != null) {
      endpoint = endpoint(p, c.query("endpoint_id"));
      if (!endpoint.branchId.equals(branch.id)) {
        throw ApiError.badRequest("endpoint " + endpoint.id + " does not belong to branch " + branch.id);
      }
    } else {
      endpoint = readWriteEndpoint(p, branch);
      if (endpoint == null) {
        throw ApiError.notFound("branch " + branch.id + " has no read_write endpoint");
      }
    }
    DatabaseRec db = database(branch, c.query("database_name"));
    RoleRec role = role(branch, c.query("role_name"));
    if (!p.storePasswords) {
      throw new ApiError(412, "", "passwords are not stored for project " + p.id);
    }
    return Reply.json(200, new ConnectionURIResponse().uri(uri(p, endpoint, role, db, c.boolQuery("pooled"))));
  }

  // ---------------------------------------------------------------------------------------------
  // branches

  private Reply createProjectBranch(Call c) {
    ProjectRec p = project(c.path("project_id"));
    CreateProjectBranchRequest request = c.optionalBody(CreateProjectBranchRequest.class);
    Created created = createBranch(p, request, c.now, false);
    BranchRec b = created.branch;
    List<Endpoint> endpoints = created.endpoints.stream().map(this::endpoint).collect(Collectors.toList());
    CreateProjectBranchResponse body = new CreateProjectBranchResponse()
        .branch(branch(p, b))
        .endpoints(endpoints)
        .operations(fresh(created.ops))
        .roles(b.roles.values().stream().map(r -> role(r, false)).collect(Collectors.toList()))
        .databases(b.databases.values().stream().map(this::database).collect(Collectors.toList()));
    EndpointRec rw = readWriteEndpoint(p, b);
    if (rw != null && !b.databases.isEmpty()) {
      List<ConnectionDetails> uris = new ArrayList<>();
      for (DatabaseRec db : b.databases.values()) {
        RoleRec owner = b.roles.get(db.ownerName);
        if (owner != null && owner.password != null && p.storePasswords) {
          uris.add(connectionDetails(p, rw, owner, db));
        }
      }
      body.connectionUris(uris);
    }
    return Reply.json(201, body);
  }

  Created createBranch(ProjectRec p, CreateProjectBranchRequest request, Instant now, boolean instant) {
    BranchCreateRequestBranch r = request == null || request.getBranch() == null ? new BranchCreateRequestBranch()
        : request.getBranch();
    BranchRec parent = r.getParentId() == null ? defaultBranch(p) : branch(p, r.getParentId());
    if (r.getName() != null) {
      requireUniqueBranchName(p, r.getName(), null);
    }
    List<BranchCreateRequestEndpointOptions> options = request == null || request.getEndpoints() == null
        ? List.of() : request.getEndpoints();
    long readWrite = options.stream().filter(o -> EndpointType.READ_WRITE.equals(o.getType())).count();
    if (readWrite > 1) {
      throw ApiError.badRequest("a branch can have only one read_write endpoint");
    }
    BranchRec b = newBranch(p, r.getName(), parent, now);
    b.isProtected = Boolean.TRUE.equals(r.getProtected());
    b.expiresAt = r.getExpiresAt() == null ? null : r.getExpiresAt().toInstant();
    b.initSource = r.getInitSource() == null ? "parent-data" : r.getInitSource();
    b.parentLsn = r.getParentLsn() == null ? names.lsn() : r.getParentLsn();
    b.parentTimestamp = r.getParentTimestamp() == null ? now : r.getParentTimestamp().toInstant();
    b.annotations = request == null || request.getAnnotationValue() == null ? new LinkedHashMap<>()
        : new LinkedHashMap<>(request.getAnnotationValue());
    for (RoleRec role : parent.roles.values()) {
      RoleRec copy = newRole(b, role.name, role.password == null, now);
      copy.password = role.password;
      b.roles.put(copy.name, copy);
    }
    for (DatabaseRec db : parent.databases.values()) {
      b.databases.put(db.name, newDatabase(b, db.name, db.ownerName, now));
    }
    List<EndpointRec> endpoints = new ArrayList<>();
    for (BranchCreateRequestEndpointOptions o : options) {
      EndpointRec e = newEndpoint(p, b, o.getType(), now);
      if (o.getAutoscalingLimitMinCu() != null) {
        e.minCu = o.getAutoscalingLimitMinCu();
      }
      if (o.getAutoscalingLimitMaxCu() != null) {
        e.maxCu = o.getAutoscalingLimitMaxCu();
      }
      if (o.getSuspendTimeoutSeconds() != null) {
        e.suspendTimeout = o.getSuspendTimeoutSeconds();
      }
      if (o.getSettings() != null) {
        e.settings = o.getSettings();
      }
      if (o.getProvisioner() != null) {
        e.provisioner = o.getProvisioner();
      }
      endpoints.add(e);
    }
    List<OpRec> ops = new ArrayList<>();
    ops.add(schedule(p, OperationAction.CREATE_BRANCH, b.id, null, now, instant, branchReady(b)));
    for (EndpointRec e : endpoints) {
      ops.add(schedule(p, OperationAction.START_COMPUTE, b.id, e.id, now, instant, computeStarted(e)));
    }
    Created created = new Created(p, ops);
    created.branch = b;
    created.endpoints = endpoints;
    return created;
  }

  private Reply listProjectBranches(Call c) {
    ProjectRec p = project(c.path("project_id"));
    String sortBy = c.query("sort_by") == null ? "updated_at" : c.query("sort_by");
    String sortOrder = c.query("sort_order") == null ? "desc" : c.query("sort_order");
    if (!List.of("name", "created_at", "updated_at").contains(sortBy)) {
      throw ApiError.badRequest("sort_by must be one of name, created_at, updated_at");
    }
    if (!List.of("asc", "desc").contains(sortOrder)) {
      throw ApiError.badRequest("sort_order must be asc or desc");
    }
    Integer limit = c.intQuery("limit", null, 1, 10000);
    String search = lower(c.query("search"));
    Comparator<BranchRec> order = branchOrder(sortBy);
    if ("desc".equals(sortOrder)) {
      order = order.reversed();
    }
    BranchCursor cursor = BranchCursor.decode(c.query("cursor"), sortBy, sortOrder);
    List<BranchRec> sorted = p.branches.values().stream()
        .filter(b -> matches(search, b.id, b.name))
        .sorted(order)
        .collect(Collectors.toList());
    List<Branch> page = new ArrayList<>();
    BranchRec last = null;
    for (BranchRec b : sorted) {
      if (cursor != null && !cursor.isBefore(b, order)) {
        continue;
      }
      if (limit != null && page.size() == limit) {
        break;
      }
      page.add(branch(p, b));
      last = b;
    }
    CursorPagination pagination = new CursorPagination().sortBy(sortBy).sortOrder(sortOrder);
    if (last != null) {
      pagination.next(BranchCursor.encode(last, sortBy, sortOrder));
    } else if (c.query("cursor") != null) {
      pagination.next(c.query("cursor"));
    }
    Map<String, AnnotationData> annotations = new LinkedHashMap<>();
    for (BranchRec b : p.branches.values()) {
      if (!b.annotations.isEmpty()) {
        annotations.put(b.id, annotation(b));
      }
    }
    return Reply.json(200, new ListProjectBranchesResponse().branches(page).annotations(annotations)
        .pagination(pagination));
  }

  private static Comparator<BranchRec> branchOrder(String sortBy) {
    Comparator<BranchRec> primary;
    switch (sortBy) {
      case "name":
        primary = Comparator.comparing((BranchRec b) -> b.name);
        break;
      case "created_at":
        primary = Comparator.comparing((BranchRec b) -> b.createdAt.truncatedTo(ChronoUnit.SECONDS));
        break;
      default:
        primary = Comparator.comparing((BranchRec b) -> b.updatedAt.truncatedTo(ChronoUnit.SECONDS));
    }
    return primary.thenComparingLong(b -> b.seq);
  }

  private Reply countProjectBranches(Call c) {
    ProjectRec p = project(c.path("project_id"));
    String search = lower(c.query("search"));
    int count = (int) p.branches.values().stream().filter(b -> matches(search, b.id, b.name)).count();
    return Reply.json(200, new BranchesCountResponse().count(count));
  }

  private Reply getProjectBranch(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    return Reply.json(200, new GetProjectBranchResponse().branch(branch(p, b)).annotation(annotation(b)));
  }

  private Reply updateProjectBranch(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    BranchUpdateRequestBranch r = c.body(BranchUpdateRequest.class).getBranch();
    if (r != null) {
      if (r.getName() != null && !r.getName().equals(b.name)) {
        requireUniqueBranchName(p, r.getName(), b.id);
        b.name = r.getName();
      }
      if (r.getProtected() != null) {
        b.isProtected = r.getProtected();
      }
      if (r.getExpiresAt() != null) {
        b.expiresAt = r.getExpiresAt().toInstant();
      }
    }
    b.updatedAt = c.now;
    return Reply.json(200, new BranchOperations().branch(branch(p, b)).operations(new ArrayList<>()));
  }

  private Reply deleteProjectBranch(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = p.branches.get(c.path("branch_id"));
    if (b == null) {
      return Reply.noContent();
    }
    if (b.isDefault) {
      throw ApiError.unprocessable("cannot delete the default branch " + b.id + " of project " + p.id);
    }
    for (BranchRec other : p.branches.values()) {
      if (b.id.equals(other.parentId)) {
        throw ApiError.unprocessable("cannot delete branch " + b.id + ": branch " + other.id + " is its child");
      }
    }
    Branch rendered = branch(p, b);
    List<OpRec> ops = new ArrayList<>();
    for (EndpointRec e : endpointsOf(p, b)) {
      if (!EndpointState.IDLE.equals(e.state)) {
        ops.add(schedule(p, OperationAction.SUSPEND_COMPUTE, b.id, e.id, c.now, false, null));
      }
      p.endpoints.remove(e.id);
    }
    ops.add(schedule(p, OperationAction.DELETE_TIMELINE, b.id, null, c.now, false, null));
    p.branches.remove(b.id);
    return Reply.json(200, new BranchOperations().branch(rendered).operations(fresh(ops)));
  }

  private Reply setDefaultProjectBranch(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    for (BranchRec other : p.branches.values()) {
      if (other.isDefault && other != b) {
        other.isDefault = false;
        other.updatedAt = c.now;
      }
    }
    b.isDefault = true;
    b.updatedAt = c.now;
    return Reply.json(200, new BranchOperations().branch(branch(p, b)).operations(new ArrayList<>()));
  }

  private Reply listProjectBranchEndpoints(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    return Reply.json(200, new EndpointsResponse()
        .endpoints(endpointsOf(p, b).stream().map(this::endpoint).collect(Collectors.toList())));
  }

  // ---------------------------------------------------------------------------------------------
  // databases

  private Reply listProjectBranchDatabases(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    return Reply.json(200, new DatabasesResponse()
        .databases(b.databases.values().stream().map(this::database).collect(Collectors.toList())));
  }

  private Reply createProjectBranchDatabase(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    DatabaseCreateRequestDatabase r = c.body(DatabaseCreateRequest.class).getDatabase();
    if (r == null || r.getName() == null || r.getOwnerName() == null) {
      throw ApiError.badRequest("database.name and database.owner_name are required");
    }
    if (b.databases.containsKey(r.getName())) {
      throw ApiError.conflict("database with name " + r.getName() + " already exists");
    }
    role(b, r.getOwnerName());
    DatabaseRec db = newDatabase(b, r.getName(), r.getOwnerName(), c.now);
    b.databases.put(db.name, db);
    return Reply.json(201, new DatabaseOperations().database(database(db)).operations(fresh(applyConfig(p, b, c.now))));
  }

  private Reply getProjectBranchDatabase(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    return Reply.json(200, new DatabaseResponse().database(database(database(b, c.path("database_name")))));
  }

  private Reply updateProjectBranchDatabase(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    DatabaseRec db = database(b, c.path("database_name"));
    DatabaseUpdateRequestDatabase r = c.body(DatabaseUpdateRequest.class).getDatabase();
    if (r != null) {
      if (r.getOwnerName() != null) {
        role(b, r.getOwnerName());
        db.ownerName = r.getOwnerName();
      }
      if (r.getName() != null && !r.getName().equals(db.name)) {
        if (b.databases.containsKey(r.getName())) {
          throw ApiError.conflict("database with name " + r.getName() + " already exists");
        }
        b.databases.remove(db.name);
        db.name = r.getName();
        b.databases.put(db.name, db);
      }
    }
    db.updatedAt = c.now;
    return Reply.json(200, new DatabaseOperations().database(database(db)).operations(fresh(applyConfig(p, b, c.now))));
  }

  private Reply deleteProjectBranchDatabase(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    DatabaseRec db = b.databases.remove(c.path("database_name"));
    if (db == null) {
      return Reply.noContent();
    }
    return Reply.json(200, new DatabaseOperations().database(database(db)).operations(fresh(applyConfig(p, b, c.now))));
  }

  // ---------------------------------------------------------------------------------------------
  // roles

  private Reply listProjectBranchRoles(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    return Reply.json(200, new RolesResponse()
        .roles(b.roles.values().stream().map(r -> role(r, false)).collect(Collectors.toList())));
  }

  private Reply createProjectBranchRole(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    RoleCreateRequestRole r = c.body(RoleCreateRequest.class).getRole();
    if (r == null || r.getName() == null) {
      throw ApiError.badRequest("role.name is required");
    }
    if (b.roles.containsKey(r.getName())) {
      throw ApiError.conflict("role with name " + r.getName() + " already exists");
    }
    RoleRec role = newRole(b, r.getName(), Boolean.TRUE.equals(r.getNoLogin()), c.now);
    b.roles.put(role.name, role);
    return Reply.json(201, new RoleOperations().role(role(role, true)).operations(fresh(applyConfig(p, b, c.now))));
  }

  private Reply getProjectBranchRole(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    return Reply.json(200, new RoleResponse().role(role(role(b, c.path("role_name")), false)));
  }

  private Reply deleteProjectBranchRole(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    RoleRec role = b.roles.get(c.path("role_name"));
    if (role == null) {
      return Reply.noContent();
    }
    for (DatabaseRec db : b.databases.values()) {
      if (db.ownerName.equals(role.name)) {
        throw ApiError.unprocessable("role " + role.name + " owns database " + db.name);
      }
    }
    b.roles.remove(role.name);
    return Reply.json(200, new RoleOperations().role(role(role, false)).operations(fresh(applyConfig(p, b, c.now))));
  }

  private Reply getProjectBranchRolePassword(Call c) {
    ProjectRec p = project(c.path("project_id"));
    RoleRec role = role(branch(p, c.path("branch_id")), c.path("role_name"));
    if (!p.storePasswords) {
      throw new ApiError(412, "", "passwords are not stored for project " + p.id);
    }
    if (role.password == null) {
      throw ApiError.notFound("role " + role.name + " has no password (NOLOGIN)");
    }
    return Reply.json(200, new RolePasswordResponse().password(role.password));
  }

  private Reply resetProjectBranchRolePassword(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    RoleRec role = role(b, c.path("role_name"));
    role.password = names.password();
    role.updatedAt = c.now;
    return Reply.json(200, new RoleOperations().role(role(role, true)).operations(fresh(applyConfig(p, b, c.now))));
  }

  /** Roles and databases live in Postgres: changing them reconfigures every running compute of the branch. */
  private List<OpRec> applyConfig(ProjectRec p, BranchRec b, Instant now) {
    List<OpRec> ops = new ArrayList<>();
    for (EndpointRec e : endpointsOf(p, b)) {
      if (!EndpointState.IDLE.equals(e.state)) {
        ops.add(schedule(p, OperationAction.APPLY_CONFIG, b.id, e.id, now, false, null));
      }
    }
    return ops;
  }

  // ---------------------------------------------------------------------------------------------
  // endpoints

  private Reply createProjectEndpoint(Call c) {
    ProjectRec p = project(c.path("project_id"));
    EndpointCreateRequestEndpoint r = c.body(EndpointCreateRequest.class).getEndpoint();
    if (r == null || r.getBranchId() == null || r.getType() == null) {
      throw ApiError.badRequest("endpoint.branch_id and endpoint.type are required");
    }
    BranchRec b = branch(p, r.getBranchId());
    if (r.getRegionId() != null && !r.getRegionId().equals(p.regionId)) {
      throw ApiError.badRequest("endpoint region " + r.getRegionId() + " differs from project region " + p.regionId);
    }
    if (EndpointType.READ_WRITE.equals(r.getType()) && readWriteEndpoint(p, b) != null) {
      throw ApiError.conflict("branch " + b.id + " already has a read_write endpoint");
    }
    EndpointRec e = newEndpoint(p, b, r.getType(), c.now);
    e.name = r.getName();
    if (r.getAutoscalingLimitMinCu() != null) {
      e.minCu = r.getAutoscalingLimitMinCu();
    }
    if (r.getAutoscalingLimitMaxCu() != null) {
      e.maxCu = r.getAutoscalingLimitMaxCu();
    }
    if (r.getSuspendTimeoutSeconds() != null) {
      e.suspendTimeout = r.getSuspendTimeoutSeconds();
    }
    if (r.getSettings() != null) {
      e.settings = r.getSettings();
    }
    if (r.getProvisioner() != null) {
      e.provisioner = r.getProvisioner();
    }
    e.disabled = Boolean.TRUE.equals(r.getDisabled());
    e.passwordless = Boolean.TRUE.equals(r.getPasswordlessAccess());
    List<OpRec> ops = new ArrayList<>();
    if (e.disabled) {
      e.state = EndpointState.IDLE;
      e.pending = null;
    } else {
      ops.add(schedule(p, OperationAction.START_COMPUTE, b.id, e.id, c.now, false, computeStarted(e)));
    }
    return Reply.json(201, new EndpointOperations().endpoint(endpoint(e)).operations(fresh(ops)));
  }

  private Reply listProjectEndpoints(Call c) {
    ProjectRec p = project(c.path("project_id"));
    return Reply.json(200, new EndpointsResponse()
        .endpoints(p.endpoints.values().stream().map(this::endpoint).collect(Collectors.toList())));
  }

  private Reply getProjectEndpoint(Call c) {
    ProjectRec p = project(c.path("project_id"));
    return Reply.json(200, new EndpointResponse().endpoint(endpoint(endpoint(p, c.path("endpoint_id")))));
  }

  @SuppressWarnings("deprecation") // endpoint.branch_id is deprecated, still honoured by Neon
  private Reply updateProjectEndpoint(Call c) {
    ProjectRec p = project(c.path("project_id"));
    EndpointRec e = endpoint(p, c.path("endpoint_id"));
    EndpointUpdateRequestEndpoint r = c.body(EndpointUpdateRequest.class).getEndpoint();
    if (r == null) {
      r = new EndpointUpdateRequestEndpoint();
    }
    BigDecimal min = r.getAutoscalingLimitMinCu() != null ? r.getAutoscalingLimitMinCu() : e.minCu;
    BigDecimal max = r.getAutoscalingLimitMaxCu() != null ? r.getAutoscalingLimitMaxCu() : e.maxCu;
    if (min.compareTo(max) > 0) {
      throw ApiError.badRequest("autoscaling_limit_min_cu (" + min + ") must not exceed autoscaling_limit_max_cu ("
          + max + ")");
    }
    BranchRec target = r.getBranchId() == null ? null : branch(p, r.getBranchId());
    if (target != null && !target.id.equals(e.branchId) && EndpointType.READ_WRITE.equals(e.type)
        && readWriteEndpoint(p, target) != null) {
      throw ApiError.conflict("branch " + target.id + " already has a read_write endpoint");
    }
    if (target != null) {
      e.branchId = target.id;
    }
    e.minCu = min;
    e.maxCu = max;
    if (r.getSuspendTimeoutSeconds() != null) {
      e.suspendTimeout = r.getSuspendTimeoutSeconds();
    }
    if (r.getSettings() != null) {
      e.settings = r.getSettings();
    }
    if (r.getProvisioner() != null) {
      e.provisioner = r.getProvisioner();
    }
    if (r.getDisabled() != null) {
      e.disabled = r.getDisabled();
    }
    if (r.getPasswordlessAccess() != null) {
      e.passwordless = r.getPasswordlessAccess();
    }
    if (r.getName() != null) {
      e.name = r.getName();
    }
    e.updatedAt = c.now;
    List<OpRec> ops = new ArrayList<>();
    if (!EndpointState.IDLE.equals(e.state)) {
      ops.add(schedule(p, OperationAction.APPLY_CONFIG, e.branchId, e.id, c.now, false, null));
    }
    return Reply.json(200, new EndpointOperations().endpoint(endpoint(e)).operations(fresh(ops)));
  }

  private Reply deleteProjectEndpoint(Call c) {
    ProjectRec p = project(c.path("project_id"));
    EndpointRec e = p.endpoints.get(c.path("endpoint_id"));
    if (e == null) {
      return Reply.noContent();
    }
    List<OpRec> ops = new ArrayList<>();
    if (!EndpointState.IDLE.equals(e.state)) {
      ops.add(schedule(p, OperationAction.SUSPEND_COMPUTE, e.branchId, e.id, c.now, false, null));
    }
    p.endpoints.remove(e.id);
    return Reply.json(200, new EndpointOperations().endpoint(endpoint(e)).operations(fresh(ops)));
  }

  private Reply startProjectEndpoint(Call c) {
    ProjectRec p = project(c.path("project_id"));
    EndpointRec e = endpoint(p, c.path("endpoint_id"));
    if (e.disabled) {
      throw ApiError.unprocessable("endpoint " + e.id + " is disabled");
    }
    OpRec op = schedule(p, OperationAction.START_COMPUTE, e.branchId, e.id, c.now, false, computeStarted(e));
    return Reply.json(200, new EndpointOperations().endpoint(endpoint(e)).operations(fresh(List.of(op))));
  }

  private Reply suspendProjectEndpoint(Call c) {
    ProjectRec p = project(c.path("project_id"));
    EndpointRec e = endpoint(p, c.path("endpoint_id"));
    OpRec op = schedule(p, OperationAction.SUSPEND_COMPUTE, e.branchId, e.id, c.now, false, computeSuspended(e));
    return Reply.json(200, new EndpointOperations().endpoint(endpoint(e)).operations(fresh(List.of(op))));
  }

  private Reply restartProjectEndpoint(Call c) {
    ProjectRec p = project(c.path("project_id"));
    EndpointRec e = endpoint(p, c.path("endpoint_id"));
    if (e.disabled) {
      throw ApiError.unprocessable("endpoint " + e.id + " is disabled");
    }
    List<OpRec> ops = new ArrayList<>();
    if (!EndpointState.IDLE.equals(e.state)) {
      ops.add(schedule(p, OperationAction.SUSPEND_COMPUTE, e.branchId, e.id, c.now, false, null));
    }
    ops.add(schedule(p, OperationAction.START_COMPUTE, e.branchId, e.id, c.now, false, computeStarted(e)));
    return Reply.json(200, new EndpointOperations().endpoint(endpoint(e)).operations(fresh(ops)));
  }

  // ---------------------------------------------------------------------------------------------
  // API keys, user, regions

  private Reply listApiKeys(Call c) {
    List<ApiKeysListResponseItem> items = new ArrayList<>();
    for (ApiKeyRec k : apiKeys.values()) {
      if (!k.revoked) {
        items.add(new ApiKeysListResponseItem().id(k.id).name(k.name).createdAt(time(k.createdAt))
            .createdBy(new ApiKeyCreatorData().id(USER_ID).name("Neon Emulator").image(""))
            .lastUsedAt(k.lastUsedAt == null ? null : time(k.lastUsedAt))
            .lastUsedFromAddr(k.lastUsedFrom == null ? "" : k.lastUsedFrom));
      }
    }
    return Reply.json(200, items);
  }

  private Reply createApiKey(Call c) {
    ApiKeyCreateRequest r = c.body(ApiKeyCreateRequest.class);
    if (r.getKeyName() == null || r.getKeyName().isEmpty()) {
      throw ApiError.badRequest("key_name is required");
    }
    String key = names.apiKey();
    long id = addApiKey(r.getKeyName(), key);
    ApiKeyRec rec = apiKeys.get(id);
    return Reply.json(200, new ApiKeyCreateResponse().id(id).key(key).name(rec.name).createdAt(time(rec.createdAt))
        .createdBy(USER_ID));
  }

  private Reply revokeApiKey(Call c) {
    long id;
    try {
      id = Long.parseLong(c.path("key_id"));
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("key_id must be an integer");
    }
    ApiKeyRec k = apiKeys.get(id);
    if (k == null || k.revoked) {
      throw ApiError.notFound("API key " + id + " not found");
    }
    k.revoked = true;
    return Reply.json(200, new ApiKeyRevokeResponse().id(k.id).name(k.name).createdAt(time(k.createdAt))
        .createdBy(USER_ID).lastUsedAt(k.lastUsedAt == null ? null : time(k.lastUsedAt))
        .lastUsedFromAddr(k.lastUsedFrom == null ? "" : k.lastUsedFrom).revoked(true));
  }

  private Reply getCurrentUserInfo(Call c) {
    return Reply.json(200, new CurrentUserInfoResponse()
        .id(USER_ID.toString())
        .email("emulator@neon-java.invalid")
        .login("neon-emulator")
        .name("Neon")
        .lastName("Emulator")
        .image("")
        .activeSecondsLimit(0L)
        .projectsLimit(1000L)
        .branchesLimit(5000L)
        .maxAutoscalingLimit(8.0)
        .authAccounts(new ArrayList<>())
        .plan("emulator"));
  }

  private Reply getActiveRegions(Call c) {
    List<RegionResponse> regions = new ArrayList<>();
    for (String[] r : REGIONS) {
      regions.add(new RegionResponse().regionId(r[0]).name(r[1])._default(DEFAULT_REGION.equals(r[0]))
          .geoLat(r[2]).geoLong(r[3]));
    }
    return Reply.json(200, new ActiveRegionsResponse().regions(regions));
  }

  // ---------------------------------------------------------------------------------------------
  // state for tests (NeonEmulator's accessors)

  synchronized <T> T read(Function<ControlPlane, T> reader) {
    advance(now());
    return reader.apply(this);
  }

  List<Project> projectsView() {
    return projects.values().stream().map(this::project).collect(Collectors.toList());
  }

  ProjectRec findProject(String id) {
    return projects.get(id);
  }

  List<Branch> branchesView(String projectId) {
    ProjectRec p = project(projectId);
    return p.branches.values().stream().map(b -> branch(p, b)).collect(Collectors.toList());
  }

  List<Endpoint> endpointsView(String projectId) {
    return project(projectId).endpoints.values().stream().map(this::endpoint).collect(Collectors.toList());
  }

  List<Operation> operationsView(String projectId) {
    Instant now = now();
    return project(projectId).ops.stream().map(op -> render(op, now, false)).collect(Collectors.toList());
  }

  List<Database> databasesView(String projectId, String branchId) {
    return branch(project(projectId), branchId).databases.values().stream().map(this::database)
        .collect(Collectors.toList());
  }

  List<Role> rolesView(String projectId, String branchId) {
    return branch(project(projectId), branchId).roles.values().stream().map(r -> role(r, false))
        .collect(Collectors.toList());
  }

  Project projectView(ProjectRec p) {
    return project(p);
  }

  Branch branchView(ProjectRec p, BranchRec b) {
    return branch(p, b);
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

  private static BranchRec branch(ProjectRec p, String id) {
    BranchRec b = p.branches.get(id);
    if (b == null) {
      throw ApiError.notFound("branch " + id + " not found");
    }
    return b;
  }

  private static BranchRec defaultBranch(ProjectRec p) {
    for (BranchRec b : p.branches.values()) {
      if (b.isDefault) {
        return b;
      }
    }
    throw ApiError.notFound("project " + p.id + " has no default branch");
  }

  private static EndpointRec endpoint(ProjectRec p, String id) {
    EndpointRec e = p.endpoints.get(id);
    if (e == null) {
      throw ApiError.notFound("endpoint " + id + " not found");
    }
    return e;
  }

  private static DatabaseRec database(BranchRec b, String name) {
    DatabaseRec db = b.databases.get(name);
    if (db == null) {
      throw ApiError.notFound("database " + name + " not found");
    }
    return db;
  }

  private static RoleRec role(BranchRec b, String name) {
    RoleRec r = b.roles.get(name);
    if (r == null) {
      throw ApiError.notFound("role " + name + " not found");
    }
    return r;
  }

  private static List<EndpointRec> endpointsOf(ProjectRec p, BranchRec b) {
    return p.endpoints.values().stream().filter(e -> e.branchId.equals(b.id)).collect(Collectors.toList());
  }

  private static EndpointRec readWriteEndpoint(ProjectRec p, BranchRec b) {
    for (EndpointRec e : p.endpoints.values()) {
      if (e.branchId.equals(b.id) && EndpointType.READ_WRITE.equals(e.type)) {
        return e;
      }
    }
    return null;
  }

  private static void requireUniqueBranchName(ProjectRec p, String name, String exceptId) {
    for (BranchRec b : p.branches.values()) {
      if (b.name.equals(name) && !b.id.equals(exceptId)) {
        throw ApiError.conflict("branch with name " + name + " already exists");
      }
    }
  }

  private static String[] region(String id) {
    for (String[] r : REGIONS) {
      if (r[0].equals(id)) {
        return r;
      }
    }
    return null;
  }

  // ---------------------------------------------------------------------------------------------
  // constructors of records

  private BranchRec newBranch(ProjectRec p, String name, BranchRec parent, Instant now) {
    BranchRec b = new BranchRec();
    b.seq = ++sequence;
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

  private RoleRec newRole(BranchRec b, String name, boolean noLogin, Instant now) {
    RoleRec r = new RoleRec();
    r.branchId = b.id;
    r.name = name;
    r.password = noLogin ? null : names.password();
    r.createdAt = now;
    r.updatedAt = now;
    return r;
  }

  private DatabaseRec newDatabase(BranchRec b, String name, String owner, Instant now) {
    DatabaseRec db = new DatabaseRec();
    db.id = ++databaseIds;
    db.branchId = b.id;
    db.name = name;
    db.ownerName = owner;
    db.createdAt = now;
    db.updatedAt = now;
    return db;
  }

  private EndpointRec newEndpoint(ProjectRec p, BranchRec b, EndpointType type, Instant now) {
    EndpointRec e = new EndpointRec();
    e.seq = ++sequence;
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
  // effects of finished operations

  private static Effect branchReady(BranchRec b) {
    return new Effect() {
      @Override
      public void apply(Instant at) {
        b.state = "ready";
        b.pendingState = null;
        b.stateChangedAt = at;
        b.updatedAt = at;
      }

      @Override
      public void failed(Instant at) {
        b.pendingState = null;
      }
    };
  }

  private static Effect computeStarted(EndpointRec e) {
    e.pending = EndpointState.ACTIVE;
    return new Effect() {
      @Override
      public void apply(Instant at) {
        e.state = EndpointState.ACTIVE;
        e.pending = null;
        e.startedAt = at;
        e.lastActive = at;
        e.updatedAt = at;
      }

      @Override
      public void failed(Instant at) {
        e.pending = null;
        if (EndpointState.INIT.equals(e.state)) {
          e.state = EndpointState.IDLE;
        }
      }
    };
  }

  private static Effect computeSuspended(EndpointRec e) {
    e.pending = EndpointState.IDLE;
    return new Effect() {
      @Override
      public void apply(Instant at) {
        e.state = EndpointState.IDLE;
        e.pending = null;
        e.suspendedAt = at;
        e.updatedAt = at;
      }

      @Override
      public void failed(Instant at) {
        e.pending = null;
      }
    };
  }

  // ---------------------------------------------------------------------------------------------
  // rendering as generated models

  private Project project(ProjectRec p) {
    return new Project()
        .id(p.id)
        .platformId(p.regionId.startsWith("azure-") ? "azure" : "aws")
        .regionId(p.regionId)
        .name(p.name)
        .provisioner(p.provisioner)
        .defaultEndpointSettings(p.defaults)
        .settings(p.settings)
        .pgVersion(p.pgVersion)
        .proxyHost(proxyHost(p.regionId))
        .branchLogicalSizeLimit(0L)
        .branchLogicalSizeLimitBytes(0L)
        .storePasswords(p.storePasswords)
        .creationSource(CREATION_SOURCE)
        .historyRetentionSeconds(p.historyRetentionSeconds)
        .createdAt(time(p.createdAt))
        .updatedAt(time(p.updatedAt))
        .consumptionPeriodStart(time(p.createdAt))
        .consumptionPeriodEnd(time(p.createdAt.plus(Duration.ofDays(30))))
        .activeTimeSeconds(0L)
        .computeTimeSeconds(0L)
        .writtenDataBytes(0L)
        .dataTransferBytes(0L)
        .dataStorageBytesHour(0L)
        .cpuUsedSec(0L)
        .ownerId(USER_ID.toString())
        .orgId(p.orgId);
  }

  private ProjectListItem listItem(ProjectRec p) {
    return new ProjectListItem()
        .id(p.id)
        .platformId(p.regionId.startsWith("azure-") ? "azure" : "aws")
        .regionId(p.regionId)
        .name(p.name)
        .provisioner(p.provisioner)
        .defaultEndpointSettings(p.defaults)
        .settings(p.settings)
        .pgVersion(p.pgVersion)
        .proxyHost(proxyHost(p.regionId))
        .branchLogicalSizeLimit(0L)
        .branchLogicalSizeLimitBytes(0L)
        .storePasswords(p.storePasswords)
        .activeTime(0L)
        .cpuUsedSec(0L)
        .creationSource(CREATION_SOURCE)
        .createdAt(time(p.createdAt))
        .updatedAt(time(p.updatedAt))
        .ownerId(USER_ID.toString())
        .orgId(p.orgId)
        .historyRetentionSeconds(p.historyRetentionSeconds);
  }

  private Branch branch(ProjectRec p, BranchRec b) {
    return new Branch()
        .id(b.id)
        .projectId(p.id)
        .parentId(b.parentId)
        .parentLsn(b.parentLsn)
        .parentTimestamp(b.parentTimestamp == null ? null : time(b.parentTimestamp))
        .name(b.name)
        .currentState(b.state)
        .pendingState(b.pendingState)
        .stateChangedAt(time(b.stateChangedAt))
        .logicalSize(0L)
        .creationSource(CREATION_SOURCE)
        .primary(b.isDefault)
        ._default(b.isDefault)
        ._protected(b.isProtected)
        .cpuUsedSec(0L)
        .computeTimeSeconds(0L)
        .activeTimeSeconds(0L)
        .writtenDataBytes(0L)
        .dataTransferBytes(0L)
        .createdAt(time(b.createdAt))
        .updatedAt(time(b.updatedAt))
        .expiresAt(b.expiresAt == null ? null : time(b.expiresAt))
        .initSource(b.initSource);
  }

  private static AnnotationData annotation(BranchRec b) {
    return new AnnotationData()
        ._object(new AnnotationObjectData().type("console/branch").id(b.id))
        .value(new LinkedHashMap<>(b.annotations));
  }

  private Endpoint endpoint(EndpointRec e) {
    return new Endpoint()
        .host(e.id + "." + proxyHost(e.regionId))
        .id(e.id)
        .name(e.name)
        .projectId(e.projectId)
        .branchId(e.branchId)
        .autoscalingLimitMinCu(e.minCu)
        .autoscalingLimitMaxCu(e.maxCu)
        .regionId(e.regionId)
        .type(e.type)
        .currentState(e.state)
        .pendingState(e.pending)
        .settings(e.settings)
        .poolerEnabled(false)
        .poolerMode(EndpointPoolerMode.TRANSACTION)
        .disabled(e.disabled)
        .passwordlessAccess(e.passwordless)
        .lastActive(e.lastActive == null ? null : time(e.lastActive))
        .creationSource(CREATION_SOURCE)
        .createdAt(time(e.createdAt))
        .updatedAt(time(e.updatedAt))
        .startedAt(e.startedAt == null ? null : time(e.startedAt))
        .suspendedAt(e.suspendedAt == null ? null : time(e.suspendedAt))
        .proxyHost(proxyHost(e.regionId))
        .suspendTimeoutSeconds(e.suspendTimeout)
        .provisioner(e.provisioner);
  }

  private Role role(RoleRec r, boolean withPassword) {
    return new Role()
        .branchId(r.branchId)
        .name(r.name)
        .password(withPassword ? r.password : null)
        ._protected(false)
        .authenticationMethod(r.password == null ? "no_login" : "password")
        .createdAt(time(r.createdAt))
        .updatedAt(time(r.updatedAt));
  }

  private Database database(DatabaseRec db) {
    return new Database().id(db.id).branchId(db.branchId).name(db.name).ownerName(db.ownerName)
        .createdAt(time(db.createdAt)).updatedAt(time(db.updatedAt));
  }

  private static ConnectionDetails connectionDetails(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db) {
    String host = e.id + "." + proxyHost(e.regionId);
    return new ConnectionDetails()
        .connectionUri(uri(p, e, role, db, false))
        .connectionParameters(new ConnectionParameters().database(db.name).password(role.password).role(role.name)
            .host(host).poolerHost(e.id + "-pooler." + proxyHost(e.regionId)));
  }

  private static String uri(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db, boolean pooled) {
    String host = e.id + (pooled ? "-pooler." : ".") + proxyHost(e.regionId);
    return "postgresql://" + encode(role.name) + ":" + encode(role.password == null ? "" : role.password) + "@" + host
        + "/" + encode(db.name) + "?sslmode=require";
  }

  private static String encode(String text) {
    return java.net.URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  /** e.g. aws-us-east-2 -> us-east-2.aws.neon.tech, azure-eastus2 -> eastus2.azure.neon.tech */
  static String proxyHost(String regionId) {
    int dash = regionId.indexOf('-');
    return regionId.substring(dash + 1) + "." + regionId.substring(0, dash) + ".neon.tech";
  }

  static OffsetDateTime time(Instant instant) {
    return OffsetDateTime.ofInstant(instant.truncatedTo(ChronoUnit.SECONDS), ZoneOffset.UTC);
  }

  private static String lower(String text) {
    return text == null || text.isEmpty() ? null : text.toLowerCase(Locale.ROOT);
  }

  private static boolean matches(String search, String id, String name) {
    return search == null || id.toLowerCase(Locale.ROOT).contains(search)
        || name.toLowerCase(Locale.ROOT).contains(search);
  }

  // ---------------------------------------------------------------------------------------------
  // cursors: opaque to clients; like Neon, a page always carries one (an empty page repeats it)

  private static long decodeSeqCursor(String cursor) {
    if (cursor == null || cursor.isEmpty()) {
      return -1;
    }
    try {
      String text = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8);
      if (!text.startsWith("seq:")) {
        throw new IllegalArgumentException(text);
      }
      return Long.parseLong(text.substring(4));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest("invalid cursor: " + cursor);
    }
  }

  private static java.util.Optional<String> pageCursor(long lastSeq, String requestCursor) {
    if (lastSeq >= 0) {
      return java.util.Optional.of(Base64.getUrlEncoder().withoutPadding()
          .encodeToString(("seq:" + lastSeq).getBytes(StandardCharsets.UTF_8)));
    }
    return java.util.Optional.ofNullable(requestCursor == null || requestCursor.isEmpty() ? null : requestCursor);
  }

  /** Keyset cursor of the branch list: the sort value and sequence of the last branch returned. */
  private static final class BranchCursor {
    final BranchRec probe;

    private BranchCursor(BranchRec probe) {
      this.probe = probe;
    }

    static String encode(BranchRec last, String sortBy, String sortOrder) {
      String value;
      switch (sortBy) {
        case "name":
          value = Base64.getUrlEncoder().withoutPadding().encodeToString(last.name.getBytes(StandardCharsets.UTF_8));
          break;
        case "created_at":
          value = String.valueOf(last.createdAt.truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
          break;
        default:
          value = String.valueOf(last.updatedAt.truncatedTo(ChronoUnit.SECONDS).getEpochSecond());
      }
      String text = sortBy + "|" + sortOrder + "|" + value + "|" + last.seq;
      return Base64.getUrlEncoder().withoutPadding().encodeToString(text.getBytes(StandardCharsets.UTF_8));
    }

    static BranchCursor decode(String cursor, String sortBy, String sortOrder) {
      if (cursor == null || cursor.isEmpty()) {
        return null;
      }
      String[] parts;
      try {
        parts = new String(Base64.getUrlDecoder().decode(cursor), StandardCharsets.UTF_8).split("\\|", -1);
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("invalid cursor: " + cursor);
      }
      if (parts.length != 4) {
        throw ApiError.badRequest("invalid cursor: " + cursor);
      }
      if (!parts[0].equals(sortBy) || !parts[1].equals(sortOrder)) {
        throw ApiError.badRequest("the cursor was issued for sort_by=" + parts[0] + "&sort_order=" + parts[1]
            + ", not sort_by=" + sortBy + "&sort_order=" + sortOrder);
      }
      BranchRec probe = new BranchRec();
      try {
        probe.seq = Long.parseLong(parts[3]);
        switch (sortBy) {
          case "name":
            probe.name = new String(Base64.getUrlDecoder().decode(parts[2]), StandardCharsets.UTF_8);
            break;
          case "created_at":
            probe.createdAt = Instant.ofEpochSecond(Long.parseLong(parts[2]));
            break;
          default:
            probe.updatedAt = Instant.ofEpochSecond(Long.parseLong(parts[2]));
        }
      } catch (IllegalArgumentException e) {
        throw ApiError.badRequest("invalid cursor: " + cursor);
      }
      return new BranchCursor(probe);
    }

    /**
     * Returns whether the probe (last item of the previous page) sorts before {@code b}.
     * @return whether the probe (last item of the previous page) sorts before {@code b}
     */
    boolean isBefore(BranchRec b, Comparator<BranchRec> order) {
      return order.compare(probe, b) < 0;
    }
  }

  // ---------------------------------------------------------------------------------------------
  // records

  /** What an operation does to its resource when it ends. */
  interface Effect {
    void apply(Instant at);

    void failed(Instant at);
  }

  static final class Created {
    final ProjectRec project;
    final List<OpRec> ops;
    BranchRec branch;
    List<EndpointRec> endpoints = List.of();

    Created(ProjectRec project, List<OpRec> ops) {
      this.project = project;
      this.ops = ops;
    }
  }

  static final class ProjectRec {
    long seq;
    String id;
    String name;
    String regionId;
    String orgId;
    int pgVersion;
    boolean storePasswords;
    int historyRetentionSeconds;
    String provisioner;
    DefaultEndpointSettings defaults;
    dev.neonjava.generated.model.ProjectSettingsData settings;
    Instant createdAt;
    Instant updatedAt;
    /** when the last queued operation ends; mutations before then get 423 */
    Instant queueEnd;
    final Map<String, BranchRec> branches = new LinkedHashMap<>();
    final Map<String, EndpointRec> endpoints = new LinkedHashMap<>();
    final List<OpRec> ops = new ArrayList<>();
  }

  static final class BranchRec {
    long seq;
    String id;
    String projectId;
    String parentId;
    String name;
    String state;
    String pendingState;
    boolean isDefault;
    boolean isProtected;
    Instant createdAt;
    Instant updatedAt;
    Instant stateChangedAt;
    Instant parentTimestamp;
    Instant expiresAt;
    String parentLsn;
    String initSource;
    Map<String, String> annotations = new LinkedHashMap<>();
    final Map<String, RoleRec> roles = new LinkedHashMap<>();
    final Map<String, DatabaseRec> databases = new LinkedHashMap<>();
  }

  static final class EndpointRec {
    long seq;
    String id;
    String projectId;
    String branchId;
    String name;
    String regionId;
    EndpointType type;
    EndpointState state;
    EndpointState pending;
    BigDecimal minCu;
    BigDecimal maxCu;
    long suspendTimeout;
    boolean disabled;
    boolean passwordless;
    EndpointSettingsData settings;
    String provisioner;
    Instant createdAt;
    Instant updatedAt;
    Instant startedAt;
    Instant suspendedAt;
    Instant lastActive;
  }

  static final class RoleRec {
    String branchId;
    String name;
    String password;
    Instant createdAt;
    Instant updatedAt;
  }

  static final class DatabaseRec {
    long id;
    String branchId;
    String name;
    String ownerName;
    Instant createdAt;
    Instant updatedAt;
  }

  static final class OpRec {
    UUID id;
    long seq;
    String projectId;
    String branchId;
    String endpointId;
    OperationAction action;
    Instant createdAt;
    Instant runAt;
    Instant endAt;
    OperationStatus outcome;
    String error;
    Effect effect;
    boolean settled;
  }

  static final class ApiKeyRec {
    long id;
    String name;
    String key;
    Instant createdAt;
    boolean revoked;
    Instant lastUsedAt;
    String lastUsedFrom;
  }

  /** Neon-looking ids and secrets from a seeded random: the same seed gives the same ids. */
  static final class Names {
    private static final String[] ADJECTIVES = {"autumn", "billowing", "broad", "cold", "damp", "dark", "dawn",
        "delicate", "divine", "dry", "empty", "falling", "floral", "fragrant", "frosty", "gentle", "green", "hidden",
        "holy", "icy", "jolly", "late", "lingering", "little", "lively", "long", "misty", "morning", "muddy",
        "nameless", "old", "patient", "polished", "proud", "purple", "quiet", "rapid", "red", "restless", "rough",
        "round", "royal", "shiny", "shy", "silent", "small", "snowy", "soft", "solitary", "sparkling", "spring",
        "still", "summer", "sweet", "twilight", "wandering", "weathered", "white", "wild", "winter", "wispy",
        "withered", "young"};
    private static final String[] NOUNS = {"art", "band", "bar", "base", "bird", "block", "boat", "bonus", "bread",
        "breeze", "brook", "bush", "butterfly", "cake", "cell", "cherry", "cloud", "credit", "darkness", "dawn",
        "dew", "disk", "dream", "dust", "feather", "field", "fire", "firefly", "flower", "fog", "forest", "frog",
        "frost", "glade", "glitter", "grass", "hall", "hat", "haze", "heart", "hill", "king", "lab", "lake", "leaf",
        "limit", "math", "meadow", "mode", "moon", "morning", "mountain", "mouse", "mud", "night", "paper", "pine",
        "poetry", "pond", "queen", "rain", "recipe", "resonance", "rice", "river", "salad", "scene", "sea",
        "shadow", "shape", "silence", "sky", "smoke", "snow", "snowflake", "sound", "star", "sun", "sunset",
        "surf", "term", "thunder", "tooth", "tree", "truth", "union", "unit", "violet", "voice", "water",
        "waterfall", "wave", "wildflower", "wind", "wood"};
    private static final String ALNUM = "abcdefghijkmnopqrstuvwxyzABCDEFGHJKLMNPQRSTUVWXYZ23456789";

    private final Random random;
    private final Set<String> used = new HashSet<>();

    Names(long seed) {
      this.random = new Random(seed);
    }

    String projectId(Set<String> taken) {
      return unique("", taken);
    }

    String branchId(Set<String> taken) {
      return unique("br-", taken);
    }

    String endpointId(Set<String> taken) {
      return unique("ep-", taken);
    }

    private String unique(String prefix, Set<String> taken) {
      while (true) {
        String id = prefix + ADJECTIVES[random.nextInt(ADJECTIVES.length)] + "-" + NOUNS[random.nextInt(NOUNS.length)]
            + "-" + String.format(Locale.ROOT, "%08d", random.nextInt(100_000_000));
        if (!taken.contains(id) && used.add(id)) {
          return id;
        }
      }
    }

    UUID uuid() {
      byte[] bytes = new byte[16];
      random.nextBytes(bytes);
      bytes[6] = (byte) ((bytes[6] & 0x0f) | 0x40);
      bytes[8] = (byte) ((bytes[8] & 0x3f) | 0x80);
      long msb = 0;
      long lsb = 0;
      for (int i = 0; i < 8; i++) {
        msb = (msb << 8) | (bytes[i] & 0xff);
        lsb = (lsb << 8) | (bytes[8 + i] & 0xff);
      }
      return new UUID(msb, lsb);
    }

    String password() {
      return "npg_" + random(12);
    }

    String apiKey() {
      return "napi_" + random(64).toLowerCase(Locale.ROOT);
    }

    String lsn() {
      return "0/" + Integer.toHexString(0x1000000 + random.nextInt(0x0ffffff)).toUpperCase(Locale.ROOT);
    }

    private String random(int n) {
      StringBuilder b = new StringBuilder(n);
      for (int i = 0; i < n; i++) {
        b.append(ALNUM.charAt(random.nextInt(ALNUM.length())));
      }
      return b.toString();
    }
  }
}

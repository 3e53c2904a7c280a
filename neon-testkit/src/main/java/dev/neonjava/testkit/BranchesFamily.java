package dev.neonjava.testkit;

import dev.neonjava.generated.model.AnnotationData;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.BranchCreateRequestEndpointOptions;
import dev.neonjava.generated.model.BranchOperations;
import dev.neonjava.generated.model.BranchUpdateRequest;
import dev.neonjava.generated.model.BranchUpdateRequestBranch;
import dev.neonjava.generated.model.BranchesCountResponse;
import dev.neonjava.generated.model.ConnectionDetails;
import dev.neonjava.generated.model.CreateProjectBranchRequest;
import dev.neonjava.generated.model.CreateProjectBranchResponse;
import dev.neonjava.generated.model.CursorPagination;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.EndpointsResponse;
import dev.neonjava.generated.model.GetProjectBranchResponse;
import dev.neonjava.generated.model.ListProjectBranchesResponse;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.Created;
import dev.neonjava.testkit.Records.DatabaseRec;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.OpRec;
import dev.neonjava.testkit.Records.ProjectRec;
import dev.neonjava.testkit.Records.RoleRec;
import dev.neonjava.testkit.Records.ApiKeyRec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Branches: create from a parent (copying roles and databases), list with Neon's sort orders and keyset cursors, count, get, update, delete (not the default one, nor a parent), set as default, and a branch's endpoints. */
final class BranchesFamily extends ResourceFamily {
  BranchesFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("createProjectBranch", this::createProjectBranch);
    handlers.put("listProjectBranches", this::listProjectBranches);
    handlers.put("countProjectBranches", this::countProjectBranches);
    handlers.put("getProjectBranch", this::getProjectBranch);
    handlers.put("updateProjectBranch", this::updateProjectBranch);
    handlers.put("deleteProjectBranch", this::deleteProjectBranch);
    handlers.put("setDefaultProjectBranch", this::setDefaultProjectBranch);
    handlers.put("listProjectBranchEndpoints", this::listProjectBranchEndpoints);
  }


  private Reply createProjectBranch(Call c) {
    ProjectRec p = project(c.path("project_id"));
    CreateProjectBranchRequest request = c.optionalBody(CreateProjectBranchRequest.class);
    return createdReply(p, createBranch(p, request, c.now, false));
  }

  /** The 201 answer to a branch creation: the branch, its endpoints, roles, databases, connection URIs, operations. */
  Reply createdReply(ProjectRec p, Created created) {
    BranchRec b = created.branch;
    List<Endpoint> endpoints = created.endpoints.stream().map(ResourceFamily::endpoint).collect(Collectors.toList());
    CreateProjectBranchResponse body = new CreateProjectBranchResponse()
        .branch(branch(p, b))
        .endpoints(endpoints)
        .operations(fresh(created.ops))
        .roles(b.roles.values().stream().map(r -> role(r, false)).collect(Collectors.toList()))
        .databases(b.databases.values().stream().map(ResourceFamily::database).collect(Collectors.toList()));
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
    b.parentLsn = r.getParentLsn() == null ? plane.names.lsn() : r.getParentLsn();
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
    ops.add(schedule(p, OperationAction.CREATE_BRANCH, b.id, null, now, instant, OperationQueue.branchReady(b)));
    for (EndpointRec e : endpoints) {
      ops.add(schedule(p, OperationAction.START_COMPUTE, b.id, e.id, now, instant, OperationQueue.computeStarted(e)));
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
    String search = ControlPlane.lower(c.query("search"));
    Comparator<BranchRec> order = branchOrder(sortBy);
    if ("desc".equals(sortOrder)) {
      order = order.reversed();
    }
    Cursors.BranchCursor cursor = Cursors.BranchCursor.decode(c.query("cursor"), sortBy, sortOrder);
    List<BranchRec> listed = new ArrayList<>(p.branches.values());
    if (c.boolQuery("include_deleted")) {
      listed.addAll(RestoreFamily.recoverable(p, c.now));
    }
    List<BranchRec> sorted = listed.stream()
        .filter(b -> ControlPlane.matches(search, b.id, b.name))
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
      pagination.next(Cursors.BranchCursor.encode(last, sortBy, sortOrder));
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
    String search = ControlPlane.lower(c.query("search"));
    int count = (int) p.branches.values().stream().filter(b -> ControlPlane.matches(search, b.id, b.name)).count();
    return Reply.json(200, new BranchesCountResponse().count((long) count));
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
      } else if (r.getExplicitNulls().contains("expires_at")) {
        b.expiresAt = null; // "expires_at": null clears the expiration
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
    List<EndpointRec> endpoints = endpointsOf(p, b);
    for (EndpointRec e : endpoints) {
      if (!EndpointState.IDLE.equals(e.state)) {
        ops.add(schedule(p, OperationAction.SUSPEND_COMPUTE, b.id, e.id, c.now, false, null));
      }
      p.endpoints.remove(e.id);
    }
    ops.add(schedule(p, OperationAction.DELETE_TIMELINE, b.id, null, c.now, false, null));
    p.branches.remove(b.id);
    if (!c.boolQuery("hard_delete")) {
      RestoreFamily.keepRecoverable(p, b, endpoints, c.now); // recoverProjectBranch can bring it back
    }
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
        .endpoints(endpointsOf(p, b).stream().map(ResourceFamily::endpoint).collect(Collectors.toList())));
  }
}

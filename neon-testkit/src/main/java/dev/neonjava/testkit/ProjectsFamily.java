package dev.neonjava.testkit;

import dev.neonjava.generated.model.ConnectionURIResponse;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.DefaultEndpointSettings;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.ListProjectsResponse;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.Pagination;
import dev.neonjava.generated.model.ProjectCreateRequest;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.generated.model.ProjectCreateRequestProjectBranch;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.generated.model.ProjectResponse;
import dev.neonjava.generated.model.ProjectUpdateRequest;
import dev.neonjava.generated.model.ProjectUpdateRequestProject;
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

/** Projects: list (newest first, searched, paged), create with a default branch, role, database and compute, get, update, delete, connection URIs. */
final class ProjectsFamily extends ResourceFamily {
  ProjectsFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("listProjects", this::listProjects);
    handlers.put("createProject", this::createProject);
    handlers.put("getProject", this::getProject);
    handlers.put("updateProject", this::updateProject);
    handlers.put("deleteProject", this::deleteProject);
    handlers.put("getConnectionURI", this::getConnectionUri);
  }


  private Reply listProjects(Call c) {
    int limit = c.intQuery("limit", 10, 1, 400);
    String search = ControlPlane.lower(c.query("search"));
    String orgId = c.query("org_id");
    long after = Cursors.decodeSeq(c.query("cursor"));
    List<ProjectListItem> page = new ArrayList<>();
    long last = -1;
    if (!c.boolQuery("recoverable")) {
      List<ProjectRec> newestFirst = new ArrayList<>(plane.projects.values());
      newestFirst.sort(Comparator.comparingLong((ProjectRec p) -> p.seq).reversed());
      for (ProjectRec p : newestFirst) {
        if ((after >= 0 && p.seq >= after) || !ControlPlane.matches(search, p.id, p.name)
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
    Cursors.page(last, c.query("cursor")).ifPresent(cursor -> body.pagination(new Pagination().cursor(cursor)));
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
    String region = r.getRegionId() == null ? ControlPlane.DEFAULT_REGION : r.getRegionId();
    if (AccountFamily.region(region) == null) {
      throw ApiError.badRequest("region " + region + " is not supported; see GET /regions");
    }
    ProjectRec p = new ProjectRec();
    p.seq = plane.nextSequence();
    p.id = plane.names.projectId(plane.projects.keySet());
    p.name = r.getName() == null ? p.id : r.getName();
    p.regionId = region;
    p.orgId = r.getOrgId();
    p.pgVersion = r.getPgVersion() == null ? 17L : r.getPgVersion();
    p.storePasswords = r.getStorePasswords() == null || r.getStorePasswords();
    p.historyRetentionSeconds = r.getHistoryRetentionSeconds() == null ? 86400 : r.getHistoryRetentionSeconds();
    p.provisioner = r.getProvisioner() == null ? ControlPlane.PROVISIONER : r.getProvisioner();
    DefaultEndpointSettings defaults = r.getDefaultEndpointSettings() == null ? new DefaultEndpointSettings()
        : r.getDefaultEndpointSettings();
    if (defaults.getAutoscalingLimitMinCu() == null) {
      defaults.autoscalingLimitMinCu(r.getAutoscalingLimitMinCu() == null ? ControlPlane.DEFAULT_CU : r.getAutoscalingLimitMinCu());
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
    plane.projects.put(p.id, p);
    List<OpRec> ops = new ArrayList<>();
    ops.add(schedule(p, OperationAction.CREATE_TIMELINE, branch.id, null, now, instant, OperationQueue.branchReady(branch)));
    ops.add(schedule(p, OperationAction.START_COMPUTE, branch.id, endpoint.id, now, instant, OperationQueue.computeStarted(endpoint)));
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
    plane.projects.remove(p.id);
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
}

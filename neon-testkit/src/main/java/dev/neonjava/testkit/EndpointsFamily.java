package dev.neonjava.testkit;

import dev.neonjava.generated.model.EndpointCreateRequest;
import dev.neonjava.generated.model.EndpointCreateRequestEndpoint;
import dev.neonjava.generated.model.EndpointOperations;
import dev.neonjava.generated.model.EndpointResponse;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.EndpointUpdateRequest;
import dev.neonjava.generated.model.EndpointUpdateRequestEndpoint;
import dev.neonjava.generated.model.EndpointsResponse;
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

/** Compute endpoints: create (one read_write per branch), list, get, update, delete, start, suspend, restart, with their state following their operations. */
final class EndpointsFamily extends ResourceFamily {
  EndpointsFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("createProjectEndpoint", this::createProjectEndpoint);
    handlers.put("listProjectEndpoints", this::listProjectEndpoints);
    handlers.put("getProjectEndpoint", this::getProjectEndpoint);
    handlers.put("updateProjectEndpoint", this::updateProjectEndpoint);
    handlers.put("deleteProjectEndpoint", this::deleteProjectEndpoint);
    handlers.put("startProjectEndpoint", this::startProjectEndpoint);
    handlers.put("suspendProjectEndpoint", this::suspendProjectEndpoint);
    handlers.put("restartProjectEndpoint", this::restartProjectEndpoint);
  }


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
      ops.add(schedule(p, OperationAction.START_COMPUTE, b.id, e.id, c.now, false, OperationQueue.computeStarted(e)));
    }
    return Reply.json(201, new EndpointOperations().endpoint(endpoint(e)).operations(fresh(ops)));
  }

  private Reply listProjectEndpoints(Call c) {
    ProjectRec p = project(c.path("project_id"));
    return Reply.json(200, new EndpointsResponse()
        .endpoints(p.endpoints.values().stream().map(ResourceFamily::endpoint).collect(Collectors.toList())));
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
    OpRec op = schedule(p, OperationAction.START_COMPUTE, e.branchId, e.id, c.now, false, OperationQueue.computeStarted(e));
    return Reply.json(200, new EndpointOperations().endpoint(endpoint(e)).operations(fresh(List.of(op))));
  }

  private Reply suspendProjectEndpoint(Call c) {
    ProjectRec p = project(c.path("project_id"));
    EndpointRec e = endpoint(p, c.path("endpoint_id"));
    OpRec op = schedule(p, OperationAction.SUSPEND_COMPUTE, e.branchId, e.id, c.now, false, OperationQueue.computeSuspended(e));
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
    ops.add(schedule(p, OperationAction.START_COMPUTE, e.branchId, e.id, c.now, false, OperationQueue.computeStarted(e)));
    return Reply.json(200, new EndpointOperations().endpoint(endpoint(e)).operations(fresh(ops)));
  }
}

package dev.neonjava.testkit;

import com.google.gson.JsonObject;
import dev.neonjava.generated.model.AcceptProjectTransferRequestRequest;
import dev.neonjava.generated.model.AcceptProjectTransferRequestSatisfiesPlanError;
import dev.neonjava.generated.model.AcceptProjectTransferRequestSatisfiesPlanErrorReasonsInner;
import dev.neonjava.generated.model.CreateProjectTransferRequestRequest;
import dev.neonjava.generated.model.LimitsUnsatisfiedResponse;
import dev.neonjava.generated.model.LimitsUnsatisfiedResponseLimitsInner;
import dev.neonjava.generated.model.ProjectTransferRequestResponse;
import dev.neonjava.generated.model.TransferProjectsToOrganizationRequest;
import dev.neonjava.testkit.Records.ProjectRec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.UUID;
import java.util.function.Function;

/**
 * Project transfers: from the personal account or one organization to another organization the
 * user belongs to (all or nothing: 404 for an unknown organization or a project not in the
 * source, 423 for a project with operations running, 406 when the destination would exceed its
 * plan's 1,000 projects), and transfer requests that a recipient accepts before they expire.
 * Listing projects by {@code org_id} shows the result.
 */
final class TransfersFamily extends ResourceFamily {
  /** Projects an organization on the Scale plan may own (Neon's plans page). */
  static final int PROJECTS_PER_ORGANIZATION = 1000;
  private static final long DEFAULT_REQUEST_TTL_SECONDS = 86_400;

  /** A pending transfer request. */
  private static final class TransferRequest {
    UUID id;
    String projectId;
    Instant createdAt;
    Instant expiresAt;
  }

  private final Map<String, TransferRequest> requests = new HashMap<>();

  TransfersFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("transferProjectsFromUserToOrg", c -> transfer(c, null));
    handlers.put("transferProjectsFromOrgToOrg", c -> transfer(c,
        plane.organizationsFamily.requireOrganization(c.path("source_org_id"))));
    handlers.put("createProjectTransferRequest", this::createProjectTransferRequest);
    handlers.put("acceptProjectTransferRequest", this::acceptProjectTransferRequest);
  }

  /**
   * Moves the projects of the request from the source (null: the personal account) to its destination.
   * @param source the source organization, or null for the personal account
   */
  private Reply transfer(Call c, String source) {
    TransferProjectsToOrganizationRequest r = c.body(TransferProjectsToOrganizationRequest.class);
    if (r.getDestinationOrgId() == null || r.getProjectIds() == null || r.getProjectIds().isEmpty()) {
      throw ApiError.badRequest("destination_org_id and project_ids (1 to 400 ids) are required");
    }
    if (r.getProjectIds().size() > 400) {
      throw ApiError.badRequest("project_ids holds at most 400 ids, got " + r.getProjectIds().size());
    }
    String destination = plane.organizationsFamily.requireOrganization(r.getDestinationOrgId());
    if (destination.equals(source)) {
      throw ApiError.badRequest("the source and destination organization are the same: " + destination);
    }
    List<ProjectRec> moving = new ArrayList<>();
    for (String id : new LinkedHashSet<>(r.getProjectIds())) {
      ProjectRec p = plane.projects.get(id);
      if (p == null || !Objects.equals(p.orgId, source)) {
        throw ApiError.notFound("project " + id + " not found in " + (source == null ? "your personal account"
            : "organization " + source));
      }
      if (p.queueEnd.isAfter(c.now)) {
        throw new ApiError(423, "", "project " + id + ": " + ControlPlane.LOCKED_MESSAGE);
      }
      moving.add(p);
    }
    Reply overLimit = overLimit(destination, moving.size());
    if (overLimit != null) {
      return overLimit;
    }
    for (ProjectRec p : moving) {
      p.orgId = destination;
      p.updatedAt = c.now;
    }
    return Reply.json(200, new JsonObject());
  }

  private Reply overLimit(String organization, int arriving) {
    long owned = plane.projects.values().stream().filter(p -> organization.equals(p.orgId)).count();
    if (owned + arriving <= PROJECTS_PER_ORGANIZATION) {
      return null;
    }
    return Reply.json(406, new LimitsUnsatisfiedResponse().limits(List.of(new LimitsUnsatisfiedResponseLimitsInner()
        .name("projects").expected(Integer.toString(PROJECTS_PER_ORGANIZATION))
        .actual(Long.toString(owned + arriving)))));
  }

  private Reply createProjectTransferRequest(Call c) {
    ProjectRec p = project(c.path("project_id"));
    CreateProjectTransferRequestRequest r = c.optionalBody(CreateProjectTransferRequestRequest.class);
    long ttl = r == null || r.getTtlSeconds() == null ? DEFAULT_REQUEST_TTL_SECONDS : r.getTtlSeconds();
    if (ttl <= 0) {
      throw ApiError.badRequest("ttl_seconds must be positive, got " + ttl);
    }
    TransferRequest t = new TransferRequest();
    t.id = plane.names.uuid();
    t.projectId = p.id;
    t.createdAt = c.now;
    t.expiresAt = c.now.plusSeconds(ttl);
    requests.put(t.id.toString(), t);
    return Reply.json(201, new ProjectTransferRequestResponse().id(t.id).projectId(p.id).createdAt(time(t.createdAt))
        .expiresAt(time(t.expiresAt)));
  }

  private Reply acceptProjectTransferRequest(Call c) {
    ProjectRec p = project(c.path("project_id"));
    String id = c.path("request_id");
    TransferRequest t = requests.get(id.toLowerCase(java.util.Locale.ROOT));
    if (t == null || !t.projectId.equals(p.id)) {
      throw ApiError.notFound("transfer request " + id + " not found for project " + p.id);
    }
    if (!t.expiresAt.isAfter(c.now)) {
      requests.remove(t.id.toString());
      throw ApiError.notFound("transfer request " + id + " expired at " + Render.timeText(t.expiresAt));
    }
    AcceptProjectTransferRequestRequest r = c.optionalBody(AcceptProjectTransferRequestRequest.class);
    String destination = r == null || r.getOrgId() == null ? null
        : plane.organizationsFamily.requireOrganization(r.getOrgId());
    if (destination != null && overLimit(destination, Objects.equals(p.orgId, destination) ? 0 : 1) != null) {
      return Reply.json(406, new AcceptProjectTransferRequestSatisfiesPlanError().reasons(List.of(
          new AcceptProjectTransferRequestSatisfiesPlanErrorReasonsInner().code("projects_limit_exceeded")
              .message("organization " + destination + " already owns " + PROJECTS_PER_ORGANIZATION
                  + " projects, the limit of its plan"))));
    }
    requests.remove(t.id.toString());
    p.orgId = destination;
    p.updatedAt = c.now;
    return Reply.noContent();
  }
}

package dev.neonjava.testkit;

import dev.neonjava.generated.model.CreateSnapshotResponse;
import dev.neonjava.generated.model.ListSnapshotsResponse;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationsResponse;
import dev.neonjava.generated.model.RestoreSnapshotRequest;
import dev.neonjava.generated.model.RestoreSnapshotResponse;
import dev.neonjava.generated.model.Snapshot;
import dev.neonjava.generated.model.SnapshotUpdateRequest;
import dev.neonjava.generated.model.UpdateSnapshotResponse;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.DatabaseRec;
import dev.neonjava.testkit.Records.OpRec;
import dev.neonjava.testkit.Records.ProjectRec;
import dev.neonjava.testkit.Records.RoleRec;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Snapshots of a project: taken from a branch at its head, an LSN or a time within the restore
 * window (they keep that branch's roles and databases), listed, renamed, deleted, gone once their
 * {@code expires_at} passes, and restored into a new branch that is a preview
 * ({@code restore_status: restored}) until finalized, or finalized at once with
 * {@code finalize_restore: true}. Backup schedules live in {@link SnapshotSchedules}.
 */
final class SnapshotsFamily extends ResourceFamily {
  private static final Pattern LSN = Pattern.compile("^[0-9A-Fa-f]{1,8}/[0-9A-Fa-f]{1,8}$");
  private static final long FULL_SIZE = 30L << 20;

  /** One snapshot and the data it keeps. */
  private static final class SnapshotRec {
    String id;
    String name;
    String lsn;
    Instant timestamp;
    String sourceBranchId;
    Instant createdAt;
    Instant expiresAt;
    final List<RoleRec> roles = new ArrayList<>();
    final List<DatabaseRec> databases = new ArrayList<>();
  }

  private final Map<String, Map<String, SnapshotRec>> byProject = new HashMap<>();
  private final Set<String> ids = new HashSet<>();
  private final SnapshotSchedules schedules;

  SnapshotsFamily(ControlPlane plane) {
    super(plane);
    this.schedules = new SnapshotSchedules(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("createSnapshot", this::createSnapshot);
    handlers.put("listSnapshots", this::listSnapshots);
    handlers.put("updateSnapshot", this::updateSnapshot);
    handlers.put("deleteSnapshot", this::deleteSnapshot);
    handlers.put("restoreSnapshot", this::restoreSnapshot);
    schedules.register(handlers);
  }

  /**
   * Returns the project's snapshots, oldest first, after forgetting the expired ones.
   * @return the project's snapshots, oldest first, after forgetting the expired ones
   */
  private Map<String, SnapshotRec> snapshots(ProjectRec p, Instant now) {
    Map<String, SnapshotRec> mine = byProject.computeIfAbsent(p.id, k -> new LinkedHashMap<>());
    for (Iterator<SnapshotRec> it = mine.values().iterator(); it.hasNext(); ) {
      SnapshotRec s = it.next();
      if (s.expiresAt != null && !s.expiresAt.isAfter(now)) {
        it.remove();
      }
    }
    return mine;
  }

  private SnapshotRec snapshot(ProjectRec p, String id, Instant now) {
    SnapshotRec s = snapshots(p, now).get(id);
    if (s == null) {
      throw ApiError.notFound("snapshot " + id + " not found");
    }
    return s;
  }

  private Reply createSnapshot(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = branch(p, c.path("branch_id"));
    String lsn = c.query("lsn");
    String timestamp = c.query("timestamp");
    if (lsn != null && timestamp != null) {
      throw ApiError.badRequest("lsn and timestamp cannot be used together");
    }
    if (lsn != null && !LSN.matcher(lsn).matches()) {
      throw ApiError.badRequest("lsn must look like 0/1A2B3C4, got " + lsn);
    }
    Instant at = c.now;
    if (timestamp != null) {
      at = time(timestamp, "timestamp");
      Instant oldest = c.now.minusSeconds(p.historyRetentionSeconds);
      if (at.isAfter(c.now) || at.isBefore(oldest)) {
        throw ApiError.badRequest("timestamp " + timestamp + " is outside the restore window of project " + p.id
            + " (" + Render.timeText(oldest) + " to now)");
      }
    }
    Instant expires = c.query("expires_at") == null ? null : time(c.query("expires_at"), "expires_at");
    if (expires != null && !expires.isAfter(c.now)) {
      throw ApiError.badRequest("expires_at " + c.query("expires_at") + " is not in the future");
    }
    SnapshotRec s = new SnapshotRec();
    s.id = plane.names.id("snap-", ids);
    ids.add(s.id);
    s.name = c.query("name") == null || c.query("name").isEmpty()
        ? b.name + "_snapshot_" + RestoreFamily.timeSuffix(c.now) : c.query("name");
    s.lsn = lsn != null ? lsn : plane.names.lsn();
    s.timestamp = at;
    s.sourceBranchId = b.id;
    s.createdAt = c.now;
    s.expiresAt = expires;
    for (RoleRec role : b.roles.values()) {
      RoleRec copy = new RoleRec();
      copy.name = role.name;
      copy.password = role.password;
      s.roles.add(copy);
    }
    for (DatabaseRec db : b.databases.values()) {
      DatabaseRec copy = new DatabaseRec();
      copy.name = db.name;
      copy.ownerName = db.ownerName;
      s.databases.add(copy);
    }
    snapshots(p, c.now).put(s.id, s);
    OpRec op = schedule(p, OperationAction.CREATE_TIMELINE, b.id, null, c.now, false, null);
    return Reply.json(200, new CreateSnapshotResponse().snapshot(render(s)).operations(fresh(List.of(op))));
  }

  private Reply listSnapshots(Call c) {
    ProjectRec p = project(c.path("project_id"));
    return Reply.json(200, new ListSnapshotsResponse()
        .snapshots(snapshots(p, c.now).values().stream().map(SnapshotsFamily::render).collect(Collectors.toList())));
  }

  private Reply updateSnapshot(Call c) {
    ProjectRec p = project(c.path("project_id"));
    SnapshotRec s = snapshot(p, c.path("snapshot_id"), c.now);
    SnapshotUpdateRequest r = c.body(SnapshotUpdateRequest.class);
    if (r.getSnapshot() != null && r.getSnapshot().getName() != null) {
      if (r.getSnapshot().getName().isEmpty()) {
        throw ApiError.badRequest("snapshot.name must not be empty");
      }
      s.name = r.getSnapshot().getName();
    }
    return Reply.json(200, new UpdateSnapshotResponse().snapshot(render(s)));
  }

  private Reply deleteSnapshot(Call c) {
    ProjectRec p = project(c.path("project_id"));
    SnapshotRec s = snapshot(p, c.path("snapshot_id"), c.now);
    snapshots(p, c.now).remove(s.id);
    String branchId = p.branches.containsKey(s.sourceBranchId) ? s.sourceBranchId : null;
    OpRec op = schedule(p, OperationAction.DELETE_TIMELINE, branchId, null, c.now, false, null);
    return Reply.json(202, new OperationsResponse().operations(fresh(List.of(op))));
  }

  private Reply restoreSnapshot(Call c) {
    ProjectRec p = project(c.path("project_id"));
    SnapshotRec s = snapshot(p, c.path("snapshot_id"), c.now);
    RestoreSnapshotRequest r = c.optionalBody(RestoreSnapshotRequest.class);
    if (r == null) {
      r = new RestoreSnapshotRequest();
    }
    String targetId = r.getTargetBranchId() != null ? r.getTargetBranchId() : s.sourceBranchId;
    BranchRec target = p.branches.get(targetId);
    if (target == null) {
      throw ApiError.notFound("branch " + targetId + " not found: pass target_branch_id to restore snapshot " + s.id
          + " into another branch");
    }
    String name = r.getName() != null ? r.getName() : c.query("name");
    if (name == null || name.isEmpty()) {
      name = target.name + "_restored_" + RestoreFamily.timeSuffix(c.now);
    }
    requireUniqueBranchName(p, name, null);
    BranchRec b = newBranch(p, name, null, c.now);
    b.parentLsn = s.lsn;
    b.parentTimestamp = s.timestamp;
    b.initSource = "parent-data";
    b.restoredFrom = s.id;
    b.restoredAs = target.id;
    b.restoreStatus = "restored";
    plane.restoreFamily.copyData(s.roles, s.databases, b, c.now);
    List<OpRec> ops = new ArrayList<>();
    ops.add(schedule(p, OperationAction.CREATE_BRANCH, b.id, null, c.now, false, OperationQueue.branchReady(b)));
    if (Boolean.TRUE.equals(r.getFinalizeRestore())) {
      ops.addAll(plane.restoreFamily.finalizeRestore(p, b, null, c.now));
    }
    return Reply.json(200, new RestoreSnapshotResponse().branch(branch(p, b)).operations(fresh(ops))
        .endpoints(endpointsOf(p, b).stream().map(ResourceFamily::endpoint).collect(Collectors.toList())));
  }

  private static Snapshot render(SnapshotRec s) {
    return new Snapshot().id(s.id).name(s.name).lsn(s.lsn).timestamp(Render.timeText(s.timestamp))
        .sourceBranchId(s.sourceBranchId).createdAt(Render.timeText(s.createdAt))
        .expiresAt(s.expiresAt == null ? null : Render.timeText(s.expiresAt)).manual(true)
        .fullSize(FULL_SIZE).diffSize(0L);
  }

  private static Instant time(String text, String name) {
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " must be an RFC 3339 date-time such as 2025-08-05T22:00:00Z, got " + text);
    }
  }
}

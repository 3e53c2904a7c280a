package dev.neonjava.testkit;

import dev.neonjava.generated.model.BranchOperations;
import dev.neonjava.generated.model.BranchRecoverResponse;
import dev.neonjava.generated.model.BranchRestoreRequest;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.FinalizeRestoreBranchRequest;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationsResponse;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.DatabaseRec;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.OpRec;
import dev.neonjava.testkit.Records.ProjectRec;
import dev.neonjava.testkit.Records.RoleRec;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.format.DateTimeFormatter;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Branch restore, as Neon does it: a branch is restored in place from its own history or another
 * branch's (to an LSN, a time within the restore window, or the head), optionally keeping its
 * previous state as a new branch ({@code preserve_under_name}) that also takes over its children
 * and becomes its parent; a branch restored from a snapshot is finalized (takes the computes and
 * the name of the branch it replaces); a deleted branch is recovered within the restore window.
 */
final class RestoreFamily extends ResourceFamily {
  private static final DateTimeFormatter SUFFIX = DateTimeFormatter.ofPattern("yyyy-MM-dd'T'HH:mm:ss'Z'")
      .withZone(ZoneOffset.UTC);

  RestoreFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("restoreProjectBranch", this::restoreProjectBranch);
    handlers.put("finalizeRestoreBranch", this::finalizeRestoreBranch);
    handlers.put("recoverProjectBranch", this::recoverProjectBranch);
  }

  // ---------------------------------------------------------------------------------------------
  // restore in place

  private Reply restoreProjectBranch(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec target = branch(p, c.path("branch_id"));
    BranchRestoreRequest r = c.body(BranchRestoreRequest.class);
    if (r.getSourceBranchId() == null) {
      throw ApiError.badRequest("source_branch_id is required");
    }
    BranchRec source = branch(p, r.getSourceBranchId());
    boolean self = source == target;
    if (r.getSourceLsn() != null && r.getSourceTimestamp() != null) {
      throw ApiError.badRequest("source_lsn and source_timestamp cannot be used together");
    }
    if (self && r.getSourceLsn() == null && r.getSourceTimestamp() == null) {
      throw ApiError.badRequest("source_timestamp or source_lsn is required when source_branch_id is the branch itself");
    }
    Instant point = r.getSourceTimestamp() == null ? c.now : withinRestoreWindow(p, r.getSourceTimestamp(), c.now);
    String preserve = r.getPreserveUnderName() == null || r.getPreserveUnderName().isEmpty() ? null
        : r.getPreserveUnderName();
    List<BranchRec> children = children(p, target);
    if (preserve == null && (self || !children.isEmpty())) {
      throw ApiError.badRequest("preserve_under_name is required when the branch " + (self
          ? "is restored from its own history" : "has child branches"));
    }
    if (preserve != null) {
      requireUniqueBranchName(p, preserve, null);
    }
    BranchRec backup = null;
    if (preserve != null) {
      // the previous state becomes a new branch: same parent, same data, the children move to it
      backup = newBranch(p, preserve, null, c.now);
      backup.parentId = target.parentId;
      backup.parentLsn = target.parentLsn;
      backup.parentTimestamp = target.parentTimestamp;
      backup.initSource = target.initSource;
      backup.state = "ready";
      backup.pendingState = null;
      copyData(target.roles.values(), target.databases.values(), backup, c.now);
      for (BranchRec child : children) {
        child.parentId = backup.id;
        child.updatedAt = c.now;
      }
    }
    List<RoleRec> roles = new ArrayList<>(source.roles.values());
    List<DatabaseRec> databases = new ArrayList<>(source.databases.values());
    target.roles.clear();
    target.databases.clear();
    copyData(roles, databases, target, c.now);
    target.parentId = self ? backup.id : source.id;
    target.parentLsn = r.getSourceLsn() != null ? r.getSourceLsn() : plane.names.lsn();
    target.parentTimestamp = point;
    target.lastResetAt = c.now;
    target.updatedAt = c.now;
    target.state = "resetting";
    target.pendingState = "ready";
    target.stateChangedAt = c.now;
    List<OpRec> ops = new ArrayList<>();
    ops.add(schedule(p, OperationAction.CREATE_TIMELINE, target.id, null, c.now, false,
        OperationQueue.branchReady(target)));
    ops.addAll(restart(p, endpointsOf(p, target), c.now));
    return Reply.json(200, new BranchOperations().branch(branch(p, target)).operations(fresh(ops)));
  }

  private static Instant withinRestoreWindow(ProjectRec p, OffsetDateTime requested, Instant now) {
    Instant at = requested.toInstant();
    if (at.isAfter(now)) {
      throw ApiError.badRequest("source_timestamp " + requested + " is in the future");
    }
    Instant oldest = now.minusSeconds(p.historyRetentionSeconds);
    if (at.isBefore(oldest)) {
      throw ApiError.badRequest("source_timestamp " + requested + " is outside the restore window of project "
          + p.id + " (" + p.historyRetentionSeconds + " s, since " + Render.timeText(oldest) + ")");
    }
    return at;
  }

  private static List<BranchRec> children(ProjectRec p, BranchRec b) {
    return p.branches.values().stream().filter(o -> b.id.equals(o.parentId)).collect(Collectors.toList());
  }

  /**
   * Copies roles (with their passwords) and databases into a branch.
   * @param roles the roles to copy
   * @param databases the databases to copy
   * @param into the branch that gets the copies
   * @param now the time of the copy
   */
  void copyData(Collection<RoleRec> roles, Collection<DatabaseRec> databases, BranchRec into, Instant now) {
    for (RoleRec role : roles) {
      RoleRec copy = newRole(into, role.name, role.password == null, now);
      copy.password = role.password;
      into.roles.put(copy.name, copy);
    }
    for (DatabaseRec db : databases) {
      into.databases.put(db.name, newDatabase(into, db.name, db.ownerName, now));
    }
  }

  /**
   * Returns the operations that restart the computes that are not idle (they start with the new data).
   * @return the operations that restart the computes that are not idle (they start with the new data)
   */
  List<OpRec> restart(ProjectRec p, List<EndpointRec> endpoints, Instant now) {
    List<OpRec> ops = new ArrayList<>();
    for (EndpointRec e : endpoints) {
      if (!EndpointState.IDLE.equals(e.state)) {
        ops.add(schedule(p, OperationAction.SUSPEND_COMPUTE, e.branchId, e.id, now, false, null));
        ops.add(schedule(p, OperationAction.START_COMPUTE, e.branchId, e.id, now, false,
            OperationQueue.computeStarted(e)));
      }
    }
    return ops;
  }

  // ---------------------------------------------------------------------------------------------
  // finalize a branch restored from a snapshot

  private Reply finalizeRestoreBranch(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec restored = branch(p, c.path("branch_id"));
    FinalizeRestoreBranchRequest r = c.optionalBody(FinalizeRestoreBranchRequest.class);
    if (restored.restoreStatus == null) {
      throw ApiError.badRequest("branch " + restored.id + " was not restored from a snapshot; only such branches "
          + "can be finalized");
    }
    if (!"restored".equals(restored.restoreStatus)) {
      throw ApiError.conflict("the restore of branch " + restored.id + " is already finalized");
    }
    List<OpRec> ops = finalizeRestore(p, restored, r == null ? null : r.getName(), c.now);
    return Reply.json(200, new OperationsResponse().operations(fresh(ops)));
  }

  /**
   * Makes a branch restored from a snapshot take the place of the branch it replaces: that
   * branch's computes move to it (and restart), it takes its name (the replaced branch is renamed)
   * and, if it was the default branch, becomes the default.
   * @param oldName the new name of the replaced branch, or null for {@code <name>_old_<time>}
   * @return the operations that restart the moved computes
   */
  List<OpRec> finalizeRestore(ProjectRec p, BranchRec restored, String oldName, Instant now) {
    BranchRec replaced = restored.restoredAs == null ? null : p.branches.get(restored.restoredAs);
    List<OpRec> ops = new ArrayList<>();
    if (replaced != null) {
      String renamed = oldName == null || oldName.isEmpty() ? replaced.name + "_old_" + SUFFIX.format(now) : oldName;
      requireUniqueBranchName(p, renamed, replaced.id);
      List<EndpointRec> moved = endpointsOf(p, replaced);
      for (EndpointRec e : moved) {
        e.branchId = restored.id;
        e.updatedAt = now;
      }
      String name = replaced.name;
      replaced.name = renamed;
      restored.name = name;
      if (replaced.isDefault) {
        replaced.isDefault = false;
        restored.isDefault = true;
      }
      replaced.updatedAt = now;
      ops.addAll(restart(p, moved, now));
    }
    restored.restoreStatus = "finalized";
    restored.updatedAt = now;
    return ops;
  }

  // ---------------------------------------------------------------------------------------------
  // recover a deleted branch

  /**
   * Keeps a branch deleted without {@code hard_delete} recoverable for the project's restore window.
   * @param endpoints its computes, deleted with it and given back idle when it is recovered
   */
  static void keepRecoverable(ProjectRec p, BranchRec b, List<EndpointRec> endpoints, Instant now) {
    b.deletedAt = now;
    b.recoverableUntil = now.plus(Duration.ofSeconds(p.historyRetentionSeconds));
    b.deletedEndpoints = new ArrayList<>(endpoints);
    p.deletedBranches.put(b.id, b);
  }

  /**
   * Returns the deleted branches of the project still within their recovery window (others are forgotten).
   * @return the deleted branches of the project still within their recovery window (others are forgotten)
   */
  static List<BranchRec> recoverable(ProjectRec p, Instant now) {
    for (Iterator<BranchRec> it = p.deletedBranches.values().iterator(); it.hasNext(); ) {
      if (!it.next().recoverableUntil.isAfter(now)) {
        it.remove();
      }
    }
    return new ArrayList<>(p.deletedBranches.values());
  }

  private Reply recoverProjectBranch(Call c) {
    ProjectRec p = project(c.path("project_id"));
    String id = c.path("branch_id");
    if (p.branches.containsKey(id)) {
      throw ApiError.conflict("branch " + id + " is not deleted");
    }
    recoverable(p, c.now);
    BranchRec b = p.deletedBranches.get(id);
    if (b == null) {
      throw ApiError.notFound("branch " + id + " not found among the deleted branches that can still be recovered");
    }
    requireUniqueBranchName(p, b.name, b.id);
    if (b.parentId != null && !p.branches.containsKey(b.parentId)) {
      throw ApiError.conflict("branch " + id + " cannot be recovered: its parent " + b.parentId + " no longer exists");
    }
    p.deletedBranches.remove(id);
    b.deletedAt = null;
    b.recoverableUntil = null;
    b.updatedAt = c.now;
    List<EndpointRec> endpoints = b.deletedEndpoints;
    b.deletedEndpoints = List.of();
    for (EndpointRec e : endpoints) {
      e.state = EndpointState.IDLE;
      e.pending = null;
      e.updatedAt = c.now;
      p.endpoints.put(e.id, e);
    }
    p.branches.put(b.id, b);
    return Reply.json(200, new BranchRecoverResponse().branch(branch(p, b))
        .endpoints(endpoints.stream().map(ResourceFamily::endpoint).collect(Collectors.toList())));
  }

  static String timeSuffix(Instant now) {
    return SUFFIX.format(now.truncatedTo(ChronoUnit.SECONDS));
  }
}

package dev.neonjava.testkit;

import dev.neonjava.generated.model.AnonymizedBranchStatusResponse;
import dev.neonjava.generated.model.BackupSchedule;
import dev.neonjava.generated.model.BranchAnonymizedCreateRequest;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.CreateProjectBranchRequest;
import dev.neonjava.generated.model.FinalizeRestoreBranchRequest;
import dev.neonjava.generated.model.MaskingRulesResponse;
import dev.neonjava.generated.model.MaskingRulesUpdateRequest;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationsResponse;
import dev.neonjava.generated.model.RestoreSnapshotRequest;
import dev.neonjava.generated.model.RestoreSnapshotResponse;
import dev.neonjava.runtime.NeonGson;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.Created;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.OpRec;
import dev.neonjava.testkit.Records.ProjectRec;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Restores and what goes with them: a snapshot restored into a new branch (finalized at once, or a
 * preview that {@code finalizeRestoreBranch} swaps in for its target: computes move over, names
 * swap), branches created anonymized with their masking rules and anonymization state, and each
 * branch's snapshot schedule.
 */
final class RestoresFamily extends ResourceFamily {
  RestoresFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("restoreSnapshot", this::restoreSnapshot);
    handlers.put("finalizeRestoreBranch", this::finalizeRestoreBranch);
    handlers.put("createProjectBranchAnonymized", this::createProjectBranchAnonymized);
    handlers.put("getMaskingRules", this::getMaskingRules);
    handlers.put("updateMaskingRules", this::updateMaskingRules);
    handlers.put("startAnonymization", this::startAnonymization);
    handlers.put("getAnonymizedBranchStatus", this::getAnonymizedBranchStatus);
    handlers.put("getSnapshotSchedule", this::getSnapshotSchedule);
    handlers.put("setSnapshotSchedule", this::setSnapshotSchedule);
  }

  private Reply restoreSnapshot(Call c) {
    ProjectRec p = project(c.path("project_id"));
    String snapshotId = c.path("snapshot_id");
    if (!plane.stored("snapshot", snapshotId)) {
      throw ApiError.notFound("snapshot " + snapshotId + " not found");
    }
    RestoreSnapshotRequest r = c.optionalBody(RestoreSnapshotRequest.class);
    r = r == null ? new RestoreSnapshotRequest() : r;
    BranchRec target = r.getTargetBranchId() == null ? defaultBranch(p) : branch(p, r.getTargetBranchId());
    Created created = plane.branchesFamily.createBranch(p, new CreateProjectBranchRequest().branch(
        new BranchCreateRequestBranch().parentId(target.id).name(r.getName())), c.now, false);
    created.branch.initSource = "snapshot";
    List<OpRec> ops = new ArrayList<>(created.ops);
    if (Boolean.TRUE.equals(r.getFinalizeRestore())) {
      ops.addAll(swap(p, created.branch, target, null, c.now));
    } else {
      created.branch.restoreTarget = target.id;
    }
    return Reply.json(200, new RestoreSnapshotResponse().branch(branch(p, created.branch))
        .endpoints(endpointsOf(p, created.branch).stream().map(ResourceFamily::endpoint).collect(Collectors.toList()))
        .operations(fresh(ops)));
  }

  private Reply finalizeRestoreBranch(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec restored = branch(p, c.path("branch_id"));
    if (restored.restoreTarget == null) {
      throw ApiError.unprocessable("branch " + restored.id
          + " is not a restore preview (made by restoreSnapshot with finalize_restore false)");
    }
    BranchRec target = branch(p, restored.restoreTarget);
    FinalizeRestoreBranchRequest r = c.optionalBody(FinalizeRestoreBranchRequest.class);
    return Reply.json(200, new OperationsResponse().operations(fresh(swap(p, restored, target,
        r == null ? null : r.getName(), c.now))));
  }

  /** The restored branch takes the target's computes, name and default flag; the target gets another name. */
  private List<OpRec> swap(ProjectRec p, BranchRec restored, BranchRec target, String replacedName, Instant now) {
    String original = target.name;
    String renamed = replacedName != null ? replacedName : original + "_old_" + now.getEpochSecond();
    requireUniqueBranchName(p, renamed, target.id);
    List<OpRec> ops = new ArrayList<>();
    for (EndpointRec e : endpointsOf(p, target)) {
      e.branchId = restored.id;
      ops.add(schedule(p, OperationAction.APPLY_CONFIG, restored.id, e.id, now, false, null));
    }
    if (ops.isEmpty()) {
      ops.add(schedule(p, OperationAction.APPLY_CONFIG, restored.id, null, now, false, null));
    }
    target.name = renamed;
    restored.name = original;
    restored.isDefault = target.isDefault;
    target.isDefault = false;
    restored.restoreTarget = null;
    restored.updatedAt = now;
    target.updatedAt = now;
    return ops;
  }

  private Reply createProjectBranchAnonymized(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchAnonymizedCreateRequest r = c.body(BranchAnonymizedCreateRequest.class);
    CreateProjectBranchRequest request = r.getBranchCreate() == null ? null : NeonGson.gson().fromJson(
        NeonGson.gson().toJsonTree(r.getBranchCreate()), CreateProjectBranchRequest.class);
    Created created = plane.branchesFamily.createBranch(p, request, c.now, false);
    BranchRec b = created.branch;
    b.maskingRules = r.getMaskingRules() == null ? new ArrayList<>() : new ArrayList<>(r.getMaskingRules());
    b.anonymization = Boolean.TRUE.equals(r.getStartAnonymization()) ? "anonymized" : "created";
    b.anonymizationUpdatedAt = c.now;
    return plane.branchesFamily.createdReply(p, created);
  }

  private Reply getMaskingRules(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    return Reply.json(200, new MaskingRulesResponse().maskingRules(new ArrayList<>(b.maskingRules)));
  }

  private Reply updateMaskingRules(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    MaskingRulesUpdateRequest r = c.body(MaskingRulesUpdateRequest.class);
    b.maskingRules = r.getMaskingRules() == null ? new ArrayList<>() : new ArrayList<>(r.getMaskingRules());
    return Reply.json(200, new MaskingRulesResponse().maskingRules(new ArrayList<>(b.maskingRules)));
  }

  private Reply startAnonymization(Call c) {
    ProjectRec p = project(c.path("project_id"));
    BranchRec b = anonymized(p, c.path("branch_id"));
    b.anonymization = "anonymized"; // the emulator's runs end at once
    b.anonymizationUpdatedAt = c.now;
    return Reply.json(200, status(p, b));
  }

  private Reply getAnonymizedBranchStatus(Call c) {
    ProjectRec p = project(c.path("project_id"));
    return Reply.json(200, status(p, anonymized(p, c.path("branch_id"))));
  }

  private static BranchRec anonymized(ProjectRec p, String branchId) {
    BranchRec b = branch(p, branchId);
    if (b.anonymization == null) {
      throw ApiError.unprocessable("branch " + b.id + " was not created anonymized");
    }
    return b;
  }

  private static AnonymizedBranchStatusResponse status(ProjectRec p, BranchRec b) {
    return new AnonymizedBranchStatusResponse().projectId(p.id).branchId(b.id).state(b.anonymization)
        .createdAt(time(b.createdAt)).updatedAt(time(b.anonymizationUpdatedAt));
  }

  private Reply getSnapshotSchedule(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    return Reply.json(200, new BackupSchedule().schedule(new ArrayList<>(b.snapshotSchedule)));
  }

  private Reply setSnapshotSchedule(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    BackupSchedule schedule = c.body(BackupSchedule.class);
    b.snapshotSchedule = schedule.getSchedule() == null ? new ArrayList<>() : new ArrayList<>(schedule.getSchedule());
    return Reply.json(200, new BackupSchedule().schedule(new ArrayList<>(b.snapshotSchedule)));
  }
}

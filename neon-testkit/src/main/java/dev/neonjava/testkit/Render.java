package dev.neonjava.testkit;

import dev.neonjava.generated.model.AnnotationData;
import dev.neonjava.generated.model.AnnotationObjectData;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchRecoveryInfo;
import dev.neonjava.generated.model.ConnectionDetails;
import dev.neonjava.generated.model.ConnectionParameters;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointPoolerMode;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.generated.model.Role;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.DatabaseRec;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.OpRec;
import dev.neonjava.testkit.Records.ProjectRec;
import dev.neonjava.testkit.Records.RoleRec;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;

/** Renders the emulator's records as the generated models the API answers with. Stateless. */
final class Render {
  private Render() {
  }

  /**
   * Takes at, the time to render the operation's status at.
   * @param at the time to render the operation's status at
   * @param fresh whether it is rendered in the response of the request that created it (always scheduling)
   */
  static Operation operation(OpRec op, Instant at, boolean fresh) {
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

  /**
   * Returns the operations as the response of the request that created them shows them.
   * @return the operations as the response of the request that created them shows them
   */
  static List<Operation> fresh(List<OpRec> ops) {
    List<Operation> out = new ArrayList<>();
    for (OpRec op : ops) {
      out.add(operation(op, op.createdAt, true));
    }
    return out;
  }

  static Project project(ProjectRec p) {
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
        .creationSource(ControlPlane.CREATION_SOURCE)
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
        .ownerId(ControlPlane.USER_ID.toString())
        .orgId(p.orgId);
  }

  static ProjectListItem listItem(ProjectRec p) {
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
        .creationSource(ControlPlane.CREATION_SOURCE)
        .createdAt(time(p.createdAt))
        .updatedAt(time(p.updatedAt))
        .ownerId(ControlPlane.USER_ID.toString())
        .orgId(p.orgId)
        .historyRetentionSeconds(p.historyRetentionSeconds);
  }

  static Branch branch(ProjectRec p, BranchRec b) {
    Branch out = new Branch()
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
        .creationSource(ControlPlane.CREATION_SOURCE)
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
        .initSource(b.initSource)
        .lastResetAt(b.lastResetAt == null ? null : time(b.lastResetAt))
        .restoreStatus(b.restoreStatus)
        .restoredFrom(b.restoredFrom)
        .restoredAs(b.restoredAs);
    if (b.deletedAt != null) {
      out.recovery(new BranchRecoveryInfo().deletedAt(time(b.deletedAt)).recoverableUntil(time(b.recoverableUntil))
          .deletionMethod(BranchRecoveryInfo.DeletionMethodEnum.USER));
    }
    return out;
  }

  static AnnotationData annotation(BranchRec b) {
    return new AnnotationData()
        ._object(new AnnotationObjectData().type("console/branch").id(b.id))
        .value(new LinkedHashMap<>(b.annotations));
  }

  static Endpoint endpoint(EndpointRec e) {
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
        .creationSource(ControlPlane.CREATION_SOURCE)
        .createdAt(time(e.createdAt))
        .updatedAt(time(e.updatedAt))
        .startedAt(e.startedAt == null ? null : time(e.startedAt))
        .suspendedAt(e.suspendedAt == null ? null : time(e.suspendedAt))
        .proxyHost(proxyHost(e.regionId))
        .suspendTimeoutSeconds(e.suspendTimeout)
        .provisioner(e.provisioner);
  }

  static Role role(RoleRec r, boolean withPassword) {
    return new Role()
        .branchId(r.branchId)
        .name(r.name)
        .password(withPassword ? r.password : null)
        ._protected(false)
        .authenticationMethod(r.password == null ? "no_login" : "password")
        .createdAt(time(r.createdAt))
        .updatedAt(time(r.updatedAt));
  }

  static Database database(DatabaseRec db) {
    return new Database().id(db.id).branchId(db.branchId).name(db.name).ownerName(db.ownerName)
        .createdAt(time(db.createdAt)).updatedAt(time(db.updatedAt));
  }

  static ConnectionDetails connectionDetails(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db) {
    String host = e.id + "." + proxyHost(e.regionId);
    return new ConnectionDetails()
        .connectionUri(uri(p, e, role, db, false))
        .connectionParameters(new ConnectionParameters().database(db.name).password(role.password).role(role.name)
            .host(host).poolerHost(e.id + "-pooler." + proxyHost(e.regionId)));
  }

  static String uri(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db, boolean pooled) {
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

  /**
   * Returns the instant as RFC 3339 text with seconds always present ({@code OffsetDateTime.toString()}
   * drops zero seconds, which the spec's {@code date-time} format rejects).
   * @param instant an instant
   * @return e.g. {@code 2026-11-30T16:12:00Z}
   */
  static String timeText(Instant instant) {
    return java.time.format.DateTimeFormatter.ISO_OFFSET_DATE_TIME.format(time(instant));
  }
}

package dev.neonjava.testkit;

import dev.neonjava.generated.model.DefaultEndpointSettings;
import dev.neonjava.generated.model.EndpointSettingsData;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.generated.model.ProjectSettingsData;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/** The emulator's records of the resources with their own behaviour (mutable, guarded by the control plane's lock). */
final class Records {
  private Records() {
  }

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
    long pgVersion;
    boolean storePasswords;
    int historyRetentionSeconds;
    String provisioner;
    DefaultEndpointSettings defaults;
    ProjectSettingsData settings;
    Instant createdAt;
    Instant updatedAt;
    /** when the last queued operation ends; mutations before then get 423 */
    Instant queueEnd;
    final Map<String, BranchRec> branches = new LinkedHashMap<>();
    /** deleted branches still recoverable (see {@link BranchRec#deletedAt}) */
    final Map<String, BranchRec> deletedBranches = new LinkedHashMap<>();
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
    Instant lastResetAt;
    /** restored from a snapshot: {@code restored} until finalized, then {@code finalized} */
    String restoreStatus;
    /** the snapshot this branch was restored from */
    String restoredFrom;
    /** the branch this one replaces when its restore is finalized */
    String restoredAs;
    /** when a recoverable deletion happened, and until when it can be undone; null when live */
    Instant deletedAt;
    Instant recoverableUntil;
    /** the endpoints deleted with the branch, given back (idle) when it is recovered */
    List<EndpointRec> deletedEndpoints = List.of();
    Map<String, String> annotations = new LinkedHashMap<>();
    final Map<String, RoleRec> roles = new LinkedHashMap<>();
    final Map<String, DatabaseRec> databases = new LinkedHashMap<>();
    /** The branch a preview made by restoreSnapshot (finalize_restore false) is to replace, until finalized. */
    String restoreTarget;
    List<dev.neonjava.generated.model.BackupScheduleItem> snapshotSchedule = new ArrayList<>();
    List<dev.neonjava.generated.model.MaskingRule> maskingRules = new ArrayList<>();
    /** The anonymization's state, null for a branch that was not created anonymized. */
    String anonymization;
    Instant anonymizationUpdatedAt;
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

}

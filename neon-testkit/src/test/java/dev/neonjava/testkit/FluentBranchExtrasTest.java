package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.generated.model.BackupScheduleItem;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequest;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.MaskingRule;
import dev.neonjava.generated.model.Snapshot;
import dev.neonjava.resources.BranchScope;
import dev.neonjava.resources.RestorePreview;
import java.util.List;
import org.junit.jupiter.api.Test;

/** What lives on a branch besides databases and roles: schedules, anonymization, schema, connection, restores. */
class FluentBranchExtrasTest {

  @Test
  void snapshotScheduleRoundTrips() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      BranchScope main = neon.project(projectId).branch(emulator.branches(projectId).get(0).getId());

      main.snapshotSchedule().set(s -> s.addScheduleItem(new BackupScheduleItem().frequency("daily").hour(3L)
          .retentionSeconds(604800L)));

      List<BackupScheduleItem> items = main.snapshotSchedule().get();
      assertThat(items).singleElement().satisfies(i -> {
        assertThat(i.getFrequency()).isEqualTo("daily");
        assertThat(i.getHour()).isEqualTo(3L);
        assertThat(i.getRetentionSeconds()).isEqualTo(604800L);
      });
      assertThat(main.snapshotSchedule().getAsync().join()).isEqualTo(items);
      assertThat(main.snapshotSchedule().setAsync(null)).isCompletedExceptionally();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void anonymizedBranchKeepsItsMaskingRules() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      MaskingRule email = new MaskingRule().databaseName("neondb").schemaName("public").tableName("users")
          .columnName("email").maskingFunction("anon.fake_email()");

      Branch masked = neon.project(projectId).branches().createAnonymized(r -> r
          .branchCreate(new BranchCreateRequest().branch(new BranchCreateRequestBranch().name("masked")))
          .addMaskingRulesItem(email)).await().getBranch();
      BranchScope branch = neon.project(projectId).branch(masked.getId());

      assertThat(branch.anonymization().maskingRules()).extracting(MaskingRule::getColumnName).containsExactly("email");
      MaskingRule phone = new MaskingRule().databaseName("neondb").schemaName("public").tableName("users")
          .columnName("phone").maskingFunction("anon.partial(phone, 2, '***', 2)");
      List<MaskingRule> rules = branch.anonymization().updateMaskingRules(r -> r.addMaskingRulesItem(email)
          .addMaskingRulesItem(phone));
      assertThat(rules).extracting(MaskingRule::getColumnName).containsExactly("email", "phone");
      assertThat(branch.anonymization().maskingRules()).extracting(MaskingRule::getMaskingFunction)
          .containsExactly("anon.fake_email()", "anon.partial(phone, 2, '***', 2)");
      assertThat(branch.anonymization().status().getState()).isEqualTo("initialized");
      assertThat(branch.anonymization().start().getBranchId()).isEqualTo(masked.getId());
      assertThat(branch.anonymization().statusAsync().join().getState()).isIn("anonymizing", "anonymized");
      emulator.advanceTime(java.time.Duration.ofMinutes(5));
      assertThat(branch.anonymization().status().getState()).isEqualTo("anonymized");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void schemaAndConnectionInfoOfABranch() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      String mainId = emulator.branches(projectId).get(0).getId();
      Branch child = emulator.seedBranch(projectId, "child");
      BranchScope main = neon.project(projectId).branch(mainId);

      assertThat(main.schema().get(p -> p.dbName("neondb"))).isNotNull();
      assertThat(neon.project(projectId).branch(child.getId()).schema().compare(p -> p.dbName("neondb")
          .baseBranchId(mainId))).isNotNull();
      assertThat(emulator.requests()).filteredOn(r -> "getProjectBranchSchemaComparison".equals(r.operationId()))
          .singleElement().satisfies(r -> assertThat(r.status()).isEqualTo(200));
      assertThatThrownBy(() -> main.schema().get(p -> { })).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("db_name");

      ConnectionInfo info = main.connectionInfo("neondb", "neondb_owner");
      assertThat(info.database()).isEqualTo("neondb");
      assertThat(info.user()).isEqualTo("neondb_owner");
      assertThat(info.uri().reveal()).startsWith("postgresql://");
      assertThat(info.toString()).doesNotContain(info.password().reveal());
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void aSnapshotRestoredAsAPreviewIsFinalized() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      Branch main = emulator.branches(projectId).get(0);
      String mainId = main.getId();
      String computeId = emulator.endpoints(projectId).get(0).getId();
      Snapshot snapshot = neon.project(projectId).snapshots().create(mainId, p -> p.name("nightly")).await()
          .getSnapshot();

      RestorePreview preview = neon.project(projectId).snapshots().preview(snapshot.getId(), mainId);

      assertThat(preview.branch().getId()).isNotEqualTo(mainId);
      assertThat(preview.branch().getCurrentState()).isEqualTo("ready");
      assertThat(preview.branch().getName()).isNotEqualTo(main.getName());
      assertThat(neon.project(projectId).branch(mainId).endpoints()).extracting(e -> e.getId()).containsExactly(computeId);

      Branch finalized = preview.finalizeRestore();

      assertThat(finalized.getId()).isEqualTo(preview.branch().getId());
      assertThat(finalized.getName()).isEqualTo(main.getName());
      assertThat(neon.project(projectId).branch(finalized.getId()).endpoints()).extracting(e -> e.getId())
          .containsExactly(computeId);
      assertThat(neon.project(projectId).branches().get(mainId).getName()).isNotEqualTo(main.getName());
      assertThatThrownBy(() -> neon.project(projectId).branch(finalized.getId()).finalizeRestore(r -> { }))
          .isInstanceOf(dev.neonjava.runtime.ConflictException.class).hasMessageContaining("already finalized");
      assertThat(emulator.requests()).extracting(RecordedRequest::operationId)
          .containsSubsequence("restoreSnapshot", "finalizeRestoreBranch");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void aDiscardedPreviewLeavesTheTargetAsItWas() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      Branch main = emulator.branches(projectId).get(0);
      Snapshot snapshot = neon.project(projectId).snapshots().create(main.getId(), p -> p.name("nightly")).await()
          .getSnapshot();
      RestorePreview preview = neon.project(projectId).snapshots().preview(snapshot.getId(), main.getId());

      assertThat(preview.discard()).isTrue();

      assertThat(emulator.branches(projectId)).extracting(Branch::getId).containsExactly(main.getId());
      assertThat(neon.project(projectId).branches().get(main.getId()).getName()).isEqualTo(main.getName());
      assertThat(preview.discard()).isFalse();
      assertThatThrownBy(() -> neon.project(projectId).snapshots().preview("snap-missing-00000000", main.getId()))
          .isInstanceOf(dev.neonjava.runtime.NotFoundException.class);
      assertThat(emulator.violations()).isEmpty();
    }
  }
}

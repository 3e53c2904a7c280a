package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.ConsumptionHistoryGranularity;
import dev.neonjava.generated.model.ConsumptionHistoryPerProject;
import dev.neonjava.generated.model.MemberRole;
import dev.neonjava.generated.model.MemberWithUser;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.generated.model.Organization;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.Snapshot;
import dev.neonjava.runtime.NotFoundException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fluent calls beyond projects and branches work on the emulator, through {@code newNeon()}. */
class FluentCallsTest {

  @Test
  void snapshotsAreTakenListedAndDeleted() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      Project project = emulator.seedProject("snaps");
      String branchId = emulator.branches(project.getId()).get(0).getId();
      assertThat(neon.project(project.getId()).snapshots().list()).isEmpty();

      Snapshot snapshot = neon.project(project.getId()).snapshots()
          .create(branchId, p -> p.name("before-migration")).await().getSnapshot();

      assertThat(snapshot.getId()).startsWith("snap-");
      assertThat(emulator.operations(project.getId())).last()
          .satisfies(op -> assertThat(op.getStatus()).isEqualTo(OperationStatus.FINISHED));
      assertThat(snapshot.getName()).isEqualTo("before-migration");
      assertThat(neon.project(project.getId()).snapshots().list()).extracting(Snapshot::getId)
          .containsExactly(snapshot.getId());
      assertThat(neon.project(project.getId()).snapshots().deleteIfExists(snapshot.getId())).isTrue();
      assertThat(neon.project(project.getId()).snapshots().list()).isEmpty();
      assertThatThrownBy(() -> neon.project(project.getId()).snapshots().delete(snapshot.getId()))
          .isInstanceOf(NotFoundException.class);
      assertThat(neon.project(project.getId()).snapshots().deleteIfExists(snapshot.getId())).isFalse();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void organizationsMembersAndApiKeys() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      List<Organization> mine = neon.users().organizations();
      assertThat(mine).extracting(Organization::getId).containsExactly(ControlPlane.ORG_ID);

      Organization org = neon.organization(ControlPlane.ORG_ID).get();
      assertThat(org.getName()).isEqualTo("Neon Emulator");
      List<MemberWithUser> members = neon.organization(org.getId()).members().list().toList();
      assertThat(members).hasSize(1);
      assertThat(members.get(0).getMember().getRole()).isEqualTo(MemberRole.ADMIN);
      assertThat(members.get(0).getUser().getEmail()).isEqualTo(OrganizationsFamily.USER_EMAIL);
      assertThat(neon.organization(org.getId()).apiKeys().list()).isEmpty();
      assertThatThrownBy(() -> neon.organization("org-nobody-12345678").get()).isInstanceOf(NotFoundException.class);
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void consumptionPerProjectGrowsWithTime() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      Project project = emulator.seedProject("metered");
      OffsetDateTime from = OffsetDateTime.ofInstant(emulator.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
      emulator.advanceTime(Duration.ofHours(2));

      List<ConsumptionHistoryPerProject> history = neon.consumption().perProject(p -> p.from(from)
          .to(from.plusHours(3)).granularity(ConsumptionHistoryGranularity.HOURLY)).stream()
          .collect(Collectors.toList());

      assertThat(history).extracting(ConsumptionHistoryPerProject::getProjectId).containsExactly(project.getId());
      long active = history.get(0).getPeriods().get(0).getConsumption().stream()
          .mapToLong(t -> t.getActiveTimeSeconds().longValueExact()).sum();
      assertThat(active).isBetween(7000L, 7200L);
      assertThat(history.get(0).getPeriods().get(0).getConsumption()).hasSize(3);
      assertThat(emulator.violations()).isEmpty();
    }
  }
}

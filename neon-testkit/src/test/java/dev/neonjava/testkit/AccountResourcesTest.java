package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.ApiKeyCreateResponse;
import dev.neonjava.generated.model.ApiKeysListResponseItem;
import dev.neonjava.generated.model.ConsumptionHistoryGranularity;
import dev.neonjava.generated.model.Organization;
import dev.neonjava.generated.model.RegionResponse;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Account-wide resources: personal API keys, regions, the current user, consumption. */
class AccountResourcesTest {

  @Test
  void personalApiKeysAreCreatedListedAndRevoked() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      ApiKeyCreateResponse key = neon.apiKeys().create("ci");
      assertThat(key.toString()).doesNotContain(key.getKey());
      assertThat(neon.apiKeys().list()).extracting(ApiKeysListResponseItem::getName).contains("ci");
      assertThat(neon.apiKeys().revoke(key.getId()).getId()).isEqualTo(key.getId());
      assertThat(neon.apiKeys().listAsync().join()).extracting(ApiKeysListResponseItem::getId)
          .doesNotContain(key.getId());
      assertThat(neon.apiKeys().revokeIfExists(key.getId())).isFalse();
      assertThatThrownBy(() -> neon.apiKeys().create((String) null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("key_name");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void regionsAndTheCurrentUserAnswer() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      assertThat(neon.regions().list()).extracting(RegionResponse::getRegionId).contains(ControlPlane.DEFAULT_REGION);
      assertThat(neon.regions().listAsync(p -> p.orgId(ControlPlane.ORG_ID)).join()).isNotEmpty();
      assertThat(neon.users().me().getEmail()).isEqualTo(OrganizationsFamily.USER_EMAIL);
      assertThat(neon.users().meAsync().join().getId()).isNotBlank();
      assertThat(neon.users().organizations()).extracting(Organization::getId).containsExactly(ControlPlane.ORG_ID);
      assertThat(neon.users().authDetails().getAccountId()).isNotBlank();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  @SuppressWarnings("deprecation")
  void personalProjectsMoveToAnOrganizationInOneCall() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String id = emulator.seedProject("personal").getId();
      neon.users().transferProjects(ControlPlane.ORG_ID, List.of(id));
      assertThat(emulator.requests()).extracting(RecordedRequest::operationId)
          .containsExactly("transferProjectsFromUserToOrg");
      assertThatThrownBy(() -> neon.users().transferProjects("ORG", List.of(id)))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("destination_org_id");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  @SuppressWarnings("deprecation")
  void consumptionIsReadPerProjectPerBranchAndForTheAccount() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.neonBuilder().orgId(ControlPlane.ORG_ID).build();
      // the client's default org_id puts the project in the organization the v2 reports cover
      String id = neon.projects().create(p -> p.name("metered")).await().getProject().getId();
      OffsetDateTime from = OffsetDateTime.ofInstant(emulator.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
      OffsetDateTime to = from.plusHours(3);

      assertThat(neon.consumption().perProjectV2(p -> p.from(from).to(to)
          .granularity(ConsumptionHistoryGranularity.HOURLY).metrics(List.of("compute_unit_seconds"))).toList())
          .isNotNull();
      assertThat(neon.consumption().perBranchAsync(p -> p.from(from).to(to)
          .granularity(ConsumptionHistoryGranularity.HOURLY).metrics(List.of("compute_unit_seconds"))
          .projectIds(List.of(id))).join()).isNotNull();
      assertThat(neon.consumption().perAccount(p -> p.from(from).to(to)
          .granularity(ConsumptionHistoryGranularity.HOURLY))).isNotNull();
      assertThat(emulator.requests()).extracting(RecordedRequest::operationId)
          .filteredOn(op -> op.startsWith("getConsumption")).containsSubsequence(
          "getConsumptionHistoryPerProjectV2", "getConsumptionHistoryPerBranchV2", "getConsumptionHistoryPerAccount");
      assertThat(emulator.requests()).allSatisfy(r -> assertThat(r.status()).isLessThan(300));
      assertThat(emulator.violations()).isEmpty();
    }
  }
}

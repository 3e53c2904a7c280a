package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.Invitation;
import dev.neonjava.generated.model.Member;
import dev.neonjava.generated.model.MemberRole;
import dev.neonjava.generated.model.MemberWithUser;
import dev.neonjava.generated.model.OrgApiKeyCreateResponse;
import dev.neonjava.generated.model.OrgApiKeysListResponseItem;
import dev.neonjava.resources.OrganizationScope;
import java.util.List;
import java.util.OptionalLong;
import org.junit.jupiter.api.Test;

/** {@code neon.organization(id)}: members, API keys, invitations, spending limit, transfers (VPC
 * endpoints, which the emulator does not model, are tested on WireMock in neon-fluent). */
class OrganizationResourcesTest {

  @Test
  void membersAreListedFetchedAndGivenAnotherRole() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      OrganizationScope org = emulator.newNeon().organization(ControlPlane.ORG_ID);
      List<MemberWithUser> members = org.members().list(p -> p.limit(10L)).toList();
      assertThat(members).hasSize(1);
      Member admin = members.get(0).getMember();
      assertThat(org.members().get(admin.getId()).getRole()).isEqualTo(MemberRole.ADMIN);
      assertThat(org.members().listAsync(p -> { }).join()).hasSize(1);
      assertThat(org.members().get(admin.getId()).getOrgId()).isEqualTo(ControlPlane.ORG_ID);
      assertThatThrownBy(() -> org.members().get(null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("member_id");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void organizationApiKeysAreCreatedListedAndRevoked() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      OrganizationScope org = emulator.newNeon().organization(ControlPlane.ORG_ID);
      OrgApiKeyCreateResponse key = org.apiKeys().create(r -> r.keyName("ci").projectId("p-1"));
      assertThat(key.getKey()).isNotBlank();
      assertThat(key.toString()).doesNotContain("key=" + key.getKey());
      assertThat(org.apiKeys().list()).extracting(OrgApiKeysListResponseItem::getId).containsExactly(key.getId());
      assertThat(org.apiKeys().revoke(key.getId()).getId()).isEqualTo(key.getId());
      assertThat(org.apiKeys().listAsync().join()).isEmpty();
      assertThat(org.apiKeys().revokeIfExists(key.getId())).isFalse();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void invitationsAndTheSpendingLimitRoundTrip() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      OrganizationScope org = emulator.newNeon().organization(ControlPlane.ORG_ID);
      List<Invitation> sent = org.invitations().invite("new@example.com", MemberRole.MEMBER);
      assertThat(sent).extracting(Invitation::getEmail).containsExactly("new@example.com");
      // the emulator's generic answer leaves out the invitation's id and dates: its gap, not the client's
      assertThat(emulator.takeViolations()).extracting(SpecViolation::operationId)
          .containsOnly("createOrganizationInvitations");
      assertThat(org.invitations().listAsync().join()).isNotNull();
      assertThat(emulator.requests()).extracting(RecordedRequest::operationId)
          .containsExactly("createOrganizationInvitations", "getOrganizationInvitations");

      assertThat(org.spendingLimit().set(12_500L)).isEqualTo(OptionalLong.of(12_500L));
      assertThat(org.spendingLimit().get()).isEqualTo(OptionalLong.of(12_500L));
      org.spendingLimit().remove();
      assertThat(org.spendingLimit().getAsync().join()).isNotEqualTo(OptionalLong.of(12_500L));
      assertThat(emulator.violations()).isEmpty();
    }
  }


  @Test
  void projectsAreTransferredInOneCall() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String destination = "org-destination-12345678"; // an organization exists once it holds a project
      neon.projects().create(p -> p.name("anchor").orgId(destination)).await();
      String id = neon.projects().create(p -> p.name("moving").orgId(ControlPlane.ORG_ID)).await().getProject().getId();
      emulator.takeRequests();

      neon.organization(ControlPlane.ORG_ID).transferProjects(destination, List.of(id));
      assertThat(neon.project(id).get().getOrgId()).isEqualTo(destination);
      neon.organization(destination).transferProjectsAsync(ControlPlane.ORG_ID, List.of(id)).join();
      assertThat(neon.project(id).get().getOrgId()).isEqualTo(ControlPlane.ORG_ID);
      assertThat(emulator.requests()).extracting(RecordedRequest::operationId)
          .filteredOn(op -> op.startsWith("transfer"))
          .containsExactly("transferProjectsFromOrgToOrg", "transferProjectsFromOrgToOrg");
      assertThat(emulator.requests()).allSatisfy(r -> assertThat(r.status()).isLessThan(300));

      assertThatThrownBy(() -> neon.organization(ControlPlane.ORG_ID).transferProjects("org-b", List.of()))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("project_ids");
      assertThatThrownBy(() -> neon.organization(ControlPlane.ORG_ID).transferProjects("org-b",
          java.util.Arrays.asList(id, null))).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("project_ids");
      assertThat(neon.organization(ControlPlane.ORG_ID).transferProjectsAsync(null, List.of(id)))
          .isCompletedExceptionally();
      assertThat(emulator.requests()).extracting(RecordedRequest::operationId)
          .filteredOn(op -> op.startsWith("transfer")).hasSize(2);
      assertThat(emulator.violations()).isEmpty();
    }
  }
}

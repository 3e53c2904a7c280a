package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.JWKS;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.generated.model.ProjectPermission;
import dev.neonjava.generated.model.ProjectTransferRequestResponse;
import dev.neonjava.resources.ProjectScope;
import dev.neonjava.runtime.NotFoundException;
import dev.neonjava.wait.Pending;
import java.util.List;
import org.junit.jupiter.api.Test;

/** {@code neon.projects()} and {@code neon.project(id)} with what hangs off a project, on the
 * emulator (VPC endpoints and recovery, which it does not model, are tested on WireMock in neon-fluent). */
class ProjectResourcesTest {

  @Test
  void aProjectIsCreatedUpdatedAndDeletedWithItsOperationsAwaited() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      Pending<CreateProjectResponse> pending = neon.projects().create(p -> p.name("shop"));
      assertThat(pending.operations()).isNotEmpty();
      Project project = pending.await().getProject();
      assertThat(emulator.operations(project.getId()))
          .allSatisfy(op -> assertThat(op.getStatus()).isEqualTo(OperationStatus.FINISHED));

      ProjectScope scope = neon.project(project.getId());
      assertThat(scope.get().getName()).isEqualTo("shop");
      assertThat(neon.projects().get(project.getId()).getId()).isEqualTo(project.getId());
      assertThat(neon.projects().list().toList()).extracting(ProjectListItem::getId).containsExactly(project.getId());
      assertThat(neon.projects().listAsync(p -> p.limit(1L)).join()).extracting(ProjectListItem::getId)
          .containsExactly(project.getId());

      assertThat(scope.update(p -> p.name("shop-renamed")).await().getProject().getName()).isEqualTo("shop-renamed");
      assertThat(scope.getAsync().join().getName()).isEqualTo("shop-renamed");

      assertThat(scope.delete().getId()).isEqualTo(project.getId());
      assertThatThrownBy(scope::get).isInstanceOf(NotFoundException.class);
      assertThat(scope.deleteIfExists()).isFalse();
      assertThat(neon.projects().list().toList()).isEmpty();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void theClientsDefaultOrganizationScopesListsAndCreates() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon personal = emulator.newNeon();
      Neon org = emulator.neonBuilder().orgId(ControlPlane.ORG_ID).build();
      String mine = personal.projects().create(p -> p.name("mine")).await().getProject().getId();
      String theirs = org.projects().create(p -> p.name("org-owned")).await().getProject().getId();

      assertThat(org.projects().list().toList()).extracting(ProjectListItem::getId).containsExactly(theirs);
      assertThat(personal.projects().list().toList()).extracting(ProjectListItem::getId)
          .containsExactlyInAnyOrder(mine, theirs);
      assertThat(personal.projects().list(p -> p.orgId(ControlPlane.ORG_ID)).toList())
          .extracting(ProjectListItem::getId).containsExactly(theirs);
      assertThat(emulator.project(theirs).orElseThrow().getOrgId()).isEqualTo(ControlPlane.ORG_ID);
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void operationsAreListedPagedAndFetchedOneByOne() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String id = neon.projects().create(p -> p.name("ops")).await().getProject().getId();
      List<Operation> all = neon.project(id).operations().list(p -> p.limit(1L)).toList();
      assertThat(all).hasSameSizeAs(emulator.operations(id)).isNotEmpty();
      assertThat(neon.project(id).operations().listAsync(p -> { }).join()).hasSameSizeAs(all);
      Operation first = all.get(0);
      assertThat(neon.project(id).operations().get(first.getId()).getAction()).isEqualTo(first.getAction());
      assertThat(neon.project(id).operations().getAsync(first.getId()).join().getId()).isEqualTo(first.getId());
      assertThatThrownBy(() -> neon.project(id).operations().get(null)).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("operation_id");
    }
  }

  @Test
  void permissionsAreGrantedListedAndRevoked() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String id = emulator.seedProject("shared").getId();
      ProjectPermission granted = neon.project(id).permissions().grant("friend@example.com");
      assertThat(granted.getId()).isNotBlank();
      assertThat(neon.project(id).permissions().list()).extracting(ProjectPermission::getId)
          .containsExactly(granted.getId());
      assertThat(neon.project(id).permissions().revoke(granted.getId()).getId()).isEqualTo(granted.getId());
      assertThat(neon.project(id).permissions().listAsync().join()).isEmpty();
      assertThat(neon.project(id).permissions().revokeIfExists(granted.getId())).isFalse();
      assertThatThrownBy(() -> neon.project(id).permissions().revoke("../x")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("permission_id");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void jwksAreAddedWithTheirOperationsListedAndDeleted() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String id = emulator.seedProject("jwt").getId();
      JWKS added = neon.project(id).jwks().add(r -> r.jwksUrl("https://idp.example.com/.well-known/jwks.json")
          .providerName("idp").roleNames(List.of("authenticated"))).await().getJwks();
      assertThat(added.getJwksUrl()).isEqualTo("https://idp.example.com/.well-known/jwks.json");
      assertThat(neon.project(id).jwks().list()).extracting(JWKS::getId).containsExactly(added.getId());
      assertThat(neon.project(id).jwks().delete(added.getId()).getId()).isEqualTo(added.getId());
      assertThat(neon.project(id).jwks().listAsync().join()).isEmpty();
      assertThat(neon.project(id).jwks().deleteIfExists(added.getId())).isFalse();
      assertThat(emulator.violations()).isEmpty();
    }
  }


  @Test
  void transferRequestsAdvisorsAndPreloadLibrariesAnswer() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String id = emulator.seedProject("moving").getId();
      ProjectTransferRequestResponse request = neon.project(id).transferRequests().create(r -> r.ttlSeconds(3600L));
      assertThat(request.getId()).isNotNull();
      neon.project(id).transferRequests().accept(request.getId().toString());
      assertThat(neon.project(id).advisors().issues(p -> p.minSeverity("WARN"))).isNotNull();
      assertThat(neon.project(id).preloadLibraries().list()).isNotNull();
      assertThat(emulator.requests()).extracting(RecordedRequest::operationId).contains("createProjectTransferRequest",
          "acceptProjectTransferRequest", "getProjectAdvisorSecurityIssues", "getAvailablePreloadLibraries");
      assertThat(emulator.requests()).allSatisfy(r -> assertThat(r.status()).isLessThan(300));
      assertThat(emulator.violations()).isEmpty();
    }
  }


  @Test
  void badIdsAreRejectedByNameBeforeAnyCall() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      assertThatThrownBy(() -> neon.project("a/b")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("project_id");
      assertThatThrownBy(() -> neon.project("p-1").jwks().delete(" ")).isInstanceOf(IllegalArgumentException.class)
          .hasMessageContaining("jwks_id");
      assertThat(neon.project("p-1").vpcEndpoints().deleteAsync("x?y")).isCompletedExceptionally();
      assertThatThrownBy(() -> neon.project("p-1").transferRequests().accept(null))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("request_id");
      assertThat(emulator.requests()).isEmpty();
    }
  }
}

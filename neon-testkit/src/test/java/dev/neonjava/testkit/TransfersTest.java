package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.OrganizationsApi;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.UsersApi;
import dev.neonjava.generated.model.AcceptProjectTransferRequestRequest;
import dev.neonjava.generated.model.CreateProjectTransferRequestRequest;
import dev.neonjava.generated.model.Organization;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.generated.model.ProjectTransferRequestResponse;
import dev.neonjava.generated.model.TransferProjectsToOrganizationRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiException;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.LockedException;
import dev.neonjava.runtime.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Projects move between the personal account and organizations; listing by org_id follows them. */
@NeonEmulatorTest
class TransfersTest {
  private static final String OTHER_ORG = "org-other-12345678";

  private static void fromUser(ApiClient client, String destination, List<String> projectIds) {
    new UsersApi(client).transferProjectsFromUserToOrg(UsersApi.TransferProjectsFromUserToOrgParams.builder()
        .transferProjectsToOrganizationRequest(new TransferProjectsToOrganizationRequest()
            .destinationOrgId(destination).projectIds(projectIds)).build());
  }

  private static void fromOrg(ApiClient client, String source, String destination, List<String> projectIds) {
    new OrganizationsApi(client).transferProjectsFromOrgToOrg(OrganizationsApi.TransferProjectsFromOrgToOrgParams
        .builder().sourceOrgId(source).transferProjectsToOrganizationRequest(new TransferProjectsToOrganizationRequest()
            .destinationOrgId(destination).projectIds(projectIds)).build());
  }

  private static List<String> listed(Api api, String orgId) {
    return api.projects.listProjects(ProjectApi.ListProjectsParams.builder().orgId(orgId).limit(400L).build())
        .getProjects().stream().map(ProjectListItem::getId).collect(Collectors.toList());
  }

  @Test
  void projectsMoveFromThePersonalAccountToAnOrganizationAndOnToAnother(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String a = neon.seedProject("a").getId();
    String b = neon.seedProject("b").getId();
    String other = api.createProject(new ProjectCreateRequestProject().name("c").orgId(OTHER_ORG)).getProject().getId();

    fromUser(client, ControlPlane.ORG_ID, List.of(a, b));

    assertThat(listed(api, ControlPlane.ORG_ID)).containsExactlyInAnyOrder(a, b);
    assertThat(neon.project(a).orElseThrow().getOrgId()).isEqualTo(ControlPlane.ORG_ID);
    assertThatThrownBy(() -> fromUser(client, OTHER_ORG, List.of(a))).as("a is no longer personal")
        .isInstanceOf(NotFoundException.class).hasMessageContaining("not found in your personal account");

    fromOrg(client, ControlPlane.ORG_ID, OTHER_ORG, List.of(b));

    assertThat(listed(api, ControlPlane.ORG_ID)).containsExactly(a);
    assertThat(listed(api, OTHER_ORG)).containsExactlyInAnyOrder(b, other);
    fromOrg(client, OTHER_ORG, ControlPlane.ORG_ID, List.of(b, other));
    assertThat(listed(api, OTHER_ORG)).isEmpty();
    assertThat(new UsersApi(client).getCurrentUserOrganizations(UsersApi.GetCurrentUserOrganizationsParams.builder()
        .build()).getOrganizations()).extracting(Organization::getId).as("an emptied organization stays")
        .contains(OTHER_ORG);
  }

  @Test
  void aTransferIsAllOrNothing(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String a = neon.seedProject("a").getId();

    assertThatThrownBy(() -> fromUser(client, ControlPlane.ORG_ID, List.of(a, "missing-project-00000000")))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("missing-project-00000000");
    assertThatThrownBy(() -> fromUser(client, "org-nobody-00000000", List.of(a)))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("organization org-nobody-00000000 not found");
    assertThatThrownBy(() -> fromOrg(client, "org-nobody-00000000", ControlPlane.ORG_ID, List.of(a)))
        .isInstanceOf(NotFoundException.class);
    assertThatThrownBy(() -> fromOrg(client, ControlPlane.ORG_ID, ControlPlane.ORG_ID, List.of(a)))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("the same");
    assertThat(neon.project(a).orElseThrow().getOrgId()).isNull();

    neon.operationDelay(Duration.ofMinutes(1));
    api.createBranch(a, "busy", false);
    assertThatThrownBy(() -> fromUser(client, ControlPlane.ORG_ID, List.of(a))).isInstanceOf(LockedException.class);
    assertThat(listed(api, ControlPlane.ORG_ID)).isEmpty();
  }

  @Test
  void theDestinationKeepsWithinItsPlansProjectLimit() {
    // without the spec check: it costs seconds on requests of 400 ids, and is not what this test is about
    try (NeonEmulator neon = NeonEmulator.builder().validateAgainstSpec(false).start()) {
      ApiClient client = neon.newApiClient();
      List<String> ids = new ArrayList<>();
      for (int i = 0; i < TransfersFamily.PROJECTS_PER_ORGANIZATION + 1; i++) {
        ids.add(neon.seedProject("p" + i).getId());
      }
      for (int from = 0; from < TransfersFamily.PROJECTS_PER_ORGANIZATION; from += 400) {
        fromUser(client, ControlPlane.ORG_ID, ids.subList(from, Math.min(from + 400,
            TransfersFamily.PROJECTS_PER_ORGANIZATION)));
      }

      assertThatThrownBy(() -> fromUser(client, ControlPlane.ORG_ID, ids.subList(1000, 1001)))
          .isInstanceOfSatisfying(ApiException.class, e -> {
            assertThat(e.statusCode()).isEqualTo(406);
            assertThat(e.rawBodyText()).contains("\"expected\":\"1000\"").contains("\"actual\":\"1001\"");
          });
      assertThat(neon.project(ids.get(1000)).map(Project::getOrgId)).isEmpty();
      assertThat(neon.project(ids.get(999)).map(Project::getOrgId)).contains(ControlPlane.ORG_ID);
    }
  }

  @Test
  @NeonEmulatorTest(frozenClock = true)
  void aTransferRequestIsAcceptedOnceBeforeItExpires(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String a = neon.seedProject("a").getId();
    ProjectTransferRequestResponse request = api.projects.createProjectTransferRequest(
        ProjectApi.CreateProjectTransferRequestParams.builder().projectId(a)
            .createProjectTransferRequestRequest(new CreateProjectTransferRequestRequest().ttlSeconds(60L)).build());
    assertThat(request.getExpiresAt()).isEqualTo(request.getCreatedAt().plusSeconds(60));

    api.projects.acceptProjectTransferRequest(ProjectApi.AcceptProjectTransferRequestParams.builder().projectId(a)
        .requestId(request.getId().toString()).acceptProjectTransferRequestRequest(
            new AcceptProjectTransferRequestRequest().orgId(ControlPlane.ORG_ID)).build());

    assertThat(neon.project(a).orElseThrow().getOrgId()).isEqualTo(ControlPlane.ORG_ID);
    assertThatThrownBy(() -> api.projects.acceptProjectTransferRequest(ProjectApi.AcceptProjectTransferRequestParams
        .builder().projectId(a).requestId(request.getId().toString()).build()))
        .isInstanceOf(NotFoundException.class);

    ProjectTransferRequestResponse late = api.projects.createProjectTransferRequest(
        ProjectApi.CreateProjectTransferRequestParams.builder().projectId(a)
            .createProjectTransferRequestRequest(new CreateProjectTransferRequestRequest().ttlSeconds(60L)).build());
    neon.advanceTime(Duration.ofSeconds(61));
    assertThatThrownBy(() -> api.projects.acceptProjectTransferRequest(ProjectApi.AcceptProjectTransferRequestParams
        .builder().projectId(a).requestId(late.getId().toString()).build()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("expired");
    assertThat(neon.project(a).orElseThrow().getOrgId()).isEqualTo(ControlPlane.ORG_ID);
  }
}

package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.api.RegionApi;
import dev.neonjava.generated.api.UsersApi;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.ListProjectsResponse;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.generated.model.ProjectCreateRequestProjectBranch;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.generated.model.ProjectUpdateRequest;
import dev.neonjava.generated.model.ProjectUpdateRequestProject;
import dev.neonjava.generated.model.RegionResponse;
import dev.neonjava.generated.model.Role;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.NotFoundException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@NeonEmulatorTest
class ProjectsTest {

  @Test
  void createProjectAnswersLikeNeonAndItsOperationsFinish(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);

    CreateProjectResponse created = api.createProject("shop");

    String projectId = created.getProject().getId();
    assertThat(projectId).matches("^[a-z0-9-]{1,60}$");
    assertThat(created.getProject().getName()).isEqualTo("shop");
    assertThat(created.getProject().getRegionId()).isEqualTo("aws-us-east-2");
    assertThat(created.getProject().getPgVersion()).isEqualTo(17);
    assertThat(created.getBranch().getName()).isEqualTo("main");
    assertThat(created.getBranch().getDefault()).isTrue();
    assertThat(created.getBranch().getCurrentState()).isEqualTo("init");
    assertThat(created.getEndpoints()).singleElement().satisfies(e -> {
      assertThat(e.getType()).isEqualTo(EndpointType.READ_WRITE);
      assertThat(e.getCurrentState()).isEqualTo(EndpointState.INIT);
      assertThat(e.getPendingState()).isEqualTo(EndpointState.ACTIVE);
      assertThat(e.getHost()).isEqualTo(e.getId() + ".us-east-2.aws.neon.tech");
    });
    assertThat(created.getRoles()).extracting(Role::getName).containsExactly("neondb_owner");
    String password = created.getRoles().get(0).getPassword();
    assertThat(password).startsWith("npg_");
    assertThat(created.getDatabases()).extracting(Database::getName).containsExactly("neondb");
    assertThat(created.getConnectionUris()).singleElement().satisfies(uri -> assertThat(uri.getConnectionUri())
        .isEqualTo("postgresql://neondb_owner:" + password + "@" + created.getEndpoints().get(0).getHost()
            + "/neondb?sslmode=require"));
    assertThat(created.getOperations()).extracting(Operation::getAction)
        .containsExactly(OperationAction.CREATE_TIMELINE, OperationAction.START_COMPUTE);
    assertThat(created.getOperations()).extracting(Operation::getStatus).containsOnly(OperationStatus.SCHEDULING);

    // zero operation delay: the next reads see the operations finished and their effects applied
    for (Operation op : created.getOperations()) {
      assertThat(api.operation(projectId, op.getId()).getStatus()).isEqualTo(OperationStatus.FINISHED);
    }
    assertThat(api.branch(projectId, created.getBranch().getId()).getCurrentState()).isEqualTo("ready");
    assertThat(api.endpoint(projectId, created.getEndpoints().get(0).getId()).getCurrentState())
        .isEqualTo(EndpointState.ACTIVE);
    assertThat(neon.projects()).extracting(Project::getId).containsExactly(projectId);
  }

  @Test
  void createProjectTakesNamesRegionAndVersion(NeonEmulator neon, ApiClient client) {
    CreateProjectResponse created = new Api(client).createProject(new ProjectCreateRequestProject()
        .name("eu").regionId("aws-eu-central-1").pgVersion(16L)
        .branch(new ProjectCreateRequestProjectBranch().name("trunk").roleName("app").databaseName("appdb")));

    assertThat(created.getProject().getRegionId()).isEqualTo("aws-eu-central-1");
    assertThat(created.getProject().getPgVersion()).isEqualTo(16);
    assertThat(created.getProject().getProxyHost()).isEqualTo("eu-central-1.aws.neon.tech");
    assertThat(created.getBranch().getName()).isEqualTo("trunk");
    assertThat(created.getDatabases()).singleElement().satisfies(db -> {
      assertThat(db.getName()).isEqualTo("appdb");
      assertThat(db.getOwnerName()).isEqualTo("app");
    });
  }

  @Test
  void unknownRegionIsABadRequest(ApiClient client) {
    assertThatThrownBy(() -> new Api(client).createProject(new ProjectCreateRequestProject().regionId("mars-1")))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("mars-1");
  }

  @Test
  void getUpdateAndDeleteAProject(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String id = neon.seedProject("before").getId();

    assertThat(api.projects.getProject(ProjectApi.GetProjectParams.builder().projectId(id).build())
        .getProject().getName()).isEqualTo("before");

    Project updated = api.projects.updateProject(ProjectApi.UpdateProjectParams.builder().projectId(id)
        .projectUpdateRequest(new ProjectUpdateRequest().project(new ProjectUpdateRequestProject().name("after")
            .historyRetentionSeconds(3600))).build()).getProject();
    assertThat(updated.getName()).isEqualTo("after");
    assertThat(updated.getHistoryRetentionSeconds()).isEqualTo(3600);

    Project deleted = api.projects.deleteProject(ProjectApi.DeleteProjectParams.builder().projectId(id).build())
        .getProject();
    assertThat(deleted.getId()).isEqualTo(id);
    assertThat(neon.projects()).isEmpty();
    assertThatThrownBy(() -> api.projects.getProject(ProjectApi.GetProjectParams.builder().projectId(id).build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aMissingProjectIs404WithNeonsErrorBody(ApiClient client) {
    assertThatThrownBy(() -> new ProjectApi(client).getProject(ProjectApi.GetProjectParams.builder()
        .projectId("no-such-project").build()))
        .isInstanceOfSatisfying(NotFoundException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(404);
          assertThat(e.code()).isEmpty();
          assertThat(e.errorMessage()).isEqualTo("project no-such-project not found");
          assertThat(e.requestId()).isPresent();
          assertThat(e.headers().firstValue("x-neon-ret-request-id")).isEqualTo(e.requestId());
          assertThat(e.rawBodyText()).contains("\"code\":\"\"").contains("\"request_id\":");
        });
  }

  @Test
  void listProjectsPagesWithNeonsCursorAcrossThreePages(NeonEmulator neon, ApiClient client) {
    Set<String> seeded = new HashSet<>();
    for (int i = 0; i < 25; i++) {
      seeded.add(neon.seedProject("p" + i).getId());
    }
    ProjectApi projects = new ProjectApi(client);

    List<List<ProjectListItem>> pages = new ArrayList<>();
    String cursor = null;
    ListProjectsResponse page;
    do {
      page = projects.listProjects(ProjectApi.ListProjectsParams.builder().limit(10L).cursor(cursor).build());
      pages.add(page.getProjects());
      assertThat(page.getPagination()).as("Neon sends a cursor even on the last page").isNotNull();
      cursor = page.getPagination().getCursor();
    } while (!page.getProjects().isEmpty());

    assertThat(pages).extracting(List::size).containsExactly(10, 10, 5, 0);
    assertThat(pages.get(2).get(4).getName()).as("newest first").isEqualTo("p0");
    assertThat(pages.stream().flatMap(List::stream).map(ProjectListItem::getId).collect(Collectors.toSet()))
        .isEqualTo(seeded);
    assertThat(page.getPagination().getCursor()).as("an empty page repeats the cursor").isEqualTo(cursor);
    // default limit
    assertThat(projects.listProjects(ProjectApi.ListProjectsParams.builder().build()).getProjects()).hasSize(10);
  }

  @Test
  void listProjectsLimitIsOneTo400(NeonEmulator neon, ApiClient client) {
    for (int i = 0; i < 3; i++) {
      neon.seedProject("p" + i);
    }
    ProjectApi projects = new ProjectApi(client);
    assertThat(projects.listProjects(ProjectApi.ListProjectsParams.builder().limit(400L).build()).getProjects()).hasSize(3);

    assertThatThrownBy(() -> ProjectApi.ListProjectsParams.builder().limit(401L).build())
        .as("the client checks the spec's bounds before sending").isInstanceOf(IllegalArgumentException.class)
        .hasMessage("limit must be between 1 and 400 but was 401");
    assertThatThrownBy(() -> RawRequests.listWithLimit(client, "listProjects", "/projects", 401))
        .isInstanceOf(BadRequestException.class)
        .hasMessageContaining("maximum");
    assertThatThrownBy(() -> RawRequests.listWithLimit(client, "listProjects", "/projects", 0))
        .isInstanceOf(BadRequestException.class);
    assertThat(neon.takeViolations()).hasSize(2).allSatisfy(v -> {
      assertThat(v.kind()).isEqualTo(SpecViolation.Kind.REQUEST);
      assertThat(v.operationId()).isEqualTo("listProjects");
    });
  }

  @Test
  void listProjectsSearchesByNameOrId(NeonEmulator neon, ApiClient client) {
    neon.seedProject("billing-api");
    neon.seedProject("billing-worker");
    String other = neon.seedProject("search").getId();
    ProjectApi projects = new ProjectApi(client);

    assertThat(projects.listProjects(ProjectApi.ListProjectsParams.builder().search("BILLING").build()).getProjects())
        .extracting(ProjectListItem::getName).containsExactlyInAnyOrder("billing-api", "billing-worker");
    assertThat(projects.listProjects(ProjectApi.ListProjectsParams.builder().search(other).build()).getProjects())
        .extracting(ProjectListItem::getId).containsExactly(other);
  }

  @Test
  void connectionUriForTheDefaultBranchPooledOrNot(NeonEmulator neon, ApiClient client) {
    CreateProjectResponse created = new Api(client).createProject("db");
    String id = created.getProject().getId();
    String password = created.getRoles().get(0).getPassword();
    String host = created.getEndpoints().get(0).getHost();
    ProjectApi projects = new ProjectApi(client);

    String direct = projects.getConnectionURI(ProjectApi.GetConnectionURIParams.builder().projectId(id)
        .databaseName("neondb").roleName("neondb_owner").build()).getUri();
    String pooled = projects.getConnectionURI(ProjectApi.GetConnectionURIParams.builder().projectId(id)
        .databaseName("neondb").roleName("neondb_owner").pooled(true).build()).getUri();

    assertThat(direct).isEqualTo("postgresql://neondb_owner:" + password + "@" + host + "/neondb?sslmode=require");
    assertThat(pooled).contains(created.getEndpoints().get(0).getId() + "-pooler.us-east-2.aws.neon.tech/neondb");
    assertThatThrownBy(() -> projects.getConnectionURI(ProjectApi.GetConnectionURIParams.builder().projectId(id)
        .databaseName("nope").roleName("neondb_owner").build()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("database nope not found");
  }

  @Test
  void regionsAndTheCurrentUser(ApiClient client) {
    List<RegionResponse> regions = new RegionApi(client).getActiveRegions(RegionApi.GetActiveRegionsParams.builder()
        .build()).getRegions();
    assertThat(regions).extracting(RegionResponse::getRegionId).contains("aws-us-east-2", "azure-eastus2");
    assertThat(regions).filteredOn(RegionResponse::getDefault).extracting(RegionResponse::getRegionId)
        .containsExactly("aws-us-east-2");
    assertThat(new UsersApi(client).getCurrentUserInfo(UsersApi.GetCurrentUserInfoParams.builder().build()).getEmail())
        .endsWith(".invalid");
  }
}

package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.BranchOperations;
import dev.neonjava.generated.model.BranchUpdateRequest;
import dev.neonjava.generated.model.BranchUpdateRequestBranch;
import dev.neonjava.generated.model.CreateProjectBranchRequest;
import dev.neonjava.generated.model.CreateProjectBranchResponse;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.CursorPagination;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.ListProjectBranchesResponse;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.generated.model.Role;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

@NeonEmulatorTest
class BranchesTest {

  @Test
  void aBranchWithAComputeStartsInitAndBecomesReady(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    CreateProjectResponse project = api.createProject("app");
    String projectId = project.getProject().getId();

    CreateProjectBranchResponse created = api.createBranch(projectId, "pr-42", true);

    Branch branch = created.getBranch();
    assertThat(branch.getName()).isEqualTo("pr-42");
    assertThat(branch.getId()).startsWith("br-");
    assertThat(branch.getParentId()).isEqualTo(project.getBranch().getId());
    assertThat(branch.getDefault()).isFalse();
    assertThat(branch.getCurrentState()).isEqualTo("init");
    assertThat(branch.getPendingState()).isEqualTo("ready");
    assertThat(created.getOperations()).extracting(Operation::getAction)
        .containsExactly(OperationAction.CREATE_BRANCH, OperationAction.START_COMPUTE);
    assertThat(created.getOperations()).allSatisfy(op -> {
      assertThat(op.getBranchId()).isEqualTo(branch.getId());
      assertThat(op.getStatus()).isEqualTo(OperationStatus.SCHEDULING);
    });
    assertThat(created.getEndpoints()).singleElement().satisfies(e -> assertThat(e.getBranchId()).isEqualTo(branch.getId()));
    assertThat(created.getRoles()).extracting(Role::getName).containsExactly("neondb_owner");
    assertThat(created.getDatabases()).extracting(Database::getName).containsExactly("neondb");
    assertThat(created.getConnectionUris()).singleElement()
        .satisfies(uri -> assertThat(uri.getConnectionUri()).contains(created.getEndpoints().get(0).getHost()));

    assertThat(api.branch(projectId, branch.getId()).getCurrentState()).isEqualTo("ready");
    assertThat(neon.branches(projectId)).extracting(Branch::getName).containsExactlyInAnyOrder("main", "pr-42");
  }

  @Test
  void aBranchOfABranchKeepsItsParent(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    String parent = neon.seedBranch(projectId, "dev").getId();

    Branch child = api.branches.createProjectBranch(BranchApi.CreateProjectBranchParams.builder().projectId(projectId)
        .createProjectBranchRequest(new CreateProjectBranchRequest()
            .branch(new BranchCreateRequestBranch().parentId(parent).name("dev-feature"))).build()).getBranch();

    assertThat(child.getParentId()).isEqualTo(parent);
    assertThatThrownBy(() -> api.branches.createProjectBranch(BranchApi.CreateProjectBranchParams.builder()
        .projectId(projectId).createProjectBranchRequest(new CreateProjectBranchRequest()
            .branch(new BranchCreateRequestBranch().parentId("br-missing-00000000"))).build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void aBranchWithoutBodyIsNamedAfterItsId(NeonEmulator neon, ApiClient client) {
    String projectId = neon.seedProject("app").getId();
    Branch branch = new BranchApi(client).createProjectBranch(BranchApi.CreateProjectBranchParams.builder()
        .projectId(projectId).build()).getBranch();
    assertThat(branch.getName()).isEqualTo(branch.getId());
  }

  @Test
  void aDuplicateBranchNameIs409(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    api.createBranch(projectId, "pr-1", false);

    assertThatThrownBy(() -> api.createBranch(projectId, "pr-1", false))
        .isInstanceOfSatisfying(ConflictException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(409);
          assertThat(e.errorMessage()).isEqualTo("branch with name pr-1 already exists");
        });
    assertThat(neon.branches(projectId)).hasSize(2);
  }

  @Test
  void listBranchesPagesWithNextAcrossThreePages(NeonEmulator neon, ApiClient client) {
    String projectId = neon.seedProject("app").getId();
    for (String name : List.of("g", "c", "a", "f", "b", "e", "d")) {
      neon.seedBranch(projectId, name);
    }
    BranchApi branches = new BranchApi(client);

    List<List<String>> pages = new ArrayList<>();
    String next = null;
    ListProjectBranchesResponse page;
    do {
      page = branches.listProjectBranches(BranchApi.ListProjectBranchesParams.builder().projectId(projectId)
          .sortBy("name").sortOrder("asc").limit(3L).cursor(next).build());
      pages.add(page.getBranches().stream().map(Branch::getName).collect(Collectors.toList()));
      CursorPagination pagination = page.getPagination();
      assertThat(pagination.getSortBy()).isEqualTo("name");
      assertThat(pagination.getSortOrder()).isEqualTo("asc");
      next = pagination.getNext();
    } while (!page.getBranches().isEmpty());

    assertThat(pages).containsExactly(List.of("a", "b", "c"), List.of("d", "e", "f"), List.of("g", "main"), List.of());
  }

  @Test
  void listBranchesSortsByCreationDescendingAndDefaultsToUpdatedAt(NeonEmulator neon, ApiClient client) {
    String projectId = neon.seedProject("app").getId();
    neon.seedBranch(projectId, "one");
    neon.seedBranch(projectId, "two");
    BranchApi branches = new BranchApi(client);

    ListProjectBranchesResponse byCreation = branches.listProjectBranches(BranchApi.ListProjectBranchesParams.builder()
        .projectId(projectId).sortBy("created_at").sortOrder("desc").build());
    assertThat(byCreation.getBranches()).extracting(Branch::getName).containsExactly("two", "one", "main");

    ListProjectBranchesResponse byDefault = branches.listProjectBranches(BranchApi.ListProjectBranchesParams.builder()
        .projectId(projectId).build());
    assertThat(byDefault.getPagination().getSortBy()).isEqualTo("updated_at");
    assertThat(byDefault.getPagination().getSortOrder()).isEqualTo("desc");
    assertThat(byDefault.getBranches()).hasSize(3);
  }

  @Test
  void aCursorIsBoundToItsSortAndLimitIsOneTo10000(NeonEmulator neon, ApiClient client) {
    String projectId = neon.seedProject("app").getId();
    neon.seedBranch(projectId, "x");
    BranchApi branches = new BranchApi(client);
    String next = branches.listProjectBranches(BranchApi.ListProjectBranchesParams.builder().projectId(projectId)
        .sortBy("name").limit(1L).build()).getPagination().getNext();

    assertThatThrownBy(() -> branches.listProjectBranches(BranchApi.ListProjectBranchesParams.builder()
        .projectId(projectId).sortBy("created_at").cursor(next).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("cursor was issued for sort_by=name");
    assertThat(branches.listProjectBranches(BranchApi.ListProjectBranchesParams.builder().projectId(projectId)
        .limit(10000L).build()).getBranches()).hasSize(2);
    assertThatThrownBy(() -> RawRequests.listWithLimit(client, "listProjectBranches",
        "/projects/" + projectId + "/branches", 10001)).isInstanceOf(BadRequestException.class);
    assertThat(neon.takeViolations()).singleElement()
        .satisfies(v -> assertThat(v.kind()).isEqualTo(SpecViolation.Kind.REQUEST));
  }

  @Test
  void countAndSearchBranches(NeonEmulator neon, ApiClient client) {
    String projectId = neon.seedProject("app").getId();
    neon.seedBranch(projectId, "preview/pr-1");
    neon.seedBranch(projectId, "preview/pr-2");
    BranchApi branches = new BranchApi(client);

    assertThat(branches.countProjectBranches(BranchApi.CountProjectBranchesParams.builder().projectId(projectId)
        .build()).getCount()).isEqualTo(3);
    assertThat(branches.countProjectBranches(BranchApi.CountProjectBranchesParams.builder().projectId(projectId)
        .search("preview").build()).getCount()).isEqualTo(2);
    assertThat(branches.listProjectBranches(BranchApi.ListProjectBranchesParams.builder().projectId(projectId)
        .search("pr-2").build()).getBranches()).extracting(Branch::getName).containsExactly("preview/pr-2");
  }

  @Test
  void anExplicitNullClearsTheExpiration(NeonEmulator neon, ApiClient client) {
    BranchApi branches = new BranchApi(client);
    String projectId = neon.seedProject("app").getId();
    String id = neon.seedBranch(projectId, "preview").getId();
    java.time.OffsetDateTime later = java.time.OffsetDateTime.parse("2030-01-01T00:00:00Z");

    BranchOperations set = branches.updateProjectBranch(BranchApi.UpdateProjectBranchParams.builder()
        .projectId(projectId).branchId(id).branchUpdateRequest(new BranchUpdateRequest()
            .branch(new BranchUpdateRequestBranch().expiresAt(later))).build());
    BranchOperations untouched = branches.updateProjectBranch(BranchApi.UpdateProjectBranchParams.builder()
        .projectId(projectId).branchId(id).branchUpdateRequest(new BranchUpdateRequest()
            .branch(new BranchUpdateRequestBranch().expiresAt(null).name("preview-2"))).build());
    BranchOperations cleared = branches.updateProjectBranch(BranchApi.UpdateProjectBranchParams.builder()
        .projectId(projectId).branchId(id).branchUpdateRequest(new BranchUpdateRequest()
            .branch(new BranchUpdateRequestBranch().clearExpiresAt())).build());

    assertThat(set.getBranch().getExpiresAt()).isEqualTo(later);
    assertThat(untouched.getBranch().getExpiresAt()).as("null left unset sends nothing").isEqualTo(later);
    assertThat(cleared.getBranch().getExpiresAt()).isNull();
  }

  @Test
  void renameProtectAndMakeDefault(NeonEmulator neon, ApiClient client) {
    BranchApi branches = new BranchApi(client);
    String projectId = neon.seedProject("app").getId();
    String id = neon.seedBranch(projectId, "old").getId();
    neon.seedBranch(projectId, "taken");

    BranchOperations renamed = branches.updateProjectBranch(BranchApi.UpdateProjectBranchParams.builder()
        .projectId(projectId).branchId(id).branchUpdateRequest(new BranchUpdateRequest()
            .branch(new BranchUpdateRequestBranch().name("new")._protected(true))).build());
    assertThat(renamed.getBranch().getName()).isEqualTo("new");
    assertThat(renamed.getBranch().getProtected()).isTrue();
    assertThat(renamed.getOperations()).isEmpty();

    assertThatThrownBy(() -> branches.updateProjectBranch(BranchApi.UpdateProjectBranchParams.builder()
        .projectId(projectId).branchId(id).branchUpdateRequest(new BranchUpdateRequest()
            .branch(new BranchUpdateRequestBranch().name("taken"))).build()))
        .isInstanceOf(ConflictException.class);

    branches.setDefaultProjectBranch(BranchApi.SetDefaultProjectBranchParams.builder().projectId(projectId)
        .branchId(id).build());
    assertThat(neon.branches(projectId)).filteredOn(Branch::getDefault).extracting(Branch::getId).containsExactly(id);
  }

  @Test
  void deleteABranchWithItsComputes(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    CreateProjectBranchResponse created = api.createBranch(projectId, "tmp", true);
    String branchId = created.getBranch().getId();
    api.branch(projectId, branchId); // the operations end

    BranchOperations deleted = api.branches.deleteProjectBranch(BranchApi.DeleteProjectBranchParams.builder()
        .projectId(projectId).branchId(branchId).build());

    assertThat(deleted.getBranch().getId()).isEqualTo(branchId);
    assertThat(deleted.getOperations()).extracting(Operation::getAction)
        .containsExactly(OperationAction.SUSPEND_COMPUTE, OperationAction.DELETE_TIMELINE);
    assertThat(neon.branches(projectId)).extracting(Branch::getName).containsExactly("main");
    assertThat(neon.endpoints(projectId)).hasSize(1);
    assertThat(api.branches.deleteProjectBranch(BranchApi.DeleteProjectBranchParams.builder().projectId(projectId)
        .branchId(branchId).build())).as("204: already deleted").isNull();
  }

  @Test
  void theDefaultBranchAndAParentCannotBeDeleted(NeonEmulator neon, ApiClient client) {
    BranchApi branches = new BranchApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    String parent = neon.seedBranch(projectId, "parent").getId();
    branches.createProjectBranch(BranchApi.CreateProjectBranchParams.builder().projectId(projectId)
        .createProjectBranchRequest(new CreateProjectBranchRequest()
            .branch(new BranchCreateRequestBranch().parentId(parent).name("child"))).build());

    assertThatThrownBy(() -> branches.deleteProjectBranch(BranchApi.DeleteProjectBranchParams.builder()
        .projectId(projectId).branchId(main).build()))
        .isInstanceOfSatisfying(BadRequestException.class, e -> assertThat(e.statusCode()).isEqualTo(422));
    assertThatThrownBy(() -> branches.deleteProjectBranch(BranchApi.DeleteProjectBranchParams.builder()
        .projectId(projectId).branchId(parent).build()))
        .isInstanceOf(BadRequestException.class).hasMessageContaining("is its child");
  }

  @Test
  void annotationsGiveAtCreationComeBack(NeonEmulator neon, ApiClient client) {
    BranchApi branches = new BranchApi(client);
    String projectId = neon.seedProject("app").getId();
    String id = branches.createProjectBranch(BranchApi.CreateProjectBranchParams.builder().projectId(projectId)
        .createProjectBranchRequest(new CreateProjectBranchRequest().branch(new BranchCreateRequestBranch().name("pr-7"))
            .annotationValue(Map.of("github-pr", "7"))).build()).getBranch().getId();

    assertThat(branches.getProjectBranch(BranchApi.GetProjectBranchParams.builder().projectId(projectId).branchId(id)
        .build()).getAnnotation().getValue()).containsEntry("github-pr", "7");
    assertThat(branches.listProjectBranches(BranchApi.ListProjectBranchesParams.builder().projectId(projectId).build())
        .getAnnotations()).containsOnlyKeys(id);
  }

  @Test
  void aMissingBranchIs404(NeonEmulator neon, ApiClient client) {
    String projectId = neon.seedProject("app").getId();
    assertThatThrownBy(() -> new Api(client).branch(projectId, "br-missing-00000000"))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("branch br-missing-00000000 not found");
  }
}

package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.OperationApi;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.CreateProjectBranchResponse;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.ListProjectOperationsResponse;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.LockedException;
import dev.neonjava.runtime.NotFoundException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** Operations under a frozen clock: they end exactly when the test moves time forward. */
@NeonEmulatorTest(operationDelayMillis = 1000, frozenClock = true)
class OperationsTest {

  @Test
  void operationsGoSchedulingRunningFinishedOneAfterAnother(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    CreateProjectResponse created = api.createProject("app");
    String projectId = created.getProject().getId();
    UUID timeline = created.getOperations().get(0).getId();
    UUID compute = created.getOperations().get(1).getId();
    String endpointId = created.getEndpoints().get(0).getId();

    assertThat(api.operation(projectId, timeline).getStatus()).isEqualTo(OperationStatus.SCHEDULING);

    neon.advanceTime(Duration.ofMillis(600));   // create_timeline runs 500..1000, start_compute waits for it
    assertThat(api.operation(projectId, timeline).getStatus()).isEqualTo(OperationStatus.RUNNING);
    assertThat(api.operation(projectId, compute).getStatus()).isEqualTo(OperationStatus.SCHEDULING);
    assertThat(api.operation(projectId, timeline).getTotalDurationMs()).isEqualTo(100);

    neon.advanceTime(Duration.ofMillis(500));   // 1100: create_timeline finished, start_compute runs 1000..1500
    assertThat(api.operation(projectId, timeline).getStatus()).isEqualTo(OperationStatus.FINISHED);
    assertThat(api.operation(projectId, compute).getStatus()).isEqualTo(OperationStatus.RUNNING);
    assertThat(api.branch(projectId, created.getBranch().getId()).getCurrentState()).isEqualTo("ready");
    assertThat(api.endpoint(projectId, endpointId).getCurrentState()).isEqualTo(EndpointState.INIT);

    neon.advanceTime(Duration.ofMillis(400));   // 1500
    Operation finished = api.operation(projectId, compute);
    assertThat(finished.getStatus()).isEqualTo(OperationStatus.FINISHED);
    assertThat(finished.getTotalDurationMs()).isEqualTo(500);
    assertThat(finished.getFailuresCount()).isZero();
    assertThat(api.endpoint(projectId, endpointId).getCurrentState()).isEqualTo(EndpointState.ACTIVE);
  }

  @Test
  void aMutationWhileAnOperationRunsIsLockedThenSucceeds(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = api.createProject("app").getProject().getId();

    assertThatThrownBy(() -> api.createBranch(projectId, "too-soon", false))
        .isInstanceOfSatisfying(LockedException.class, e -> {
          assertThat(e.statusCode()).isEqualTo(423);
          assertThat(e.errorMessage()).contains("running conflicting operations");
        });
    assertThat(api.projects.getProject(ProjectApi.GetProjectParams.builder().projectId(projectId).build()))
        .as("reads are never locked").isNotNull();

    neon.advanceTime(Duration.ofMillis(1499));   // create_timeline ends at 1000, start_compute at 1500
    assertThatThrownBy(() -> api.createBranch(projectId, "still-too-soon", false)).isInstanceOf(LockedException.class);
    neon.advanceTime(Duration.ofMillis(1));
    assertThat(api.createBranch(projectId, "now", false).getBranch().getName()).isEqualTo("now");
    assertThat(neon.requests()).filteredOn(r -> r.status() == 423).hasSize(2);
  }

  @Test
  void deletingAProjectIsNeverLocked(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = api.createProject("app").getProject().getId();
    api.projects.deleteProject(ProjectApi.DeleteProjectParams.builder().projectId(projectId).build());
    assertThat(neon.projects()).isEmpty();
  }

  @Test
  void makeTheNextCreateBranchFail(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    OperationScript script = neon.nextOperation(OperationAction.CREATE_BRANCH).fails("no capacity in region");

    CreateProjectBranchResponse created = api.createBranch(projectId, "doomed", false);
    UUID opId = created.getOperations().get(0).getId();
    assertThat(script.used()).isTrue();
    assertThat(script.operationId()).isEqualTo(opId.toString());

    neon.advanceTime(Duration.ofSeconds(1));
    Operation failed = api.operation(projectId, opId);
    assertThat(failed.getStatus()).isEqualTo(OperationStatus.ERROR);
    assertThat(failed.getError()).isEqualTo("no capacity in region");
    assertThat(failed.getFailuresCount()).isEqualTo(1);
    assertThat(api.branch(projectId, created.getBranch().getId()).getCurrentState()).isEqualTo("init");

    // the script was for one operation only
    CreateProjectBranchResponse next = api.createBranch(projectId, "fine", false);
    neon.advanceTime(Duration.ofSeconds(1));
    assertThat(api.operation(projectId, next.getOperations().get(0).getId()).getStatus())
        .isEqualTo(OperationStatus.FINISHED);
  }

  @Test
  void scriptAnyFinalStatus(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    neon.nextOperation(OperationAction.CREATE_BRANCH).takes(Duration.ZERO).endsWith(OperationStatus.CANCELLED, null);

    UUID opId = api.createBranch(projectId, "x", false).getOperations().get(0).getId();

    Operation cancelled = api.operation(projectId, opId);
    assertThat(cancelled.getStatus()).isEqualTo(OperationStatus.CANCELLED);
    assertThat(cancelled.getError()).isNull();
  }

  @Test
  void everyComputeTakesLongerToStart(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    neon.operationDuration(OperationAction.START_COMPUTE, Duration.ofSeconds(4));

    CreateProjectBranchResponse first = api.createBranch(projectId, "a", true);
    // create_branch: scheduling 0..0.5, running 0.5..1; start_compute: scheduling 0..2, running 2..4
    neon.advanceTime(Duration.ofSeconds(4));
    assertThat(api.endpoint(projectId, first.getEndpoints().get(0).getId()).getCurrentState())
        .isEqualTo(EndpointState.ACTIVE);

    CreateProjectBranchResponse second = api.createBranch(projectId, "b", true);
    neon.advanceTime(Duration.ofMillis(3999));
    assertThat(api.endpoint(projectId, second.getEndpoints().get(0).getId()).getCurrentState())
        .isEqualTo(EndpointState.INIT);
    neon.advanceTime(Duration.ofMillis(1));
    assertThat(api.endpoint(projectId, second.getEndpoints().get(0).getId()).getCurrentState())
        .isEqualTo(EndpointState.ACTIVE);
  }

  @Test
  void listOperationsNewestFirstWithCursorPaging(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = api.createProject("app").getProject().getId();   // 2 operations
    for (String name : List.of("a", "b", "c")) {                          // 3 more
      neon.advanceTime(Duration.ofSeconds(2));
      api.createBranch(projectId, name, false);
    }
    neon.advanceTime(Duration.ofSeconds(2));
    List<UUID> all = neon.operations(projectId).stream().map(Operation::getId).collect(Collectors.toList());
    assertThat(all).hasSize(5);

    List<UUID> seen = new ArrayList<>();
    List<Integer> sizes = new ArrayList<>();
    String cursor = null;
    ListProjectOperationsResponse page;
    do {
      page = api.operations.listProjectOperations(OperationApi.ListProjectOperationsParams.builder()
          .projectId(projectId).limit(2L).cursor(cursor).build());
      sizes.add(page.getOperations().size());
      page.getOperations().forEach(op -> seen.add(op.getId()));
      cursor = page.getPagination().getCursor();
    } while (!page.getOperations().isEmpty());

    assertThat(sizes).containsExactly(2, 2, 1, 0);
    List<UUID> newestFirst = new ArrayList<>(all);
    java.util.Collections.reverse(newestFirst);
    assertThat(seen).isEqualTo(newestFirst);
    assertThat(api.operations.listProjectOperations(OperationApi.ListProjectOperationsParams.builder()
        .projectId(projectId).limit(1000L).build()).getOperations()).hasSize(5);
    assertThatThrownBy(() -> RawRequests.listWithLimit(client, "listProjectOperations",
        "/projects/" + projectId + "/operations", 1001)).isInstanceOf(BadRequestException.class);
    assertThat(neon.takeViolations()).hasSize(1);
  }

  @Test
  void anUnknownOperationIs404(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    String projectId = neon.seedProject("app").getId();
    String otherProject = neon.seedProject("other").getId();
    UUID ofOther = neon.operations(otherProject).get(0).getId();

    assertThatThrownBy(() -> api.operation(projectId, UUID.randomUUID()))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("not found");
    assertThatThrownBy(() -> api.operation(projectId, ofOther)).isInstanceOf(NotFoundException.class);
  }
}

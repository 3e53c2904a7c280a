package dev.neonjava.it.emulator;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.CreateProjectResponse;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.resources.Branches;
import dev.neonjava.runtime.LockedException;
import dev.neonjava.runtime.RateLimitedException;
import dev.neonjava.runtime.transport.RateLimit;
import dev.neonjava.runtime.transport.RetryPolicy;
import dev.neonjava.testkit.NeonEmulator;
import dev.neonjava.testkit.NeonEmulatorTest;
import dev.neonjava.testkit.RateLimits;
import dev.neonjava.testkit.RecordedRequest;
import dev.neonjava.wait.OperationFailedException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The fluent client's scenarios against the emulator, every exchange checked against spec/. */
@NeonEmulatorTest(operationDelayMillis = 40)
class FluentScenariosTest {

  @Test
  void createProjectAndWait(Neon neon, NeonEmulator emulator) {
    CreateProjectResponse created = neon.projects().create(p -> p.name("shop").regionId("aws-us-east-2")).await();

    String id = created.getProject().getId();
    assertThat(emulator.operations(id)).isNotEmpty()
        .allSatisfy(op -> assertThat(op.getStatus()).isEqualTo(OperationStatus.FINISHED));
    assertThat(neon.project(id).branches().list().stream().map(Branch::getCurrentState)).containsOnly("ready");
  }

  @Test
  void branchPerPullRequestIsIdempotent(Neon neon, NeonEmulator emulator) {
    String projectId = emulator.seedProject("app").getId();

    Branch first = neon.project(projectId).branches().getOrCreate("pr-42");
    Branch rerun = neon.project(projectId).branches().getOrCreate("pr-42");

    assertThat(rerun.getId()).isEqualTo(first.getId());
    assertThat(first.getCurrentState()).isEqualTo("ready");
    assertThat(emulator.branches(projectId)).filteredOn(b -> b.getName().equals("pr-42")).hasSize(1);
    assertThat(neon.project(projectId).branch(first.getId()).endpoints()).hasSize(1);
  }

  @Test
  void lockedWhileAnOperationRunsThenSucceeds(Neon neon, NeonEmulator emulator) {
    String projectId = emulator.seedProject("busy").getId();
    emulator.operationDelay(Duration.ofMillis(600));
    neon.project(projectId).branches().create(b -> b.branch(new BranchCreateRequestBranch().name("first")));

    // the second mutation meets 423 while the first operation runs; the client retries until it passes
    Branch second = neon.project(projectId).branches()
        .create(b -> b.branch(new BranchCreateRequestBranch().name("second"))).await().getBranch();

    assertThat(second.getName()).isEqualTo("second");
    assertThat(emulator.requests()).extracting(RecordedRequest::status).contains(423);
    assertThat(emulator.requests()).filteredOn(r -> "createProjectBranch".equals(r.operationId()))
        .extracting(RecordedRequest::status).endsWith(201);
  }

  @Test
  void lockedReachesTheCallerWhenRetriesAreOff(Neon neon, NeonEmulator emulator) {
    String projectId = emulator.seedProject("busy").getId();
    emulator.operationDelay(Duration.ofSeconds(5));
    neon.project(projectId).branches().create(b -> b.branch(new BranchCreateRequestBranch().name("first")));
    Neon noRetry = neon.withOptions(o -> o.retryPolicy(RetryPolicy.none()));
    assertThatThrownBy(() -> noRetry.project(projectId).branches().create(b -> b.branch(new BranchCreateRequestBranch().name("x"))))
        .isInstanceOf(LockedException.class);
  }

  @Test
  void aFailedOperationSurfacesItsError(Neon neon, NeonEmulator emulator) {
    String projectId = emulator.seedProject("p").getId();
    emulator.nextOperation(OperationAction.CREATE_BRANCH).fails("no capacity in region");
    assertThatThrownBy(() -> neon.project(projectId).branches()
        .create(b -> b.branch(new BranchCreateRequestBranch().name("doomed")).addEndpointsItem(Branches.readWrite()))
        .await())
        .isInstanceOfSatisfying(OperationFailedException.class,
            e -> assertThat(e.error()).isEqualTo("no capacity in region"));
  }

  @Test
  void pagesProjectsAndBranchesAcrossThreePages(Neon neon, NeonEmulator emulator) {
    for (int i = 0; i < 7; i++) {
      emulator.seedProject("p" + i);
    }
    String projectId = emulator.projects().get(0).getId();
    for (int i = 0; i < 6; i++) {
      emulator.seedBranch(projectId, "b" + i);
    }

    List<ProjectListItem> projects = neon.projects().list(p -> p.limit(3L)).stream().collect(Collectors.toList());
    List<Branch> branches = neon.project(projectId).branches().list(b -> b.limit(3L)).stream().collect(Collectors.toList());

    assertThat(projects).hasSize(7).extracting(ProjectListItem::getId).doesNotHaveDuplicates();
    assertThat(branches).hasSizeGreaterThanOrEqualTo(6).extracting(Branch::getId).doesNotHaveDuplicates();
    assertThat(emulator.requests()).filteredOn(r -> "listProjects".equals(r.operationId())).hasSizeGreaterThanOrEqualTo(3);
    assertThat(emulator.requests()).filteredOn(r -> "listProjectBranches".equals(r.operationId())).hasSizeGreaterThanOrEqualTo(3);
  }

  @Test
  void aBurstMeets429sWithoutTheLimiterAndNoneWithIt(Neon neon, NeonEmulator emulator) {
    String projectId = emulator.seedProject("hot").getId();
    emulator.rateLimits(RateLimits.of(600, 5));
    Neon raw = neon.withOptions(o -> o.retryPolicy(RetryPolicy.none()));
    List<Throwable> failures = burst(raw, projectId, 20);
    assertThat(failures).isNotEmpty().allSatisfy(f -> assertThat(f).isInstanceOf(RateLimitedException.class));

    emulator.rateLimits(RateLimits.none());
    assertThat(burst(raw, projectId, 20)).isEmpty(); // opens the pooled connections the limited burst reuses
    emulator.takeRequests();
    emulator.rateLimits(RateLimits.of(600, 5)); // a new window on the server
    // the limiter spaces the burst: a permit comes back one period after its response has ended, so
    // the emulator, which counts a request somewhere before answering it, never sees too many
    Neon limited = neon.withOptions(o -> o.rateLimit(RateLimit.of(600, Duration.ofMinutes(1), 5, Duration.ofSeconds(1))));
    assertThat(burst(limited, projectId, 20)).isEmpty();
    assertThat(emulator.requests()).filteredOn(r -> r.status() == 200).hasSize(20);
    assertThat(emulator.requests()).filteredOn(r -> r.status() == 429).isEmpty();
  }

  private static List<Throwable> burst(Neon neon, String projectId, int calls) {
    java.util.concurrent.ExecutorService pool = java.util.concurrent.Executors.newFixedThreadPool(calls);
    List<CompletableFuture<Void>> all = new ArrayList<>();
    List<Throwable> failures = java.util.Collections.synchronizedList(new ArrayList<>());
    for (int i = 0; i < calls; i++) {
      all.add(CompletableFuture.runAsync(() -> {
        try {
          neon.projects().get(projectId);
        } catch (RuntimeException e) {
          failures.add(e);
        }
      }, pool));
    }
    CompletableFuture.allOf(all.toArray(new CompletableFuture<?>[0])).join();
    pool.shutdown();
    return failures;
  }
}

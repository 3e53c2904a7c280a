package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.BranchOperations;
import dev.neonjava.generated.model.BranchUpdateRequestBranch;
import dev.neonjava.generated.model.CreateProjectBranchResponse;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.generated.model.Project;
import dev.neonjava.resources.Branches;
import dev.neonjava.runtime.NotFoundException;
import dev.neonjava.wait.Pending;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Optional;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** {@code project(id).branches()} and {@code project(id).branch(id)} against the emulator. */
class FluentBranchesTest {

  @Test
  void createReturnsAPendingWhoseAwaitReReadsTheReadyBranch() {
    try (NeonEmulator emulator = NeonEmulator.builder().operationDelay(Duration.ofMillis(60)).start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();

      Pending<CreateProjectBranchResponse> pending = neon.project(projectId).branches()
          .create(r -> r.branch(new BranchCreateRequestBranch().name("pr-1")).addEndpointsItem(Branches.readWrite()));

      assertThat(pending.operations()).isNotEmpty()
          .allSatisfy(op -> assertThat(op.getStatus()).isNotEqualTo(OperationStatus.FINISHED));
      assertThat(pending.response().getBranch().getCurrentState()).isEqualTo("init");
      Branch ready = pending.await().getBranch();
      assertThat(ready.getCurrentState()).isEqualTo("ready");
      assertThat(ready.getName()).isEqualTo("pr-1");
      assertThat(emulator.operations(projectId)).allSatisfy(op -> assertThat(op.getStatus()).isEqualTo(OperationStatus.FINISHED));
      assertThat(neon.project(projectId).branch(ready.getId()).endpoints()).hasSize(1);
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void listCountGetAndFindByName() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      for (int i = 0; i < 5; i++) {
        emulator.seedBranch(projectId, "feature-" + i);
      }
      List<Branch> all = neon.project(projectId).branches().list(p -> p.limit(2L)).toList();
      assertThat(all).hasSize(6).extracting(Branch::getId).doesNotHaveDuplicates();
      assertThat(emulator.requests()).filteredOn(r -> "listProjectBranches".equals(r.operationId()))
          .hasSizeGreaterThanOrEqualTo(3);
      assertThat(neon.project(projectId).branches().count()).isEqualTo(6);
      assertThat(neon.project(projectId).branches().count(p -> p.search("feature-3"))).isEqualTo(1);
      assertThat(neon.project(projectId).branches().countAsync(p -> { }).join()).isEqualTo(6);

      Branch found = neon.project(projectId).branches().findByName("feature-3").orElseThrow();
      assertThat(neon.project(projectId).branches().get(found.getId()).getName()).isEqualTo("feature-3");
      assertThat(neon.project(projectId).branch(found.getId()).getAsync().join().getId()).isEqualTo(found.getId());
      assertThat(neon.project(projectId).branches().findByName("feature-9")).isEmpty();
      assertThat(neon.project(projectId).branches().listPageAsync(p -> p.limit(4L)).join().getBranches()).hasSize(4);
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void updateSetAsDefaultAndDelete() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      Branch main = emulator.branches(projectId).get(0);
      Branch feature = emulator.seedBranch(projectId, "feature");
      OffsetDateTime expires = OffsetDateTime.ofInstant(emulator.now(), ZoneOffset.UTC).plusDays(2)
          .truncatedTo(ChronoUnit.SECONDS);

      Branch renamed = neon.project(projectId).branch(feature.getId())
          .update(r -> r.branch(new BranchUpdateRequestBranch().name("feature-2").expiresAt(expires))).await().getBranch();
      assertThat(renamed.getName()).isEqualTo("feature-2");
      assertThat(renamed.getExpiresAt()).isEqualTo(expires);
      assertThat(neon.project(projectId).branches().get(feature.getId()).getName()).isEqualTo("feature-2");

      Branch madeDefault = neon.project(projectId).branch(feature.getId()).setAsDefault().await().getBranch();
      assertThat(madeDefault.getDefault()).isTrue();
      assertThat(neon.project(projectId).branches().get(main.getId()).getDefault()).isFalse();

      Branch doomed = emulator.seedBranch(projectId, "doomed");
      Optional<Pending<BranchOperations>> deleted = neon.project(projectId).branch(doomed.getId()).delete();
      assertThat(deleted).isPresent();
      assertThat(deleted.get().await().getBranch().getId()).isEqualTo(doomed.getId());
      assertThatThrownBy(() -> neon.project(projectId).branches().get(doomed.getId())).isInstanceOf(NotFoundException.class);
      assertThat(neon.project(projectId).branches().deleteIfExists(doomed.getId())).isFalse();
      assertThat(neon.project(projectId).branch(doomed.getId()).deleteIfExists()).isFalse();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void getOrCreateIsIdempotentAndBadIdsAreRejectedByName() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      Branch first = neon.project(projectId).branches().getOrCreate("pr-42");
      Branch again = neon.project(projectId).branches().getOrCreate("pr-42");
      assertThat(again.getId()).isEqualTo(first.getId());
      assertThat(emulator.branches(projectId)).filteredOn(b -> b.getName().equals("pr-42")).hasSize(1);

      assertThatThrownBy(() -> neon.project(projectId).branches().get("../x"))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("branch_id");
      assertThat(neon.project(projectId).branches().deleteAsync("a/b")).isCompletedExceptionally();
      assertThatThrownBy(() -> neon.project(projectId).branch(" "))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("branch_id");
      assertThat(emulator.requests()).noneMatch(r -> r.path().contains("../x"));
    }
  }

  @Test
  void forPullRequestCreatesWithAnExpiryAndResetsOnARerun() {
    try (NeonEmulator emulator = NeonEmulator.start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();
      String mainId = emulator.branches(projectId).get(0).getId();

      Branch first = neon.project(projectId).branches().forPullRequest("pr-7", Duration.ofHours(4));
      assertThat(first.getParentId()).isEqualTo(mainId);
      assertThat(first.getExpiresAt()).isNotNull();
      assertThat(Duration.between(OffsetDateTime.now(ZoneOffset.UTC), first.getExpiresAt()))
          .isBetween(Duration.ofMinutes(230), Duration.ofHours(4));
      assertThat(neon.project(projectId).branch(first.getId()).endpoints()).hasSize(1);
      assertThat(emulator.requests()).noneMatch(r -> "restoreProjectBranch".equals(r.operationId()));

      Branch rerun = neon.project(projectId).branches().forPullRequest("pr-7", Duration.ofDays(2));
      assertThat(rerun.getId()).isEqualTo(first.getId());
      assertThat(rerun.getExpiresAt()).isAfter(first.getExpiresAt().plusHours(40));
      assertThat(emulator.requests()).filteredOn(r -> "restoreProjectBranch".equals(r.operationId()))
          .singleElement().satisfies(r -> assertThat(r.path()).endsWith("/branches/" + first.getId() + "/restore"));
      assertThat(emulator.branches(projectId)).filteredOn(b -> b.getName().equals("pr-7")).hasSize(1);
      assertThatThrownBy(() -> neon.project(projectId).branches().forPullRequest("pr-8", Duration.ZERO))
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("ttl");
      assertThat(emulator.violations()).isEmpty();
    }
  }

  @Test
  void asyncFormsCreateWaitAndFailWithoutThrowing() {
    try (NeonEmulator emulator = NeonEmulator.builder().operationDelay(Duration.ofMillis(40)).start()) {
      Neon neon = emulator.newNeon();
      String projectId = emulator.seedProject("app").getId();

      Branch ready = neon.project(projectId).branches()
          .createAsync(r -> r.branch(new BranchCreateRequestBranch().name("async")).addEndpointsItem(Branches.readWrite()))
          .thenCompose(Pending::awaitAsync).join().getBranch();

      assertThat(ready.getCurrentState()).isEqualTo("ready");
      assertThat(emulator.operations(projectId)).allSatisfy(op -> assertThat(op.getStatus()).isEqualTo(OperationStatus.FINISHED));
      assertThat(neon.project(projectId).branches().createAsync((CreateProjectBranchRequestConsumer) null))
          .isCompletedExceptionally();
      assertThat(neon.project(projectId).branch(ready.getId()).updateAsync(null)).isCompletedExceptionally();
      assertThat(emulator.violations()).isEmpty();
    }
  }

  /** Names the overload that takes a configurer, for a null argument. */
  private interface CreateProjectBranchRequestConsumer
      extends java.util.function.Consumer<dev.neonjava.generated.model.CreateProjectBranchRequest> {
  }
}

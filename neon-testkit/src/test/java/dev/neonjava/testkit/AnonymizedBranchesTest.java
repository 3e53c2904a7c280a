package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.model.AnonymizedBranchStatusResponse;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchAnonymizedCreateRequest;
import dev.neonjava.generated.model.BranchCreateRequest;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.CreateProjectBranchResponse;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.MaskingRule;
import dev.neonjava.generated.model.MaskingRulesUpdateRequest;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.ConflictException;
import dev.neonjava.runtime.NotFoundException;
import java.time.Duration;
import java.util.List;
import org.junit.jupiter.api.Test;

/** An anonymized branch is a real branch with masking rules and an anonymization that runs over the operation delay. */
@NeonEmulatorTest(frozenClock = true)
class AnonymizedBranchesTest {
  private static final MaskingRule EMAIL = new MaskingRule().databaseName("neondb").schemaName("public")
      .tableName("users").columnName("email").maskingFunction("anon.fake_email()");

  @Test
  void anAnonymizedBranchIsARealBranchWhoseAnonymizationRunsOnceStarted(NeonEmulator neon, ApiClient client) {
    BranchApi branches = new BranchApi(client);
    String projectId = neon.seedProject("app").getId();
    neon.operationDelay(Duration.ofSeconds(30));

    CreateProjectBranchResponse created = branches.createProjectBranchAnonymized(BranchApi
        .CreateProjectBranchAnonymizedParams.builder().projectId(projectId).branchAnonymizedCreateRequest(
            new BranchAnonymizedCreateRequest().branchCreate(new BranchCreateRequest()
                .branch(new BranchCreateRequestBranch().name("masked"))).maskingRules(List.of(EMAIL))).build());

    String id = created.getBranch().getId();
    assertThat(neon.branches(projectId)).extracting(Branch::getName).contains("masked");
    assertThat(created.getDatabases()).extracting(Database::getName).containsExactly("neondb");
    assertThat(branches.getMaskingRules(BranchApi.GetMaskingRulesParams.builder().projectId(projectId).branchId(id)
        .build()).getMaskingRules()).containsExactly(EMAIL);
    BranchApi.GetAnonymizedBranchStatusParams status = BranchApi.GetAnonymizedBranchStatusParams.builder()
        .projectId(projectId).branchId(id).build();
    assertThat(branches.getAnonymizedBranchStatus(status).getState()).isEqualTo("initialized");

    neon.advanceTime(Duration.ofSeconds(31));
    AnonymizedBranchStatusResponse started = branches.startAnonymization(BranchApi.StartAnonymizationParams.builder()
        .projectId(projectId).branchId(id).build());
    assertThat(started.getState()).isEqualTo("anonymizing");
    assertThatThrownBy(() -> branches.startAnonymization(BranchApi.StartAnonymizationParams.builder()
        .projectId(projectId).branchId(id).build())).isInstanceOf(ConflictException.class);
    neon.advanceTime(Duration.ofSeconds(31));
    AnonymizedBranchStatusResponse done = branches.getAnonymizedBranchStatus(status);
    assertThat(done.getState()).isEqualTo("anonymized");
    assertThat(done.getLastRun().getMaskedColumns()).isEqualTo(1L);
    assertThat(done.getLastRun().getCompletedAt()).isEqualTo(done.getLastRun().getStartedAt().plusSeconds(30));
  }

  @Test
  void maskingRulesNameDatabasesOfTheBranchAndOtherBranchesHaveNone(NeonEmulator neon, ApiClient client) {
    BranchApi branches = new BranchApi(client);
    String projectId = neon.seedProject("app").getId();
    String main = neon.branches(projectId).get(0).getId();
    MaskingRule elsewhere = new MaskingRule().databaseName("other").schemaName("public").tableName("t")
        .columnName("c");
    assertThatThrownBy(() -> branches.createProjectBranchAnonymized(BranchApi.CreateProjectBranchAnonymizedParams
        .builder().projectId(projectId).branchAnonymizedCreateRequest(new BranchAnonymizedCreateRequest()
            .maskingRules(List.of(elsewhere))).build())).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("no such database");
    assertThat(neon.branches(projectId)).as("nothing created").hasSize(1);

    String id = branches.createProjectBranchAnonymized(BranchApi.CreateProjectBranchAnonymizedParams.builder()
        .projectId(projectId).branchAnonymizedCreateRequest(new BranchAnonymizedCreateRequest()).build())
        .getBranch().getId();
    assertThat(branches.updateMaskingRules(BranchApi.UpdateMaskingRulesParams.builder().projectId(projectId)
        .branchId(id).maskingRulesUpdateRequest(new MaskingRulesUpdateRequest().maskingRules(List.of(EMAIL))).build())
        .getMaskingRules()).containsExactly(EMAIL);

    assertThatThrownBy(() -> branches.getMaskingRules(BranchApi.GetMaskingRulesParams.builder().projectId(projectId)
        .branchId(main).build())).isInstanceOf(NotFoundException.class).hasMessageContaining("not an anonymized branch");
    assertThatThrownBy(() -> branches.startAnonymization(BranchApi.StartAnonymizationParams.builder()
        .projectId(projectId).branchId(main).build())).isInstanceOf(BadRequestException.class);
  }
}

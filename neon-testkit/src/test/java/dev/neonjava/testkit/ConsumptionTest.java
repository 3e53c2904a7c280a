package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.generated.api.ConsumptionApi;
import dev.neonjava.generated.model.ConsumptionHistoryGranularity;
import dev.neonjava.generated.model.ConsumptionHistoryPerBranchV2;
import dev.neonjava.generated.model.ConsumptionHistoryPerTimeframe;
import dev.neonjava.generated.model.ConsumptionHistoryPerTimeframeV2;
import dev.neonjava.generated.model.ConsumptionMetricValue;
import dev.neonjava.generated.model.GetConsumptionHistoryPerProjectV2Response;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.BadRequestException;
import dev.neonjava.runtime.NotFoundException;
import java.time.Duration;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The account and usage-based (v2) consumption reports grow with time, per project and per branch. */
@NeonEmulatorTest(frozenClock = true)
class ConsumptionTest {

  private static long value(ConsumptionHistoryPerTimeframeV2 frame, String metric) {
    return frame.getMetrics().stream().filter(m -> m.getMetricName().equals(metric)).findFirst()
        .map(ConsumptionMetricValue::getValue).orElseThrow();
  }

  @Test
  void theV2ReportsGrowWithTheTimeEachBranchAndComputeExisted(NeonEmulator neon, ApiClient client) {
    Api api = new Api(client);
    ConsumptionApi consumption = new ConsumptionApi(client);
    OffsetDateTime from = OffsetDateTime.ofInstant(neon.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
    String projectId = api.createProject(new ProjectCreateRequestProject().name("metered").orgId(ControlPlane.ORG_ID))
        .getProject().getId();
    String child = api.createBranch(projectId, "dev", false).getBranch().getId();
    neon.advanceTime(Duration.ofHours(2));
    ConsumptionApi.GetConsumptionHistoryPerProjectV2Params.Builder query = ConsumptionApi
        .GetConsumptionHistoryPerProjectV2Params.builder().orgId(ControlPlane.ORG_ID).from(from).to(from.plusHours(4))
        .granularity(ConsumptionHistoryGranularity.HOURLY)
        .metrics(List.of("compute_unit_seconds", "root_branch_bytes_month", "child_branch_bytes_month"));

    GetConsumptionHistoryPerProjectV2Response report = consumption.getConsumptionHistoryPerProjectV2(query.build());

    List<ConsumptionHistoryPerTimeframeV2> frames = report.getProjects().get(0).getPeriods().get(0).getConsumption();
    assertThat(frames).hasSize(4);
    long compute = frames.stream().mapToLong(f -> value(f, "compute_unit_seconds")).sum();
    // one compute at 0.25 CU for two hours (each hourly frame rounds its CU-seconds down)
    assertThat(compute).isBetween(2 * 3600 / 4 - 3L, 2 * 3600 / 4L);
    assertThat(value(frames.get(3), "compute_unit_seconds")).as("the future is empty").isZero();
    assertThat(frames.stream().mapToLong(f -> value(f, "root_branch_bytes_month")).sum()).isPositive();
    assertThat(frames.get(0).getMetrics()).extracting(ConsumptionMetricValue::getMetricName)
        .containsExactly("compute_unit_seconds", "root_branch_bytes_month", "child_branch_bytes_month");

    neon.advanceTime(Duration.ofHours(1));
    long later = consumption.getConsumptionHistoryPerProjectV2(query.build()).getProjects().get(0).getPeriods().get(0)
        .getConsumption().stream().mapToLong(f -> value(f, "compute_unit_seconds")).sum();
    assertThat(later).isBetween(3 * 3600 / 4 - 4L, 3 * 3600 / 4L);

    List<ConsumptionHistoryPerBranchV2> branches = consumption.getConsumptionHistoryPerBranchV2(ConsumptionApi
        .GetConsumptionHistoryPerBranchV2Params.builder().orgId(ControlPlane.ORG_ID).projectIds(List.of(projectId))
        .branchIds(List.of(child)).from(from).to(from.plusHours(4)).granularity(ConsumptionHistoryGranularity.DAILY)
        .metrics(List.of("child_branch_bytes_month", "root_branch_bytes_month")).build()).getBranches();
    assertThat(branches).singleElement().satisfies(b -> {
      ConsumptionHistoryPerTimeframeV2 day = b.getPeriods().get(0).getConsumption().get(0);
      assertThat(value(day, "child_branch_bytes_month")).isPositive();
      assertThat(value(day, "root_branch_bytes_month")).isZero();
    });
    assertThatThrownBy(() -> consumption.getConsumptionHistoryPerBranchV2(ConsumptionApi
        .GetConsumptionHistoryPerBranchV2Params.builder().orgId(ControlPlane.ORG_ID).projectIds(List.of(projectId))
        .from(from).to(from.plusHours(4)).granularity(ConsumptionHistoryGranularity.DAILY)
        .metrics(List.of("snapshot_storage_bytes_month")).build())).isInstanceOf(BadRequestException.class)
        .hasMessageContaining("not supported");
    assertThatThrownBy(() -> consumption.getConsumptionHistoryPerProjectV2(query.orgId("org-nobody-00000000").build()))
        .isInstanceOf(NotFoundException.class);
  }

  @Test
  void theAccountReportSumsTheProjects(NeonEmulator neon, ApiClient client) {
    ConsumptionApi consumption = new ConsumptionApi(client);
    OffsetDateTime from = OffsetDateTime.ofInstant(neon.now(), ZoneOffset.UTC).truncatedTo(ChronoUnit.HOURS);
    neon.seedProject("a");
    neon.seedProject("b");
    neon.advanceTime(Duration.ofHours(1));

    List<ConsumptionHistoryPerTimeframe> frames = consumption.getConsumptionHistoryPerAccount(ConsumptionApi
        .GetConsumptionHistoryPerAccountParams.builder().from(from).to(from.plusHours(2))
        .granularity(ConsumptionHistoryGranularity.HOURLY).build()).getPeriods().get(0).getConsumption();

    long active = frames.stream().mapToLong(f -> f.getActiveTimeSeconds().longValueExact()).sum();
    assertThat(active).as("two projects, an hour each").isEqualTo(2 * 3600);
  }
}

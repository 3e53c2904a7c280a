package dev.neonjava.testkit;

import dev.neonjava.generated.model.ConsumptionHistoryPerAccountResponse;
import dev.neonjava.generated.model.ConsumptionHistoryPerBranchV2;
import dev.neonjava.generated.model.ConsumptionHistoryPerPeriod;
import dev.neonjava.generated.model.ConsumptionHistoryPerProjectV2;
import dev.neonjava.generated.model.ConsumptionHistoryPerTimeframe;
import dev.neonjava.generated.model.ConsumptionHistoryPerPeriodV2;
import dev.neonjava.generated.model.ConsumptionHistoryPerTimeframeV2;
import dev.neonjava.generated.model.ConsumptionMetricValue;
import dev.neonjava.generated.model.GetConsumptionHistoryPerBranchV2Response;
import dev.neonjava.generated.model.GetConsumptionHistoryPerProjectV2Response;
import dev.neonjava.generated.model.Pagination;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.ProjectRec;
import java.math.BigDecimal;
import java.nio.charset.StandardCharsets;
import java.time.Duration;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.function.Function;

/**
 * The account consumption report and the usage-based (v2) reports per project and per branch,
 * with figures that grow with the time each branch and compute has existed: every compute active
 * at its minimum CU, a root branch of 30 MiB and a child of 1 MiB stored, 1 MiB of restore
 * history per branch, 1 KiB of public transfer per compute second, 10 branches included. Deleted
 * branches and snapshots are not billed. The v1 per-project report is {@link ConsumptionFamily}'s.
 */
final class ConsumptionV2Family extends ResourceFamily {
  static final List<String> PROJECT_METRICS = List.of("compute_unit_seconds", "root_branch_bytes_month",
      "child_branch_bytes_month", "instant_restore_bytes_month", "public_network_transfer_bytes",
      "private_network_transfer_bytes", "extra_branches_month", "snapshot_storage_bytes_month");
  static final List<String> BRANCH_METRICS = PROJECT_METRICS.subList(0, 6);
  private static final long MONTH_SECONDS = Duration.ofDays(30).getSeconds();
  private static final long ROOT_BYTES = 30L << 20;
  private static final long CHILD_BYTES = 1L << 20;
  private static final long HISTORY_BYTES = 1L << 20;
  private static final long TRANSFER_PER_COMPUTE_SECOND = 1024;
  private static final int INCLUDED_BRANCHES = 10;

  private final ConsumptionFamily v1;

  ConsumptionV2Family(ControlPlane plane) {
    super(plane);
    this.v1 = new ConsumptionFamily(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("getConsumptionHistoryPerAccount", this::perAccount);
    handlers.put("getConsumptionHistoryPerProjectV2", this::perProject);
    handlers.put("getConsumptionHistoryPerBranchV2", this::perBranch);
  }

  /** The time window and granularity of a report, checked. */
  private static final class Window {
    final Instant from;
    final Instant to;
    final ChronoUnit unit;

    Window(Call c) {
      this.from = ConsumptionFamily.instant(c.query("from"), "from");
      this.to = ConsumptionFamily.instant(c.query("to"), "to");
      if (!from.isBefore(to)) {
        throw ApiError.badRequest("from (" + from + ") must be before to (" + to + ")");
      }
      this.unit = ConsumptionFamily.unit(c.query("granularity"));
    }
  }

  private Reply perAccount(Call c) {
    Window w = new Window(c);
    String orgId = c.query("org_id") == null ? null : plane.organizationsFamily.requireOrganization(c.query("org_id"));
    List<ConsumptionHistoryPerTimeframe> sum = null;
    Instant start = null;
    for (ProjectRec p : plane.projects.values()) {
      if (orgId != null && !orgId.equals(p.orgId)) {
        continue;
      }
      List<ConsumptionHistoryPerTimeframe> frames = v1.history(p, w.from, w.to, w.unit, c.now).getPeriods().get(0)
          .getConsumption();
      start = start == null || p.createdAt.isBefore(start) ? p.createdAt : start;
      if (sum == null) {
        sum = frames;
        continue;
      }
      for (int i = 0; i < sum.size(); i++) {
        ConsumptionHistoryPerTimeframe a = sum.get(i);
        ConsumptionHistoryPerTimeframe b = frames.get(i);
        a.activeTimeSeconds(a.getActiveTimeSeconds().add(b.getActiveTimeSeconds()))
            .computeTimeSeconds(a.getComputeTimeSeconds().add(b.getComputeTimeSeconds()))
            .writtenDataBytes(a.getWrittenDataBytes().add(b.getWrittenDataBytes()))
            .syntheticStorageSizeBytes(a.getSyntheticStorageSizeBytes().add(b.getSyntheticStorageSizeBytes()));
      }
    }
    List<ConsumptionHistoryPerPeriod> periods = new ArrayList<>();
    if (sum != null) {
      periods.add(new ConsumptionHistoryPerPeriod().periodId(uuid(orgId == null ? "account" : orgId))
          .periodPlan("scale").periodStart(time(start)).consumption(sum));
    }
    return Reply.json(200, new ConsumptionHistoryPerAccountResponse().periods(periods));
  }

  private Reply perProject(Call c) {
    Window w = new Window(c);
    String orgId = plane.organizationsFamily.requireOrganization(required(c, "org_id"));
    List<String> metrics = metrics(c, PROJECT_METRICS, "/consumption_history/v2/projects");
    Set<String> only = ids(c, "project_ids");
    int limit = c.intQuery("limit", 10, 1, 100);
    long after = Cursors.decodeSeq(c.query("cursor"));
    List<ProjectRec> newestFirst = new ArrayList<>(plane.projects.values());
    newestFirst.sort(Comparator.comparingLong((ProjectRec p) -> p.seq).reversed());
    List<ConsumptionHistoryPerProjectV2> page = new ArrayList<>();
    long last = -1;
    for (ProjectRec p : newestFirst) {
      if ((after >= 0 && p.seq >= after) || !orgId.equals(p.orgId) || (!only.isEmpty() && !only.contains(p.id))) {
        continue;
      }
      if (page.size() == limit) {
        break;
      }
      page.add(new ConsumptionHistoryPerProjectV2().projectId(p.id).periods(List.of(period(p, w, metrics, null,
          c.now))));
      last = p.seq;
    }
    GetConsumptionHistoryPerProjectV2Response body = new GetConsumptionHistoryPerProjectV2Response().projects(page);
    Cursors.page(last, c.query("cursor")).ifPresent(cursor -> body.pagination(new Pagination().cursor(cursor)));
    return Reply.json(200, body);
  }

  private Reply perBranch(Call c) {
    Window w = new Window(c);
    String orgId = plane.organizationsFamily.requireOrganization(required(c, "org_id"));
    List<String> metrics = metrics(c, BRANCH_METRICS, "/consumption_history/v2/branches (use /v2/projects)");
    Set<String> projectIds = ids(c, "project_ids");
    if (projectIds.isEmpty()) {
      throw ApiError.badRequest("project_ids is required (1 to 100 project ids)");
    }
    Set<String> only = ids(c, "branch_ids");
    List<BranchRec> all = new ArrayList<>();
    for (String id : projectIds) {
      ProjectRec p = plane.projects.get(id);
      if (p == null || !orgId.equals(p.orgId)) {
        throw ApiError.notFound("project " + id + " not found in organization " + orgId);
      }
      for (BranchRec b : p.branches.values()) {
        if (only.isEmpty() || only.contains(b.id)) {
          all.add(b);
        }
      }
    }
    all.sort(Comparator.comparing((BranchRec b) -> b.projectId).thenComparing(b -> b.id));
    int limit = c.intQuery("limit", 100, 1, 1000);
    long after = Cursors.decodeSeq(c.query("cursor"));
    List<ConsumptionHistoryPerBranchV2> page = new ArrayList<>();
    long last = -1;
    for (int i = (int) Math.max(0, after + 1); i < all.size() && page.size() < limit; i++) {
      BranchRec b = all.get(i);
      page.add(new ConsumptionHistoryPerBranchV2().projectId(b.projectId).branchId(b.id)
          .periods(List.of(period(project(b.projectId), w, metrics, b, c.now))));
      last = i;
    }
    GetConsumptionHistoryPerBranchV2Response body = new GetConsumptionHistoryPerBranchV2Response().branches(page);
    Cursors.page(last, c.query("cursor")).ifPresent(cursor -> body.pagination(new Pagination().cursor(cursor)));
    return Reply.json(200, body);
  }

  /** The figures of one project (branch null) or one branch over the window. */
  private ConsumptionHistoryPerPeriodV2 period(ProjectRec p, Window w, List<String> metrics, BranchRec only,
      Instant now) {
    List<ConsumptionHistoryPerTimeframeV2> frames = new ArrayList<>();
    Instant start = ConsumptionFamily.truncate(w.from, w.unit);
    while (start.isBefore(w.to) && frames.size() < 1000) {
      Instant end = ConsumptionFamily.next(start, w.unit);
      long[] figures = new long[PROJECT_METRICS.size()];
      for (BranchRec b : p.branches.values()) {
        if (only == null || only == b) {
          add(figures, branchFigures(p, b, start, end, now));
        }
      }
      if (only == null) {
        long extra = Math.max(0, p.branches.size() - INCLUDED_BRANCHES);
        figures[6] = extra * live(p.createdAt, start, end, now) / MONTH_SECONDS;
      }
      List<ConsumptionMetricValue> values = new ArrayList<>();
      for (String metric : metrics) {
        values.add(new ConsumptionMetricValue().metricName(metric).value(figures[PROJECT_METRICS.indexOf(metric)]));
      }
      frames.add(new ConsumptionHistoryPerTimeframeV2().timeframeStart(time(start)).timeframeEnd(time(end))
          .metrics(values));
      start = end;
    }
    return new ConsumptionHistoryPerPeriodV2().periodId(uuid(p.id)).periodPlan("scale").periodStart(time(p.createdAt))
        .consumption(frames);
  }

  private long[] branchFigures(ProjectRec p, BranchRec b, Instant start, Instant end, Instant now) {
    long[] f = new long[PROJECT_METRICS.size()];
    long branchSeconds = live(b.createdAt, start, end, now);
    for (EndpointRec e : endpointsOf(p, b)) {
      long seconds = live(e.createdAt, start, end, now);
      BigDecimal cu = e.minCu == null ? ControlPlane.DEFAULT_CU : e.minCu;
      f[0] += cu.multiply(BigDecimal.valueOf(seconds)).longValue();
      f[4] += seconds * TRANSFER_PER_COMPUTE_SECOND;
    }
    f[b.parentId == null ? 1 : 2] = (b.parentId == null ? ROOT_BYTES : CHILD_BYTES) * branchSeconds / MONTH_SECONDS;
    f[3] = HISTORY_BYTES * branchSeconds / MONTH_SECONDS;
    return f;
  }

  private static void add(long[] into, long[] figures) {
    for (int i = 0; i < into.length; i++) {
      into[i] += figures[i];
    }
  }

  /** Seconds of [start, end) during which something created at {@code since} existed, up to now. */
  private static long live(Instant since, Instant start, Instant end, Instant now) {
    Instant created = since.truncatedTo(ChronoUnit.SECONDS);
    Instant current = now.truncatedTo(ChronoUnit.SECONDS);
    Instant from = created.isAfter(start) ? created : start;
    Instant to = current.isBefore(end) ? current : end;
    return to.isAfter(from) ? Duration.between(from, to).getSeconds() : 0;
  }

  private static List<String> metrics(Call c, List<String> supported, String where) {
    Set<String> asked = ids(c, "metrics");
    if (asked.isEmpty()) {
      throw ApiError.badRequest("metrics is required: one or more of " + String.join(", ", supported));
    }
    for (String metric : asked) {
      if (!supported.contains(metric)) {
        throw ApiError.badRequest("metric " + metric + " is not supported by " + where + "; supported: "
            + String.join(", ", supported));
      }
    }
    return new ArrayList<>(asked);
  }

  /** A list query parameter, repeated or comma-separated. */
  private static Set<String> ids(Call c, String name) {
    Set<String> out = new LinkedHashSet<>();
    c.query.getOrDefault(name, List.of()).forEach(v -> Arrays.stream(v.split(",")).map(String::trim)
        .filter(s -> !s.isEmpty()).forEach(out::add));
    return out;
  }

  private static String required(Call c, String name) {
    if (c.query(name) == null) {
      throw ApiError.badRequest(name + " is required");
    }
    return c.query(name);
  }

  private static UUID uuid(String seed) {
    return UUID.nameUUIDFromBytes(seed.getBytes(StandardCharsets.UTF_8));
  }
}

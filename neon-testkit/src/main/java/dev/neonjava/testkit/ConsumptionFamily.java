package dev.neonjava.testkit;

import dev.neonjava.generated.model.ConsumptionHistoryPerPeriod;
import dev.neonjava.generated.model.ConsumptionHistoryPerProject;
import dev.neonjava.generated.model.ConsumptionHistoryPerTimeframe;
import dev.neonjava.generated.model.GetConsumptionHistoryPerProjectResponse;
import dev.neonjava.generated.model.Pagination;
import dev.neonjava.testkit.Records.ProjectRec;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.UUID;
import java.util.function.Function;

/**
 * Consumption history per project: figures that grow with the time each project has existed (its
 * default compute at 0.25 CU, active all the time, writing 1 MiB an hour), in hourly, daily or
 * monthly timeframes, paged like Neon. The other consumption reports come from the generic store.
 */
final class ConsumptionFamily extends ResourceFamily {
  private static final long WRITTEN_BYTES_PER_HOUR = 1L << 20;
  private static final long STORAGE_BYTES = 30L << 20;
  private static final int MAX_TIMEFRAMES = 1000;

  ConsumptionFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("getConsumptionHistoryPerProject", this::perProject);
  }

  private Reply perProject(Call c) {
    Instant from = instant(c.query("from"), "from");
    Instant to = instant(c.query("to"), "to");
    if (!from.isBefore(to)) {
      throw ApiError.badRequest("from (" + from + ") must be before to (" + to + ")");
    }
    ChronoUnit unit = unit(c.query("granularity"));
    int limit = c.intQuery("limit", 10, 1, 100);
    long after = Cursors.decodeSeq(c.query("cursor"));
    Set<String> only = new TreeSet<>();
    c.query.getOrDefault("project_ids", List.of()).forEach(v -> only.addAll(Arrays.asList(v.split(","))));
    String orgId = c.query("org_id");
    List<ProjectRec> projects = new ArrayList<>(plane.projects.values());
    projects.sort(Comparator.comparingLong(p -> p.seq));
    List<ConsumptionHistoryPerProject> page = new ArrayList<>();
    long last = -1;
    for (ProjectRec p : projects) {
      if ((after >= 0 && p.seq <= after) || (!only.isEmpty() && !only.contains(p.id))
          || (orgId != null && !orgId.equals(p.orgId))) {
        continue;
      }
      if (page.size() == limit) {
        break;
      }
      page.add(history(p, from, to, unit, c.now));
      last = p.seq;
    }
    GetConsumptionHistoryPerProjectResponse body = new GetConsumptionHistoryPerProjectResponse().projects(page);
    Cursors.page(last, c.query("cursor")).ifPresent(cursor -> body.pagination(new Pagination().cursor(cursor)));
    return Reply.json(200, body);
  }

  ConsumptionHistoryPerProject history(ProjectRec p, Instant from, Instant to, ChronoUnit unit, Instant now) {
    List<ConsumptionHistoryPerTimeframe> frames = new ArrayList<>();
    Instant start = truncate(from, unit);
    while (start.isBefore(to) && frames.size() < MAX_TIMEFRAMES) {
      Instant end = next(start, unit);
      Instant created = p.createdAt.truncatedTo(ChronoUnit.SECONDS); // whole seconds: frames add up exactly
      Instant liveFrom = created.isAfter(start) ? created : start;
      Instant current = now.truncatedTo(ChronoUnit.SECONDS);
      Instant liveTo = current.isBefore(end) ? current : end;
      long seconds = liveTo.isAfter(liveFrom) ? Duration.between(liveFrom, liveTo).getSeconds() : 0;
      frames.add(new ConsumptionHistoryPerTimeframe()
          .timeframeStart(time(start)).timeframeEnd(time(end))
          .activeTimeSeconds(clamp(seconds))
          .computeTimeSeconds(clamp(seconds / 4))
          .writtenDataBytes(clamp(seconds * WRITTEN_BYTES_PER_HOUR / 3600))
          .syntheticStorageSizeBytes(clamp(seconds > 0 ? STORAGE_BYTES : 0L)));
      start = end;
    }
    ConsumptionHistoryPerPeriod period = new ConsumptionHistoryPerPeriod()
        .periodId(UUID.nameUUIDFromBytes(p.id.getBytes(java.nio.charset.StandardCharsets.UTF_8)))
        .periodPlan("scale").periodStart(time(p.createdAt)).consumption(frames);
    return new ConsumptionHistoryPerProject().projectId(p.id).periods(List.of(period));
  }

  /** The generated model has Integer for these uint64 figures: they are capped at Integer.MAX_VALUE. */
  private static java.math.BigInteger clamp(long value) {
    return java.math.BigInteger.valueOf(Math.max(0, value)); // uint64: no cap at Integer.MAX_VALUE any more
  }

  static Instant instant(String text, String name) {
    if (text == null) {
      throw ApiError.badRequest(name + " is required");
    }
    try {
      return OffsetDateTime.parse(text).toInstant();
    } catch (DateTimeParseException e) {
      throw ApiError.badRequest(name + " must be an RFC 3339 date-time, got " + text);
    }
  }

  static ChronoUnit unit(String granularity) {
    if ("hourly".equals(granularity)) {
      return ChronoUnit.HOURS;
    }
    if ("daily".equals(granularity)) {
      return ChronoUnit.DAYS;
    }
    if ("monthly".equals(granularity)) {
      return ChronoUnit.MONTHS;
    }
    throw ApiError.badRequest("granularity must be hourly, daily or monthly, got " + granularity);
  }

  static Instant truncate(Instant t, ChronoUnit unit) {
    if (unit == ChronoUnit.MONTHS) {
      OffsetDateTime d = OffsetDateTime.ofInstant(t, java.time.ZoneOffset.UTC);
      return d.withDayOfMonth(1).truncatedTo(ChronoUnit.DAYS).toInstant();
    }
    return t.truncatedTo(unit);
  }

  static Instant next(Instant t, ChronoUnit unit) {
    if (unit == ChronoUnit.MONTHS) {
      return OffsetDateTime.ofInstant(t, java.time.ZoneOffset.UTC).plusMonths(1).toInstant();
    }
    return t.plus(1, unit);
  }
}

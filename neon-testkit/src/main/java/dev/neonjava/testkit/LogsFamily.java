package dev.neonjava.testkit;

import dev.neonjava.generated.model.ProjectBranchLogFieldValuesResponse;
import dev.neonjava.generated.model.ProjectBranchLogFieldsResponse;
import dev.neonjava.generated.model.ProjectBranchLogsInvalidQuery;
import dev.neonjava.generated.model.ProjectBranchLogsNotAvailable;
import dev.neonjava.generated.model.ProjectBranchLogsQueryRequest;
import dev.neonjava.generated.model.ProjectBranchLogsQueryResponse;
import java.time.Duration;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Branch logs. The emulated services write none, so a query that Neon would serve answers an empty page and
 * the value lists are empty; what Neon rejects is rejected the same way, with its error bodies: a missing
 * project or branch (404, {@code branch_not_found}), {@code since} with {@code start_time}, an end not after
 * the start, a window over seven days, a cursor the emulator never issued, {@code logql} with a structured
 * filter, an unknown field (400 with the matching {@code reason}).
 */
final class LogsFamily extends ResourceFamily {
  /** The low-cardinality fields whose values can be listed. */
  static final List<String> FIELDS = List.of("service_name", "severity_text", "source");
  private static final Duration MAX_WINDOW = Duration.ofDays(7);
  private static final Pattern DURATION = Pattern.compile("(\\d+)(ms|s|m|h|d)");

  LogsFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("queryProjectBranchLogs", c -> answer(c, this::query));
    handlers.put("listProjectBranchLogFields", c -> answer(c, call -> Reply.json(200,
        new ProjectBranchLogFieldsResponse().fields(new ArrayList<>(FIELDS)))));
    handlers.put("listProjectBranchLogFieldValues", c -> answer(c, this::fieldValues));
  }

  /** Runs a handler on an existing branch; Neon's logs-specific bodies for a missing branch and a bad query. */
  private Reply answer(Call c, Function<Call, Reply> handler) {
    try {
      branch(project(c.path("project_id")), c.path("branch_id"));
    } catch (ApiError e) {
      return Reply.json(404, new ProjectBranchLogsNotAvailable().code("").message(e.getMessage())
          .reason(ProjectBranchLogsNotAvailable.ReasonEnum.BRANCH_NOT_FOUND));
    }
    try {
      return handler.apply(c);
    } catch (InvalidQuery e) {
      return Reply.json(400, new ProjectBranchLogsInvalidQuery().code("").message(e.getMessage())
          .reason(ProjectBranchLogsInvalidQuery.ReasonEnum.of(e.reason)));
    }
  }

  private Reply query(Call c) {
    ProjectBranchLogsQueryRequest q = c.body(ProjectBranchLogsQueryRequest.class);
    window(c.now, q.getSince(), q.getStartTime(), q.getEndTime(), Duration.ofHours(1));
    boolean structured = Arrays.asList(q.getSource(), q.getServiceName(), q.getScopeName(), q.getMinimumSeverity(),
        q.getSeverityText(), q.getBodyContains(), q.getTraceId()).stream().anyMatch(v -> v != null);
    if (q.getLogql() != null && structured) {
      throw new InvalidQuery("conflicting_filters", "logql cannot be combined with the structured filters");
    }
    if (q.getCursor() != null && !q.getCursor().isEmpty()) {
      throw new InvalidQuery("invalid_cursor", "the cursor was not issued for this query");
    }
    return Reply.json(200, new ProjectBranchLogsQueryResponse().logs(new ArrayList<>()).isTruncated(false));
  }

  private Reply fieldValues(Call c) {
    if (!FIELDS.contains(c.path("field_name"))) {
      throw new InvalidQuery("unknown_field", "the branch has no log field " + c.path("field_name")
          + "; the log fields operation lists " + FIELDS);
    }
    window(c.now, c.query("since"), time(c, "start_time"), time(c, "end_time"), Duration.ofHours(6));
    return Reply.json(200, new ProjectBranchLogFieldValuesResponse().values(new ArrayList<>()).isTruncated(false));
  }

  /** Checks the window: since or start (not both), the end after the start, at most seven days. */
  private static void window(Instant now, String since, OffsetDateTime start, OffsetDateTime end, Duration fallback) {
    if (since != null && start != null) {
      throw new InvalidQuery("conflicting_time_range", "give since or start_time, not both");
    }
    Instant to = end == null ? now : end.toInstant();
    Instant from = start != null ? start.toInstant() : to.minus(since != null ? duration(since) : fallback);
    if (!to.isAfter(from)) {
      throw new InvalidQuery("invalid_time_range", "end_time must be after start_time");
    }
    if (Duration.between(from, to).compareTo(MAX_WINDOW) > 0) {
      throw new InvalidQuery("time_range_too_large", "the window spans more than seven days");
    }
  }

  private static Duration duration(String text) {
    Matcher m = DURATION.matcher(text);
    if (!m.matches()) {
      throw new InvalidQuery("invalid_time_range", "since must be a number and a unit (ms, s, m, h, d): " + text);
    }
    long n = Long.parseLong(m.group(1));
    switch (m.group(2)) {
      case "ms":
        return Duration.ofMillis(n);
      case "s":
        return Duration.ofSeconds(n);
      case "m":
        return Duration.ofMinutes(n);
      case "h":
        return Duration.ofHours(n);
      default:
        return Duration.ofDays(n);
    }
  }

  private static OffsetDateTime time(Call c, String name) {
    String text = c.query(name);
    try {
      return text == null ? null : OffsetDateTime.parse(text);
    } catch (java.time.format.DateTimeParseException e) {
      throw new InvalidQuery("invalid_time_range", name + " is not an RFC 3339 time: " + text);
    }
  }

  /** A query Neon refuses with a {@code ProjectBranchLogsInvalidQuery} body. */
  private static final class InvalidQuery extends RuntimeException {
    private static final long serialVersionUID = 1L;
    final String reason;

    InvalidQuery(String reason, String message) {
      super(message, null, false, false);
      this.reason = reason;
    }
  }
}

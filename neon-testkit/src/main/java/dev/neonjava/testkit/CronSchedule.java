package dev.neonjava.testkit;

import java.time.Instant;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.temporal.ChronoUnit;
import java.util.BitSet;

/**
 * A numeric five-field cron expression (minute, hour, day of month, month, day of week; UTC), as schedule
 * triggers take it: each field {@code *}, a number, a range {@code a-b}, a step ({@code a-b/n}, or a star
 * followed by {@code /n}), or a comma-separated list of these. Day of week 0 and 7 are Sunday; when both day fields are restricted,
 * either may match (classic cron).
 */
final class CronSchedule {
  private static final int[][] BOUNDS = {{0, 59}, {0, 23}, {1, 31}, {1, 12}, {0, 7}};
  private static final String[] NAMES = {"minute", "hour", "day of month", "month", "day of week"};
  private static final long SEARCH_MINUTES = 366L * 24 * 60;

  private final BitSet[] fields = new BitSet[5];
  private final boolean anyDayOfMonth;
  private final boolean anyDayOfWeek;

  private CronSchedule(String expression) {
    String[] parts = expression == null ? new String[0] : expression.trim().split("\\s+");
    if (parts.length != 5) {
      throw ApiError.badRequest("cron must have five fields (minute hour day-of-month month day-of-week): "
          + expression);
    }
    for (int i = 0; i < 5; i++) {
      fields[i] = field(parts[i], i);
    }
    if (fields[4].get(7)) {
      fields[4].set(0);
    }
    anyDayOfMonth = "*".equals(parts[2]);
    anyDayOfWeek = "*".equals(parts[4]);
  }

  /**
   * Returns the parsed expression; 400 when it is not a numeric five-field cron.
   * @return the parsed expression; 400 when it is not a numeric five-field cron
   */
  static CronSchedule parse(String expression) {
    return new CronSchedule(expression);
  }

  /**
   * Returns the first whole minute after {@code after} that the expression matches, or null within a year.
   * @return the first whole minute after {@code after} that the expression matches, or null within a year
   */
  Instant nextAfter(Instant after) {
    ZonedDateTime t = after.atZone(ZoneOffset.UTC).truncatedTo(ChronoUnit.MINUTES).plusMinutes(1);
    for (long i = 0; i < SEARCH_MINUTES; i++, t = t.plusMinutes(1)) {
      if (matches(t)) {
        return t.toInstant();
      }
    }
    return null;
  }

  private boolean matches(ZonedDateTime t) {
    if (!fields[0].get(t.getMinute()) || !fields[1].get(t.getHour()) || !fields[3].get(t.getMonthValue())) {
      return false;
    }
    boolean dom = fields[2].get(t.getDayOfMonth());
    boolean dow = fields[4].get(t.getDayOfWeek().getValue() % 7);
    return anyDayOfMonth || anyDayOfWeek ? dom && dow : dom || dow;
  }

  private static BitSet field(String text, int index) {
    int min = BOUNDS[index][0];
    int max = BOUNDS[index][1];
    BitSet set = new BitSet();
    for (String item : text.split(",", -1)) {
      String range = item;
      int step = 1;
      int slash = item.indexOf('/');
      if (slash >= 0) {
        range = item.substring(0, slash);
        step = number(item.substring(slash + 1), 1, max, index, text);
      }
      int from;
      int to;
      if ("*".equals(range)) {
        from = min;
        to = max;
      } else if (range.indexOf('-') > 0) {
        from = number(range.substring(0, range.indexOf('-')), min, max, index, text);
        to = number(range.substring(range.indexOf('-') + 1), from, max, index, text);
      } else {
        from = number(range, min, max, index, text);
        to = slash >= 0 ? max : from;
      }
      for (int v = from; v <= to; v += step) {
        set.set(v);
      }
    }
    return set;
  }

  private static int number(String text, int min, int max, int index, String field) {
    if (!text.matches("\\d{1,2}")) {
      throw ApiError.badRequest("invalid cron " + NAMES[index] + " field: " + field);
    }
    int v = Integer.parseInt(text);
    if (v < min || v > max) {
      throw ApiError.badRequest("cron " + NAMES[index] + " out of range (" + BOUNDS[index][0] + "-" + max + "): "
          + field);
    }
    return v;
  }
}

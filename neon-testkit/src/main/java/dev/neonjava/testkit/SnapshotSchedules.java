package dev.neonjava.testkit;

import com.google.gson.JsonObject;
import dev.neonjava.generated.model.BackupSchedule;
import dev.neonjava.generated.model.BackupScheduleItem;
import dev.neonjava.testkit.Records.BranchRec;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * The backup schedule of each branch (part of the snapshots family): empty until set; a set
 * replaces it whole, after checks of the spec's {@code BackupScheduleItem} bounds and of the
 * frequencies Neon accepts (daily, weekly, monthly; at most one item each).
 */
final class SnapshotSchedules extends ResourceFamily {
  static final List<String> FREQUENCIES = List.of("daily", "weekly", "monthly");

  /** The schedule by branch id (branch ids are never reused). */
  private final Map<String, List<BackupScheduleItem>> byBranch = new HashMap<>();

  SnapshotSchedules(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("getSnapshotSchedule", this::getSnapshotSchedule);
    handlers.put("setSnapshotSchedule", this::setSnapshotSchedule);
  }

  private Reply getSnapshotSchedule(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    return Reply.json(200, new BackupSchedule().schedule(new ArrayList<>(byBranch.getOrDefault(b.id, List.of()))));
  }

  private Reply setSnapshotSchedule(Call c) {
    BranchRec b = branch(project(c.path("project_id")), c.path("branch_id"));
    BackupSchedule r = c.body(BackupSchedule.class);
    if (r.getSchedule() == null) {
      throw ApiError.badRequest("schedule is required (an empty list clears it)");
    }
    Set<String> seen = new HashSet<>();
    List<BackupScheduleItem> items = new ArrayList<>();
    for (int i = 0; i < r.getSchedule().size(); i++) {
      BackupScheduleItem item = r.getSchedule().get(i);
      String where = "schedule[" + i + "]";
      if (item == null || item.getFrequency() == null) {
        throw ApiError.badRequest(where + ".frequency is required");
      }
      if (!FREQUENCIES.contains(item.getFrequency())) {
        throw ApiError.badRequest(where + ".frequency must be one of " + String.join(", ", FREQUENCIES) + ", got "
            + item.getFrequency());
      }
      if (!seen.add(item.getFrequency())) {
        throw ApiError.badRequest(where + ": the schedule has more than one " + item.getFrequency() + " item");
      }
      range(item.getHour(), 0, 23, where + ".hour");
      range(item.getDay(), 1, 31, where + ".day");
      range(item.getMonth(), 1, 12, where + ".month");
      range(item.getRetentionSeconds(), 3600, Long.MAX_VALUE, where + ".retention_seconds");
      items.add(item);
    }
    byBranch.put(b.id, items);
    return Reply.json(200, new JsonObject());
  }

  private static void range(Long value, long min, long max, String name) {
    if (value != null && (value < min || value > max)) {
      throw ApiError.badRequest(name + " must be " + (max == Long.MAX_VALUE ? "at least " + min
          : "between " + min + " and " + max) + ", got " + value);
    }
  }
}

package dev.neonjava.testkit;

import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.Effect;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.OpRec;
import dev.neonjava.testkit.Records.ProjectRec;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayDeque;
import java.util.Collection;
import java.util.Deque;
import java.util.HashMap;
import java.util.Map;
import java.util.UUID;
import java.util.function.LongSupplier;
import java.util.function.Supplier;

/**
 * Neon's operations: a queue per project; each operation is "scheduling" for the first half of its
 * duration (and until its predecessor ended), then "running", then ends and applies its effect to
 * the resource. Durations and scripted outcomes are set by tests. Guarded by the control plane's lock.
 */
final class OperationQueue {
  private final Supplier<UUID> ids;
  private final LongSupplier sequence;
  private Duration operationDelay = Duration.ZERO;
  private final Map<String, Duration> actionDurations = new HashMap<>();
  private final Map<String, Deque<OperationScript>> scripts = new HashMap<>();

  OperationQueue(Supplier<UUID> ids, LongSupplier sequence) {
    this.ids = ids;
    this.sequence = sequence;
  }

  void operationDelay(Duration delay) {
    this.operationDelay = requireDuration(delay);
  }

  Duration operationDelay() {
    return operationDelay;
  }

  void actionDuration(OperationAction action, Duration duration) {
    if (duration == null) {
      actionDurations.remove(action.value());
    } else {
      actionDurations.put(action.value(), requireDuration(duration));
    }
  }

  OperationScript script(OperationAction action) {
    OperationScript script = new OperationScript(action);
    scripts.computeIfAbsent(action.value(), k -> new ArrayDeque<>()).add(script);
    return script;
  }

  private static Duration requireDuration(Duration d) {
    if (d == null || d.isNegative()) {
      throw new IllegalArgumentException("a duration must be zero or positive");
    }
    return d;
  }

  /**
   * Queues an operation on a project.
   * @param instant ends it at once (seeded resources), ignoring durations and scripts
   * @param effect what it does to its resource when it ends, or null
   */
  OpRec schedule(ProjectRec project, OperationAction action, String branchId, String endpointId,
      Instant now, boolean instant, Effect effect) {
    OpRec op = new OpRec();
    op.id = ids.get();
    op.seq = sequence.getAsLong();
    op.projectId = project.id;
    op.branchId = branchId;
    op.endpointId = endpointId;
    op.action = action;
    op.createdAt = now;
    op.effect = effect;
    Duration duration = actionDurations.getOrDefault(action.value(), operationDelay);
    OperationScript script = null;
    if (!instant) {
      Deque<OperationScript> queue = scripts.get(action.value());
      script = queue == null ? null : queue.poll();
    }
    if (script != null) {
      script.usedBy(op.id.toString());
      if (script.duration() != null) {
        duration = script.duration();
      }
      op.outcome = script.outcome();
      op.error = script.error();
    } else {
      op.outcome = OperationStatus.FINISHED;
    }
    if (instant) {
      duration = Duration.ZERO;
    }
    Duration scheduling = duration.dividedBy(2);
    Instant start = now.plus(scheduling);
    if (!instant && project.queueEnd.isAfter(start)) {
      start = project.queueEnd;
    }
    op.runAt = start;
    op.endAt = start.plus(duration.minus(scheduling));
    if (!instant && op.endAt.isAfter(project.queueEnd)) {
      project.queueEnd = op.endAt;
    }
    project.ops.add(op);
    if (instant) {
      settle(op);
    }
    return op;
  }

  /** Ends every operation whose time has come, in queue order, applying its effect. */
  void advance(Collection<ProjectRec> projects, Instant now) {
    for (ProjectRec project : projects) {
      for (OpRec op : project.ops) {
        if (!op.settled && !op.endAt.isAfter(now)) {
          settle(op);
        }
      }
    }
  }

  private void settle(OpRec op) {
    op.settled = true;
    if (OperationStatus.FINISHED.equals(op.outcome) && op.effect != null) {
      op.effect.apply(op.endAt);
    } else if (op.effect != null) {
      op.effect.failed(op.endAt);
    }
  }

  /**
   * Returns the effect of creating a branch: it becomes ready.
   * @return the effect of creating a branch: it becomes ready
   */
  static Effect branchReady(BranchRec b) {
    return new Effect() {
      @Override
      public void apply(Instant at) {
        b.state = "ready";
        b.pendingState = null;
        b.stateChangedAt = at;
        b.updatedAt = at;
      }

      @Override
      public void failed(Instant at) {
        b.pendingState = null;
      }
    };
  }

  /**
   * Returns the effect of starting a compute: it becomes active.
   * @return the effect of starting a compute: it becomes active
   */
  static Effect computeStarted(EndpointRec e) {
    e.pending = EndpointState.ACTIVE;
    return new Effect() {
      @Override
      public void apply(Instant at) {
        e.state = EndpointState.ACTIVE;
        e.pending = null;
        e.startedAt = at;
        e.lastActive = at;
        e.updatedAt = at;
      }

      @Override
      public void failed(Instant at) {
        e.pending = null;
        if (EndpointState.INIT.equals(e.state)) {
          e.state = EndpointState.IDLE;
        }
      }
    };
  }

  /**
   * Returns the effect of suspending a compute: it becomes idle.
   * @return the effect of suspending a compute: it becomes idle
   */
  static Effect computeSuspended(EndpointRec e) {
    e.pending = EndpointState.IDLE;
    return new Effect() {
      @Override
      public void apply(Instant at) {
        e.state = EndpointState.IDLE;
        e.pending = null;
        e.suspendedAt = at;
        e.updatedAt = at;
      }

      @Override
      public void failed(Instant at) {
        e.pending = null;
      }
    };
  }
}

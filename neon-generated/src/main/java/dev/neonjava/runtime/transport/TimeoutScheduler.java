package dev.neonjava.runtime.transport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.Future;
import java.util.concurrent.ScheduledThreadPoolExecutor;
import java.util.concurrent.TimeUnit;

/**
 * The one timer of neon-java: fires the timeouts that end a stalled attempt or call. One daemon
 * thread for the whole JVM, started on first use; a cancelled timeout is removed at once, so a
 * call that ends in time leaves nothing scheduled behind it. Actions run on the same pool as
 * {@link CompletableFuture#runAsync(Runnable)}, never on the timer thread, so a caller's slow
 * callback cannot delay another call's timeout.
 */
public final class TimeoutScheduler {
  private static final ScheduledThreadPoolExecutor TIMER = create();

  private TimeoutScheduler() {
  }

  private static ScheduledThreadPoolExecutor create() {
    ScheduledThreadPoolExecutor timer = new ScheduledThreadPoolExecutor(1, task -> {
      Thread thread = new Thread(task, "neon-java-timeouts");
      thread.setDaemon(true);
      return thread;
    });
    timer.setRemoveOnCancelPolicy(true);
    timer.setExecuteExistingDelayedTasksAfterShutdownPolicy(false);
    return timer;
  }

  /**
   * @param delay how long from now (zero or negative: as soon as possible)
   * @param action what to do then, run off the timer thread (it may complete futures whose
   *     dependents are the caller's code); cancel the returned future when it is no longer needed
   * @return the scheduled timeout
   */
  public static Future<?> schedule(Duration delay, Runnable action) {
    long nanos = delay.isNegative() ? 0 : saturatedNanos(delay);
    return TIMER.schedule(() -> CompletableFuture.runAsync(action), nanos, TimeUnit.NANOSECONDS);
  }

  /** @return how many timeouts are scheduled and not yet fired or cancelled; for leak tests */
  public static int pending() {
    return TIMER.getQueue().size();
  }

  private static long saturatedNanos(Duration delay) {
    try {
      return delay.toNanos();
    } catch (ArithmeticException tooLong) {
      return Long.MAX_VALUE / 2;
    }
  }
}

package dev.neonjava.runtime.transport;

import java.time.Duration;
import java.util.concurrent.CompletableFuture;

/**
 * Waits: blocking for synchronous calls, by scheduling for asynchronous ones. Injected so tests never
 * sleep for real.
 */
public interface Sleeper {
  /**
   * @param duration how long
   * @throws InterruptedException when interrupted
   */
  void sleep(Duration duration) throws InterruptedException;

  /**
   * @param duration how long
   * @return a future completed after the delay, without blocking a thread meanwhile
   */
  CompletableFuture<Void> delay(Duration duration);

  /** @return the real sleeper: {@link Thread#sleep} and the {@link TimeoutScheduler} */
  static Sleeper system() {
    return SystemSleeper.INSTANCE;
  }

  /** The real sleeper. */
  final class SystemSleeper implements Sleeper {
    static final SystemSleeper INSTANCE = new SystemSleeper();

    private SystemSleeper() {
    }

    @Override
    public void sleep(Duration duration) throws InterruptedException {
      if (!duration.isNegative() && !duration.isZero()) {
        Thread.sleep(duration.toMillis(), duration.toNanosPart() % 1_000_000);
      }
    }

    @Override
    public CompletableFuture<Void> delay(Duration duration) {
      if (duration.isNegative() || duration.isZero()) {
        return CompletableFuture.completedFuture(null);
      }
      CompletableFuture<Void> done = new CompletableFuture<>();
      java.util.concurrent.Future<?> timer = TimeoutScheduler.schedule(duration, () -> done.complete(null));
      done.whenComplete((ignored, cancelled) -> timer.cancel(false)); // a cancelled delay leaves no task behind
      return done;
    }
  }
}

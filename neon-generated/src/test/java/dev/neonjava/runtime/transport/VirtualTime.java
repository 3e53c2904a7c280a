package dev.neonjava.runtime.transport;

import java.time.Duration;
import java.util.PriorityQueue;
import java.util.concurrent.CompletableFuture;

/** Time that moves only when a test runs the timers: each {@link #delay} fires at its own due time, in order. */
final class VirtualTime implements Sleeper {
  private final PriorityQueue<Timer> timers = new PriorityQueue<>();
  private long now;
  private long sequence;

  @Override
  public void sleep(Duration duration) {
    throw new UnsupportedOperationException("tests on virtual time use asynchronous calls only");
  }

  @Override
  public synchronized CompletableFuture<Void> delay(Duration duration) {
    Timer timer = new Timer(now + Math.max(0, duration.toNanos()), sequence++);
    timers.add(timer);
    return timer.future;
  }

  /** Fires the timers in due order, also those that firing schedules, until none is left. */
  void runUntilIdle() {
    while (true) {
      Timer timer;
      synchronized (this) {
        timer = timers.poll();
        if (timer == null) {
          return;
        }
        now = Math.max(now, timer.due);
      }
      timer.future.complete(null);
    }
  }

  synchronized long nanos() {
    return now;
  }

  private static final class Timer implements Comparable<Timer> {
    final long due;
    final long order;
    final CompletableFuture<Void> future = new CompletableFuture<>();

    Timer(long due, long order) {
      this.due = due;
      this.order = order;
    }

    @Override
    public int compareTo(Timer other) {
      int byDue = Long.compare(due, other.due);
      return byDue != 0 ? byDue : Long.compare(order, other.order);
    }
  }
}

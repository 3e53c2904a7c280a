package dev.neonjava;

import dev.neonjava.runtime.transport.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.time.ZoneId;
import java.time.ZoneOffset;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CopyOnWriteArrayList;

/** A clock that only moves when the code under test sleeps; records every sleep. */
final class FakeTime extends Clock implements Sleeper {
  private volatile Instant now = Instant.parse("2025-01-01T00:00:00Z");
  final List<Duration> sleeps = new CopyOnWriteArrayList<>();

  @Override
  public void sleep(Duration duration) {
    sleeps.add(duration);
    advance(duration);
  }

  @Override
  public CompletableFuture<Void> delay(Duration duration) {
    sleep(duration);
    return CompletableFuture.completedFuture(null);
  }

  synchronized void advance(Duration duration) {
    now = now.plus(duration);
  }

  Duration slept() {
    return sleeps.stream().reduce(Duration.ZERO, Duration::plus);
  }

  @Override
  public ZoneId getZone() {
    return ZoneOffset.UTC;
  }

  @Override
  public Clock withZone(ZoneId zone) {
    return this;
  }

  @Override
  public Instant instant() {
    return now;
  }
}

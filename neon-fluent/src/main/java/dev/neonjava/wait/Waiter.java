package dev.neonjava.wait;

import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.runtime.NeonException;
import dev.neonjava.runtime.transport.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Polls until an acceptor says the state succeeded or failed, or the schedule's timeout passes.
 * One loop serves every wait (operations, branches, endpoints): a poll function, an acceptor, a
 * {@link PollSchedule}, and an injected clock and sleeper. Never polls faster than the schedule.
 *
 * @param <T> the polled state
 */
public final class Waiter<T> {
  private final String what;
  private final Function<T, WaitState> acceptor;
  private final Function<T, RuntimeException> onFailure;
  private final Function<T, List<Operation>> pending;
  private final PollSchedule schedule;
  private final Clock clock;
  private final Sleeper sleeper;

  private Waiter(Builder<T> b) {
    this.what = b.what;
    this.acceptor = ApiRequest.require(b.acceptor, "acceptor");
    this.onFailure = b.onFailure;
    this.pending = b.pending;
    this.schedule = b.schedule;
    this.clock = b.clock;
    this.sleeper = b.sleeper;
  }

  /**
   * @param what what is awaited, for messages (e.g. "branch br-1 to be ready")
   * @param <T> the polled state
   * @return a builder
   */
  public static <T> Builder<T> builder(String what) {
    return new Builder<>(what);
  }

  /**
   * Polls until done, blocking the calling thread between polls.
   * @param poll reads the current state
   * @return the state that succeeded
   * @throws WaitTimeoutException when the timeout passes first
   * @throws NeonException (or the failure mapper's exception) when the state failed
   */
  public T await(Supplier<T> poll) {
    Instant start = clock.instant();
    Instant deadline = start.plus(schedule.timeout());
    for (int polls = 1; ; polls++) {
      T state = poll.get();
      if (done(state)) {
        return state;
      }
      Duration wait = schedule.interval(polls);
      if (clock.instant().plus(wait).isAfter(deadline)) {
        throw timeout(start, state);
      }
      try {
        sleeper.sleep(wait);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new NeonException("Interrupted while waiting for " + what, e);
      }
    }
  }

  /**
   * Polls without blocking a thread; cancelling the returned future stops the polling.
   * @param poll reads the current state asynchronously
   * @return the state that succeeded, or the failure as in {@link #await}
   */
  public CompletableFuture<T> awaitAsync(Supplier<CompletableFuture<T>> poll) {
    CompletableFuture<T> result = new CompletableFuture<>();
    Instant start = clock.instant();
    step(poll, result, start, start.plus(schedule.timeout()), 1);
    return result;
  }

  private void step(Supplier<CompletableFuture<T>> poll, CompletableFuture<T> result, Instant start,
      Instant deadline, int polls) {
    if (result.isDone()) {
      return; // cancelled or completed by the caller
    }
    CompletableFuture<T> next;
    try {
      next = poll.get();
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    next.whenComplete((state, error) -> {
      if (error != null) {
        result.completeExceptionally(error instanceof CompletionException && error.getCause() != null
            ? error.getCause() : error);
        return;
      }
      try {
        if (done(state)) {
          result.complete(state);
          return;
        }
        Duration wait = schedule.interval(polls);
        if (clock.instant().plus(wait).isAfter(deadline)) {
          result.completeExceptionally(timeout(start, state));
          return;
        }
        sleeper.delay(wait).whenComplete((ignored, delayError) -> step(poll, result, start, deadline, polls + 1));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
  }

  private boolean done(T state) {
    WaitState verdict = acceptor.apply(state);
    if (verdict == WaitState.FAILURE) {
      throw onFailure.apply(state);
    }
    return verdict == WaitState.SUCCESS;
  }

  private WaitTimeoutException timeout(Instant start, T state) {
    return new WaitTimeoutException(what, Duration.between(start, clock.instant()), state, pending.apply(state));
  }

  /**
   * Builds a {@link Waiter}.
   * @param <T> the polled state
   */
  public static final class Builder<T> {
    private final String what;
    private Function<T, WaitState> acceptor;
    private Function<T, RuntimeException> onFailure;
    private Function<T, List<Operation>> pending = state -> List.of();
    private PollSchedule schedule = PollSchedule.defaults();
    private Clock clock = Clock.systemUTC();
    private Sleeper sleeper = Sleeper.system();

    private Builder(String what) {
      this.what = ApiRequest.require(what, "what");
      this.onFailure = state -> new NeonException("Waiting for " + what + " failed; last state: " + state);
    }

    /**
     * @param acceptor classifies each polled state
     * @return this builder
     */
    public Builder<T> acceptor(Function<T, WaitState> acceptor) {
      this.acceptor = ApiRequest.require(acceptor, "acceptor");
      return this;
    }

    /**
     * @param onFailure the exception for a state the acceptor called a failure
     * @return this builder
     */
    public Builder<T> onFailure(Function<T, RuntimeException> onFailure) {
      this.onFailure = ApiRequest.require(onFailure, "onFailure");
      return this;
    }

    /**
     * @param pending the operations still pending in a state, for the timeout exception
     * @return this builder
     */
    public Builder<T> pendingOperations(Function<T, List<Operation>> pending) {
      this.pending = ApiRequest.require(pending, "pendingOperations");
      return this;
    }

    /**
     * @param schedule poll intervals and timeout
     * @return this builder
     */
    public Builder<T> schedule(PollSchedule schedule) {
      this.schedule = ApiRequest.require(schedule, "schedule");
      return this;
    }

    /**
     * @param clock measures the timeout
     * @param sleeper waits between polls
     * @return this builder
     */
    public Builder<T> time(Clock clock, Sleeper sleeper) {
      this.clock = ApiRequest.require(clock, "clock");
      this.sleeper = ApiRequest.require(sleeper, "sleeper");
      return this;
    }

    /** @return the waiter */
    public Waiter<T> build() {
      return new Waiter<>(this);
    }
  }
}

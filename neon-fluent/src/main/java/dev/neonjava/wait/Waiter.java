package dev.neonjava.wait;

import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.runtime.Deadline;
import dev.neonjava.runtime.NeonException;
import dev.neonjava.runtime.RequestTimeoutException;
import dev.neonjava.runtime.transport.Sleeper;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.concurrent.atomic.AtomicReference;

/**
 * Polls until an acceptor says the state succeeded or failed, or the schedule's timeout passes.
 * One loop serves every wait (operations, branches, endpoints): a poll function, an acceptor, a
 * {@link PollSchedule}, and an injected clock and sleeper. Never polls faster than the schedule; the
 * wait's timeout bounds everything, polls included, and the last poll happens at the timeout rather
 * than one interval before it.
 *
 * @param <T> the polled state
 */
public final class Waiter<T> {
  /**
   * The time given to the last poll, the one made when the wait's timeout is reached: a wait ends at
   * most this long after its timeout.
   */
  public static final Duration LAST_POLL_GRACE = Duration.ofMillis(150);

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
   * Returns a builder.
   * @param what what is awaited, for messages (e.g. "branch br-1 to be ready")
   * @param <T> the polled state
   * @return a builder
   */
  public static <T> Builder<T> builder(String what) {
    return new Builder<>(what);
  }

  /**
   * Polls until done, blocking the calling thread between polls. Each poll is given the
   * {@link Deadline} it must end by: what is left of the wait, so an unanswered or stalled poll
   * cannot stretch the wait (the last poll, at the wait's end, gets {@link #LAST_POLL_GRACE}).
   * @param poll reads the current state within the deadline it is given
   * @return the state that succeeded
   * @throws WaitTimeoutException when the timeout passes first
   * @throws NeonException (or the failure mapper's exception) when the state failed
   */
  public T await(Function<Deadline, T> poll) {
    Instant start = clock.instant();
    Deadline deadline = Deadline.after(schedule.timeout(), clock);
    T state = null;
    for (int polls = 1; ; polls++) {
      try {
        state = poll.apply(pollDeadline(deadline));
      } catch (RequestTimeoutException e) {
        throw deadline.isExpired() ? timeout(start, state, e) : e;
      }
      if (done(state)) {
        return state;
      }
      if (deadline.isExpired()) {
        throw timeout(start, state, null);
      }
      try {
        sleeper.sleep(deadline.remainingAtMost(schedule.interval(polls)));
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new NeonException("Interrupted while waiting for " + what, e);
      }
    }
  }

  /**
   * Polls without blocking a thread; cancelling the returned future stops the polling and cancels
   * the poll in flight. Polls are bounded as in {@link #await}.
   * @param poll reads the current state asynchronously within the deadline it is given
   * @return the state that succeeded, or the failure as in {@link #await}
   */
  public CompletableFuture<T> awaitAsync(Function<Deadline, CompletableFuture<T>> poll) {
    CompletableFuture<T> result = new CompletableFuture<>();
    AtomicReference<CompletableFuture<?>> current = new AtomicReference<>();
    result.whenComplete((state, failure) -> {
      CompletableFuture<?> inProgress = current.get();
      if (inProgress != null && !inProgress.isDone()) {
        inProgress.cancel(true);
      }
    });
    step(poll, result, current, clock.instant(), Deadline.after(schedule.timeout(), clock), 1, null);
    return result;
  }

  private void step(Function<Deadline, CompletableFuture<T>> poll, CompletableFuture<T> result,
      AtomicReference<CompletableFuture<?>> current, Instant start, Deadline deadline, int polls, T previous) {
    if (result.isDone()) {
      return; // cancelled or completed by the caller
    }
    CompletableFuture<T> next;
    try {
      next = poll.apply(pollDeadline(deadline));
    } catch (RuntimeException e) {
      result.completeExceptionally(e);
      return;
    }
    track(next, result, current);
    next.whenComplete((state, error) -> {
      if (error != null) {
        Throwable cause = error instanceof CompletionException && error.getCause() != null ? error.getCause() : error;
        result.completeExceptionally(cause instanceof RequestTimeoutException && deadline.isExpired()
            ? timeout(start, previous, cause) : cause);
        return;
      }
      try {
        if (done(state)) {
          result.complete(state);
          return;
        }
        if (deadline.isExpired()) {
          result.completeExceptionally(timeout(start, state, null));
          return;
        }
        CompletableFuture<Void> delay = sleeper.delay(deadline.remainingAtMost(schedule.interval(polls)));
        track(delay, result, current);
        delay.whenComplete((ignored, delayError) -> step(poll, result, current, start, deadline, polls + 1, state));
      } catch (RuntimeException e) {
        result.completeExceptionally(e);
      }
    });
  }

  /** The deadline of one poll: what is left of the wait, or a short grace for the poll at its very end. */
  private Deadline pollDeadline(Deadline waitDeadline) {
    return waitDeadline.remaining().compareTo(LAST_POLL_GRACE) >= 0 ? waitDeadline
        : Deadline.after(LAST_POLL_GRACE, clock);
  }

  private static void track(CompletableFuture<?> step, CompletableFuture<?> result,
      AtomicReference<CompletableFuture<?>> current) {
    current.set(step);
    if (result.isDone() && !step.isDone()) {
      step.cancel(true);
    }
  }

  private boolean done(T state) {
    WaitState verdict = acceptor.apply(state);
    if (verdict == WaitState.FAILURE) {
      throw onFailure.apply(state);
    }
    return verdict == WaitState.SUCCESS;
  }

  private WaitTimeoutException timeout(Instant start, T state, Throwable cause) {
    List<Operation> stillPending = state == null ? List.of() : pending.apply(state);
    return new WaitTimeoutException(what, Duration.between(start, clock.instant()), state, stillPending, cause);
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
     * Sets what classifies each polled state.
     * @param acceptor classifies each polled state
     * @return this builder
     */
    public Builder<T> acceptor(Function<T, WaitState> acceptor) {
      this.acceptor = ApiRequest.require(acceptor, "acceptor");
      return this;
    }

    /**
     * Sets the exception for a state the acceptor called a failure.
     * @param onFailure the exception for a state the acceptor called a failure
     * @return this builder
     */
    public Builder<T> onFailure(Function<T, RuntimeException> onFailure) {
      this.onFailure = ApiRequest.require(onFailure, "onFailure");
      return this;
    }

    /**
     * Sets the operations still pending in a state, for the timeout exception.
     * @param pending the operations still pending in a state, for the timeout exception
     * @return this builder
     */
    public Builder<T> pendingOperations(Function<T, List<Operation>> pending) {
      this.pending = ApiRequest.require(pending, "pendingOperations");
      return this;
    }

    /**
     * Sets the poll intervals and timeout.
     * @param schedule poll intervals and timeout
     * @return this builder
     */
    public Builder<T> schedule(PollSchedule schedule) {
      this.schedule = ApiRequest.require(schedule, "schedule");
      return this;
    }

    /**
     * Sets the clock that measures the timeout.
     * @param clock measures the timeout
     * @param sleeper waits between polls
     * @return this builder
     */
    public Builder<T> time(Clock clock, Sleeper sleeper) {
      this.clock = ApiRequest.require(clock, "clock");
      this.sleeper = ApiRequest.require(sleeper, "sleeper");
      return this;
    }

    /**
     * Returns the waiter.
     * @return the waiter
     */
    public Waiter<T> build() {
      return new Waiter<>(this);
    }
  }
}

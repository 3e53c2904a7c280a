package dev.neonjava.wait;

import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.Deadline;
import dev.neonjava.runtime.ResponseDecodingException;
import dev.neonjava.generated.model.OperationResponse;
import dev.neonjava.generated.api.OperationApi;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.runtime.transport.Sleeper;
import java.time.Clock;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;

/**
 * Waits for a set of operations of one project to end: polls
 * {@code GET /projects/{project_id}/operations/{operation_id}} for each operation not yet ended, and
 * classifies them with an {@link OperationClassifier}. Succeeds when all succeed; throws
 * {@link OperationFailedException} for the first that fails; {@link WaitTimeoutException} lists the
 * ones still pending. Immutable and thread-safe.
 */
public final class OperationWaiter {
  private final ApiClient client;
  private final OperationClassifier classifier;
  private final PollSchedule schedule;
  private final Clock clock;
  private final Sleeper sleeper;

  /**
   * Creates a waiter; applications get the client's from {@link dev.neonjava.Neon#operations()}.
   * @param client the client the polls are sent with
   * @param classifier what statuses mean
   * @param schedule poll intervals and timeout
   * @param clock measures the timeout
   * @param sleeper waits between polls
   */
  public OperationWaiter(ApiClient client, OperationClassifier classifier, PollSchedule schedule, Clock clock,
      Sleeper sleeper) {
    this.client = ApiRequest.require(client, "client");
    this.classifier = ApiRequest.require(classifier, "classifier");
    this.schedule = ApiRequest.require(schedule, "schedule");
    this.clock = ApiRequest.require(clock, "clock");
    this.sleeper = ApiRequest.require(sleeper, "sleeper");
  }

  /**
   * Returns the poll schedule, shared by the resource waits built on this waiter.
   * @return the poll schedule, shared by the resource waits built on this waiter
   */
  public PollSchedule schedule() {
    return schedule;
  }

  /**
   * Returns the clock of the waits.
   * @return the clock of the waits
   */
  public Clock clock() {
    return clock;
  }

  /**
   * Returns the sleeper of the waits.
   * @return the sleeper of the waits
   */
  public Sleeper sleeper() {
    return sleeper;
  }

  /**
   * Returns a waiter with that schedule.
   * @param schedule another schedule
   * @return a waiter with that schedule
   */
  public OperationWaiter withSchedule(PollSchedule schedule) {
    return new OperationWaiter(client, classifier, schedule, clock, sleeper);
  }

  /**
   * Returns a waiter with that classification.
   * @param classifier another classification
   * @return a waiter with that classification
   */
  public OperationWaiter withClassifier(OperationClassifier classifier) {
    return new OperationWaiter(client, classifier, schedule, clock, sleeper);
  }

  /**
   * Blocks until every operation has ended.
   * @param operations operations as returned by a mutation (null or empty: returns at once)
   * @return the operations as last seen, all succeeded
   */
  public List<Operation> await(List<Operation> operations) {
    if (operations == null || operations.isEmpty()) {
      return List.of();
    }
    Tracker tracker = new Tracker(operations);
    return waiter(tracker).await(tracker::pollAll);
  }

  /**
   * Waits without blocking a thread; cancelling the future stops polling.
   * @param operations operations as returned by a mutation
   * @return the operations as last seen, all succeeded
   */
  public CompletableFuture<List<Operation>> awaitAsync(List<Operation> operations) {
    if (operations == null || operations.isEmpty()) {
      return CompletableFuture.completedFuture(List.of());
    }
    Tracker tracker = new Tracker(operations);
    return waiter(tracker).awaitAsync(tracker::pollAllAsync);
  }

  private Waiter<List<Operation>> waiter(Tracker tracker) {
    return Waiter.<List<Operation>>builder(tracker.describe())
        .acceptor(this::classify)
        .onFailure(ops -> new OperationFailedException(ops.stream()
            .filter(op -> classifier.apply(op) == WaitState.FAILURE).findFirst().orElseThrow()))
        .pendingOperations(ops -> ops.stream().filter(op -> classifier.apply(op) == WaitState.PENDING)
            .collect(Collectors.toList()))
        .schedule(schedule)
        .time(clock, sleeper)
        .build();
  }

  private WaitState classify(List<Operation> operations) {
    boolean pending = false;
    for (Operation op : operations) {
      WaitState state = classifier.apply(op);
      if (state == WaitState.FAILURE) {
        return WaitState.FAILURE;
      }
      pending |= state == WaitState.PENDING;
    }
    return pending ? WaitState.PENDING : WaitState.SUCCESS;
  }

  /** The latest view of each operation; only operations not yet ended are polled again. */
  private final class Tracker {
    private final Map<UUID, Operation> latest = new LinkedHashMap<>();
    private boolean first = true;

    Tracker(List<Operation> operations) {
      for (Operation op : operations) {
        ApiRequest.require(op, "operation");
        if (op.getId() == null || op.getProjectId() == null) {
          throw new IllegalArgumentException("operation has no id or project_id: " + op);
        }
        latest.put(op.getId(), op);
      }
    }

    String describe() {
      return latest.size() + " operation(s) of project " + latest.values().iterator().next().getProjectId();
    }

    synchronized List<Operation> pollAll(Deadline deadline) {
      OperationApi api = new OperationApi(client.withDeadline(deadline));
      for (Operation op : toPoll()) {
        update(api.getProjectOperation(params(op)));
      }
      return snapshot();
    }

    CompletableFuture<List<Operation>> pollAllAsync(Deadline deadline) {
      OperationApi api = new OperationApi(client.withDeadline(deadline));
      List<CompletableFuture<OperationResponse>> calls = new ArrayList<>();
      List<CompletableFuture<Void>> polls = new ArrayList<>();
      for (Operation op : toPoll()) {
        CompletableFuture<OperationResponse> call = api.getProjectOperationAsync(params(op));
        calls.add(call);
        polls.add(call.thenAccept(this::update));
      }
      CompletableFuture<List<Operation>> round = CompletableFuture.allOf(polls.toArray(new CompletableFuture<?>[0]))
          .thenApply(v -> snapshot());
      round.whenComplete((ignored, failure) -> calls.forEach(call -> { // cancelled or failed: stop the others
        if (!call.isDone()) {
          call.cancel(true);
        }
      }));
      return round;
    }

    private synchronized void update(OperationResponse response) {
      Operation op = ResponseDecodingException.requireMember(response.getOperation(), "getProjectOperation", "operation");
      ResponseDecodingException.requireMember(op.getId(), "getProjectOperation", "operation.id");
      ResponseDecodingException.requireMember(op.getProjectId(), "getProjectOperation", "operation.project_id");
      latest.put(op.getId(), op);
    }

    /**
     * The first round reports the operations as the mutation returned them: a set that has already
     * ended costs no call, and the first poll comes one interval after the mutation.
     */
    private synchronized List<Operation> toPoll() {
      if (first) {
        first = false;
        return List.of();
      }
      return latest.values().stream().filter(op -> classifier.apply(op) == WaitState.PENDING)
          .collect(Collectors.toList());
    }

    private synchronized List<Operation> snapshot() {
      return List.copyOf(latest.values());
    }

    private OperationApi.GetProjectOperationParams params(Operation op) {
      return OperationApi.GetProjectOperationParams.builder().projectId(op.getProjectId()).operationId(op.getId())
          .build();
    }
  }
}

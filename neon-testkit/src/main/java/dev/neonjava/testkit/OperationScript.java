package dev.neonjava.testkit;

import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationStatus;
import java.time.Duration;
import java.util.Objects;

/**
 * The scripted outcome of the next operation of one action, from {@link NeonEmulator#nextOperation}:
 * how long it takes and how it ends.
 *
 * <pre>{@code
 * neon.nextOperation(OperationAction.CREATE_BRANCH).fails("no capacity");
 * neon.nextOperation(OperationAction.START_COMPUTE).takes(Duration.ofSeconds(3));
 * }</pre>
 */
public final class OperationScript {
  private final OperationAction action;
  private volatile Duration duration;
  private volatile OperationStatus outcome = OperationStatus.FINISHED;
  private volatile String error;
  private volatile String operationId;

  OperationScript(OperationAction action) {
    this.action = action;
  }

  /**
   * Returns this script.
   * @param duration how long the operation takes from creation to its end (half scheduling, half
   *     running), instead of the emulator's operation delay
   * @return this script
   */
  public OperationScript takes(Duration duration) {
    if (duration == null || duration.isNegative()) {
      throw new IllegalArgumentException("duration must be zero or positive");
    }
    this.duration = duration;
    return this;
  }

  /**
   * The operation ends in status {@code error} with this message; its effect (branch ready,
   * compute started, ...) does not happen.
   * @param error the operation's {@code error} text
   * @return this script
   */
  public OperationScript fails(String error) {
    return endsWith(OperationStatus.ERROR, error);
  }

  /**
   * Returns this script.
   * @param status the final status ({@code finished} applies the operation's effect; any other
   *     status leaves the resource as it was)
   * @param error the {@code error} text, or null
   * @return this script
   */
  public OperationScript endsWith(OperationStatus status, String error) {
    this.outcome = Objects.requireNonNull(status, "status");
    this.error = error;
    return this;
  }

  /**
   * Returns the action this script waits for.
   * @return the action this script waits for
   */
  public OperationAction action() {
    return action;
  }

  /**
   * Returns whether an operation took this script.
   * @return whether an operation took this script
   */
  public boolean used() {
    return operationId != null;
  }

  /**
   * Returns the id of the operation that took this script, or null.
   * @return the id of the operation that took this script, or null
   */
  public String operationId() {
    return operationId;
  }

  Duration duration() {
    return duration;
  }

  OperationStatus outcome() {
    return outcome;
  }

  String error() {
    return error;
  }

  void usedBy(String id) {
    this.operationId = id;
  }
}

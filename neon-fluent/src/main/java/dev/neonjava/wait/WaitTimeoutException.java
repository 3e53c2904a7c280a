package dev.neonjava.wait;

import dev.neonjava.generated.model.Operation;
import dev.neonjava.runtime.NeonException;
import java.time.Duration;
import java.util.List;

/**
 * A wait ran out of time. Carries the last state seen and, for operation waits, the operations still
 * pending, so the caller can resume waiting on them.
 */
public class WaitTimeoutException extends NeonException {
  private static final long serialVersionUID = 1L;
  private final transient Object lastState;
  private final transient List<Operation> pendingOperations;
  private final transient Duration waited;

  /**
   * Creates the exception for a wait that ran out of time.
   * @param what what was awaited
   * @param waited how long the wait lasted
   * @param lastState the last state seen (may be null)
   * @param pendingOperations operations not yet finished (empty for other waits)
   */
  public WaitTimeoutException(String what, Duration waited, Object lastState, List<Operation> pendingOperations) {
    this(what, waited, lastState, pendingOperations, null);
  }

  /**
   * Creates the exception for a wait that ran out of time.
   * @param what what was awaited
   * @param waited how long the wait lasted
   * @param lastState the last state seen (may be null)
   * @param pendingOperations operations not yet finished (empty for other waits)
   * @param cause the poll that was cut at the timeout, or null
   */
  public WaitTimeoutException(String what, Duration waited, Object lastState, List<Operation> pendingOperations,
      Throwable cause) {
    super("Timed out after " + waited + " waiting for " + what
        + (pendingOperations.isEmpty() ? "" : "; still pending: " + OperationFailedException.describe(pendingOperations))
        + (cause == null ? "" : "; the last poll was cut at the timeout"), cause);
    this.lastState = lastState;
    this.pendingOperations = List.copyOf(pendingOperations);
    this.waited = waited;
  }

  /**
   * Returns the last state seen: a model for resource waits, the list of operations for operation waits.
   * @return the last state seen: a model for resource waits, the list of operations for operation waits
   */
  public Object lastState() {
    return lastState;
  }

  /**
   * Returns the operations that had not ended, as last seen.
   * @return the operations that had not ended, as last seen
   */
  public List<Operation> pendingOperations() {
    return pendingOperations;
  }

  /**
   * Returns how long the wait lasted.
   * @return how long the wait lasted
   */
  public Duration waited() {
    return waited;
  }
}

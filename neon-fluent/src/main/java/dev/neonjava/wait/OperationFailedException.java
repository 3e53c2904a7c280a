package dev.neonjava.wait;

import dev.neonjava.generated.model.Operation;
import dev.neonjava.runtime.NeonException;
import java.util.List;
import java.util.stream.Collectors;

/** An operation Neon ran on the caller's behalf ended in failure ({@code error} or {@code cancelled}). */
public class OperationFailedException extends NeonException {
  private static final long serialVersionUID = 1L;
  private final transient Operation operation;

  /**
   * Creates the exception for an operation that ended in failure.
   * @param operation the failed operation, as last seen
   */
  public OperationFailedException(Operation operation) {
    super("Operation " + describe(List.of(operation))
        + (operation.getError() == null ? "" : ": " + operation.getError()));
    this.operation = operation;
  }

  /**
   * Returns the failed operation.
   * @return the failed operation
   */
  public Operation operation() {
    return operation;
  }

  /**
   * Returns Neon's error text, or null.
   * @return Neon's error text, or null
   */
  public String error() {
    return operation.getError();
  }

  static String describe(List<Operation> operations) {
    return operations.stream()
        .map(op -> op.getAction() + " " + op.getId() + " (" + op.getStatus()
            + (op.getFailuresCount() != null && op.getFailuresCount() > 0 ? ", failures=" + op.getFailuresCount() : "")
            + ")")
        .collect(Collectors.joining(", "));
  }
}

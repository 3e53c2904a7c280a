package dev.neonjava.testkit;

import java.util.List;

/**
 * A request the emulator received, or a response it sent, that does not conform to the spec; or an
 * error inside the emulator. The JUnit extension fails the test that caused it.
 */
public final class SpecViolation {
  /** Which side broke the contract. */
  public enum Kind {
    /** the request does not conform to the spec (the emulator answered 400) */
    REQUEST,
    /** the emulator's own response does not conform to the spec (a bug of the emulator) */
    RESPONSE,
    /** the emulator failed while handling the request (a bug of the emulator; answered 500) */
    EMULATOR_ERROR
  }

  private final Kind kind;
  private final String operationId;
  private final String method;
  private final String path;
  private final int status;
  private final List<String> messages;

  SpecViolation(Kind kind, String operationId, String method, String path, int status, List<String> messages) {
    this.kind = kind;
    this.operationId = operationId;
    this.method = method;
    this.path = path;
    this.status = status;
    this.messages = List.copyOf(messages);
  }

  /**
   * Returns which side broke the contract.
   * @return which side broke the contract
   */
  public Kind kind() {
    return kind;
  }

  /**
   * Returns the operationId of the request.
   * @return the operationId of the request
   */
  public String operationId() {
    return operationId;
  }

  /**
   * Returns the HTTP method.
   * @return the HTTP method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the request path and query.
   * @return the request path and query
   */
  public String path() {
    return path;
  }

  /**
   * Returns the status the emulator answered.
   * @return the status the emulator answered
   */
  public int status() {
    return status;
  }

  /**
   * Returns the validator's messages (or the emulator's error).
   * @return the validator's messages (or the emulator's error)
   */
  public List<String> messages() {
    return messages;
  }

  @Override
  public String toString() {
    StringBuilder b = new StringBuilder().append(kind).append(" violation in ").append(operationId)
        .append(" (").append(method).append(' ').append(path).append(" -> ").append(status).append(')');
    for (String m : messages) {
      b.append("\n    - ").append(m);
    }
    return b.toString();
  }
}

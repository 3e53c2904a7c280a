package dev.neonjava.runtime;

/** The request could not be sent or its response not read (connection refused or reset, I/O error). */
public class TransportException extends NeonException {
  private static final long serialVersionUID = 1L;
  private final String operationId;
  private final int attempts;

  /**
   * @param operationId the operation that was called
   * @param attempts how many times it was sent
   * @param cause the I/O failure
   */
  public TransportException(String operationId, int attempts, Throwable cause) {
    super(operationId + " failed after " + attempts + " attempt(s): " + describe(cause), cause);
    this.operationId = operationId;
    this.attempts = attempts;
  }

  static String describe(Throwable cause) {
    String message = cause.getMessage();
    return cause.getClass().getSimpleName() + (message == null ? "" : ": " + message);
  }

  /** @return the operation that was called */
  public String operationId() {
    return operationId;
  }

  /** @return how many times the request was sent */
  public int attempts() {
    return attempts;
  }
}

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
    this(operationId, null, attempts, cause);
  }

  /**
   * @param operationId the operation that was called
   * @param target where it was sent, e.g. {@code GET console.neon.tech:443}, or null
   * @param attempts how many times it was sent
   * @param cause the I/O failure
   */
  public TransportException(String operationId, String target, int attempts, Throwable cause) {
    super(operationId + (target == null ? "" : " (" + target + ")") + " failed after " + attempts + " attempt(s): "
        + describe(cause), cause);
    this.operationId = operationId;
    this.attempts = attempts;
  }

  /**
   * @param cause a failure
   * @return its class and message, and those of its causes where it has no message of its own
   *     (the JDK's {@code ConnectException} often has none: the reason is one level down)
   */
  static String describe(Throwable cause) {
    StringBuilder out = new StringBuilder();
    Throwable t = cause;
    for (int depth = 0; t != null && depth < 4; depth++) {
      if (depth > 0) {
        out.append(" <- ");
      }
      out.append(t.getClass().getSimpleName());
      String message = t.getMessage();
      if (message != null && !message.isBlank()) {
        return out.append(": ").append(message).toString();
      }
      t = t.getCause() == t ? null : t.getCause();
    }
    return out.append(" (no message)").toString();
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

package dev.neonjava.runtime;

/**
 * A 2xx response whose body is not what the operation returns: truncated, HTML, the wrong shape,
 * {@code null}, empty, or missing a member the client needs.
 */
public class ResponseDecodingException extends NeonException {
  private static final long serialVersionUID = 1L;
  private final String operationId;
  private final int statusCode;

  /**
   * @param operationId the operation that was called
   * @param statusCode the HTTP status
   * @param cause the decoding failure
   */
  public ResponseDecodingException(String operationId, int statusCode, Throwable cause) {
    super(operationId + " returned HTTP " + statusCode + " with a body that could not be decoded: "
        + cause.getClass().getSimpleName(), cause);
    this.operationId = operationId;
    this.statusCode = statusCode;
  }

  /**
   * @param operationId the operation that was called
   * @param statusCode the HTTP status
   * @param problem what is wrong with the body, e.g. "no body, but the operation returns X"
   */
  public ResponseDecodingException(String operationId, int statusCode, String problem) {
    super(operationId + " returned " + (statusCode == 0 ? "a 2xx response" : "HTTP " + statusCode) + " with " + problem,
        null);
    this.operationId = operationId;
    this.statusCode = statusCode;
  }

  /**
   * Checks a member that a 2xx body must carry for the client to go on (the operation of an
   * operation response, the branch of a branch response): the decoder keeps a body that lacks a
   * required member, but code that needs it must fail here, naming it, rather than with a
   * NullPointerException or by returning null.
   * @param value the member's value
   * @param operationId the operation that returned it
   * @param member the member's JSON name
   * @param <T> the member's type
   * @return the value, when present
   * @throws ResponseDecodingException when it is null; its {@link #statusCode()} is 0 (a 2xx, not
   *     known at this point)
   */
  public static <T> T requireMember(T value, String operationId, String member) {
    if (value == null) {
      throw new ResponseDecodingException(operationId, 0, "a body without '" + member + "', which the operation "
          + "returns and the client needs");
    }
    return value;
  }

  /** @return the operation that was called */
  public String operationId() {
    return operationId;
  }

  /** @return the HTTP status, or 0 when the problem was found after decoding ({@link #requireMember}) */
  public int statusCode() {
    return statusCode;
  }
}

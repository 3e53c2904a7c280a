package dev.neonjava.runtime;

/** A 2xx response whose body is not the JSON the operation returns (truncated, HTML, wrong shape). */
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

  /** @return the operation that was called */
  public String operationId() {
    return operationId;
  }

  /** @return the HTTP status */
  public int statusCode() {
    return statusCode;
  }
}

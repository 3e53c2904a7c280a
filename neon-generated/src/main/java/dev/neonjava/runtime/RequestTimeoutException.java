package dev.neonjava.runtime;

/** No response arrived within the request timeout, or the call's deadline passed. */
public class RequestTimeoutException extends TransportException {
  private static final long serialVersionUID = 1L;

  /**
   * @param operationId the operation that was called
   * @param attempts how many times it was sent
   * @param cause the timeout
   */
  public RequestTimeoutException(String operationId, int attempts, Throwable cause) {
    super(operationId, attempts, cause);
  }

  /**
   * @param operationId the operation that was called
   * @param target where it was sent, e.g. {@code GET console.neon.tech:443}
   * @param attempts how many times it was sent
   * @param cause the timeout
   */
  public RequestTimeoutException(String operationId, String target, int attempts, Throwable cause) {
    super(operationId, target, attempts, cause);
  }
}

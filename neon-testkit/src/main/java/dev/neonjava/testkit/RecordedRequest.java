package dev.neonjava.testkit;

import java.time.Instant;

/** One request the emulator received and what it answered, for assertions on client behaviour. */
public final class RecordedRequest {
  private final Instant time;
  private final String method;
  private final String path;
  private final String operationId;
  private final int status;
  private final Fault.Kind fault;
  private final String requestId;

  RecordedRequest(Instant time, String method, String path, String operationId, int status, Fault.Kind fault,
      String requestId) {
    this.time = time;
    this.method = method;
    this.path = path;
    this.operationId = operationId;
    this.status = status;
    this.fault = fault;
    this.requestId = requestId;
  }

  /**
   * Returns when it arrived (emulator time).
   * @return when it arrived (emulator time)
   */
  public Instant time() {
    return time;
  }

  /**
   * Returns the HTTP method.
   * @return the HTTP method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the path and query as received.
   * @return the path and query as received
   */
  public String path() {
    return path;
  }

  /**
   * Returns the operationId it was routed to, or null for a path outside the spec.
   * @return the operationId it was routed to, or null for a path outside the spec
   */
  public String operationId() {
    return operationId;
  }

  /**
   * Returns the status answered, or -1 when the connection was reset or closed without a response.
   * @return the status answered, or -1 when the connection was reset or closed without a response
   */
  public int status() {
    return status;
  }

  /**
   * Returns the injected fault that hit it, or null.
   * @return the injected fault that hit it, or null
   */
  public Fault.Kind fault() {
    return fault;
  }

  /**
   * Returns the request id answered in {@code x-neon-ret-request-id} (or null without a response).
   * @return the request id answered in {@code x-neon-ret-request-id} (or null without a response)
   */
  public String requestId() {
    return requestId;
  }

  @Override
  public String toString() {
    return method + " " + path + " -> " + (status < 0 ? String.valueOf(fault) : String.valueOf(status))
        + (operationId == null ? "" : " (" + operationId + ")");
  }
}

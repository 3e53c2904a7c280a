package dev.neonjava.runtime;

import java.net.http.HttpHeaders;
import java.util.Objects;

/**
 * What the API answered to a failed call; immutable. The raw body is kept up to
 * {@link #MAX_RAW_BODY} bytes, so an exception never pins a huge error page in memory.
 */
public final class ErrorDetails {
  /** The most bytes of an error body kept (8 KiB). */
  public static final int MAX_RAW_BODY = 8 * 1024;

  private final String operationId;
  private final String method;
  private final String path;
  private final int statusCode;
  private final String code;
  private final String message;
  private final String requestId;
  private final HttpHeaders headers;
  private final byte[] rawBody;
  private final int attempts;

  ErrorDetails(String operationId, String method, String path, int statusCode, String code,
      String message, String requestId, HttpHeaders headers, byte[] rawBody, int attempts) {
    this.operationId = operationId;
    this.method = method;
    this.path = path;
    this.statusCode = statusCode;
    this.code = code == null ? "" : code;
    this.message = Objects.requireNonNull(message);
    this.requestId = requestId;
    this.headers = headers;
    this.rawBody = rawBody == null ? new byte[0]
        : rawBody.length > MAX_RAW_BODY ? java.util.Arrays.copyOf(rawBody, MAX_RAW_BODY) : rawBody;
    this.attempts = attempts;
  }

  /** @return the operationId that was called */
  public String operationId() {
    return operationId;
  }

  /** @return the HTTP method */
  public String method() {
    return method;
  }

  /** @return the path, without query */
  public String path() {
    return path;
  }

  /** @return the HTTP status */
  public int statusCode() {
    return statusCode;
  }

  /** @return Neon's error code, {@code ""} when absent */
  public String code() {
    return code;
  }

  /** @return Neon's error message, or a description of the body when it had none */
  public String message() {
    return message;
  }

  /** @return the request id, or null */
  public String requestId() {
    return requestId;
  }

  /** @return the response headers */
  public HttpHeaders headers() {
    return headers;
  }

  byte[] rawBody() {
    return rawBody;
  }

  /** @return how many times the request was sent */
  public int attempts() {
    return attempts;
  }

  /** @return the one-line message of the exception */
  String summary() {
    StringBuilder sb = new StringBuilder()
        .append(operationId).append(" (").append(method).append(' ').append(path).append(") failed: HTTP ")
        .append(statusCode);
    if (!code.isEmpty()) {
      sb.append(' ').append(code);
    }
    sb.append(": ").append(message);
    if (requestId != null) {
      sb.append(" [request_id=").append(requestId).append(']');
    }
    if (attempts > 1) {
      sb.append(" after ").append(attempts).append(" attempts");
    }
    return sb.toString();
  }

  @Override
  public String toString() {
    return "ErrorDetails{" + summary() + "}";
  }
}

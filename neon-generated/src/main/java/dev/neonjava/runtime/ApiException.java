package dev.neonjava.runtime;

import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;
import java.util.Optional;

/**
 * The API answered with a non-2xx status. Carries the status, the headers, Neon's error {@code code},
 * {@code message} and {@code request_id} (from the body, else the response headers), the raw body
 * (also when it is not JSON, such as a proxy's HTML page) and the operation that was called.
 * Subclasses name the common statuses; see {@link ApiExceptions#of}.
 */
public class ApiException extends NeonException {
  private static final long serialVersionUID = 1L;
  private final ErrorDetails details;

  /** @param details what the API answered */
  public ApiException(ErrorDetails details) {
    super(details.summary());
    this.details = details;
  }

  /** @return the HTTP status */
  public int statusCode() {
    return details.statusCode();
  }

  /** @return Neon's error code ({@code ""} when the body had none) */
  public String code() {
    return details.code();
  }

  /** @return Neon's error message, or the HTTP reason when the body had none */
  public String errorMessage() {
    return details.message();
  }

  /** @return the request id from the body or the {@code x-neon-ret-request-id}/{@code x-request-id} headers */
  public Optional<String> requestId() {
    return Optional.ofNullable(details.requestId());
  }

  /** @return the operationId that was called */
  public String operationId() {
    return details.operationId();
  }

  /** @return the HTTP method that was used */
  public String method() {
    return details.method();
  }

  /** @return the path that was called, without query */
  public String path() {
    return details.path();
  }

  /** @return the response headers */
  public HttpHeaders headers() {
    return details.headers();
  }

  /** @return the body as received */
  public byte[] rawBody() {
    return details.rawBody().clone();
  }

  /** @return the body as UTF-8 text */
  public String rawBodyText() {
    return new String(details.rawBody(), StandardCharsets.UTF_8);
  }

  /** @return how many times the request was sent before this answer was given up on */
  public int attempts() {
    return details.attempts();
  }

  /** @return all of the above as one value */
  public ErrorDetails details() {
    return details;
  }
}

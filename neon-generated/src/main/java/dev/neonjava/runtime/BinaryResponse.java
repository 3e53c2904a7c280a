package dev.neonjava.runtime;

import java.io.Closeable;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpHeaders;
import java.util.Objects;
import java.util.OptionalLong;

/**
 * A binary response (e.g. a bucket object) with its status, headers and content type, whose body is
 * a stream read from the connection as the caller consumes it, never whole into memory. The caller
 * closes it (try-with-resources), which releases the connection.
 */
public final class BinaryResponse implements Closeable {
  private final int status;
  private final HttpHeaders headers;
  private final InputStream body;

  /**
   * @param status the HTTP status
   * @param headers the response headers
   * @param body the body stream, owned by this response from now on
   */
  public BinaryResponse(int status, HttpHeaders headers, InputStream body) {
    this.status = status;
    this.headers = Objects.requireNonNull(headers, "headers");
    this.body = Objects.requireNonNull(body, "body");
  }

  /** @return the HTTP status */
  public int status() {
    return status;
  }

  /** @return the response headers */
  public HttpHeaders headers() {
    return headers;
  }

  /** @return the Content-Type header, or {@code application/octet-stream} when absent */
  public String contentType() {
    return headers.firstValue("Content-Type").orElse("application/octet-stream");
  }

  /** @return the Content-Length header, when the server sent one */
  public OptionalLong contentLength() {
    return headers.firstValueAsLong("Content-Length");
  }

  /** @return the body; read it once, then close this response */
  public InputStream body() {
    return body;
  }

  @Override
  public void close() throws IOException {
    body.close();
  }

  @Override
  public String toString() {
    return "BinaryResponse(" + status + ", " + contentType() + ")";
  }
}

package dev.neonjava.resources;

import dev.neonjava.generated.model.PresignResponse;
import dev.neonjava.runtime.ResponseDecodingException;
import dev.neonjava.runtime.Secret;
import java.time.OffsetDateTime;
import java.util.Map;

/**
 * A presigned URL for one upload or download of a bucket object. The URL carries its own
 * authorization, so it is held as a {@link Secret} and never shown by {@link #toString()}.
 */
public final class PresignedUrl {
  private final Secret url;
  private final String method;
  private final Map<String, String> headers;
  private final OffsetDateTime expiresAt;

  private PresignedUrl(Secret url, String method, Map<String, String> headers, OffsetDateTime expiresAt) {
    this.url = url;
    this.method = method;
    this.headers = headers;
    this.expiresAt = expiresAt;
  }

  static PresignedUrl of(PresignResponse response) {
    String op = "presignProjectBranchBucketObject";
    PresignResponse r = Calls.member(response, x -> x, op, "body");
    return new PresignedUrl(Secret.of(ResponseDecodingException.requireMember(r.getUrl(), op, "url"), "url"),
        ResponseDecodingException.requireMember(r.getMethod(), op, "method"),
        r.getHeaders() == null ? Map.of() : Map.copyOf(r.getHeaders()), r.getExpiresAt());
  }

  /**
   * Returns the URL; pass it on, never log it.
   * @return the URL
   */
  public Secret url() {
    return url;
  }

  /**
   * Returns the HTTP method to use with the URL ({@code PUT} for an upload, {@code GET} for a download).
   * @return the HTTP method
   */
  public String method() {
    return method;
  }

  /**
   * Returns the headers to send with the request (e.g. the content type signed into the URL).
   * @return the headers, unmodifiable
   */
  public Map<String, String> headers() {
    return headers;
  }

  /**
   * Returns when the URL stops working.
   * @return the expiry, or null when Neon did not say
   */
  public OffsetDateTime expiresAt() {
    return expiresAt;
  }

  @Override
  public String toString() {
    return "PresignedUrl{method=" + method + ", url=***, expiresAt=" + expiresAt + "}";
  }
}

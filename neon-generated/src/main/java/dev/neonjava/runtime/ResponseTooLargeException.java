package dev.neonjava.runtime;

import java.io.IOException;

/** A response body larger than the client's {@code maxResponseBytes}; never retried. */
public final class ResponseTooLargeException extends IOException {
  private static final long serialVersionUID = 1L;

  /**
   * @param bytes the size received or announced so far
   * @param limit the limit
   */
  public ResponseTooLargeException(long bytes, long limit) {
    super("the response body (" + (bytes >= 0 ? "at least " + bytes + " bytes" : "unknown size")
        + ") is larger than maxResponseBytes (" + limit + " bytes)");
  }
}

package dev.neonjava.runtime;

import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One call as it travels through the transport layers: the operation, the HTTP request to send
 * (re-sendable as is) and the number of times it was sent.
 */
public final class Exchange {
  private final ApiRequest request;
  private final HttpRequest httpRequest;
  private final AtomicInteger attempts = new AtomicInteger();

  /**
   * @param request the operation call
   * @param httpRequest the HTTP request built for it
   */
  public Exchange(ApiRequest request, HttpRequest httpRequest) {
    this.request = request;
    this.httpRequest = httpRequest;
  }

  /** @return the operation call */
  public ApiRequest request() {
    return request;
  }

  /** @return the HTTP request */
  public HttpRequest httpRequest() {
    return httpRequest;
  }

  /** @return how many times the request has been sent so far */
  public int attempts() {
    return attempts.get();
  }

  /** Counts one more send; called by the transport that talks to the network. */
  public void recordAttempt() {
    attempts.incrementAndGet();
  }
}

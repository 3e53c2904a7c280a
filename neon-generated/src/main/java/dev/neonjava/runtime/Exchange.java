package dev.neonjava.runtime;

import java.net.http.HttpRequest;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * One call as it travels through the transport layers: the operation, the HTTP request to send
 * (re-sendable as is), the number of times it was sent and the {@link Deadline} that bounds it.
 */
public final class Exchange {
  private final ApiRequest request;
  private final HttpRequest httpRequest;
  private final AtomicInteger attempts = new AtomicInteger();
  private volatile Deadline deadline;

  /**
   * @param request the operation call
   * @param httpRequest the HTTP request built for it
   */
  public Exchange(ApiRequest request, HttpRequest httpRequest) {
    this(request, httpRequest, null);
  }

  /**
   * @param request the operation call
   * @param httpRequest the HTTP request built for it
   * @param deadline the deadline of the whole call, or null for none yet
   */
  public Exchange(ApiRequest request, HttpRequest httpRequest, Deadline deadline) {
    this.request = request;
    this.httpRequest = httpRequest;
    this.deadline = deadline;
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

  /** @return the deadline of the whole call, or null when no layer set one */
  public Deadline deadline() {
    return deadline;
  }

  /**
   * Tightens the call's deadline: the earlier of the current one and {@code limit} applies.
   * @param limit a deadline
   * @return the deadline now in force
   */
  public synchronized Deadline limitTo(Deadline limit) {
    deadline = ApiRequest.require(limit, "deadline").earliest(deadline);
    return deadline;
  }

  /** @return {@code host:port} of the request's URI, for error messages */
  public String target() {
    java.net.URI uri = httpRequest.uri();
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    return uri.getHost() + ":" + port;
  }
}

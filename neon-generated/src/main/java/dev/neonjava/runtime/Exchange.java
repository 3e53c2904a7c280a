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
  private final java.util.concurrent.atomic.AtomicReference<java.io.InputStream> parked =
      new java.util.concurrent.atomic.AtomicReference<>();
  private volatile boolean streamsResponse;
  private volatile Integer maxAttempts;

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

  /** @return the most attempts this call may make, or null to follow the retry policy */
  public Integer maxAttempts() {
    return maxAttempts;
  }

  /**
   * Caps the attempts of this call (per-call {@link RequestOptions}).
   * @param max at least 1
   */
  public void maxAttempts(int max) {
    this.maxAttempts = Checks.atLeast(max, 1, "maxAttempts");
  }

  /** @return {@code host:port} of the request's URI, for error messages */
  public String target() {
    java.net.URI uri = httpRequest.uri();
    int port = uri.getPort() >= 0 ? uri.getPort() : "https".equals(uri.getScheme()) ? 443 : 80;
    return uri.getHost() + ":" + port;
  }

  /** Asks the innermost transport to stream the 2xx body instead of reading it ({@link BinaryResponse}). */
  void streamResponse() {
    streamsResponse = true;
  }

  /** @return whether the 2xx body is to be streamed */
  public boolean streamsResponse() {
    return streamsResponse;
  }

  /** Keeps the body stream of the latest 2xx response; closes one an earlier attempt left behind. */
  void parkStream(java.io.InputStream body) {
    java.io.InputStream earlier = parked.getAndSet(body);
    if (earlier != null) {
      try {
        earlier.close();
      } catch (java.io.IOException ignored) {
        // the earlier attempt's connection is dropped either way
      }
    }
  }

  /** @return the parked body stream, now owned by the caller, or null when none was parked */
  java.io.InputStream takeStream() {
    return parked.getAndSet(null);
  }
}

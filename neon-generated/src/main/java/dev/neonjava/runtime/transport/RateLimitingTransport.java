package dev.neonjava.runtime.transport;

import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.Deadline;
import dev.neonjava.runtime.Exchange;
import dev.neonjava.runtime.Transport;
import java.io.IOException;
import java.net.http.HttpResponse;
import java.net.http.HttpTimeoutException;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;

/**
 * Keeps requests within a {@link RateLimit}: each request waits for a permit of a {@link RateLimiter}
 * instead of being sent and answered 429, and returns it when its response has ended. Synchronous
 * calls block while they wait, at most until the call's deadline; asynchronous calls wait without
 * holding a thread, cancelling one that still waits means it is never sent, and cancelling one in
 * flight cancels its exchange.
 */
public final class RateLimitingTransport implements Transport {
  private final Transport next;
  private final RateLimiter limiter;

  /**
   * @param next the transport that sends
   * @param limiter the budget, possibly shared with other transports using the same API key
   */
  public RateLimitingTransport(Transport next, RateLimiter limiter) {
    this.next = ApiRequest.require(next, "next");
    this.limiter = ApiRequest.require(limiter, "limiter");
  }

  @Override
  public HttpResponse<byte[]> send(Exchange exchange) throws IOException, InterruptedException {
    CompletableFuture<RateLimiter.Permit> pending = limiter.acquire(route(exchange));
    RateLimiter.Permit permit;
    Deadline deadline = exchange.deadline();
    try {
      permit = deadline == null ? pending.get() : pending.get(deadline.remaining().toNanos(), TimeUnit.NANOSECONDS);
    } catch (InterruptedException e) {
      giveUp(pending);
      throw e;
    } catch (TimeoutException e) {
      giveUp(pending);
      throw new HttpTimeoutException("the call's deadline passed while it waited for the rate limit");
    } catch (ExecutionException e) {
      throw new IllegalStateException("rate limiter failed", e.getCause()); // never: permits only complete normally
    }
    try {
      return next.send(exchange);
    } finally {
      permit.release();
    }
  }

  private static void giveUp(CompletableFuture<RateLimiter.Permit> pending) {
    if (!pending.cancel(false)) {
      pending.join().giveBack();
    }
  }

  @Override
  public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
    CompletableFuture<HttpResponse<byte[]>> result = new CompletableFuture<>();
    CompletableFuture<RateLimiter.Permit> pending = limiter.acquire(route(exchange));
    pending.whenComplete((permit, failure) -> {
      if (failure != null) { // cancelled, because the caller cancelled the result
        return;
      }
      if (result.isDone()) { // the caller gave up just as the permit came
        permit.giveBack();
      } else {
        send(exchange, permit, result);
      }
    });
    result.whenComplete((response, failure) -> {
      if (result.isCancelled()) {
        pending.cancel(false);
      }
    });
    return result;
  }

  private void send(Exchange exchange, RateLimiter.Permit permit, CompletableFuture<HttpResponse<byte[]>> result) {
    CompletableFuture<HttpResponse<byte[]>> sent;
    try {
      sent = next.sendAsync(exchange);
    } catch (RuntimeException e) { // refused before sending
      permit.giveBack();
      result.completeExceptionally(e);
      return;
    }
    sent.whenComplete((response, failure) -> {
      permit.release();
      if (failure != null) {
        result.completeExceptionally(Futures.unwrap(failure));
      } else {
        result.complete(response);
      }
    });
    Futures.cancelInnerWhenDone(result, sent);
  }

  private static String route(Exchange exchange) {
    return exchange.request().method() + " " + exchange.request().pathTemplate();
  }
}

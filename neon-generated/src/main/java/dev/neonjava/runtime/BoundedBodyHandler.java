package dev.neonjava.runtime;

import java.io.IOException;
import java.net.http.HttpResponse;
import java.nio.ByteBuffer;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionStage;
import java.util.concurrent.Flow;

/**
 * Reads a response body into bytes, at most {@code maxBytes}, and can be aborted at any moment:
 * {@link #abort} cancels the body's subscription, which makes the JDK close the connection, so a
 * stalled or endless body never holds a thread or a connection past the call's deadline. One
 * instance serves one attempt.
 */
final class BoundedBodyHandler implements HttpResponse.BodyHandler<byte[]> {
  private final long maxBytes;
  private volatile Throwable aborted;
  private volatile Subscriber current;

  BoundedBodyHandler(long maxBytes) {
    this.maxBytes = maxBytes;
  }

  @Override
  public HttpResponse.BodySubscriber<byte[]> apply(HttpResponse.ResponseInfo info) {
    Subscriber subscriber = new Subscriber(maxBytes);
    current = subscriber;
    long declared = info.headers().firstValueAsLong("content-length").orElse(-1);
    if (declared > maxBytes) {
      subscriber.fail(tooLarge(declared));
    }
    Throwable abortedBefore = aborted;
    if (abortedBefore != null) {
      subscriber.fail(abortedBefore);
    }
    return subscriber;
  }

  /**
   * Ends the body read now: the body completes with {@code reason} and the connection is released.
   * @param reason why (a timeout or the caller's cancellation)
   */
  void abort(Throwable reason) {
    aborted = reason;
    Subscriber subscriber = current;
    if (subscriber != null) {
      subscriber.fail(reason);
    }
  }

  private ResponseTooLargeException tooLarge(long bytes) {
    return new ResponseTooLargeException(bytes, maxBytes);
  }

  /** Collects the body's buffers; cancels its subscription on failure, abort or overflow. */
  private final class Subscriber implements HttpResponse.BodySubscriber<byte[]> {
    private final long max;
    private final CompletableFuture<byte[]> body = new CompletableFuture<>();
    private final List<ByteBuffer> parts = new ArrayList<>();
    private long size;
    private Flow.Subscription subscription;

    Subscriber(long max) {
      this.max = max;
    }

    @Override
    public CompletionStage<byte[]> getBody() {
      return body;
    }

    @Override
    public void onSubscribe(Flow.Subscription s) {
      synchronized (this) {
        subscription = s;
      }
      if (body.isDone()) {
        s.cancel();
      } else {
        s.request(Long.MAX_VALUE);
      }
    }

    @Override
    public void onNext(List<ByteBuffer> items) {
      if (body.isDone()) {
        return; // aborted: the cancelled subscription may still deliver what was in flight
      }
      for (ByteBuffer item : items) {
        size += item.remaining();
        parts.add(item);
      }
      if (size > max) {
        fail(tooLarge(size));
      }
    }

    @Override
    public void onError(Throwable failure) {
      body.completeExceptionally(failure instanceof IOException ? failure : new IOException(failure));
    }

    @Override
    public void onComplete() {
      byte[] bytes = new byte[(int) size];
      int at = 0;
      for (ByteBuffer part : parts) {
        int n = part.remaining();
        part.get(bytes, at, n);
        at += n;
      }
      parts.clear();
      body.complete(bytes);
    }

    void fail(Throwable reason) {
      if (body.completeExceptionally(reason)) {
        Flow.Subscription s;
        synchronized (this) {
          s = subscription;
        }
        if (s != null) {
          s.cancel();
        }
      }
    }
  }
}

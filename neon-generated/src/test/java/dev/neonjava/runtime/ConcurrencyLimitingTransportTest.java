package dev.neonjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.runtime.transport.ConcurrencyLimitingTransport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

class ConcurrencyLimitingTransportTest {
  private final List<CompletableFuture<HttpResponse<byte[]>>> inFlight = new ArrayList<>();
  private final Transport held = new Transport() {
    @Override
    public HttpResponse<byte[]> send(Exchange exchange) {
      throw new UnsupportedOperationException();
    }

    @Override
    public synchronized CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
      CompletableFuture<HttpResponse<byte[]>> f = new CompletableFuture<>();
      inFlight.add(f);
      return f;
    }
  };

  private static Exchange exchange() {
    return new Exchange(ApiRequest.builder("op", "GET", "/x").build(),
        HttpRequest.newBuilder(URI.create("http://127.0.0.1/x")).build());
  }

  @Test
  void asyncCallsBeyondTheCapQueueAndStartAsOthersEnd() {
    ConcurrencyLimitingTransport limiter = new ConcurrencyLimitingTransport(held, 3);
    List<CompletableFuture<HttpResponse<byte[]>>> results = new ArrayList<>();
    for (int i = 0; i < 10; i++) {
      results.add(limiter.sendAsync(exchange()));
    }
    assertThat(inFlight).hasSize(3);

    inFlight.get(0).complete(null);
    assertThat(results.get(0)).isCompleted();
    assertThat(inFlight).hasSize(4);

    inFlight.get(1).completeExceptionally(new java.io.IOException("reset"));
    assertThat(results.get(1)).isCompletedExceptionally();
    assertThat(inFlight).hasSize(5);

    for (int i = 2; i < 10; i++) {
      inFlight.get(i).complete(null);
    }
    assertThat(inFlight).hasSize(10);
    assertThat(results).allSatisfy(r -> assertThat(r).isDone());
  }
}

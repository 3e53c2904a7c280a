package dev.neonjava.runtime;

import java.io.IOException;
import java.net.http.HttpClient;
import java.net.http.HttpResponse;
import java.util.Objects;
import java.util.concurrent.CompletableFuture;

/** The innermost transport: {@link HttpClient}, bodies as bytes. */
public final class HttpClientTransport implements Transport {
  private final HttpClient httpClient;

  /** @param httpClient the client whose connection pool is used */
  public HttpClientTransport(HttpClient httpClient) {
    this.httpClient = Objects.requireNonNull(httpClient, "httpClient");
  }

  /** @return the underlying client */
  public HttpClient httpClient() {
    return httpClient;
  }

  @Override
  public HttpResponse<byte[]> send(Exchange exchange) throws IOException, InterruptedException {
    exchange.recordAttempt();
    return httpClient.send(exchange.httpRequest(), HttpResponse.BodyHandlers.ofByteArray());
  }

  @Override
  public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
    exchange.recordAttempt();
    return httpClient.sendAsync(exchange.httpRequest(), HttpResponse.BodyHandlers.ofByteArray());
  }
}

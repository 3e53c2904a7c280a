package dev.neonjava.runtime;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpHeaders;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.Optional;
import java.util.concurrent.CompletableFuture;
import javax.net.ssl.SSLSession;

/**
 * Sends an exchange whose 2xx body is to be streamed ({@link Exchange#streamsResponse()}): the
 * stream is parked in the exchange for {@link ApiClient} to hand out as a {@link BinaryResponse},
 * and the transport layers see the usual byte-array response with an empty body. Error bodies are
 * small and read whole, so that error mapping and retries work as for any other call.
 */
final class StreamedResponses {
  private StreamedResponses() {
  }

  static HttpResponse<byte[]> send(HttpClient client, Exchange exchange) throws IOException, InterruptedException {
    return park(exchange, client.send(exchange.httpRequest(), HttpResponse.BodyHandlers.ofInputStream()));
  }

  static CompletableFuture<HttpResponse<byte[]>> sendAsync(HttpClient client, Exchange exchange) {
    return client.sendAsync(exchange.httpRequest(), HttpResponse.BodyHandlers.ofInputStream()).thenApply(r -> {
      try {
        return park(exchange, r);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    });
  }

  private static HttpResponse<byte[]> park(Exchange exchange, HttpResponse<InputStream> response) throws IOException {
    int status = response.statusCode();
    if (status >= 200 && status < 300) {
      exchange.parkStream(response.body());
      return new Buffered(response, new byte[0]);
    }
    try (InputStream in = response.body()) {
      return new Buffered(response, in.readAllBytes());
    }
  }

  /** A streamed response seen as a byte-array one. */
  private static final class Buffered implements HttpResponse<byte[]> {
    private final HttpResponse<InputStream> response;
    private final byte[] body;

    Buffered(HttpResponse<InputStream> response, byte[] body) {
      this.response = response;
      this.body = body;
    }

    @Override
    public int statusCode() {
      return response.statusCode();
    }

    @Override
    public HttpRequest request() {
      return response.request();
    }

    @Override
    public Optional<HttpResponse<byte[]>> previousResponse() {
      return Optional.empty();
    }

    @Override
    public HttpHeaders headers() {
      return response.headers();
    }

    @Override
    public byte[] body() {
      return body;
    }

    @Override
    public Optional<SSLSession> sslSession() {
      return response.sslSession();
    }

    @Override
    public URI uri() {
      return response.uri();
    }

    @Override
    public HttpClient.Version version() {
      return response.version();
    }
  }
}

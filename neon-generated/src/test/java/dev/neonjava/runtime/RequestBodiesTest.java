package dev.neonjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Bodies by content type, the Accept header, and binary responses streamed, over loopback. */
class RequestBodiesTest {
  private HttpServer server;
  private ApiClient client;
  private final AtomicReference<HttpExchange> seen = new AtomicReference<>();
  private final AtomicReference<byte[]> seenBody = new AtomicReference<>();

  @BeforeEach
  void start() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.setExecutor(java.util.concurrent.Executors.newCachedThreadPool());
    server.start();
    client = ApiClient.builder().baseUri(URI.create("http://127.0.0.1:" + server.getAddress().getPort()))
        .apiKey(Secret.of("test-key", "API key")).build();
  }

  @AfterEach
  void stop() {
    server.stop(0);
  }

  private void answer(int status, String contentType, byte[] body) {
    server.createContext("/x", exchange -> {
      try (InputStream in = exchange.getRequestBody()) {
        seenBody.set(in.readAllBytes());
      }
      seen.set(exchange);
      exchange.getResponseHeaders().add("Content-Type", contentType);
      exchange.sendResponseHeaders(status, body.length == 0 ? -1 : body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
  }

  @Test
  void multipartSendsTextAndFileParts(@TempDir Path dir) throws IOException {
    answer(201, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    Path zip = Files.write(dir.resolve("function.zip"), new byte[] {'P', 'K', 3, 4, 0, (byte) 0xff});

    client.execute(ApiRequest.builder("deploy", "POST", "/x").contentType("multipart/form-data")
        .formParam("zip", BinaryContent.of(zip).withContentType("application/zip"))
        .formParam("runtime", "nodejs24").formParam("environment", "grüße").formParam("unset", null).build(), Void.class);

    String contentType = seen.get().getRequestHeaders().getFirst("Content-Type");
    assertThat(contentType).startsWith("multipart/form-data; boundary=");
    String boundary = contentType.substring(contentType.indexOf('=') + 1);
    String body = new String(seenBody.get(), StandardCharsets.ISO_8859_1);
    assertThat(body).startsWith("--" + boundary + "\r\n").endsWith("--" + boundary + "--\r\n")
        .contains("name=\"zip\"; filename=\"function.zip\"\r\nContent-Type: application/zip\r\n\r\nPK\u0003\u0004\u0000\u00ff\r\n")
        .contains("name=\"runtime\"\r\nContent-Type: text/plain; charset=UTF-8\r\n\r\nnodejs24\r\n")
        .contains(new String("grüße".getBytes(StandardCharsets.UTF_8), StandardCharsets.ISO_8859_1))
        .doesNotContain("unset");
  }

  @Test
  void octetStreamSendsTheStreamAsIs() {
    answer(200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));
    byte[] content = new byte[300_000];
    new java.util.Random(1).nextBytes(content);

    client.execute(ApiRequest.builder("upload", "PUT", "/x").contentType("application/octet-stream")
        .body(BinaryContent.of(new ByteArrayInputStream(content))).build(), Void.class);

    assertThat(seen.get().getRequestHeaders().getFirst("Content-Type")).isEqualTo("application/octet-stream");
    assertThat(seenBody.get()).isEqualTo(content);
  }

  @Test
  void anInputStreamIsSentOnceOnly() {
    BinaryContent once = BinaryContent.of(new ByteArrayInputStream(new byte[] {1}));
    once.open();
    assertThatThrownBy(once::open).isInstanceOf(IllegalStateException.class).hasMessageContaining("once");
  }

  @Test
  void acceptComesFromTheOperation() {
    answer(200, "application/json", "{}".getBytes(StandardCharsets.UTF_8));

    client.execute(ApiRequest.builder("get", "GET", "/x").accept("application/octet-stream, application/json").build(), Void.class);
    assertThat(seen.get().getRequestHeaders().getFirst("Accept")).isEqualTo("application/octet-stream, application/json");
  }

  @Test
  void binaryResponseIsHandedOutBeforeTheBodyIsComplete() throws Exception {
    CountDownLatch callerHasResponse = new CountDownLatch(1);
    byte[] first = new byte[64 * 1024];
    Arrays.fill(first, (byte) 7);
    server.createContext("/x", exchange -> {
      exchange.getRequestBody().readAllBytes();
      exchange.getResponseHeaders().add("Content-Type", "application/octet-stream");
      exchange.getResponseHeaders().add("ETag", "\"v1\"");
      exchange.sendResponseHeaders(200, 0); // chunked: the length is not known up front
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(first);
        out.flush();
        // the rest only once the caller holds the response: a client that read the body whole would wait forever
        if (callerHasResponse.await(10, TimeUnit.SECONDS)) {
          out.write(new byte[] {1, 2, 3});
        }
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    });

    try (BinaryResponse response = client.execute(ApiRequest.builder("download", "GET", "/x")
        .accept("application/octet-stream").build(), BinaryResponse.class)) {
      callerHasResponse.countDown();
      assertThat(response.status()).isEqualTo(200);
      assertThat(response.contentType()).isEqualTo("application/octet-stream");
      assertThat(response.headers().firstValue("ETag")).hasValue("\"v1\"");
      byte[] all = response.body().readAllBytes();
      assertThat(all).hasSize(first.length + 3);
      assertThat(Arrays.copyOfRange(all, first.length, all.length)).containsExactly(1, 2, 3);
    }
  }

  @Test
  void binaryOperationErrorsAreMappedLikeAnyOther() {
    answer(404, "application/json", "{\"code\":\"not_found\",\"message\":\"no such object\"}".getBytes(StandardCharsets.UTF_8));

    assertThatThrownBy(() -> client.execute(ApiRequest.builder("download", "GET", "/x").build(), BinaryResponse.class))
        .isInstanceOf(NotFoundException.class).hasMessageContaining("no such object");
  }
}

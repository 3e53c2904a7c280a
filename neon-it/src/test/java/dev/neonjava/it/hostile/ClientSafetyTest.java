package dev.neonjava.it.hostile;

import static dev.neonjava.it.hostile.HostileServer.neverAnswer;
import static dev.neonjava.it.hostile.HostileServer.respond;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.neonjava.Neon;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.runtime.ApiException;
import dev.neonjava.runtime.ErrorDetails;
import dev.neonjava.runtime.NeonException;
import dev.neonjava.runtime.ResponseTooLargeException;
import dev.neonjava.runtime.ServerException;
import dev.neonjava.runtime.TransportException;
import dev.neonjava.runtime.transport.RetryPolicy;
import java.io.IOException;
import java.net.InetAddress;
import java.net.ServerSocket;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.TimeoutException;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The client's safety rules, each against a loopback server: a bad key is refused without being
 * echoed, an HttpClient that follows redirects and plain http to another host are refused, a
 * refused connection names where, a caller who gives up frees the call's permit, and response sizes
 * are bounded.
 */
class ClientSafetyTest {
  private static final String KEY = LogCapture.KEY;
  private static final String PROJECT = "{\"project\":{\"id\":\"p-1\"}}";

  @ParameterizedTest
  @ValueSource(strings = {"\n", "\r\n", " ", "\t", "\u0000", "\u00e9"})
  void aKeyWithWhitespaceOrControlCharactersIsRefusedAtBuildWithoutEchoingIt(String bad) {
    Throwable thrown = catchThrowable(() -> Neon.builder().apiKey(KEY + bad).build());
    assertThat(thrown).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("'napi…'").hasMessageContaining((KEY + bad).length() + " characters");
    assertThat(LogCapture.texts(thrown)).noneMatch(t -> t.contains(KEY) || t.contains(KEY.substring(0, 5)));
  }

  @Test
  void aBadKeyFromTheSupplierFailsTheCallBeforeAnythingIsSent() throws IOException {
    try (HostileServer server = new HostileServer(r -> respond(200, PROJECT))) {
      Neon neon = Neon.builder().apiKeySupplier(() -> KEY + "\n").baseUrl(server.baseUrl() + "/api/v2").build();
      Throwable thrown = catchThrowable(() -> neon.projects().get("p-1"));
      assertThat(thrown).isInstanceOf(NeonException.class).hasMessageContaining("line feed");
      assertThat(LogCapture.texts(thrown)).noneMatch(t -> t.contains(KEY));
      assertThat(server.received()).isEmpty();

      Throwable async = catchThrowable(() -> neon.api(ProjectApi::new)
          .getProjectAsync(ProjectApi.GetProjectParams.builder().projectId("p-1").build()).join());
      assertThat(async).hasCauseInstanceOf(NeonException.class);
      assertThat(LogCapture.texts(async)).noneMatch(t -> t.contains(KEY));
    }
  }

  @ParameterizedTest
  @EnumSource(value = HttpClient.Redirect.class, names = {"NORMAL", "ALWAYS"})
  void anHttpClientThatFollowsRedirectsIsRefused(HttpClient.Redirect redirect) {
    HttpClient follows = HttpClient.newBuilder().followRedirects(redirect).build();
    assertThatThrownBy(() -> Neon.builder().apiKey(KEY).httpClient(follows))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(redirect.name()).hasMessageContaining("Redirect.NEVER");
  }

  @Test
  void plainHttpIsRefusedExceptToLoopbackUnlessAllowed() {
    for (String host : new String[] {"http://console.neon.example/api/v2", "http://10.1.2.3/api/v2"}) {
      assertThatThrownBy(() -> Neon.builder().apiKey(KEY).baseUrl(host).build())
          .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("clear text")
          .hasMessageContaining("allowInsecureHttp()");
      assertThat(Neon.builder().apiKey(KEY).baseUrl(host).allowInsecureHttp().build()).isNotNull();
    }
    for (String loopback : new String[] {"http://127.0.0.1:1/api/v2", "http://localhost:1", "http://[::1]:1"}) {
      assertThat(Neon.builder().apiKey(KEY).baseUrl(loopback).build()).as(loopback).isNotNull();
    }
  }

  @Test
  void aRefusedConnectionNamesTheOperationMethodAndTarget() throws IOException {
    int port;
    try (ServerSocket closed = new ServerSocket(0, 1, InetAddress.getByName("127.0.0.1"))) {
      port = closed.getLocalPort();
    }
    Neon neon = Neon.builder().apiKey(KEY).baseUrl("http://127.0.0.1:" + port + "/api/v2")
        .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build()).build();
    assertThatThrownBy(() -> neon.projects().list().iterator().next())
        .isInstanceOf(TransportException.class)
        .hasMessageContaining("listProjects (GET 127.0.0.1:" + port + ")")
        .hasMessageContaining("after 2 attempt(s)")
        .hasMessageContaining("ConnectException");
  }

  @Test
  void callsTheCallerAbandonsFreeTheirPermits() throws Exception {
    Barrier barrier = new Barrier(4);
    try (HostileServer server = new HostileServer(r -> barrier.active ? barrier::answer : neverAnswer())) {
      Neon neon = Neon.builder().apiKey(KEY).baseUrl(server.baseUrl() + "/api/v2").maxConcurrentRequests(4)
          .requestTimeout(Duration.ofSeconds(30)).retryPolicy(RetryPolicy.builder().deadline(Duration.ofSeconds(60)).build())
          .build();
      ProjectApi api = neon.api(ProjectApi::new);
      List<CompletableFuture<?>> stalled = new ArrayList<>();
      for (int i = 0; i < 8; i++) { // 4 in flight, 4 queued
        stalled.add(api.getProjectAsync(ProjectApi.GetProjectParams.builder().projectId("p-" + i).build()));
      }
      stalled.get(0).cancel(true);
      stalled.get(1).orTimeout(100, TimeUnit.MILLISECONDS);
      stalled.get(2).completeExceptionally(new IllegalStateException("caller gave up"));
      stalled.get(3).cancel(false);
      for (int i = 4; i < 8; i++) {
        stalled.get(i).cancel(true); // queued ones leave the queue
      }
      assertThatThrownBy(() -> stalled.get(1).get(5, TimeUnit.SECONDS)).hasCauseInstanceOf(TimeoutException.class);

      assertThat(barrier.run(neon)).as("4 calls at once after 8 abandoned: %s", barrier.lastFailure).isEqualTo(4);
    }
  }

  @Test
  void aBodyOverTheLimitFailsOnceAndErrorBodiesAreCut() throws IOException {
    String big = "{\"project\":{\"id\":\"p-1\",\"name\":\"" + "x".repeat(5000) + "\"}}";
    try (HostileServer server = new HostileServer(r -> r.method.equals("GET") ? respond(200, big)
        : respond(500, "{\"code\":\"\",\"message\":\"" + "y".repeat(1 << 20) + "\"}"))) {
      Neon neon = Neon.builder().apiKey(KEY).baseUrl(server.baseUrl() + "/api/v2").maxResponseBytes(1000)
          .retryPolicy(RetryPolicy.builder().initialBackoff(Duration.ofMillis(1)).build()).build();
      assertThatThrownBy(() -> neon.projects().get("p-1")).isInstanceOf(TransportException.class)
          .hasRootCauseInstanceOf(ResponseTooLargeException.class).hasMessageContaining("maxResponseBytes (1000 bytes)")
          .hasMessageContaining("after 1 attempt(s)");

      Neon roomy = neon.withOptions(o -> o.maxResponseBytes(4 << 20));
      Throwable error = catchThrowable(() -> roomy.projects().create(p -> p.name("x")));
      assertThat(error).isInstanceOf(ServerException.class);
      assertThat(((ApiException) error).rawBody()).hasSize(ErrorDetails.MAX_RAW_BODY);
    }
  }
}

package dev.neonjava.it.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.getRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.postRequestedFor;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import com.github.tomakehurst.wiremock.client.ResponseDefinitionBuilder;
import com.github.tomakehurst.wiremock.http.Fault;
import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.neonjava.Neon;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.runtime.NeonException;
import dev.neonjava.runtime.RequestTimeoutException;
import dev.neonjava.runtime.ResponseDecodingException;
import dev.neonjava.runtime.ServerException;
import dev.neonjava.runtime.TransportException;
import dev.neonjava.runtime.transport.RetryPolicy;
import dev.neonjava.wait.PollSchedule;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.function.Function;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault against every call shape ends in the documented typed exception within the deadline;
 * idempotent calls are retried, a POST is never re-sent after an I/O failure, and threads and open
 * files return to their baseline.
 */
class FaultSuiteTest {
  private static final int ATTEMPTS = 3;
  private static final Duration REQUEST_TIMEOUT = Duration.ofMillis(600);
  private static final Duration DEADLINE = Duration.ofSeconds(10);
  private static final String OP = "33333333-3333-3333-3333-333333333333";

  @RegisterExtension
  static final WireMockExtension WM = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true)
          .containerThreads(20).jettyStopTimeout(1000L))
      .build();

  private static HttpClient http;
  private static Neon neon;
  private static int baselineThreads;
  private static int baselineFiles;

  @BeforeAll
  static void client() {
    http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(2)).build();
    neon = Neon.builder().apiKey("napi_fault_suite_key").baseUrl(WM.baseUrl() + "/api/v2").httpClient(http)
        .requestTimeout(REQUEST_TIMEOUT)
        .retryPolicy(RetryPolicy.builder().maxAttempts(ATTEMPTS).initialBackoff(Duration.ofMillis(20))
            .maxBackoff(Duration.ofMillis(50)).deadline(DEADLINE).build())
        .pollSchedule(PollSchedule.builder().initialInterval(Duration.ofMillis(10)).timeout(Duration.ofSeconds(10)).build())
        .build();
    WM.stubFor(get(urlPathEqualTo("/warmup")).willReturn(okJson("{}")));
    baselineThreads = clientThreads();
    baselineFiles = (int) openFiles();
  }

  /** A fault and the exception type it must end in. */
  enum FaultKind {
    CONNECTION_RESET(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER), TransportException.class, true),
    EMPTY_RESPONSE(aResponse().withFault(Fault.EMPTY_RESPONSE), TransportException.class, true),
    MALFORMED_CHUNK(aResponse().withFault(Fault.MALFORMED_RESPONSE_CHUNK), TransportException.class, true),
    RANDOM_DATA(aResponse().withFault(Fault.RANDOM_DATA_THEN_CLOSE), TransportException.class, true),
    SLOW_BODY(okJson("{\"project\":{}}").withFixedDelay(1500), RequestTimeoutException.class, true),
    TRUNCATED_JSON(okJson("{\"project\":{\"id\":\"p-1\",\"na"), ResponseDecodingException.class, false),
    HTML_502(aResponse().withStatus(502).withHeader("Content-Type", "text/html")
        .withBody("<html><title>502 Bad Gateway</title></html>"), ServerException.class, false),
    STORM_500(aResponse().withStatus(500).withBody("{\"code\":\"INTERNAL\",\"message\":\"boom\"}"), ServerException.class, false),
    STORM_503(aResponse().withStatus(503).withBody("{\"code\":\"UNAVAILABLE\",\"message\":\"later\"}"), ServerException.class, false);

    final ResponseDefinitionBuilder response;
    final Class<? extends NeonException> expected;
    final boolean ioFailure;

    FaultKind(ResponseDefinitionBuilder response, Class<? extends NeonException> expected, boolean ioFailure) {
      this.response = response;
      this.expected = expected;
      this.ioFailure = ioFailure;
    }

    /** How many times a request of this method is sent before the failure surfaces. */
    int sends(String method) {
      boolean idempotent = method.equals("GET");
      switch (this) {
        case TRUNCATED_JSON:
          return 1; // a 200: nothing to retry
        case STORM_503:
          return ATTEMPTS; // 503 is safe for every method
        case HTML_502:
        case STORM_500:
          return idempotent ? ATTEMPTS : 1;
        default:
          return idempotent ? ATTEMPTS : 1; // I/O failures: only idempotent methods are re-sent
      }
    }
  }

  /** A way of calling the API; each returns the method and path it hits. */
  enum Shape {
    GET("GET", "/api/v2/projects/p-1", n -> n.projects().get("p-1")),
    POST("POST", "/api/v2/projects", n -> n.projects().create(p -> p.name("x"))),
    LIST("GET", "/api/v2/projects", n -> n.projects().list().iterator().next()),
    WAITER("GET", "/api/v2/projects/p-1/operations/" + OP, n -> n.operations().await(List.of(running()))),
    ASYNC("GET", "/api/v2/projects/p-1", n -> n.api(ProjectApi::new)
        .getProjectAsync(ProjectApi.GetProjectParams.builder().projectId("p-1").build()).join());

    final String method;
    final String path;
    final Function<Neon, Object> call;

    Shape(String method, String path, Function<Neon, Object> call) {
      this.method = method;
      this.path = path;
      this.call = call;
    }
  }

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (FaultKind fault : FaultKind.values()) {
      for (Shape shape : Shape.values()) {
        all.add(Arguments.of(fault, shape));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void faultEndsInTheTypedExceptionWithinTheDeadline(FaultKind fault, Shape shape) {
    WM.resetAll();
    WM.stubFor((shape.method.equals("POST") ? post(urlPathEqualTo(shape.path)) : get(urlPathEqualTo(shape.path)))
        .willReturn(fault.response));

    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> shape.call.apply(neon));
    Duration took = Duration.ofNanos(System.nanoTime() - start);

    Throwable failure = thrown instanceof CompletionException ? thrown.getCause() : thrown;
    assertThat(failure).as("%s on %s", fault, shape).isInstanceOf(fault.expected);
    assertThat(took).isLessThanOrEqualTo(DEADLINE.plus(Duration.ofMillis(250))); // the deadline bounds everything
    int sends = fault.sends(shape.method);
    int received = (shape.method.equals("POST") ? WM.findAll(postRequestedFor(urlPathEqualTo(shape.path)))
        : WM.findAll(getRequestedFor(urlPathEqualTo(shape.path)))).size();
    if (fault.ioFailure && shape.method.equals("GET")) {
      // java.net.http re-sends an idempotent request once by itself when a pooled connection dies
      // under it, so each of our attempts may reach the server twice
      assertThat(received).isBetween(sends, 2 * sends);
    } else {
      assertThat(received).as("requests received").isEqualTo(sends);
    }
    if (failure instanceof TransportException) {
      assertThat(((TransportException) failure).attempts()).isEqualTo(sends);
    }
  }

  /**
   * After the whole matrix, and again after 60 more failing calls, the client holds no more threads
   * or open files than its bounded pools allow (HttpClient's cached workers, the JDK's one delay
   * scheduler): nothing grows with the number of failures.
   */
  @AfterAll
  static void threadsAndFilesReturnToBaseline() throws InterruptedException {
    int[] afterSuite = settle();
    assertThat(afterSuite[0]).as("threads after the suite: %s", threadNames()).isLessThanOrEqualTo(baselineThreads + 6);
    assertThat(afterSuite[1]).as("open files after the suite").isLessThanOrEqualTo(baselineFiles + 8);

    WM.resetAll();
    WM.stubFor(get(anyUrl()).willReturn(aResponse().withFault(Fault.CONNECTION_RESET_BY_PEER)));
    WM.stubFor(post(anyUrl()).willReturn(aResponse().withStatus(503)));
    for (int i = 0; i < 20; i++) {
      catchThrowable(() -> Shape.GET.call.apply(neon));
      catchThrowable(() -> Shape.POST.call.apply(neon));
      catchThrowable(() -> Shape.ASYNC.call.apply(neon));
    }
    int[] afterMore = settle();
    assertThat(afterMore[0]).as("threads after 60 more failures: %s", threadNames()).isLessThanOrEqualTo(afterSuite[0] + 1);
    assertThat(afterMore[1]).as("open files after 60 more failures").isLessThanOrEqualTo(afterSuite[1] + 4);
  }

  /** Waits up to 3 s for connections to close; returns {threads, open files}. */
  private static int[] settle() throws InterruptedException {
    int threads = clientThreads();
    long files = openFiles();
    for (int i = 0; i < 30 && (threads > baselineThreads + 6 || files > baselineFiles + 8); i++) {
      Thread.sleep(100);
      threads = clientThreads();
      files = openFiles();
    }
    return new int[] {threads, (int) files};
  }

  /** Threads outside the WireMock server, whose own pool grows with load by design. */
  private static int clientThreads() {
    return (int) Thread.getAllStackTraces().keySet().stream()
        .filter(t -> t.isAlive() && !t.getName().startsWith("qtp") && !t.getName().contains("WireMock")
            && !t.getName().startsWith("Jetty") && !t.getName().contains("jetty")
            && !t.getName().startsWith("Connector-Scheduler"))
        .count();
  }

  private static java.util.List<String> threadNames() {
    return Thread.getAllStackTraces().keySet().stream().map(Thread::getName).sorted()
        .collect(java.util.stream.Collectors.toList());
  }

  private static long openFiles() {
    String[] fds = new java.io.File("/proc/self/fd").list();
    return fds == null ? 0 : fds.length;
  }

  private static Operation running() {
    return new Operation().id(UUID.fromString(OP)).projectId("p-1")
        .status(dev.neonjava.generated.model.OperationStatus.RUNNING)
        .action(dev.neonjava.generated.model.OperationAction.of("start_compute"));
  }
}

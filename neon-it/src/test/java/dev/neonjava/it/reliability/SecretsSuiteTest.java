package dev.neonjava.it.reliability;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.any;
import static com.github.tomakehurst.wiremock.client.WireMock.anyUrl;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.neonjava.Neon;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.runtime.transport.LoggingTransport;
import dev.neonjava.runtime.transport.RetryPolicy;
import dev.neonjava.wait.PollSchedule;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.net.http.HttpClient;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;
import java.util.function.Function;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.EnumSource;

/**
 * At every log level, for a succeeding and a failing call of each shape, the API key, role
 * passwords and connection-URI passwords appear in no log line, exception message, stack trace or
 * {@code toString()}.
 */
class SecretsSuiteTest {
  private static final String KEY = "napi_s3cretKey_do_not_print_5d4c";
  private static final String PASSWORD = "npg_R0lePassw0rd";
  private static final String URI = "postgresql://app:" + PASSWORD + "@ep-x.neon.tech/db?sslmode=require";
  private static final String OP = "44444444-4444-4444-4444-444444444444";
  /** Every body carries secrets, so that any leak of a body shows. */
  private static final String BODY = "{\"code\":\"BAD\",\"message\":\"rejected " + URI + "\","
      + "\"project\":{\"id\":\"p-1\"},\"projects\":[{\"id\":\"p-1\"}],\"connection_uris\":[{\"connection_uri\":\"" + URI
      + "\"}],\"roles\":[{\"name\":\"app\",\"password\":\"" + PASSWORD + "\"}],\"operations\":[],"
      + "\"operation\":{\"id\":\"" + OP + "\",\"project_id\":\"p-1\",\"status\":\"finished\",\"action\":\"start_compute\"},"
      + "\"uri\":\"" + URI + "\",\"password\":\"" + PASSWORD + "\"}";

  @RegisterExtension
  static final WireMockExtension WM = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true)).build();

  enum Shape {
    GET(n -> n.projects().get("p-1")),
    POST(n -> n.projects().create(p -> p.name("x"))),
    LIST(n -> n.projects().list().stream().findFirst()),
    WAITER(n -> n.operations().await(List.of(new Operation().id(UUID.fromString(OP)).projectId("p-1")
        .status(OperationStatus.RUNNING).action(OperationAction.of("start_compute"))))),
    ASYNC(n -> n.api(ProjectApi::new).getProjectAsync(ProjectApi.GetProjectParams.builder().projectId("p-1").build()).join()),
    CONNECTION(n -> n.project("p-1").connectionInfo(c -> c.databaseName("db").roleName("app"))),
    PASSWORD(n -> n.project("p-1").branch("br-1").roles().revealPassword("app"));

    final Function<Neon, Object> call;

    Shape(Function<Neon, Object> call) {
      this.call = call;
    }
  }

  @ParameterizedTest
  @EnumSource(Shape.class)
  void noSecretAnywhereAtAnyLevel(Shape shape) {
    for (Level level : new Level[] {Level.ALL, Level.FINE, Level.INFO, Level.WARNING}) {
      for (int status : new int[] {200, 400, 500}) {
        List<String> texts = run(shape, level, status);
        assertThat(texts).as("%s at %s with HTTP %d", shape, level, status).allSatisfy(text ->
            assertThat(text).doesNotContain(KEY).doesNotContain(PASSWORD));
      }
    }
  }

  private List<String> run(Shape shape, Level level, int status) {
    WM.resetAll();
    WM.stubFor(any(anyUrl()).willReturn(status == 200 ? okJson(BODY)
        : aResponse().withStatus(status).withHeader("Content-Type", "application/json").withBody(BODY)));
    List<String> texts = new ArrayList<>();
    Logger jul = Logger.getLogger(LoggingTransport.LOGGER_NAME);
    Handler handler = new Handler() {
      @Override
      public void publish(LogRecord record) {
        texts.add(new java.util.logging.SimpleFormatter().format(record));
      }

      @Override
      public void flush() {
      }

      @Override
      public void close() {
      }
    };
    jul.setLevel(level);
    jul.addHandler(handler);
    try {
      Neon neon = Neon.builder().apiKey(KEY).baseUrl(WM.baseUrl() + "/api/v2")
          .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build())
          .retryPolicy(RetryPolicy.builder().maxAttempts(2).initialBackoff(Duration.ofMillis(1)).build())
          .pollSchedule(PollSchedule.builder().initialInterval(Duration.ofMillis(5)).build())
          .build();
      texts.add(neon.toString());
      try {
        Object result = shape.call.apply(neon);
        texts.add(String.valueOf(result));
      } catch (RuntimeException e) {
        StringWriter trace = new StringWriter();
        e.printStackTrace(new PrintWriter(trace));
        texts.add(trace.toString());
        texts.add(String.valueOf(e));
      }
    } finally {
      jul.removeHandler(handler);
      jul.setLevel(null);
    }
    return texts;
  }
}

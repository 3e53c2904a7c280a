package dev.neonjava;

import static com.github.tomakehurst.wiremock.client.WireMock.aResponse;
import static com.github.tomakehurst.wiremock.client.WireMock.get;
import static com.github.tomakehurst.wiremock.client.WireMock.okJson;
import static com.github.tomakehurst.wiremock.client.WireMock.post;
import static com.github.tomakehurst.wiremock.client.WireMock.urlPathEqualTo;
import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.runtime.transport.LoggingTransport;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.logging.Handler;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.logging.Logger;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;

/** Secrets never reach logs, exception messages or toString(), at any log level. */
class RedactionTest extends WireMockTestBase {
  private static final String PASSWORD = "Pw-7c1d9e0a55";
  private static final String URI = "postgresql://alex:" + PASSWORD + "@ep-cool-1.us-east-2.aws.neon.tech/neondb?sslmode=require";
  private final List<String> logged = new ArrayList<>();
  private final Logger jul = Logger.getLogger(LoggingTransport.LOGGER_NAME);
  private final Handler capture = new Handler() {
    @Override
    public void publish(LogRecord record) {
      logged.add(record.getLevel() + " " + new java.util.logging.SimpleFormatter().formatMessage(record));
    }

    @Override
    public void flush() {
    }

    @Override
    public void close() {
    }
  };

  @BeforeEach
  void captureEverything() {
    jul.setLevel(Level.ALL);
    jul.addHandler(capture);
  }

  @AfterEach
  void stopCapturing() {
    jul.removeHandler(capture);
    jul.setLevel(null);
  }

  @Test
  void noSecretInLogsMessagesOrStrings() {
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1/connection_uri")))
        .willReturn(okJson("{\"uri\":\"" + URI + "\"}")));
    WM.stubFor(post(urlPathEqualTo(path("/projects"))).willReturn(aResponse().withStatus(400)
        .withHeader("Content-Type", "application/json")
        .withBody("{\"code\":\"BAD\",\"message\":\"cannot parse " + URI + "\"}")));
    WM.stubFor(get(urlPathEqualTo(path("/projects/p-1/branches/br-1/roles/alex/reveal_password")))
        .willReturn(okJson("{\"password\":\"" + PASSWORD + "\"}")));

    List<String> texts = new ArrayList<>();
    Neon neon = neon();
    ConnectionInfo info = neon.project("p-1").connectionInfo(c -> c.databaseName("neondb").roleName("alex"));
    texts.add(info.toString());
    texts.add(info.password().toString());
    texts.add(neon.project("p-1").branch("br-1").roles().revealPassword("alex").toString());
    try {
      neon.projects().create(p -> p.name("x"));
    } catch (RuntimeException e) {
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      texts.add(trace.toString());
      texts.add(e.toString());
    }
    texts.add(neon.toString());
    texts.add(new dev.neonjava.generated.model.RolePasswordResponse().password(PASSWORD).toString());
    texts.add(new dev.neonjava.generated.model.ApiKeyCreateResponse().key(KEY).name("k").toString());

    assertThat(logged).isNotEmpty().anySatisfy(line -> assertThat(line).contains("getConnectionURI").contains("status=200"));
    assertThat(info.jdbcUrl()).isEqualTo("jdbc:postgresql://ep-cool-1.us-east-2.aws.neon.tech/neondb?sslmode=require");
    assertThat(info.password().reveal()).isEqualTo(PASSWORD);
    List<String> all = new ArrayList<>(texts);
    all.addAll(logged);
    assertThat(all).hasSizeGreaterThan(8).allSatisfy(text -> assertThat(text).doesNotContain(KEY).doesNotContain(PASSWORD));
  }
}

package dev.neonjava;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.extension.RegisterExtension;

/** A loopback WireMock (HTTP/1.1, ephemeral port) and a client on fake time pointed at it. */
abstract class WireMockTestBase {
  static final String KEY = "napi_secret_test_key_9f8e7d6c5b4a";

  @RegisterExtension
  static final WireMockExtension WM = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true))
      .build();

  final FakeTime time = new FakeTime();

  NeonBuilder builder() {
    return Neon.builder()
        .apiKey(KEY)
        .baseUrl(WM.baseUrl() + "/api/v2")
        .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build())
        .requestTimeout(Duration.ofSeconds(5))
        .time(time, time);
  }

  Neon neon() {
    return builder().build();
  }

  static String path(String path) {
    return "/api/v2" + path;
  }

  static String op(String id, String status) {
    return "{\"id\":\"" + id + "\",\"project_id\":\"p-1\",\"action\":\"create_branch\",\"status\":\"" + status
        + "\",\"failures_count\":0,\"created_at\":\"2025-01-01T00:00:00Z\",\"updated_at\":\"2025-01-01T00:00:00Z\","
        + "\"total_duration_ms\":1" + (status.equals("error") ? ",\"error\":\"disk full\"" : "") + "}";
  }
}

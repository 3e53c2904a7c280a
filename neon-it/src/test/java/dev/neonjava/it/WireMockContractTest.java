package dev.neonjava.it;

import static com.github.tomakehurst.wiremock.core.WireMockConfiguration.wireMockConfig;
import static org.assertj.core.api.Assertions.assertThat;

import com.github.tomakehurst.wiremock.junit5.WireMockExtension;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.Secret;
import java.net.URI;
import java.net.http.HttpClient;
import java.time.Duration;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Base of the WireMock tests: a loopback server on an ephemeral port speaking HTTP/1.1, a client
 * pointed at it, and after each test a contract check of every request and response against spec/.
 */
abstract class WireMockContractTest {
  static final String API_KEY = "napi_test_key_0123456789abcdef";

  @RegisterExtension
  static final WireMockExtension WM = WireMockExtension.newInstance()
      .options(wireMockConfig().dynamicPort().bindAddress("127.0.0.1").http2PlainDisabled(true))
      .build();

  /** Set to false by a test that sends a deliberate violation and checks it itself. */
  boolean checkContract = true;

  ApiClient client() {
    return ApiClient.builder()
        .baseUri(URI.create(WM.baseUrl() + SpecContract.BASE_PATH))
        .apiKey(Secret.of(API_KEY, "API key"))
        .httpClient(HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(5)).build())
        .requestTimeout(Duration.ofSeconds(5))
        .build();
  }

  static String path(String path) {
    return SpecContract.BASE_PATH + path;
  }

  @AfterEach
  void everyExchangeConformsToTheSpec() {
    if (checkContract) {
      var violations = SpecContract.violations(WM.getAllServeEvents());
      assertThat(violations).as(SpecContract.describe(violations)).isEmpty();
    }
  }
}

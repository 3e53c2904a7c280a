package dev.neonjava;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.Exchange;
import dev.neonjava.runtime.Transport;
import dev.neonjava.runtime.transport.RateLimit;
import dev.neonjava.runtime.transport.RateLimitingTransport;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import org.junit.jupiter.api.Test;

/** The limiter spaces calls on fake time: within both windows, and no slower than needed. */
class RateLimitTest {
  private final FakeTime time = new FakeTime();
  private final List<Long> sentAt = new ArrayList<>();
  private final Transport recorder = new Transport() {
    @Override
    public HttpResponse<byte[]> send(Exchange exchange) {
      sentAt.add(nanos());
      return null;
    }

    @Override
    public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
      sentAt.add(nanos());
      return CompletableFuture.completedFuture(null);
    }
  };

  private long nanos() {
    return time.instant().toEpochMilli() * 1_000_000L;
  }

  private static Exchange call(String route) {
    ApiRequest request = ApiRequest.builder("op", "GET", route).build();
    return new Exchange(request, HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).build());
  }

  @Test
  void burstsAreSpacedWithinTheRouteAndAccountWindows() throws Exception {
    RateLimitingTransport limiter = new RateLimitingTransport(recorder,
        RateLimit.of(70, Duration.ofSeconds(6), 4, Duration.ofMillis(100)).withMargin(0), time, this::nanos);
    for (int i = 0; i < 140; i++) {
      limiter.send(call(i % 2 == 0 ? "/a" : "/b"));
    }
    // account window: no 6 s window holds more than 70 sends
    for (int i = 70; i < sentAt.size(); i++) {
      assertThat(sentAt.get(i) - sentAt.get(i - 70)).isGreaterThanOrEqualTo(Duration.ofSeconds(6).toNanos());
    }
    // the least time possible: the first 70 spread by the route bursts (8 per 100 ms over two routes,
    // so 0.8 s), the next 70 each 6 s after their counterpart; the limiter adds nothing to that
    assertThat(time.slept()).isEqualTo(Duration.ofMillis(6800));
  }

  @Test
  void oneRouteIsHeldToItsBurstLimit() throws Exception {
    RateLimitingTransport limiter = new RateLimitingTransport(recorder,
        RateLimit.of(700, Duration.ofMinutes(1), 4, Duration.ofMillis(100)).withMargin(0), time, this::nanos);
    for (int i = 0; i < 12; i++) {
      limiter.send(call("/a"));
    }
    for (int i = 4; i < sentAt.size(); i++) {
      assertThat(sentAt.get(i) - sentAt.get(i - 4)).isGreaterThanOrEqualTo(Duration.ofMillis(100).toNanos());
    }
    assertThat(time.slept()).isEqualTo(Duration.ofMillis(200));
  }

  @Test
  void theSafetyMarginStretchesEachPeriod() throws Exception {
    RateLimitingTransport limiter = new RateLimitingTransport(recorder,
        RateLimit.of(700, Duration.ofMinutes(1), 4, Duration.ofMillis(100)), time, this::nanos);
    for (int i = 0; i < 5; i++) {
      limiter.send(call("/a"));
    }
    assertThat(time.slept()).isEqualTo(Duration.ofMillis(102)); // 2% of 100 ms by default
  }
}

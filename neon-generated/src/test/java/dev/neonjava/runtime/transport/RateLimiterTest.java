package dev.neonjava.runtime.transport;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.runtime.ApiRequest;
import dev.neonjava.runtime.Exchange;
import dev.neonjava.runtime.Transport;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicReference;
import org.junit.jupiter.api.Test;

/**
 * The limiter on virtual time: calls stay within both windows as the server counts them (on arrival,
 * somewhere between sending and the response), and take no longer than the limits require.
 */
class RateLimiterTest {
  private static final RateLimit SCALED = RateLimit.of(70, Duration.ofSeconds(6), 4, Duration.ofMillis(100));

  private final VirtualTime time = new VirtualTime();
  private final Server server = new Server(time);

  /**
   * A server on virtual time: a request arrives a random part of its latency after it is sent, and
   * its response ends after the whole latency. Records send and arrival times per route.
   */
  private static final class Server implements Transport {
    final VirtualTime time;
    final List<Long> sent = new ArrayList<>();
    final Map<String, List<Long>> arrivals = new HashMap<>();
    Random random;
    Duration maxLatency = Duration.ZERO;
    Throwable failure;

    Server(VirtualTime time) {
      this.time = time;
    }

    @Override
    public HttpResponse<byte[]> send(Exchange exchange) {
      throw new UnsupportedOperationException();
    }

    @Override
    public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
      long now = time.nanos();
      long latency = random == null ? 0 : (long) (random.nextDouble() * maxLatency.toNanos());
      long arrival = now + (random == null ? 0 : (long) (random.nextDouble() * latency));
      sent.add(now);
      arrivals.computeIfAbsent(exchange.request().pathTemplate(), r -> new ArrayList<>()).add(arrival);
      arrivals.computeIfAbsent("account", r -> new ArrayList<>()).add(arrival);
      CompletableFuture<HttpResponse<byte[]>> response = new CompletableFuture<>();
      time.delay(Duration.ofNanos(latency)).thenRun(() -> {
        if (failure != null) {
          response.completeExceptionally(failure);
        } else {
          response.complete(null);
        }
      });
      return response;
    }

    long lastSentMillis() {
      return sent.get(sent.size() - 1) / 1_000_000;
    }

    /** Fails when some window of {@code period} on the server held more than {@code limit} arrivals. */
    void assertNoWindowHoldsMoreThan(String key, int limit, Duration period) {
      List<Long> at = new ArrayList<>(arrivals.get(key));
      Collections.sort(at);
      for (int i = limit; i < at.size(); i++) {
        assertThat(at.get(i) - at.get(i - limit))
            .as("%s: arrival %d is %d ns after arrival %d", key, i, at.get(i) - at.get(i - limit), i - limit)
            .isGreaterThanOrEqualTo(period.toNanos());
      }
    }
  }

  private static Exchange call(String route) {
    return new Exchange(ApiRequest.builder("op", "GET", route).build(),
        HttpRequest.newBuilder(URI.create("http://127.0.0.1/")).build());
  }

  private static List<CompletableFuture<HttpResponse<byte[]>>> burst(VirtualTime time, RateLimitingTransport limiter,
      int calls, String... routes) {
    List<CompletableFuture<HttpResponse<byte[]>>> results = new ArrayList<>();
    for (int i = 0; i < calls; i++) {
      results.add(limiter.sendAsync(call(routes[i % routes.length])));
    }
    time.runUntilIdle();
    return results;
  }

  private List<CompletableFuture<HttpResponse<byte[]>>> burst(RateLimit limit, int calls, String... routes) {
    return burst(time, limiter(limit), calls, routes);
  }

  private RateLimitingTransport limiter(RateLimit limit) {
    return new RateLimitingTransport(server, new RateLimiter(limit, time));
  }

  @Test
  void burstsAreSpacedWithinTheRouteAndAccountWindows() {
    List<CompletableFuture<HttpResponse<byte[]>>> results = burst(SCALED.withMargin(0), 140, "/a", "/b");

    assertThat(results).allSatisfy(r -> assertThat(r).isCompleted());
    server.assertNoWindowHoldsMoreThan("account", 70, Duration.ofSeconds(6));
    server.assertNoWindowHoldsMoreThan("/a", 4, Duration.ofMillis(100));
    server.assertNoWindowHoldsMoreThan("/b", 4, Duration.ofMillis(100));
    // the least time possible: the first 70 spread by the route bursts (8 per 100 ms over two routes,
    // so 0.8 s), the next 70 each 6 s after their counterpart; the limiter adds nothing to that
    assertThat(server.lastSentMillis()).isEqualTo(6800);
  }

  @Test
  void oneRouteIsHeldToItsBurstLimit() {
    burst(RateLimit.of(700, Duration.ofMinutes(1), 4, Duration.ofMillis(100)).withMargin(0), 12, "/a");

    server.assertNoWindowHoldsMoreThan("/a", 4, Duration.ofMillis(100));
    assertThat(server.lastSentMillis()).isEqualTo(200);
  }

  @Test
  void theSafetyMarginStretchesEachPeriod() {
    burst(RateLimit.of(700, Duration.ofMinutes(1), 4, Duration.ofMillis(100)), 5, "/a");

    assertThat(server.lastSentMillis()).isEqualTo(102); // 2% of 100 ms by default
  }

  @Test
  void whateverTheLatencyNoServerWindowHoldsMoreThanTheLimit() {
    for (long seed = 1; seed <= 20; seed++) {
      VirtualTime clock = new VirtualTime();
      Server run = new Server(clock);
      run.random = new Random(seed);
      run.maxLatency = Duration.ofMillis(40);
      burst(clock, new RateLimitingTransport(run, new RateLimiter(SCALED.withMargin(0), clock)), 210, "/a", "/b");

      run.assertNoWindowHoldsMoreThan("account", 70, Duration.ofSeconds(6));
      run.assertNoWindowHoldsMoreThan("/a", 4, Duration.ofMillis(100));
      run.assertNoWindowHoldsMoreThan("/b", 4, Duration.ofMillis(100));
      // the limits alone allow the last call at 12.8 s; each period is counted from a response's end,
      // so at most 40 ms more per period in sequence (2 account periods, then 8 route periods)
      assertThat(run.lastSentMillis()).as("seed %d", seed).isBetween(12_800L, 12_800L + 10 * 40);
    }
  }

  @Test
  void aBusyRouteDoesNotHoldBackOtherRoutes() {
    RateLimitingTransport limiter = limiter(RateLimit.of(700, Duration.ofMinutes(1), 1, Duration.ofHours(1)));
    for (int i = 0; i < 5; i++) {
      limiter.sendAsync(call("/a"));
    }
    limiter.sendAsync(call("/b"));

    assertThat(server.arrivals.get("/a")).hasSize(1); // the other four wait an hour for the route
    assertThat(server.arrivals.get("/b")).hasSize(1); // sent at once, ahead of them
  }

  @Test
  void aCancelledWaitingCallIsNeverSentAndItsTurnPassesOn() {
    RateLimiter budget = new RateLimiter(RateLimit.of(700, Duration.ofMinutes(1), 1, Duration.ofMillis(100)), time);
    RateLimitingTransport limiter = new RateLimitingTransport(server, budget);
    CompletableFuture<HttpResponse<byte[]>> first = limiter.sendAsync(call("/a"));
    CompletableFuture<HttpResponse<byte[]>> cancelled = limiter.sendAsync(call("/a"));
    CompletableFuture<HttpResponse<byte[]>> third = limiter.sendAsync(call("/a"));
    assertThat(budget.waiting()).isEqualTo(2);

    cancelled.cancel(false);
    time.runUntilIdle();

    assertThat(first).isCompleted();
    assertThat(third).isCompleted();
    assertThat(server.sent).hasSize(2);
    assertThat(server.lastSentMillis()).isEqualTo(102);
    assertThat(budget.waiting()).isZero();
  }

  @Test
  void aFailedCallHoldsItsPermitForAPeriodSinceItMayHaveArrived() {
    server.failure = new IOException("connection reset");
    burst(RateLimit.of(700, Duration.ofMinutes(1), 1, Duration.ofMillis(100)).withMargin(0), 3, "/a");

    assertThat(server.sent).hasSize(3);
    assertThat(server.lastSentMillis()).isEqualTo(200);
  }

  @Test
  void aCallRefusedBeforeSendingGivesItsPermitBackAtOnce() {
    Transport refusing = new Transport() {
      @Override
      public HttpResponse<byte[]> send(Exchange exchange) {
        throw new UnsupportedOperationException();
      }

      @Override
      public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
        throw new IllegalArgumentException("refused");
      }
    };
    RateLimiter budget = new RateLimiter(RateLimit.of(1, Duration.ofHours(1), 1, Duration.ofHours(1)), time);
    RateLimitingTransport limiter = new RateLimitingTransport(refusing, budget);

    assertThat(limiter.sendAsync(call("/a"))).isCompletedExceptionally();
    assertThat(limiter.sendAsync(call("/a"))).isCompletedExceptionally(); // not left waiting an hour
    assertThat(budget.waiting()).isZero();
  }

  @Test
  void anInterruptedSynchronousCallStopsWaitingAndIsNotSent() throws Exception {
    List<String> sent = Collections.synchronizedList(new ArrayList<>());
    Transport recorder = new Transport() {
      @Override
      public HttpResponse<byte[]> send(Exchange exchange) {
        sent.add(exchange.request().pathTemplate());
        return null;
      }

      @Override
      public CompletableFuture<HttpResponse<byte[]>> sendAsync(Exchange exchange) {
        throw new UnsupportedOperationException();
      }
    };
    RateLimiter budget = new RateLimiter(RateLimit.of(700, Duration.ofMinutes(1), 1, Duration.ofHours(1)), Sleeper.system());
    RateLimitingTransport limiter = new RateLimitingTransport(recorder, budget);
    limiter.send(call("/a"));

    AtomicReference<Throwable> outcome = new AtomicReference<>();
    CountDownLatch done = new CountDownLatch(1);
    Thread waiter = new Thread(() -> {
      try {
        limiter.send(call("/a"));
      } catch (Throwable t) {
        outcome.set(t);
      }
      done.countDown();
    });
    waiter.start();
    while (budget.waiting() == 0) {
      Thread.sleep(1);
    }
    waiter.interrupt();

    assertThat(done.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(outcome.get()).isInstanceOf(InterruptedException.class);
    assertThat(sent).hasSize(1);
    assertThat(budget.waiting()).isZero();
  }

  @Test
  void badArgumentsAreNamed() {
    assertThatThrownBy(() -> new RateLimiter(null, time)).hasMessageContaining("rateLimit");
    assertThatThrownBy(() -> new RateLimiter(SCALED, null)).hasMessageContaining("sleeper");
    assertThatThrownBy(() -> new RateLimitingTransport(server, null)).hasMessageContaining("limiter");
  }
}

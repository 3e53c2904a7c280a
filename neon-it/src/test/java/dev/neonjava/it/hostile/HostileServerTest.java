package dev.neonjava.it.hostile;

import static dev.neonjava.it.hostile.HostileServer.badChunkedEncoding;
import static dev.neonjava.it.hostile.HostileServer.closeMidBody;
import static dev.neonjava.it.hostile.HostileServer.dripFeed;
import static dev.neonjava.it.hostile.HostileServer.headersThenStall;
import static dev.neonjava.it.hostile.HostileServer.neverAnswer;
import static dev.neonjava.it.hostile.HostileServer.respond;
import static dev.neonjava.it.hostile.HostileServer.truncatedContentLength;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.catchThrowable;

import dev.neonjava.Neon;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.OperationStatus;
import dev.neonjava.runtime.NeonException;
import dev.neonjava.runtime.RateLimitedException;
import dev.neonjava.runtime.RedirectException;
import dev.neonjava.runtime.RequestTimeoutException;
import dev.neonjava.runtime.ResponseDecodingException;
import dev.neonjava.runtime.TransportException;
import dev.neonjava.runtime.transport.RetryPolicy;
import dev.neonjava.runtime.transport.TimeoutScheduler;
import dev.neonjava.wait.PollSchedule;
import dev.neonjava.wait.WaitTimeoutException;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.UUID;
import java.util.concurrent.CompletionException;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * Every fault a hostile server can commit, on every call shape (sync GET, sync POST, async GET, a
 * wait), ends in the documented {@link NeonException} no later than the deadline plus 250 ms; after
 * each one the same client still runs 64 calls at once (a barrier that answers only when all 64
 * are in flight, so one leaked permit fails it); the API key shows in no message, trace or log
 * line, never reaches another origin; and no non-daemon thread is left.
 */
class HostileServerTest {
  static final Duration REQUEST_TIMEOUT = Duration.ofMillis(600);
  static final Duration DEADLINE = Duration.ofMillis(1200);
  static final Duration WAIT_TIMEOUT = Duration.ofMillis(1200);
  static final Duration SLACK = Duration.ofMillis(250);
  static final String OP = "55555555-5555-5555-5555-555555555555";
  static final String OPERATION_PATH = "/api/v2/projects/p-1/operations/" + OP;

  private static HostileServer server;
  private static HostileServer otherOrigin;
  private static Neon neon;
  private static LogCapture logs;
  private static Set<String> nonDaemonBefore;
  private static int timersBefore;
  private static volatile HostileServer.Behavior fault;
  private static final Barrier BARRIER = new Barrier(64);

  /** A fault and what it must end in. */
  enum Fault {
    NEVER_ANSWER(neverAnswer(), RequestTimeoutException.class, true),
    HEADERS_THEN_STALL(headersThenStall(), RequestTimeoutException.class, true),
    DRIP_FEED(dripFeed(), RequestTimeoutException.class, true),
    TRUNCATED_CONTENT_LENGTH(truncatedContentLength(), TransportException.class, false),
    BAD_CHUNKED_ENCODING(badChunkedEncoding(), TransportException.class, false),
    CLOSE_MID_BODY(closeMidBody(), TransportException.class, false),
    NULL_BODY(respond(200, "null"), ResponseDecodingException.class, false),
    EMPTY_BODY(respond(200, ""), ResponseDecodingException.class, false),
    NO_CONTENT_204(respond(204, ""), ResponseDecodingException.class, false),
    EMPTY_OBJECT(respond(200, "{}"), ResponseDecodingException.class, false),
    REDIRECT_302(null, RedirectException.class, false),
    REDIRECT_307(null, RedirectException.class, false),
    RETRY_AFTER_HUGE(respond(429, "{\"code\":\"\",\"message\":\"slow down\"}", "Retry-After: 99999999999999999999"),
        RateLimitedException.class, false),
    RETRY_AFTER_HTTP_DATE(respond(429, "{\"code\":\"\",\"message\":\"slow down\"}", "Retry-After: "
        + DateTimeFormatter.RFC_1123_DATE_TIME.format(ZonedDateTime.now().plusDays(1))), RateLimitedException.class, false),
    RETRY_AFTER_GARBAGE(respond(429, "{\"code\":\"\",\"message\":\"slow down\"}", "Retry-After: soon"),
        RateLimitedException.class, false);

    final HostileServer.Behavior behavior;
    final Class<? extends NeonException> expected;
    final boolean stalls;

    Fault(HostileServer.Behavior behavior, Class<? extends NeonException> expected, boolean stalls) {
      this.behavior = behavior;
      this.expected = expected;
      this.stalls = stalls;
    }

    HostileServer.Behavior behavior() {
      if (this == REDIRECT_302 || this == REDIRECT_307) {
        int status = this == REDIRECT_302 ? 302 : 307;
        return respond(status, "", "Location: " + otherOrigin.baseUrl() + "/api/v2/projects/p-1");
      }
      return behavior;
    }

    /**
     * What a call of this shape ends in: a stalled wait is a wait timeout; {@code {}} fails only where
     * the fluent layer needs a member (null: the call succeeds).
     */
    Class<? extends NeonException> expectedFor(Shape shape) {
      if (shape == Shape.WAIT && stalls) {
        return WaitTimeoutException.class;
      }
      if (shape == Shape.ASYNC_GET && this == EMPTY_OBJECT) {
        return null; // the generated layer decodes what it can: a model whose members are unset
      }
      return expected;
    }
  }

  /** A way of calling the API. */
  enum Shape {
    SYNC_GET(n -> n.projects().get("p-1"), DEADLINE),
    SYNC_POST(n -> n.projects().create(p -> p.name("x")).await(), DEADLINE),
    ASYNC_GET(n -> n.api(ProjectApi::new).getProjectAsync(ProjectApi.GetProjectParams.builder().projectId("p-1")
        .build()).join(), DEADLINE),
    WAIT(n -> n.operations().await(List.of(running())), WAIT_TIMEOUT);

    final Function<Neon, Object> call;
    final Duration deadline;

    Shape(Function<Neon, Object> call, Duration deadline) {
      this.call = call;
      this.deadline = deadline;
    }
  }

  @BeforeAll
  static void start() throws Exception {
    nonDaemonBefore = nonDaemonThreads();
    timersBefore = TimeoutScheduler.pending();
    logs = LogCapture.install();
    otherOrigin = new HostileServer(r -> respond(200, "{\"project\":{\"id\":\"p-1\"}}"));
    server = new HostileServer(HostileServerTest::route);
    neon = Neon.builder().apiKey(LogCapture.KEY).baseUrl(server.baseUrl() + "/api/v2")
        .requestTimeout(REQUEST_TIMEOUT)
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(20))
            .maxBackoff(Duration.ofMillis(50)).deadline(DEADLINE).build())
        .pollSchedule(PollSchedule.builder().initialInterval(Duration.ofMillis(100)).timeout(WAIT_TIMEOUT).build())
        .build();
    // warm up, so that the first case does not pay for class loading and compilation in its time to fail
    fault = respond(200, "{\"project\":{\"id\":\"p-1\"}}");
    neon.projects().get("p-1");
    assertThat(BARRIER.run(neon)).as("64 calls at once on a fresh client: %s", BARRIER.lastFailure).isEqualTo(64);
  }

  private static HostileServer.Behavior route(HostileServer.Request request) {
    if (request.path.startsWith("/api/v2/barrier") || BARRIER.active && request.method.equals("POST")) {
      return BARRIER::answer;
    }
    return fault;
  }

  static Stream<Arguments> cases() {
    List<Arguments> all = new ArrayList<>();
    for (Fault f : Fault.values()) {
      for (Shape s : Shape.values()) {
        all.add(Arguments.of(f, s));
      }
    }
    return all.stream();
  }

  @ParameterizedTest(name = "{0} on {1}")
  @MethodSource("cases")
  void everyFaultEndsTypedWithinTheDeadline(Fault f, Shape shape) {
    fault = f.behavior();
    server.clearReceived();
    otherOrigin.clearReceived();

    long start = System.nanoTime();
    Throwable thrown = catchThrowable(() -> shape.call.apply(neon));
    Duration took = Duration.ofNanos(System.nanoTime() - start);
    Throwable failure = thrown instanceof CompletionException ? thrown.getCause() : thrown;

    Timings.record(f + " on " + shape, took, shape.deadline);
    if (f.expectedFor(shape) == null) {
      assertThat(failure).as("%s on %s", f, shape).isNull();
    } else {
      assertThat(failure).as("%s on %s", f, shape).isInstanceOf(f.expectedFor(shape));
    }
    assertThat(took).as("time to fail of %s on %s", f, shape).isLessThanOrEqualTo(shape.deadline.plus(SLACK));
    if (f == Fault.RETRY_AFTER_HUGE || f == Fault.RETRY_AFTER_HTTP_DATE) { // a wait past the deadline is not slept
      assertThat(((dev.neonjava.runtime.ApiException) failure).attempts()).as("attempts").isEqualTo(1);
    }
    assertThat(LogCapture.texts(failure)).as("exception texts").noneMatch(t -> t.contains(LogCapture.KEY));
    assertThat(otherOrigin.received()).as("requests that reached another origin").isEmpty();

    assertThat(BARRIER.run(neon)).as("64 calls at once after %s on %s: %s%n%s", f, shape, BARRIER.lastFailure,
        server.recentEvents()).isEqualTo(64);
  }

  @AfterAll
  static void nothingLeaks() throws Exception {
    try {
      assertThat(logs.published()).as("log records at ALL").isPositive();
      assertThat(logs.leaks()).as("log records that show the key").isEmpty();
      // timers of earlier test classes may still be due (a rate limiter returns permits a minute later);
      // none of this suite's calls may leave one behind
      assertThat(TimeoutScheduler.pending()).as("timers left scheduled").isLessThanOrEqualTo(timersBefore);
      Set<String> left = nonDaemonThreads();
      left.removeAll(nonDaemonBefore);
      assertThat(left).as("non-daemon threads left").isEmpty();
      Timings.print();
    } finally {
      logs.uninstall();
      server.close();
      otherOrigin.close();
    }
  }

  static Set<String> nonDaemonThreads() {
    return Thread.getAllStackTraces().keySet().stream().filter(t -> t.isAlive() && !t.isDaemon())
        .map(Thread::getName).collect(Collectors.toCollection(java.util.HashSet::new));
  }

  static Operation running() {
    return new Operation().id(UUID.fromString(OP)).projectId("p-1").status(OperationStatus.RUNNING)
        .action(OperationAction.of("start_compute"));
  }

  /** The measured time to fail of each case, printed as a table at the end. */
  static final class Timings {
    private static final Map<String, long[]> TAKEN = new ConcurrentHashMap<>();

    static void record(String name, Duration took, Duration deadline) {
      TAKEN.put(name, new long[] {took.toMillis(), deadline.toMillis()});
    }

    static void print() {
      StringBuilder out = new StringBuilder("\n| case | time to fail (ms) | deadline (ms) | over the deadline (ms) |\n|---|---|---|---|\n");
      TAKEN.entrySet().stream().sorted(Map.Entry.comparingByKey()).forEach(e -> out.append(String.format(Locale.ROOT,
          "| %s | %d | %d | %d |%n", e.getKey(), e.getValue()[0], e.getValue()[1], e.getValue()[0] - e.getValue()[1])));
      System.out.println(out);
    }
  }
}

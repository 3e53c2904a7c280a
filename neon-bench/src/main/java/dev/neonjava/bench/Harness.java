package dev.neonjava.bench;

import dev.neonjava.Neon;
import dev.neonjava.bench.forked.Contenders;
import dev.neonjava.bench.forked.RawClient;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationResponse;
import dev.neonjava.runtime.NeonGson;
import dev.neonjava.runtime.RateLimitedException;
import dev.neonjava.runtime.transport.RateLimit;
import dev.neonjava.wait.PollSchedule;
import com.google.gson.JsonArray;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.DirectoryStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.LongAdder;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/** Workloads measured outside JMH: the peer, heap, waits, rate limit and cold start. */
final class Harness {
  static final String ID = "late-frost-12345678";

  private final URI base;
  private final boolean quick;
  private final Path target;
  private final Path nodeDir;
  private final Report report;
  private final HttpClient control = RawClient.newHttpClient();

  Harness(URI base, boolean quick, Path target, Path nodeDir, Report report) {
    this.base = base;
    this.quick = quick;
    this.target = target;
    this.nodeDir = nodeDir;
    this.report = report;
  }

  /** Result of the peer comparison. */
  static final class Peer {
    Double javaRaw;
    Double java;
    Double node;
    String why;
  }

  // ---------------------------------------------------------------- workload 1: the peer

  Peer peer() throws Exception {
    Peer peer = new Peer();
    long warm = quick ? 1 : 5;
    long measure = quick ? 2 : 5;
    int rounds = quick ? 1 : 2;
    Neon neon = Contenders.fluent(base);
    RawClient raw = Contenders.raw(base);
    Call fluentCall = () -> neon.projects().get(ID).getId();
    Call rawCall = () -> raw.getProject(ID).getId();
    BenchMain.log("peer: warming the Java contenders, 16 threads");
    throughput(rawCall, 16, 0, warm);
    throughput(fluentCall, 16, 0, warm);
    Path sdk = nodeDir.resolve("node_modules/@neon/sdk/dist/index.js");
    Path script = nodeDir.resolve("peer.mjs");
    if (!Files.exists(sdk)) {
      peer.why = "@neon/sdk is not installed in " + nodeDir + " (scripts/bench.sh installs it with npm)";
      BenchMain.log("peer: " + peer.why);
    } else {
      try (InputStream in = Harness.class.getResourceAsStream("/node/peer.mjs")) {
        Files.copy(in, script, java.nio.file.StandardCopyOption.REPLACE_EXISTING);
      }
    }
    List<Double> javaRaw = new ArrayList<>();
    List<Double> java = new ArrayList<>();
    List<Double> node = new ArrayList<>();
    String sdkVersion = "?";
    String nodeVersion = "?";
    for (int round = 0; round < rounds; round++) {
      BenchMain.log("peer: round " + (round + 1) + ": raw, fluent, @neon/sdk; 16 concurrent each");
      javaRaw.add(throughput(rawCall, 16, 1, measure));
      java.add(throughput(fluentCall, 16, 1, measure));
      if (peer.why != null) {
        continue;
      }
      Procs.Line line = Procs.run(List.of("node", script.toString(), "--sdk", sdk.toString(), "--url", base.toString(),
          "--concurrency", "16", "--warmup-ms", String.valueOf(Math.min(warm, 3) * 1000), "--measure-ms",
          String.valueOf(measure * 1000)), s -> s.startsWith("{"), warm + measure + 60);
      if (line.text == null) {
        peer.why = "the node script failed: " + tail(line.output);
        BenchMain.log("peer: " + peer.why);
        continue;
      }
      JsonObject r = JsonParser.parseString(line.text).getAsJsonObject();
      if (r.get("errors").getAsLong() > 0) {
        peer.why = "the node script saw errors: " + line.text;
      }
      node.add(r.get("opsPerSec").getAsDouble());
      sdkVersion = r.get("sdk").getAsString();
      nodeVersion = r.get("node").getAsString();
    }
    peer.javaRaw = median(javaRaw);
    peer.java = median(java);
    peer.node = node.isEmpty() ? null : median(node);
    report.detail("**Workload 1, the peer.** In the harness JVM, against the same server: 16 threads sharing one"
        + " client (raw, then neon-java fluent), then `@neon/sdk` " + sdkVersion + " on Node " + nodeVersion
        + " (`src/main/node/peer.mjs`) with 16 concurrent `neon.projects.get({ projectId })` loops"
        + " (`throwOnError: true`, default retries) after " + Math.min(warm, 3) + " s of warm-up; " + rounds
        + " interleaved rounds of " + measure + " s each, medians in the table. Calls/s per round: raw " + fmt(javaRaw)
        + ", fluent " + fmt(java) + ", @neon/sdk " + fmt(node) + ".");
    return peer;
  }

  interface Call {
    Object call() throws Exception;
  }

  static double throughput(Call call, int threads, long warmSeconds, long measureSeconds) throws InterruptedException {
    LongAdder ops = new LongAdder();
    LongAdder errors = new LongAdder();
    boolean[] flags = new boolean[2]; // measuring, stop
    Object lock = new Object();
    List<Thread> workers = new ArrayList<>();
    for (int i = 0; i < threads; i++) {
      Thread t = new Thread(() -> {
        while (true) {
          boolean measuring;
          synchronized (lock) {
            if (flags[1]) {
              return;
            }
            measuring = flags[0];
          }
          try {
            if (call.call() == null) {
              errors.increment();
            } else if (measuring) {
              ops.increment();
            }
          } catch (Exception e) {
            errors.increment();
          }
        }
      }, "peer-java-" + i);
      t.setDaemon(true);
      workers.add(t);
      t.start();
    }
    Thread.sleep(warmSeconds * 1000);
    synchronized (lock) {
      flags[0] = true;
    }
    long t0 = System.nanoTime();
    Thread.sleep(measureSeconds * 1000);
    synchronized (lock) {
      flags[0] = false;
      flags[1] = true;
    }
    long t1 = System.nanoTime();
    for (Thread t : workers) {
      t.join(10_000);
    }
    if (errors.sum() > 0) {
      throw new IllegalStateException(errors.sum() + " calls failed");
    }
    return ops.sum() / ((t1 - t0) / 1e9);
  }

  // ---------------------------------------------------------------- workload 3: heap

  void heap() throws Exception {
    Map<String, Map<String, String>> runs = new LinkedHashMap<>();
    for (String contender : List.of("raw", "fluent", "eager")) {
      BenchMain.log("heap: " + contender + " with -Xmx64m");
      Procs.Line line = Procs.run(List.of(Procs.java(), "-Xmx64m", "-cp", forkedClasspath(),
          "dev.neonjava.bench.forked.PagingHeap", contender, base.toString()), s -> s.startsWith("HEAP "), 300);
      Map<String, String> kv = new LinkedHashMap<>();
      if (line.text == null) {
        kv.put("outcome", "crashed: " + tail(line.output));
      } else {
        for (String part : line.text.substring(5).split(" ")) {
          int eq = part.indexOf('=');
          kv.put(part.substring(0, eq), part.substring(eq + 1));
        }
      }
      runs.put(contender, kv);
    }
    Map<String, String> raw = runs.get("raw");
    Map<String, String> flu = runs.get("fluent");
    Map<String, String> eager = runs.get("eager");
    boolean flat = "ok".equals(flu.get("outcome")) && "100000".equals(flu.get("items")) && spread(flu.get("quartersMB")) <= 4;
    report.row("3 auto-page 100,000 projects, heap", "JVM with -Xmx64m: finished?, time, peak heap in use (garbage included)",
        heapCell(raw), "—", heapCell(flu), "—",
        "fluent live heap at 25/50/75/100 %: **" + flu.getOrDefault("quartersMB", "?").replace(",", " / ")
            + " MB** (raw " + raw.getOrDefault("quartersMB", "?").replace(",", " / ") + ")",
        "flat, -Xmx64m succeeds", flat);
    report.detail("**Workload 3, heap.** Each contender walks all 100,000 projects in a fresh JVM with `-Xmx64m`"
        + " (one `System.gc()` at each quarter to read the live heap). Control: collecting the same items into a list"
        + " with the fluent client in the same JVM settings ends with **" + eager.get("outcome") + "** after "
        + eager.getOrDefault("items", "?") + " items, so a client that held the pages could not have passed."
        + " raw: " + raw + "; fluent: " + flu + ".");
  }

  private static String heapCell(Map<String, String> kv) {
    if (!"ok".equals(kv.get("outcome"))) {
      return "failed: " + kv.get("outcome");
    }
    return "yes, " + kv.get("items") + " items in " + kv.get("ms") + " ms; peak " + kv.get("peakUsedMB") + " MB";
  }

  private static double spread(String csv) {
    if (csv == null || csv.isEmpty()) {
      return Double.MAX_VALUE;
    }
    double min = Double.MAX_VALUE;
    double max = 0;
    for (String s : csv.split(",")) {
      double v = Double.parseDouble(s);
      min = Math.min(min, v);
      max = Math.max(max, v);
    }
    return max - min;
  }

  private String forkedClasspath() throws IOException {
    List<String> cp = new ArrayList<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(target, "neon-bench-*-forked.jar")) {
      for (Path p : ds) {
        cp.add(p.toString());
      }
    }
    if (cp.isEmpty()) {
      throw new IOException("no neon-bench-*-forked.jar in " + target + ": build with ./mvnw -pl neon-bench -am package");
    }
    cp.add(target.resolve("lib").resolve("*").toString());
    return String.join(java.io.File.pathSeparator, cp);
  }

  private static String tail(String s) {
    String t = s.trim();
    return t.length() > 300 ? "..." + t.substring(t.length() - 300) : t;
  }

  // ---------------------------------------------------------------- workload 4: waits

  void waits() throws Exception {
    PollSchedule schedule = PollSchedule.builder().initialInterval(Duration.ofMillis(100)).multiplier(1.5)
        .maxInterval(Duration.ofSeconds(1)).timeout(Duration.ofSeconds(60)).build();
    Neon neon = Contenders.fluentBuilder(base).pollSchedule(schedule).build();
    List<Long> ts = quick ? List.of(300L, 1000L) : List.of(300L, 1000L, 2500L);
    StringBuilder table = new StringBuilder("| T | call | polls (server) | polls, no jitter | detecting poll after finish"
        + " | wait returned after finish | poll interval before it | detection / interval |\n"
        + "|---|---|---|---|---|---|---|---|\n");
    double worst = 0;
    double worstCaller = 0;
    int runs = 0;
    // one untimed wait of each kind first: connection, class loading and JIT, as in a running application
    neon.operations().await(List.of(NeonGson.gson().fromJson(post("/__bench/operations?finish_after_ms=150"),
        OperationResponse.class).getOperation()));
    neon.operations().awaitAsync(List.of(NeonGson.gson().fromJson(post("/__bench/operations?finish_after_ms=150"),
        OperationResponse.class).getOperation())).get(60, TimeUnit.SECONDS);
    for (long t : ts) {
      for (boolean async : new boolean[] {false, true}) {
        BenchMain.log("wait: T=" + t + " ms " + (async ? "async" : "sync"));
        long t0 = System.nanoTime();
        Operation op = NeonGson.gson().fromJson(post("/__bench/operations?finish_after_ms=" + t),
            OperationResponse.class).getOperation();
        List<Operation> done = async ? neon.operations().awaitAsync(List.of(op)).get(90, TimeUnit.SECONDS)
            : neon.operations().await(List.of(op));
        long t1 = System.nanoTime();
        if (!"finished".equals(done.get(0).getStatus().value())) {
          throw new IllegalStateException("await returned " + done);
        }
        JsonObject stats = JsonParser.parseString(get("/__bench/operations/" + op.getId())).getAsJsonObject();
        JsonArray polls = stats.getAsJsonArray("poll_micros");
        int n = polls.size();
        double last = polls.get(n - 1).getAsLong() / 1000.0;
        double previous = n >= 2 ? polls.get(n - 2).getAsLong() / 1000.0 : 0;
        double interval = last - previous;
        double detection = last - t;
        double delay = (t1 - t0) / 1e6 - t;
        worst = Math.max(worst, detection / interval);
        worstCaller = Math.max(worstCaller, delay / interval);
        runs++;
        table.append("| ").append(t).append(" ms | ").append(async ? "awaitAsync" : "await").append(" | ").append(n)
            .append(" | ").append(idealPolls(t)).append(" | ").append(Report.f(detection, 1)).append(" ms | ")
            .append(Report.f(delay, 1)).append(" ms | ").append(Report.f(interval, 1)).append(" ms | ")
            .append(Report.f(detection / interval, 2)).append(" |\n");
      }
    }
    report.row("4 wait for an operation that finishes after T", "detection delay / the poll interval before it (worst of "
        + runs + " waits, T = " + ts + " ms, sync and async)", "—", "—", "worst **" + Report.f(worst, 2)
        + "** (at the caller, return of the wait: " + Report.f(worstCaller, 2) + ")", "—",
        "detection/interval " + Report.f(worst, 2), "≤ 1 poll interval", worst <= 1.0);
    report.detail("**Workload 4, waits.** `neon.operations().await(..)` / `awaitAsync(..)` with `PollSchedule` 100 ms"
        + " growing ×1.5 to 1 s, 10 % jitter, after one untimed wait of each kind. The server counts and timestamps"
        + " the polls: the detection delay is from the moment the operation became `finished` (T after its creation)"
        + " to the poll that saw it, and the interval is the gap between that poll and the one before. \"wait returned"
        + " after finish\" is measured at the caller from before the creating request (so that round trip counts"
        + " against neon-java) to the return of the wait. \"polls, no jitter\" is what the schedule implies.\n\n"
        + table);
  }

  private static int idealPolls(long t) {
    double at = 0;
    double interval = 100;
    int polls = 0;
    while (true) {
      at += interval;
      polls++;
      if (at >= t) {
        return polls;
      }
      interval = Math.min(interval * 1.5, 1000);
    }
  }

  // ---------------------------------------------------------------- workload 5: rate limit

  void rate() throws Exception {
    int n = 210;
    RateLimit limit = RateLimit.of(70, Duration.ofSeconds(6), 4, Duration.ofMillis(100));
    double ideal = idealSeconds(n, limit);
    Neon limited = Contenders.fluentBuilder(base).rateLimit(limit).build();
    Burst on = burst(limited, n, "with the limiter");
    Neon unlimited = Contenders.fluent(base);
    Burst off = burst(unlimited, n, "without the limiter");
    post("/__bench/ratelimit?on=false");
    double achieved = ideal / on.seconds;
    report.row("5 rate limiter, burst of " + n + " calls from 16 threads", "achieved / allowed rate; 429s reaching the caller",
        "—", "—", "**" + Report.f(100 * achieved, 1) + " %** of allowed, " + on.callerRateLimited + " × 429 to the caller ("
            + on.server429 + " sent by the server)", "—",
        Report.f(100 * achieved, 1) + " %", "≥ 95 %, zero 429s", achieved >= 0.95 && on.callerRateLimited == 0);
    report.detail("**Workload 5, rate limit.** The server enforces 70 requests per 6 s per account and 4 per 100 ms per"
        + " route (exact sliding windows, 429 with `Retry-After` in whole seconds); " + n + " calls alternate between"
        + " `GET /projects/{project_id}` and `GET /projects/{project_id}/operations/{operation_id}`, 16 threads."
        + " The allowed schedule for this burst (every call at the earliest instant both windows allow) takes "
        + Report.f(ideal, 2) + " s. With `.rateLimit(" + limit + ")`: " + on + ". Without it (retries"
        + " only): " + off + ".");
  }

  /** One burst's outcome. */
  static final class Burst {
    double seconds;
    long server200;
    long server429;
    long byAccount;
    long byRoute;
    String rejectedAt;
    int callerRateLimited;
    Map<String, Integer> otherErrors = new ConcurrentHashMap<>();

    @Override
    public String toString() {
      return Report.f(seconds, 2) + " s, server answered " + server200 + " × 200 and " + server429 + " × 429 ("
          + byAccount + " over the account window, " + byRoute + " over a route window; the first at ms " + rejectedAt + "), "
          + callerRateLimited + " `RateLimitedException` reached the caller"
          + (otherErrors.isEmpty() ? "" : ", other errors " + otherErrors);
    }
  }

  private Burst burst(Neon neon, int n, String what) throws Exception {
    BenchMain.log("rate: " + n + " calls " + what);
    post("/__bench/ratelimit?on=true");
    Burst b = new Burst();
    AtomicInteger next = new AtomicInteger();
    AtomicInteger limited = new AtomicInteger();
    UUID op = new UUID(42, 42);
    ExecutorService pool = Executors.newFixedThreadPool(16);
    long t0 = System.nanoTime();
    List<java.util.concurrent.Future<?>> futures = new ArrayList<>();
    for (int w = 0; w < 16; w++) {
      futures.add(pool.submit(() -> {
        for (int i = next.getAndIncrement(); i < n; i = next.getAndIncrement()) {
          try {
            if (i % 2 == 0) {
              neon.projects().get("rl-project");
            } else {
              neon.project("rl-project").operations().get(op);
            }
          } catch (RateLimitedException e) {
            limited.incrementAndGet();
          } catch (RuntimeException e) {
            b.otherErrors.merge(e.getClass().getSimpleName(), 1, Integer::sum);
          }
        }
      }));
    }
    for (java.util.concurrent.Future<?> f : futures) {
      f.get(240, TimeUnit.SECONDS);
    }
    b.seconds = (System.nanoTime() - t0) / 1e9;
    pool.shutdown();
    JsonObject stats = JsonParser.parseString(get("/__bench/ratelimit")).getAsJsonObject();
    b.server200 = stats.get("accepted").getAsLong();
    b.server429 = stats.get("rejected").getAsLong();
    b.byAccount = stats.get("rejected_by_account").getAsLong();
    b.byRoute = stats.get("rejected_by_route").getAsLong();
    b.rejectedAt = stats.get("rejected_at_ms").toString();
    b.callerRateLimited = limited.get();
    return b;
  }

  /** The limits' own schedule with every call ready at time 0: when the last call may start. */
  static double idealSeconds(int n, RateLimit limit) {
    long[] account = new long[n];
    Map<Integer, List<Long>> routes = new LinkedHashMap<>();
    long last = 0;
    long accountPeriod = limit.accountPeriod().toNanos();
    long routePeriod = limit.routePeriod().toNanos();
    for (int i = 0; i < n; i++) {
      List<Long> route = routes.computeIfAbsent(i % 2, r -> new ArrayList<>());
      long at = 0;
      if (i >= limit.accountRequests()) {
        at = Math.max(at, account[i - limit.accountRequests()] + accountPeriod);
      }
      if (route.size() >= limit.routeRequests()) {
        at = Math.max(at, route.get(route.size() - limit.routeRequests()) + routePeriod);
      }
      account[i] = at;
      route.add(at);
      last = Math.max(last, at);
    }
    return last / 1e9;
  }

  // ---------------------------------------------------------------- workload 6: cold start and jars

  void coldStart() throws Exception {
    List<String> contenders = List.of("raw", "generated", "fluent");
    Map<String, List<Double>> total = new LinkedHashMap<>();
    Map<String, List<Double>> inMain = new LinkedHashMap<>();
    String cp = forkedClasspath();
    int rounds = quick ? 2 : 7;
    for (int round = -1; round < rounds; round++) { // round -1 warms the page cache, not counted
      for (String c : contenders) {
        Procs.Line line = Procs.run(List.of(Procs.java(), "-cp", cp, "dev.neonjava.bench.forked.ColdStart", c,
            base.toString()), s -> s.startsWith("COLD "), 60);
        if (line.text == null) {
          throw new IllegalStateException("cold start of " + c + " failed: " + tail(line.output));
        }
        if (round >= 0) {
          total.computeIfAbsent(c, k -> new ArrayList<>()).add(line.nanos / 1e6);
          inMain.computeIfAbsent(c, k -> new ArrayList<>()).add(Long.parseLong(line.text.substring(5).trim()) / 1000.0);
        }
      }
    }
    BenchMain.log("cold start: " + total);
    double raw = median(total.get("raw"));
    double gen = median(total.get("generated"));
    double flu = median(total.get("fluent"));
    report.row("6 cold start: fresh JVM to first decoded project", "median of " + rounds + " JVMs each, process start"
        + " to decoded (in main)", ms(raw, inMain.get("raw")), ms(gen, inMain.get("generated")),
        ms(flu, inMain.get("fluent")), "—", "fluent/raw **" + Report.f(flu / raw, 2) + "**, generated/raw "
            + Report.f(gen / raw, 2) + "; in main: fluent/raw " + Report.f(median(inMain.get("fluent"))
            / median(inMain.get("raw")), 2), "report", null);
    Map<String, Long> sizes = new LinkedHashMap<>();
    try (DirectoryStream<Path> ds = Files.newDirectoryStream(target.resolve("lib"), "*.jar")) {
      for (Path p : ds) {
        sizes.put(p.getFileName().toString(), Files.size(p));
      }
    }
    long gson = sizes.getOrDefault("gson.jar", 0L);
    long generated = sizes.getOrDefault("neon-generated.jar", 0L);
    long fluent = sizes.getOrDefault("neon-fluent.jar", 0L);
    long models = entriesSize(target.resolve("lib/neon-generated.jar"), "dev/neonjava/generated/model/");
    long apis = entriesSize(target.resolve("lib/neon-generated.jar"), "dev/neonjava/generated/api/");
    long runtime = entriesSize(target.resolve("lib/neon-generated.jar"), "dev/neonjava/runtime/");
    report.row("6 jar sizes", "bytes on the classpath", kb(gson) + " (gson)",
        kb(generated) + " (models " + kb(models) + ", API classes " + kb(apis) + ", runtime " + kb(runtime) + ")",
        "+ " + kb(fluent), "—", "neon-java adds " + kb(generated + fluent) + " to gson's " + kb(gson), "report", null);
    report.detail("**Workload 6, cold start.** Each run is a fresh `java -cp <neon-bench forked jar>:<runtime jars>`"
        + " (the same classpath for all three, default JVM flags) that builds its client and decodes one"
        + " `GET /projects/{id}`; measured from process start to the line it prints after decoding, and from `main`"
        + " to that line. Runs are interleaved raw, generated, fluent. All runtime jars: " + sizes
        + " (compressed sizes of classes inside neon-generated.jar: models " + models + ", API classes " + apis
        + ", runtime " + runtime + ").\n\nAll times (ms, process start to decoded): raw " + fmt(total.get("raw"))
        + ", generated " + fmt(total.get("generated")) + ", fluent " + fmt(total.get("fluent")));
  }

  private static String ms(double median, List<Double> inMain) {
    return Report.f(median, 0) + " ms (" + Report.f(median(inMain), 0) + " ms)";
  }

  private static String kb(long bytes) {
    return Report.f(bytes / 1024.0, 0) + " KB";
  }

  private static long entriesSize(Path jar, String prefix) throws IOException {
    long sum = 0;
    try (ZipFile z = new ZipFile(jar.toFile())) {
      for (ZipEntry e : Collections.list(z.entries())) {
        if (e.getName().startsWith(prefix)) {
          sum += e.getCompressedSize();
        }
      }
    }
    return sum;
  }

  static String fmt(List<Double> values) {
    List<String> out = new ArrayList<>();
    for (double v : values) {
      out.add(Report.f(v, 0));
    }
    return out.toString();
  }

  static double median(List<Double> values) {
    double[] v = values.stream().mapToDouble(Double::doubleValue).toArray();
    Arrays.sort(v);
    return v.length % 2 == 1 ? v[v.length / 2] : (v[v.length / 2 - 1] + v[v.length / 2]) / 2;
  }

  // ---------------------------------------------------------------- control calls

  private String post(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(control(path)).POST(HttpRequest.BodyPublishers.noBody()).build());
  }

  private String get(String path) throws IOException, InterruptedException {
    return send(HttpRequest.newBuilder(control(path)).GET().build());
  }

  private URI control(String path) {
    return URI.create(base.getScheme() + "://" + base.getAuthority() + path);
  }

  private String send(HttpRequest request) throws IOException, InterruptedException {
    HttpResponse<String> r = control.send(request, HttpResponse.BodyHandlers.ofString());
    if (r.statusCode() != 200) {
      throw new IOException(request.uri() + ": " + r.statusCode() + " " + r.body());
    }
    return r.body();
  }
}

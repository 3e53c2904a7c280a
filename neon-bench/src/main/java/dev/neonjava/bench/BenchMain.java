package dev.neonjava.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.net.URI;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZoneOffset;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collection;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.results.RunResult;
import org.openjdk.jmh.runner.Runner;
import org.openjdk.jmh.runner.RunnerException;
import org.openjdk.jmh.runner.options.ChainedOptionsBuilder;
import org.openjdk.jmh.runner.options.OptionsBuilder;
import org.openjdk.jmh.runner.options.TimeValue;

/**
 * Runs every workload of the benchmark side by side against one loopback server (its own JVM) and
 * writes {@code target/bench/results.md}.
 * <pre>
 * java -jar neon-bench/target/benchmarks.jar [--quick] [--only=1,2,3,4,5,6] [--prof=jfr] [--out=target/bench]
 * java -jar neon-bench/target/benchmarks.jar jmh [JMH options]   # plain JMH, e.g. "DecodePage -prof jfr"
 * </pre>
 */
public final class BenchMain {
  private BenchMain() {
  }

  /**
   * @param args see the class comment
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    if (args.length > 0 && args[0].equals("jmh")) {
      org.openjdk.jmh.Main.main(Arrays.copyOfRange(args, 1, args.length));
      return;
    }
    Map<String, String> opts = new HashMap<>();
    for (String a : args) {
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unknown argument " + a);
      }
      int eq = a.indexOf('=');
      opts.put(eq < 0 ? a.substring(2) : a.substring(2, eq), eq < 0 ? "true" : a.substring(eq + 1));
    }
    boolean quick = opts.containsKey("quick");
    Set<String> only = new HashSet<>(Arrays.asList(opts.getOrDefault("only", "1,2,3,4,5,6").split(",")));
    Path out = Path.of(opts.getOrDefault("out", "target/bench"));
    Path target = jarDir();
    Path nodeDir = Path.of(opts.getOrDefault("node-dir", target.resolve("node").toString()));
    long started = System.nanoTime();
    Files.createDirectories(out);

    Report report = new Report();
    try (ServerProcess server = ServerProcess.start(target.resolve("benchmarks.jar"))) {
      URI base = server.base;
      log("server " + base);
      Jmh jmh = new Jmh(base, quick, opts.get("prof"), out);
      Harness harness = new Harness(base, quick, target, nodeDir, report);
      List<String> three = List.of("raw", "generated", "fluent");
      if (only.contains("1")) {
        // 15 s of warm-up: with 8 s, scores still fell through the measured seconds, and the contender
        // with the most code to compile (fluent) was measured least warm
        jmh.runCalls("GetProject", three, 15);
        jmh.runCalls("GetProjectConcurrent", three, 15);
        jmh.run("ClientCost", three, false, 3);
        Harness.Peer peer = harness.peer();
        jmh.rowsWorkload1(report, peer);
      }
      if (only.contains("2")) {
        jmh.run("DecodePage", List.of("raw", "neon"), false, 5);
        jmh.run("PageCall", three, false, 3);
        jmh.rowsWorkload2(report);
      }
      if (only.contains("3")) {
        jmh.run("Paging", three, true);
        jmh.rowsWorkload3(report);
        harness.heap();
      }
      if (only.contains("4")) {
        harness.waits();
      }
      if (only.contains("5")) {
        harness.rate();
      }
      if (only.contains("6")) {
        harness.coldStart();
      }
    }
    long seconds = (System.nanoTime() - started) / 1_000_000_000L;
    String md = report.markdown(header(quick, seconds, nodeDir));
    Files.writeString(out.resolve("results.md"), md);
    System.out.println();
    System.out.println(md);
    log("wrote " + out.resolve("results.md") + " in " + seconds + " s");
  }

  static void log(String message) {
    System.out.println("[bench] " + message);
    System.out.flush();
  }

  private static Path jarDir() throws URISyntaxException {
    Path self = Path.of(BenchMain.class.getProtectionDomain().getCodeSource().getLocation().toURI());
    return self.getParent(); // neon-bench/target (benchmarks.jar) or neon-bench/target (classes/)
  }

  private static String header(boolean quick, long seconds, Path nodeDir) {
    String mem = "?";
    String cpu = "?";
    try {
      for (String l : Files.readAllLines(Path.of("/proc/meminfo"))) {
        if (l.startsWith("MemTotal:")) {
          mem = Report.f(Long.parseLong(l.replaceAll("[^0-9]", "")) / 1048576.0, 1) + " GiB";
        }
      }
      for (String l : Files.readAllLines(Path.of("/proc/cpuinfo"))) {
        if (l.startsWith("model name")) {
          cpu = l.substring(l.indexOf(':') + 1).trim();
          break;
        }
      }
    } catch (IOException | RuntimeException ignored) {
      // not Linux
    }
    String node = Procs.capture("node", "--version");
    String git = Procs.capture("git", "describe", "--always", "--dirty");
    return "# neon-java benchmark results\n\n"
        + "- Date: " + ZonedDateTime.now(ZoneOffset.UTC).format(DateTimeFormatter.ISO_OFFSET_DATE_TIME.withLocale(Locale.ROOT))
            .replaceAll("\\.\\d+", "") + "\n"
        + "- Machine: " + Runtime.getRuntime().availableProcessors() + " CPUs (nproc), " + mem + " memory, " + cpu
            + ", " + System.getProperty("os.name") + " " + System.getProperty("os.version") + "\n"
        + "- JDK: " + System.getProperty("java.vm.name") + " " + System.getProperty("java.runtime.version") + "\n"
        + "- Node: " + (node == null ? "not found" : node) + "\n"
        + "- Source: " + (git == null || git.contains("fatal") ? "?" : git) + "\n"
        + "- Run: " + (quick ? "**--quick (smoke run, numbers not meaningful)**" : "full") + ", " + seconds
            + " s in all; every contender against the same loopback server (its own JVM) and payloads\n\n"
        + "Ratios are neon-java over the limit (time per call, so lower is better; 1.00 = as fast as"
        + " hand-written HttpClient + Gson), except where the metric says otherwise. Absolute numbers on a"
        + " shared 2-core machine are noise; the ratios were measured side by side in this one run.\n\n";
  }

  /** The server in its own JVM, fed through stdin so that it ends with this process. */
  static final class ServerProcess implements AutoCloseable {
    final Process process;
    final URI base;

    private ServerProcess(Process process, URI base) {
      this.process = process;
      this.base = base;
    }

    static ServerProcess start(Path jar) throws IOException {
      Process p = new ProcessBuilder(Procs.java(), "-Xms512m", "-Xmx2g", "-cp", jar.toString(),
          "dev.neonjava.bench.server.BenchServer").redirectError(ProcessBuilder.Redirect.INHERIT).start();
      BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8));
      String line = r.readLine();
      if (line == null || !line.startsWith("BENCH_SERVER_URL ")) {
        p.destroyForcibly();
        throw new IOException("the bench server did not start: " + line);
      }
      return new ServerProcess(p, URI.create(line.substring("BENCH_SERVER_URL ".length()).trim()));
    }

    @Override
    public void close() {
      try {
        process.getOutputStream().close();
      } catch (IOException ignored) {
        // gone
      }
      try {
        if (!process.waitFor(10, TimeUnit.SECONDS)) {
          process.destroyForcibly();
        }
      } catch (InterruptedException e) {
        process.destroyForcibly();
        Thread.currentThread().interrupt();
      }
    }
  }

  /**
   * The JMH part: workloads 1-3 (time). Other work on a shared machine comes and goes, so the
   * contenders are interleaved: each round runs every contender in its own short fork, one after the
   * other (in reverse order every other round, so that none always runs first or last), and a ratio is
   * taken within each round; the table shows the median of the rounds' ratios.
   */
  static final class Jmh {
    private final URI base;
    private final boolean quick;
    private final String profiler;
    private final Path out;
    /** benchmark (Class.method) to its score in each round. */
    private final Map<String, List<Double>> scores = new HashMap<>();
    private final Map<String, String> units = new HashMap<>();

    Jmh(URI base, boolean quick, String profiler, Path out) {
      this.base = base;
      this.quick = quick;
      this.profiler = profiler;
      this.out = out;
    }

    /** Runs rounds of the benchmarks Class.method, interleaved: 5 (3 for the long ones; 1 when quick). */
    void run(String benchClass, List<String> methods, boolean long_) throws RunnerException {
      run(benchClass, methods, long_, long_ ? 3 : 5);
    }

    /** Loopback calls: 3 rounds, {@code warmSeconds} of warm-up and 5 s measured per fork. */
    void runCalls(String benchClass, List<String> methods, int warmSeconds) throws RunnerException {
      run(benchClass, methods, false, 3, warmSeconds, 5);
    }

    /** 10 s of warm-up: on 2 cores the JIT needs that long before the scores stop falling. */
    void run(String benchClass, List<String> methods, boolean long_, int fullRounds) throws RunnerException {
      run(benchClass, methods, long_, fullRounds, 10, 3);
    }

    void run(String benchClass, List<String> methods, boolean long_, int fullRounds, int warmups, int measurements)
        throws RunnerException {
      int rounds = quick ? 1 : fullRounds;
      for (int round = 0; round < rounds; round++) {
        List<String> order = new ArrayList<>(methods);
        if (round % 2 == 1) {
          Collections.reverse(order);
        }
        for (String method : order) {
          log("JMH " + benchClass + "." + method + " (round " + (round + 1) + " of " + rounds + ")");
          ChainedOptionsBuilder o = new OptionsBuilder()
              .include("\\." + benchClass + "\\." + method + "$")
              .forks(1)
              .jvmArgs("-Xms1g", "-Xmx1g", "-Dbench.url=" + base)
              .shouldFailOnError(true);
          if (quick) {
            o.warmupIterations(1).warmupTime(TimeValue.seconds(1)).measurementIterations(2)
                .measurementTime(TimeValue.seconds(1));
          } else if (long_) {
            o.warmupIterations(1).warmupTime(TimeValue.seconds(5)).measurementIterations(2)
                .measurementTime(TimeValue.seconds(4));
          } else {
            o.warmupIterations(warmups).warmupTime(TimeValue.seconds(1)).measurementIterations(measurements)
                .measurementTime(TimeValue.seconds(1));
          }
          if (profiler != null) {
            o.addProfiler(profiler, "dir=" + out.resolve("jfr").resolve(benchClass + "." + method + "-" + round)
                .toAbsolutePath());
          }
          for (RunResult r : new Runner(o.build()).run()) {
            String name = r.getParams().getBenchmark().substring("dev.neonjava.bench.jmh.".length());
            scores.computeIfAbsent(name, k -> new ArrayList<>()).add(r.getPrimaryResult().getScore());
            units.put(name, r.getPrimaryResult().getScoreUnit());
          }
        }
      }
    }

    private double score(String name) {
      List<Double> s = scores.get(name);
      return s == null ? Double.NaN : Harness.median(s);
    }

    /** The median of the rounds' ratios a/b (each round's a over the same round's b). */
    private double ratio(String a, String b) {
      List<Double> x = scores.get(a);
      List<Double> y = scores.get(b);
      if (x == null || y == null || x.size() != y.size()) {
        return Double.NaN;
      }
      List<Double> r = new ArrayList<>();
      for (int i = 0; i < x.size(); i++) {
        r.add(x.get(i) / y.get(i));
      }
      return Harness.median(r);
    }

    private String ratioCell(String a, String b) {
      List<Double> x = scores.get(a);
      List<Double> y = scores.get(b);
      if (x == null || y == null || x.size() != y.size()) {
        return "n/a";
      }
      double min = Double.MAX_VALUE;
      double max = 0;
      for (int i = 0; i < x.size(); i++) {
        min = Math.min(min, x.get(i) / y.get(i));
        max = Math.max(max, x.get(i) / y.get(i));
      }
      return Report.f(ratio(a, b), 3) + (x.size() > 1 ? " (rounds " + Report.f(min, 2) + "–" + Report.f(max, 2) + ")" : "");
    }

    /**
     * Whether the median of the rounds' ratios a/b meets {@code max}, flagged when single rounds fall on
     * both sides of it (the machine was noisier than the margin).
     */
    private String meets(String a, String b, double max) {
      List<Double> x = scores.get(a);
      List<Double> y = scores.get(b);
      if (x == null || y == null || x.size() != y.size()) {
        return "n/a";
      }
      boolean any = false;
      boolean all = true;
      for (int i = 0; i < x.size(); i++) {
        boolean ok = x.get(i) / y.get(i) <= max;
        any |= ok;
        all &= ok;
      }
      String verdict = ratio(a, b) <= max ? "yes" : "**no**";
      return all || !any ? verdict : verdict + " (median; single rounds on both sides)";
    }

    private String cell(String name) {
      List<Double> s = scores.get(name);
      if (s == null) {
        return "n/a";
      }
      double min = s.stream().mapToDouble(Double::doubleValue).min().orElse(Double.NaN);
      double max = s.stream().mapToDouble(Double::doubleValue).max().orElse(Double.NaN);
      String unit = units.get(name);
      return Report.score(score(name), Double.NaN, unit) + (s.size() > 1 ? " (" + Report.score(min, Double.NaN, "")
          .trim() + "–" + Report.score(max, Double.NaN, "").trim() + ")" : "");
    }

    void rowsWorkload1(Report report, Harness.Peer peer) {
      report.rowWithVerdict("1 get one project, sequential", "time per call (JMH avgt), median of rounds (range)",
          cell("GetProject.raw"), cell("GetProject.generated"), cell("GetProject.fluent"), "—",
          "fluent/raw **" + ratioCell("GetProject.fluent", "GetProject.raw") + "**, generated/raw "
              + ratioCell("GetProject.generated", "GetProject.raw"), "≤ 1.05", meets("GetProject.fluent", "GetProject.raw", 1.05));
      double raw = score("ClientCost.raw");
      double flu = score("ClientCost.fluent");
      double gen = score("ClientCost.generated");
      double loop = score("GetProject.raw");
      report.row("1 get one project: the client's own work", "time per call with a canned HttpClient (no network),"
          + " JMH avgt", cell("ClientCost.raw"), cell("ClientCost.generated"), cell("ClientCost.fluent"), "—",
          "fluent − raw = " + Report.f(flu - raw, 1) + " µs/call, " + Report.f(100 * (flu - raw) / loop, 1)
              + " % of a loopback call; generated − raw = " + Report.f(gen - raw, 1) + " µs",
          "(explains the rows above)", null);
      // throughput: time per call is raw/fluent
      report.rowWithVerdict("1 get one project, 16 concurrent", "throughput, 16 threads, one shared client (JMH thrpt)",
          cell("GetProjectConcurrent.raw"), cell("GetProjectConcurrent.generated"),
          cell("GetProjectConcurrent.fluent"), "—",
          "fluent/raw time per call **" + ratioCell("GetProjectConcurrent.raw", "GetProjectConcurrent.fluent")
              + "**, generated/raw " + ratioCell("GetProjectConcurrent.raw", "GetProjectConcurrent.generated"),
          "≤ 1.05", meets("GetProjectConcurrent.raw", "GetProjectConcurrent.fluent", 1.05));
      Double java = peer.java;
      Double javaRaw = peer.javaRaw;
      Double node = peer.node;
      String nodeCell = node == null ? "not run: " + peer.why : Report.f(node, 0) + " ops/s"
          + (peer.why == null ? "" : " (" + peer.why + ")");
      report.row("1 get one project, 16 concurrent, vs the peer", "throughput, same harness, contenders interleaved",
          javaRaw == null ? "n/a" : Report.f(javaRaw, 0) + " ops/s", "—",
          java == null ? "n/a" : Report.f(java, 0) + " ops/s", nodeCell,
          node == null || java == null ? "n/a" : "fluent/@neon/sdk throughput **" + Report.f(java / node, 2)
              + "** (raw/@neon/sdk " + Report.f(javaRaw / node, 2) + ")",
          "≥ 2", node == null || java == null ? null : java / node >= 2);
    }

    void rowsWorkload2(Report report) {
      report.rowWithVerdict("2 decode one page of 400 projects (462 KB)", "Gson decode only, bytes to model (JMH avgt)",
          cell("DecodePage.raw"), cell("DecodePage.neon") + " (NeonGson, used by both layers)", "(same as generated)",
          "—", "neon/raw **" + ratioCell("DecodePage.neon", "DecodePage.raw") + "**", "≤ 1.10",
          meets("DecodePage.neon", "DecodePage.raw", 1.10));
      report.rowWithVerdict("2 one page of 400 projects, whole call", "GET + decode (JMH avgt)", cell("PageCall.raw"),
          cell("PageCall.generated"), cell("PageCall.fluent"), "—",
          "fluent/raw **" + ratioCell("PageCall.fluent", "PageCall.raw") + "**, generated/raw "
              + ratioCell("PageCall.generated", "PageCall.raw"), "≤ 1.10", meets("PageCall.fluent", "PageCall.raw", 1.10));
    }

    void rowsWorkload3(Report report) {
      double raw = score("Paging.raw");
      double flu = score("Paging.fluent");
      report.rowWithVerdict("3 auto-page 100,000 projects (250 pages of 400)", "time for all (JMH avgt); per item: raw "
          + Report.f(raw * 1000 / 100_000, 2) + " µs, fluent " + Report.f(flu * 1000 / 100_000, 2) + " µs",
          cell("Paging.raw"), cell("Paging.generated") + " (cursor by hand)", cell("Paging.fluent") + " (Paginator)",
          "—", "fluent/raw **" + ratioCell("Paging.fluent", "Paging.raw") + "**, generated/raw "
              + ratioCell("Paging.generated", "Paging.raw"), "≤ 1.10", meets("Paging.fluent", "Paging.raw", 1.10));
    }
  }

  static List<String> lines(String s) {
    return new ArrayList<>(Arrays.asList(s.split("\n")));
  }

  static Duration seconds(long s) {
    return Duration.ofSeconds(s);
  }
}

package dev.neonjava.bench.emulator;

import dev.neonjava.testkit.NeonEmulator;
import java.lang.management.ManagementFactory;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/**
 * Start-up and per-request cost of the Neon emulator (issue 14): the first emulator of a fresh JVM
 * (process start and {@code main} to a started server, in fresh JVMs), every further one in the same
 * JVM (the spec is parsed once per JVM), and the median time of a {@code GET /projects/{id}} with
 * the spec validation on and off. Run with the server jar on the class path:
 * <pre>
 * java -cp neon-testkit/target/neon-testkit-VERSION-server.jar:neon-bench/target/classes \
 *     dev.neonjava.bench.emulator.EmulatorBench [--jvms=5] [--starts=20] [--requests=2000]
 * </pre>
 */
public final class EmulatorBench {
  private EmulatorBench() {
  }

  /**
   * @param args {@code --cold} (one measurement, used by the forked JVMs) or the counts
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    long mainAt = System.nanoTime();
    if (args.length == 1 && args[0].equals("--cold")) {
      long jvmStart = ManagementFactory.getRuntimeMXBean().getStartTime();
      try (NeonEmulator neon = NeonEmulator.start()) {
        long fromMain = (System.nanoTime() - mainAt) / 1_000_000;
        long fromJvm = System.currentTimeMillis() - jvmStart;
        System.out.println("COLD " + fromMain + " " + fromJvm + " " + neon.port());
      }
      return;
    }
    int jvms = option(args, "jvms", 5);
    int starts = option(args, "starts", 20);
    int requests = option(args, "requests", 2000);

    List<Long> coldMain = new ArrayList<>();
    List<Long> coldJvm = new ArrayList<>();
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    for (int i = 0; i < jvms; i++) {
      Process p = new ProcessBuilder(java.toString(), "-cp", System.getProperty("java.class.path"),
          EmulatorBench.class.getName(), "--cold").redirectErrorStream(true).start();
      String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      p.waitFor();
      for (String line : out.split("\n")) {
        if (line.startsWith("COLD ")) {
          String[] f = line.split(" ");
          coldMain.add(Long.parseLong(f[1]));
          coldJvm.add(Long.parseLong(f[2]));
        }
      }
    }

    long t0 = System.nanoTime();
    NeonEmulator.start().close();
    long firstInProcess = (System.nanoTime() - t0) / 1_000_000;
    List<Long> again = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      long t = System.nanoTime();
      NeonEmulator.start().close();
      again.add((System.nanoTime() - t) / 1_000);
    }

    long withValidation = medianRequestMicros(true, requests);
    long withoutValidation = medianRequestMicros(false, requests);

    System.out.println("emulator start-up and per-request cost (" + Runtime.getRuntime().availableProcessors()
        + " cores, JDK " + System.getProperty("java.version") + ")");
    System.out.println("first emulator, fresh JVM, main to started: median " + median(coldMain) + " ms, range "
        + Collections.min(coldMain) + ".." + Collections.max(coldMain) + " ms (" + jvms + " JVMs)");
    System.out.println("first emulator, fresh JVM, process start to started: median " + median(coldJvm)
        + " ms, range " + Collections.min(coldJvm) + ".." + Collections.max(coldJvm) + " ms");
    System.out.println("first emulator in this JVM (after the forks): " + firstInProcess + " ms");
    System.out.println("further emulators in the same JVM: median " + median(again) / 1000.0 + " ms, max "
        + Collections.max(again) / 1000.0 + " ms (" + starts + " starts)");
    System.out.println("GET /projects/{id}, validation on: median " + withValidation / 1000.0 + " ms");
    System.out.println("GET /projects/{id}, validation off: median " + withoutValidation / 1000.0 + " ms");
    System.out.println("validation cost per request (median difference): "
        + (withValidation - withoutValidation) / 1000.0 + " ms");
  }

  private static long medianRequestMicros(boolean validate, int requests) throws Exception {
    try (NeonEmulator neon = NeonEmulator.builder().validateAgainstSpec(validate).start()) {
      String id = neon.seedProject("bench").getId();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      HttpRequest get = HttpRequest.newBuilder(URI.create(neon.baseUri() + "/projects/" + id))
          .header("Authorization", "Bearer " + neon.apiKey()).build();
      for (int i = 0; i < requests / 2; i++) {
        check(http.send(get, HttpResponse.BodyHandlers.ofString()));
      }
      List<Long> times = new ArrayList<>();
      for (int i = 0; i < requests; i++) {
        long t = System.nanoTime();
        check(http.send(get, HttpResponse.BodyHandlers.ofString()));
        times.add((System.nanoTime() - t) / 1_000);
      }
      if (!neon.violations().isEmpty()) {
        throw new IllegalStateException("violations: " + neon.violations());
      }
      return median(times);
    }
  }

  private static void check(HttpResponse<String> response) {
    if (response.statusCode() != 200) {
      throw new IllegalStateException("HTTP " + response.statusCode() + ": " + response.body());
    }
  }

  /** The median of some timings, shared by the emulator benchmarks. */
  static long median(List<Long> values) {
    List<Long> sorted = new ArrayList<>(values);
    Collections.sort(sorted);
    return sorted.get(sorted.size() / 2);
  }

  /** The value of {@code --name=N} among the arguments, or the fallback. */
  static int option(String[] args, String name, int fallback) {
    for (String a : args) {
      if (a.startsWith("--" + name + "=")) {
        return Integer.parseInt(a.substring(name.length() + 3));
      }
    }
    return fallback;
  }
}

package dev.neonjava.bench;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.function.Predicate;

/** Starting child processes (JVMs, node) with bounded waits. */
final class Procs {
  private Procs() {
  }

  /** @return the java executable of this JVM */
  static String java() {
    return ProcessHandle.current().info().command()
        .orElse(Path.of(System.getProperty("java.home"), "bin", "java").toString());
  }

  /** The first line a process printed that matched, and how long after start it came. */
  static final class Line {
    final String text;
    final long nanos;
    final String output;

    Line(String text, long nanos, String output) {
      this.text = text;
      this.nanos = nanos;
      this.output = output;
    }
  }

  /**
   * Runs a command to its end (at most {@code timeoutSeconds}) and returns its first line matching.
   * @return the line, or null when none matched (output then holds everything printed)
   */
  static Line run(List<String> command, Predicate<String> match, long timeoutSeconds) throws IOException, InterruptedException {
    ProcessBuilder pb = new ProcessBuilder(command).redirectErrorStream(true);
    long start = System.nanoTime();
    Process p = pb.start();
    StringBuilder all = new StringBuilder();
    String found = null;
    long at = 0;
    Thread killer = new Thread(() -> {
      try {
        if (!p.waitFor(timeoutSeconds, TimeUnit.SECONDS)) {
          p.destroyForcibly();
        }
      } catch (InterruptedException ignored) {
        p.destroyForcibly();
      }
    });
    killer.setDaemon(true);
    killer.start();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        if (found == null && match.test(line)) {
          found = line;
          at = System.nanoTime() - start;
        }
        if (all.length() < 20_000) {
          all.append(line).append('\n');
        }
      }
    }
    p.waitFor(timeoutSeconds, TimeUnit.SECONDS);
    if (p.isAlive()) {
      p.destroyForcibly();
    }
    return found == null ? new Line(null, 0, all.toString()) : new Line(found, at, all.toString());
  }

  /** @return the command's output, or null when it could not run */
  static String capture(String... command) {
    try {
      Line l = run(List.of(command), s -> true, 20);
      return l.output.trim();
    } catch (IOException | InterruptedException e) {
      return null;
    }
  }

  static List<String> list(String... parts) {
    return new ArrayList<>(List.of(parts));
  }
}

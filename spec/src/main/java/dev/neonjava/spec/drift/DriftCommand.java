package dev.neonjava.spec.drift;

import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;

/**
 * Command line of the drift tooling ({@code ./mvnw -pl spec -Pspec-drift verify} and the scripts in
 * {@code scripts/} call it).
 *
 * <pre>
 * drift              compare spec/ with the published spec, write target/spec-drift/report.{md,json},
 *                    print a one-line verdict; exit 1 when the policy says so
 * fetch              obtain the published spec into the cache; print its path
 * generator-options  print the extra generator options a spec needs to generate cleanly
 * adopt              write a published spec into spec/ with prose, examples and x-* removed
 *
 * options: --spec=FILE --published=FILE|URL --npm-version=V --pinned-version=V --release-url=URL|''
 *          --cache=DIR --out=DIR --policy=breaking|any|never --baseline=FILE|none --japicmp-dir=DIR
 *          --npm=CMD --timeout=SECONDS --published-file=FILE --published-version=V --report=FILE (adopt)
 * </pre>
 *
 * <p>Exit status: 0 success, 1 drift that the policy rejects, 2 usage error or no spec obtainable.
 */
public final class DriftCommand {
  static final Pattern SPEC_VERSION = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)(?:-neon-java\\.\\d+)?");

  private final PrintStream out;
  private final PrintStream err;

  DriftCommand(PrintStream out, PrintStream err) {
    this.out = out;
    this.err = err;
  }

  public static void main(String[] args) {
    int status = new DriftCommand(System.out, System.err).run(args);
    System.exit(status);
  }

  /** Runs one command; returns the exit status. */
  public int run(String... args) {
    List<String> list = new ArrayList<>(Arrays.asList(args));
    String command = !list.isEmpty() && !list.get(0).startsWith("--") ? list.remove(0) : "drift";
    Map<String, String> o;
    try {
      o = options(list);
      switch (command) {
        case "drift":
          return drift(o);
        case "fetch":
          return fetch(o);
        case "generator-options":
          return generatorOptions(o);
        case "adopt":
          return adopt(o);
        default:
          err.println("unknown command " + command + " (drift, fetch, generator-options, adopt)");
          return 2;
      }
    } catch (SpecUnavailableException e) {
      err.println(e.getMessage());
      return 2;
    } catch (IllegalArgumentException | IOException e) {
      err.println("spec drift: error: " + e.getMessage());
      return 2;
    }
  }

  static Map<String, String> options(List<String> args) {
    Map<String, String> o = new LinkedHashMap<>();
    for (String a : args) {
      if (!a.startsWith("--")) {
        throw new IllegalArgumentException("unexpected argument " + a);
      }
      int eq = a.indexOf('=');
      if (eq < 0) {
        o.put(a.substring(2), "true");
      } else {
        o.put(a.substring(2, eq), a.substring(eq + 1));
      }
    }
    return o;
  }

  private static String opt(Map<String, String> o, String key, String def) {
    String v = o.get(key);
    return v == null ? def : v;
  }

  /** The npm version {@code spec/} was checked against: the X.Y.Z prefix of its info.version. */
  static String pinnedVersionOf(Path spec) throws IOException {
    try (Stream<String> lines = Files.lines(spec, StandardCharsets.UTF_8)) {
      boolean inInfo = false;
      for (String line : (Iterable<String>) lines::iterator) {
        if (line.startsWith("info:")) {
          inInfo = true;
          continue;
        }
        if (inInfo && !line.startsWith(" ") && !line.isEmpty()) {
          break;
        }
        String t = line.trim();
        if (inInfo && t.startsWith("version:")) {
          String v = t.substring("version:".length()).trim().replace("'", "").replace("\"", "");
          Matcher m = SPEC_VERSION.matcher(v);
          return m.find() ? m.group(1) : null;
        }
      }
    }
    return null;
  }

  private PublishedSpecSource source(Map<String, String> o) throws IOException {
    Path spec = Path.of(opt(o, "spec", "spec/neon-api.yaml"));
    String pinned = o.get("pinned-version");
    if ((pinned == null || pinned.isBlank()) && Files.isRegularFile(spec)) {
      pinned = pinnedVersionOf(spec);
    }
    PublishedSpecSource.Builder b = PublishedSpecSource.builder()
        .explicit(o.get("published"))
        .releaseUrl(opt(o, "release-url", PublishedSpecSource.RELEASE_URL))
        .requestedNpmVersion(o.get("npm-version"))
        .pinnedNpmVersion(pinned)
        .cacheDir(Path.of(opt(o, "cache", "target/spec-cache")))
        .timeout(Duration.ofSeconds(Long.parseLong(opt(o, "timeout", "120"))));
    String npm = o.get("npm");
    if (npm != null && !npm.isBlank()) {
      b.npmCommand(Arrays.asList(npm.trim().split("\\s+")));
    }
    return b.build();
  }

  private int fetch(Map<String, String> o) throws IOException, SpecUnavailableException {
    PublishedSpecSource.Fetched f = source(o).fetch();
    for (String s : f.skipped()) {
      err.println("spec drift: skipped " + s);
    }
    err.println("spec drift: published spec " + f.origin() + " [" + f.route() + "]");
    out.println(f.file());
    return 0;
  }

  private int drift(Map<String, String> o) throws IOException, SpecUnavailableException {
    Path spec = Path.of(opt(o, "spec", "spec/neon-api.yaml"));
    if (!Files.isRegularFile(spec)) {
      throw new IllegalArgumentException("no vendored spec at " + spec.toAbsolutePath());
    }
    Policy policy = Policy.parse(o.get("policy"));
    Path outDir = Path.of(opt(o, "out", "target/spec-drift"));
    PublishedSpecSource.Fetched published = source(o).fetch();
    for (String s : published.skipped()) {
      err.println("spec drift: skipped " + s);
    }
    String baselineOpt = opt(o, "baseline", "");
    Baseline baseline = "none".equals(baselineOpt) ? Baseline.empty()
        : baselineOpt.isBlank() ? Baseline.loadDefault() : Baseline.load(Path.of(baselineOpt));
    DriftResult result = DriftAnalyzer.compare(spec, published.file()).withBaseline(baseline);
    ReportWriter.Context ctx = new ReportWriter.Context().oldFile(spec.toString()).published(published).policy(policy);
    String japicmpDir = o.get("japicmp-dir");
    if (japicmpDir != null && !japicmpDir.isBlank()) {
      addJapicmp(ctx, Path.of(japicmpDir));
    }
    ReportWriter.write(result, ctx, outDir);
    out.println(ReportWriter.verdictLine(result, ctx, outDir));
    return policy.fails(result) ? 1 : 0;
  }

  /**
   * Reads, per module, {@code <module>.mode} ("breaking" or "report"), and when present
   * {@code <module>.md} (japicmp's Markdown report), {@code <module>.diff} (its text diff) and
   * {@code <module>.outcome} (one line written by scripts/regenerate.sh).
   */
  static void addJapicmp(ReportWriter.Context ctx, Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      return;
    }
    List<Path> modes;
    try (Stream<Path> s = Files.list(dir)) {
      modes = s.filter(p -> p.getFileName().toString().endsWith(".mode")).sorted().collect(java.util.stream.Collectors.toList());
    }
    for (Path mode : modes) {
      String name = mode.getFileName().toString();
      String module = name.substring(0, name.length() - ".mode".length());
      boolean breaking = "breaking".equals(Files.readString(mode, StandardCharsets.UTF_8).trim());
      Path md = dir.resolve(module + ".md");
      Path outcome = dir.resolve(module + ".outcome");
      ctx.japicmp(module, Files.isRegularFile(md) ? md : null, breaking,
          Files.isRegularFile(outcome) ? Files.readString(outcome, StandardCharsets.UTF_8).trim() : null);
      Path diff = dir.resolve(module + ".diff");
      if (Files.isRegularFile(diff)) {
        ctx.japicmpDiff.put(module, diff);
      }
    }
  }

  private int generatorOptions(Map<String, String> o) throws IOException {
    Path spec = Path.of(opt(o, "spec", "spec/neon-api.yaml"));
    GeneratorPreprocessing.Plan plan = GeneratorPreprocessing.plan(spec);
    for (String reason : plan.reasons()) {
      err.println("spec drift: preprocessing: " + reason);
    }
    out.println(String.join(" ", plan.mavenArguments()));
    return 0;
  }

  private int adopt(Map<String, String> o) throws IOException {
    String from = o.get("published-file");
    if (from == null || from.isBlank()) {
      throw new IllegalArgumentException("adopt needs --published-file=FILE (see scripts/regenerate.sh --adopt)");
    }
    Path spec = Path.of(opt(o, "spec", "spec/neon-api.yaml"));
    Derivation d = SpecAdopter.derive(Path.of(from), spec, o.get("published-version"));
    err.println("spec drift: wrote " + spec + " (info.version " + d.version() + ") from " + from
        + "; prose of new elements is empty: write our own descriptions (spec/README.md)");
    for (String line : d.summaryLines()) {
      err.println("spec drift: adopt: " + line);
    }
    String report = o.get("report");
    if (report != null && !report.isBlank()) {
      Path file = Path.of(report);
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.writeString(file, d.markdown(o.getOrDefault("published-version", from)), StandardCharsets.UTF_8);
      err.println("spec drift: adopt: details in " + file);
    }
    return 0;
  }
}

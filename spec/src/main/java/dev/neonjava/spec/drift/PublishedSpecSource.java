package dev.neonjava.spec.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.regex.Pattern;

/**
 * Obtains Neon's published OpenAPI document. Routes, in order of preference:
 *
 * <ol>
 *   <li>an explicit file or http(s) URL given by the user: when given, it is the only route (the
 *       user asked for that document; silently comparing with another one would mislead);
 *   <li>Neon's release URL {@value #RELEASE_URL} (skipped when a specific npm version is requested,
 *       since the URL always serves the latest document);
 *   <li>the npm package {@value #NPM_PACKAGE} at the requested version, or else the pinned one, via
 *       {@code npm pack}; its tarball ships the document as {@code public-v2-for-users.gen.yaml}
 *       (older versions: {@code public-v2.yaml}).
 * </ol>
 *
 * <p>Everything fetched is written under the cache directory (by default {@code target/spec-cache});
 * nothing is ever written into {@code spec/}. An npm version already in the cache is not fetched
 * again (versions are immutable; dist-tags such as {@code latest} are always resolved afresh). When
 * no route works, {@link SpecUnavailableException} names every route tried and why it failed.
 */
public final class PublishedSpecSource {
  public static final String RELEASE_URL = "https://neon.tech/api_spec/release/v2.json";
  public static final String NPM_PACKAGE = "@neondatabase/api-client";
  /** Where the document sits in the npm tarball, newest layout first. */
  public static final List<String> TARBALL_SPEC_ENTRIES =
      List.of("package/public-v2-for-users.gen.yaml", "package/public-v2.yaml");

  private static final Pattern EXACT_VERSION = Pattern.compile("\\d+\\.\\d+\\.\\d+([-+][0-9A-Za-z.+-]+)?");

  /** One document obtained by one route. */
  public static final class Fetched {
    private final Path file;
    private final String route;
    private final String origin;
    private final String npmVersion;
    private final List<String> skipped;

    Fetched(Path file, String route, String origin, String npmVersion, List<String> skipped) {
      this.file = file;
      this.route = route;
      this.origin = origin;
      this.npmVersion = npmVersion;
      this.skipped = Collections.unmodifiableList(new ArrayList<>(skipped));
    }

    /** The local file holding the document. */
    public Path file() {
      return file;
    }

    /** {@code file}, {@code url}, {@code release-url} or {@code npm}. */
    public String route() {
      return route;
    }

    /** Human description: the path, the URL or {@code @neondatabase/api-client@2.7.3}. */
    public String origin() {
      return origin;
    }

    /** The exact npm version when the npm route was used, else {@code null}. */
    public String npmVersion() {
      return npmVersion;
    }

    /** Routes tried before this one, each with the reason it failed. */
    public List<String> skipped() {
      return skipped;
    }

    @Override
    public String toString() {
      return origin + " [" + route + "] -> " + file;
    }
  }

  private interface Route {
    String describe();

    Fetched fetch(List<String> skipped) throws Exception;
  }

  private final String explicit;
  private final String releaseUrl;
  private final String npmVersion;
  private final boolean npmVersionRequested;
  private final List<String> npmCommand;
  private final Path cacheDir;
  private final Duration timeout;

  private PublishedSpecSource(Builder b) {
    this.explicit = blankToNull(b.explicit);
    this.releaseUrl = blankToNull(b.releaseUrl);
    this.npmVersionRequested = blankToNull(b.requestedNpmVersion) != null;
    this.npmVersion = npmVersionRequested ? b.requestedNpmVersion.trim() : blankToNull(b.pinnedNpmVersion);
    this.npmCommand = List.copyOf(b.npmCommand);
    this.cacheDir = Objects.requireNonNull(b.cacheDir, "cacheDir");
    this.timeout = b.timeout;
  }

  public static Builder builder() {
    return new Builder();
  }

  /** Configures a {@link PublishedSpecSource}. */
  public static final class Builder {
    private String explicit;
    private String releaseUrl = RELEASE_URL;
    private String requestedNpmVersion;
    private String pinnedNpmVersion;
    private List<String> npmCommand = List.of("npm");
    private Path cacheDir = Path.of("target", "spec-cache");
    private Duration timeout = Duration.ofSeconds(120);

    /** A file path or an http(s) URL; when set, the only route tried. Blank means none. */
    public Builder explicit(String fileOrUrl) {
      this.explicit = fileOrUrl;
      return this;
    }

    /** Overrides Neon's release URL; {@code null} or blank disables that route. */
    public Builder releaseUrl(String url) {
      this.releaseUrl = url;
      return this;
    }

    /** An npm version or dist-tag the user asked for (disables the release URL route). */
    public Builder requestedNpmVersion(String version) {
      this.requestedNpmVersion = version;
      return this;
    }

    /** The npm version used when none is requested (the one {@code spec/} was checked against). */
    public Builder pinnedNpmVersion(String version) {
      this.pinnedNpmVersion = version;
      return this;
    }

    /** The npm executable and any leading arguments (default {@code npm}). */
    public Builder npmCommand(List<String> command) {
      this.npmCommand = List.copyOf(command);
      return this;
    }

    public Builder cacheDir(Path dir) {
      this.cacheDir = dir;
      return this;
    }

    /** Upper bound of one route (HTTP request or {@code npm pack}). */
    public Builder timeout(Duration timeout) {
      this.timeout = timeout;
      return this;
    }

    public PublishedSpecSource build() {
      return new PublishedSpecSource(this);
    }
  }

  /** The routes this source will try, in order, described for humans. */
  public List<String> plannedRoutes() {
    List<String> out = new ArrayList<>();
    for (Route r : routes()) {
      out.add(r.describe());
    }
    return out;
  }

  /**
   * Tries the routes in order and returns the first document obtained.
   *
   * @throws SpecUnavailableException naming every route tried, when none works
   */
  public Fetched fetch() throws SpecUnavailableException {
    List<Route> routes = routes();
    List<String> failures = new ArrayList<>();
    for (Route route : routes) {
      try {
        return route.fetch(failures);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        failures.add(route.describe() + ": interrupted");
        break;
      } catch (Exception e) {
        failures.add(route.describe() + ": " + reason(e));
      }
    }
    StringBuilder msg = new StringBuilder("Could not obtain Neon's published OpenAPI spec; tried, in order:");
    if (routes.isEmpty()) {
      msg.append("\n  (no route: no explicit spec, the release URL is disabled and no npm version is pinned)");
    }
    for (int i = 0; i < failures.size(); i++) {
      msg.append("\n  ").append(i + 1).append(". ").append(failures.get(i));
    }
    msg.append("\nGive a document explicitly (--published=FILE|URL), request an npm version")
        .append(" (--npm-version=X.Y.Z), or check access to the npm registry.");
    throw new SpecUnavailableException(msg.toString(), failures);
  }

  private List<Route> routes() {
    List<Route> routes = new ArrayList<>();
    if (explicit != null) {
      if (isHttpUrl(explicit)) {
        routes.add(new UrlRoute("url", explicit));
      } else {
        routes.add(new FileRoute(explicit));
      }
      return routes;
    }
    if (releaseUrl != null && !npmVersionRequested) {
      routes.add(new UrlRoute("release-url", releaseUrl));
    }
    if (npmVersion != null) {
      routes.add(new NpmRoute(npmVersion));
    }
    return routes;
  }

  static boolean isHttpUrl(String s) {
    String l = s.toLowerCase(Locale.ROOT);
    return l.startsWith("http://") || l.startsWith("https://");
  }

  private static String blankToNull(String s) {
    return s == null || s.trim().isEmpty() ? null : s.trim();
  }

  static String reason(Throwable e) {
    if (e instanceof RouteException) {
      return e.getMessage();
    }
    if (e instanceof java.net.http.HttpTimeoutException) {
      return "timed out (" + e.getMessage() + ")";
    }
    List<String> parts = new ArrayList<>();
    for (Throwable t = e; t != null && parts.size() < 6; t = t.getCause() == t ? null : t.getCause()) {
      if (t instanceof java.nio.channels.UnresolvedAddressException || t instanceof java.net.UnknownHostException) {
        return "cannot resolve the host" + (t.getMessage() == null ? "" : " " + t.getMessage()) + " (no network access?)";
      }
      String part = t.getClass().getSimpleName() + (t.getMessage() == null ? "" : ": " + t.getMessage());
      if (!parts.contains(part)) {
        parts.add(part);
      }
    }
    return String.join(" <- ", parts);
  }

  /** A failure with a message written for the user. */
  static final class RouteException extends Exception {
    private static final long serialVersionUID = 1L;

    RouteException(String message) {
      super(message);
    }
  }

  /** Checks that the bytes look like an OpenAPI document (YAML or JSON), not an HTML error page. */
  static void requireOpenApi(byte[] body, String where) throws RouteException {
    if (body.length == 0) {
      throw new RouteException("empty document at " + where);
    }
    String head = new String(body, 0, Math.min(body.length, 4096), StandardCharsets.UTF_8);
    if (!head.contains("openapi")) {
      throw new RouteException("not an OpenAPI document at " + where + " (no 'openapi' key in its first 4 KiB)");
    }
  }

  private final class FileRoute implements Route {
    private final String path;

    FileRoute(String path) {
      this.path = path.startsWith("file:") ? Path.of(URI.create(path)).toString() : path;
    }

    @Override
    public String describe() {
      return "file " + path;
    }

    @Override
    public Fetched fetch(List<String> skipped) throws Exception {
      Path p = Path.of(path);
      if (!Files.isRegularFile(p)) {
        throw new RouteException("no such file " + p.toAbsolutePath());
      }
      requireOpenApi(Files.readAllBytes(p), p.toString());
      return new Fetched(p.toAbsolutePath(), "file", p.toString(), null, skipped);
    }
  }

  private final class UrlRoute implements Route {
    private final String route;
    private final String url;

    UrlRoute(String route, String url) {
      this.route = route;
      this.url = url;
    }

    @Override
    public String describe() {
      return ("release-url".equals(route) ? "release URL " : "URL ") + url;
    }

    @Override
    public Fetched fetch(List<String> skipped) throws Exception {
      HttpClient client = HttpClient.newBuilder()
          .connectTimeout(timeout.compareTo(Duration.ofSeconds(20)) < 0 ? timeout : Duration.ofSeconds(20))
          .followRedirects(HttpClient.Redirect.NORMAL)
          .build();
      HttpRequest request = HttpRequest.newBuilder(URI.create(url))
          .timeout(timeout)
          .header("Accept", "application/json, application/yaml, text/yaml, */*")
          .header("User-Agent", "neon-java-spec-drift")
          .GET()
          .build();
      HttpResponse<byte[]> response = client.send(request, HttpResponse.BodyHandlers.ofByteArray());
      if (response.statusCode() != 200) {
        throw new RouteException("HTTP " + response.statusCode() + " from " + url);
      }
      byte[] body = response.body();
      requireOpenApi(body, url);
      String text = new String(body, 0, Math.min(body.length, 64), StandardCharsets.UTF_8).trim();
      String ext = text.startsWith("{") ? ".json" : ".yaml";
      Path dir = cacheDir.resolve("url");
      Files.createDirectories(dir);
      Path out = dir.resolve(safeName(url) + ext);
      writeAtomically(out, body);
      return new Fetched(out.toAbsolutePath(), route, url, null, skipped);
    }
  }

  private final class NpmRoute implements Route {
    private final String version;

    NpmRoute(String version) {
      this.version = version;
    }

    @Override
    public String describe() {
      return "npm " + NPM_PACKAGE + "@" + version + " (" + String.join(" ", npmCommand) + " pack)";
    }

    @Override
    public Fetched fetch(List<String> skipped) throws Exception {
      String origin = NPM_PACKAGE + "@" + version;
      if (EXACT_VERSION.matcher(version).matches()) {
        Path cached = cachedNpmSpec(version);
        if (cached != null) {
          return new Fetched(cached.toAbsolutePath(), "npm", origin + " (cached)", version, skipped);
        }
      }
      Path work = Files.createDirectories(cacheDir.resolve("npm"));
      Path tmp = Files.createTempDirectory(work, "pack-");
      try {
        List<String> cmd = new ArrayList<>(npmCommand);
        cmd.add("pack");
        cmd.add(origin);
        cmd.add("--json");
        cmd.add("--pack-destination");
        cmd.add(tmp.toAbsolutePath().toString());
        ProcessBuilder pb = new ProcessBuilder(cmd).directory(tmp.toFile());
        Path stdout = tmp.resolve("npm.out");
        Path stderr = tmp.resolve("npm.err");
        pb.redirectOutput(stdout.toFile()).redirectError(stderr.toFile());
        Process p;
        try {
          p = pb.start();
        } catch (IOException e) {
          throw new RouteException("cannot run '" + npmCommand.get(0) + "': " + e.getMessage());
        }
        if (!p.waitFor(timeout.toMillis(), TimeUnit.MILLISECONDS)) {
          p.destroyForcibly();
          throw new RouteException("'npm pack " + origin + "' did not finish within " + timeout.getSeconds() + " s");
        }
        if (p.exitValue() != 0) {
          throw new RouteException("'npm pack " + origin + "' exited " + p.exitValue() + ": "
              + npmError(Files.readString(stderr, StandardCharsets.UTF_8), Files.readString(stdout, StandardCharsets.UTF_8)));
        }
        Path tgz;
        try (var files = Files.list(tmp)) {
          tgz = files.filter(f -> f.getFileName().toString().endsWith(".tgz")).findFirst().orElse(null);
        }
        if (tgz == null) {
          throw new RouteException("'npm pack " + origin + "' produced no tarball");
        }
        String exact = versionFromPackJson(Files.readString(stdout, StandardCharsets.UTF_8), tgz);
        Path dir = Files.createDirectories(cacheDir.resolve("npm").resolve(exact));
        Path spec = extractSpec(tgz, dir);
        Files.move(tgz, dir.resolve(tgz.getFileName()), StandardCopyOption.REPLACE_EXISTING);
        return new Fetched(spec.toAbsolutePath(), "npm", NPM_PACKAGE + "@" + exact, exact, skipped);
      } finally {
        deleteTree(tmp);
      }
    }
  }

  /** The cached document of an exact npm version, or {@code null}. */
  Path cachedNpmSpec(String version) {
    Path dir = cacheDir.resolve("npm").resolve(version);
    for (String entry : TARBALL_SPEC_ENTRIES) {
      Path f = dir.resolve(entry.substring(entry.lastIndexOf('/') + 1));
      if (Files.isRegularFile(f)) {
        return f;
      }
    }
    return null;
  }

  /** Extracts the spec from an npm tarball into {@code dir}; returns the extracted file. */
  static Path extractSpec(Path tgz, Path dir) throws IOException, RouteException {
    for (String entry : TARBALL_SPEC_ENTRIES) {
      byte[] bytes;
      try (InputStream in = Files.newInputStream(tgz)) {
        bytes = Tarball.readEntry(in, entry);
      }
      if (bytes != null) {
        requireOpenApi(bytes, tgz.getFileName() + "!" + entry);
        Path out = dir.resolve(entry.substring(entry.lastIndexOf('/') + 1));
        writeAtomically(out, bytes);
        return out;
      }
    }
    throw new RouteException("tarball " + tgz.getFileName() + " holds none of " + TARBALL_SPEC_ENTRIES);
  }

  static String versionFromPackJson(String stdout, Path tgz) {
    try {
      int start = stdout.indexOf('[');
      if (start >= 0) {
        JsonNode node = new ObjectMapper().readTree(stdout.substring(start));
        if (node.isArray() && node.size() > 0 && node.get(0).hasNonNull("version")) {
          return node.get(0).get("version").asText();
        }
      }
    } catch (IOException ignored) {
      // fall back to the file name
    }
    String name = tgz.getFileName().toString();
    java.util.regex.Matcher m = Pattern.compile("-(\\d+\\.\\d+\\.\\d+[^/]*)\\.tgz$").matcher(name);
    return m.find() ? m.group(1) : "unknown";
  }

  /** npm's own error lines ("npm error ..."), else the summary of its --json error, else the last lines. */
  static String npmError(String stderr, String stdout) {
    List<String> errors = new ArrayList<>();
    for (String line : stderr.split("\\R")) {
      String t = line.trim();
      if ((t.startsWith("npm error") || t.startsWith("npm ERR!")) && !t.contains("complete log of this run")
          && !t.contains("A complete log") && errors.size() < 3) {
        errors.add(t);
      }
    }
    if (!errors.isEmpty()) {
      return String.join(" | ", errors);
    }
    try {
      int start = stdout.indexOf('{');
      if (start >= 0) {
        JsonNode summary = new ObjectMapper().readTree(stdout.substring(start)).path("error").path("summary");
        if (summary.isTextual()) {
          return summary.asText();
        }
      }
    } catch (IOException ignored) {
      // not JSON
    }
    return lastLines(stderr + "\n" + stdout);
  }

  private static String lastLines(String text) {
    String[] lines = text.trim().split("\\R");
    StringBuilder sb = new StringBuilder();
    for (int i = Math.max(0, lines.length - 3); i < lines.length; i++) {
      if (sb.length() > 0) {
        sb.append(" | ");
      }
      sb.append(lines[i].trim());
    }
    return sb.length() == 0 ? "(no output)" : sb.toString();
  }

  static String safeName(String url) {
    String s = url.replaceFirst("^[a-zA-Z]+://", "").replaceAll("[^A-Za-z0-9._-]+", "_");
    return s.length() > 100 ? s.substring(0, 100) : s;
  }

  static void writeAtomically(Path out, byte[] bytes) throws IOException {
    Path tmp = Files.createTempFile(out.getParent(), out.getFileName().toString(), ".part");
    Files.write(tmp, bytes);
    Files.move(tmp, out, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
  }

  static void deleteTree(Path root) {
    if (root == null || !Files.exists(root)) {
      return;
    }
    try (var walk = Files.walk(root)) {
      walk.sorted(java.util.Comparator.reverseOrder()).forEach(f -> {
        try {
          Files.deleteIfExists(f);
        } catch (IOException ignored) {
          // best effort
        }
      });
    } catch (IOException ignored) {
      // best effort
    }
  }
}

package dev.neonjava.spec.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.sun.net.httpserver.HttpServer;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.PosixFilePermissions;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every route of {@link PublishedSpecSource}: explicit file, explicit URL, release URL, npm (a fake
 * {@code npm} script, so no network is needed), the cache, and the message when nothing works. HTTP
 * routes use a loopback server on an ephemeral port of 127.0.0.1.
 */
class PublishedSpecSourceTest {
  static final String SPEC = "openapi: 3.0.3\ninfo:\n  title: t\n  version: 9.9.9\npaths: {}\n";

  @TempDir
  Path tmp;
  HttpServer server;
  final Map<String, byte[]> pages = new ConcurrentHashMap<>();
  final AtomicInteger requests = new AtomicInteger();

  @BeforeEach
  void startServer() throws IOException {
    server = HttpServer.create(new InetSocketAddress(InetAddress.getByName("127.0.0.1"), 0), 0);
    server.createContext("/", exchange -> {
      requests.incrementAndGet();
      byte[] body = pages.get(exchange.getRequestURI().getPath());
      if (body == null) {
        byte[] msg = "not found".getBytes(StandardCharsets.UTF_8);
        exchange.sendResponseHeaders(404, msg.length);
        try (OutputStream out = exchange.getResponseBody()) {
          out.write(msg);
        }
        return;
      }
      exchange.sendResponseHeaders(200, body.length);
      try (OutputStream out = exchange.getResponseBody()) {
        out.write(body);
      }
    });
    server.start();
  }

  @AfterEach
  void stopServer() {
    server.stop(0);
  }

  String url(String path) {
    return "http://127.0.0.1:" + server.getAddress().getPort() + path;
  }

  PublishedSpecSource.Builder source() {
    return PublishedSpecSource.builder().cacheDir(tmp.resolve("cache")).timeout(Duration.ofSeconds(20))
        .releaseUrl(url("/api_spec/release/v2.json"));
  }

  @Test
  void explicitFileIsUsedAsIs() throws Exception {
    Path file = Files.writeString(tmp.resolve("mine.yaml"), SPEC);
    PublishedSpecSource.Fetched f = source().explicit(file.toString()).pinnedNpmVersion("2.7.3").build().fetch();
    assertThat(f.route()).isEqualTo("file");
    assertThat(f.file()).isEqualTo(file.toAbsolutePath());
    assertThat(requests).hasValue(0);
  }

  @Test
  void explicitFileThatIsMissingFailsWithoutFallingBack() {
    Path missing = tmp.resolve("nope.yaml");
    assertThatThrownBy(() -> source().explicit(missing.toString()).pinnedNpmVersion("2.7.3").build().fetch())
        .isInstanceOf(SpecUnavailableException.class)
        .hasMessageContaining("1. file " + missing + ": no such file")
        .hasMessageNotContaining("release URL").hasMessageNotContaining("npm @neondatabase");
  }

  @Test
  void explicitUrlIsDownloadedIntoTheCache() throws Exception {
    pages.put("/specs/v2.json", "{\"openapi\":\"3.0.3\",\"info\":{\"title\":\"t\",\"version\":\"1\"},\"paths\":{}}"
        .getBytes(StandardCharsets.UTF_8));
    PublishedSpecSource.Fetched f = source().explicit(url("/specs/v2.json")).build().fetch();
    assertThat(f.route()).isEqualTo("url");
    assertThat(f.file()).startsWith(tmp.resolve("cache").resolve("url").toAbsolutePath());
    assertThat(f.file().toString()).endsWith(".json");
    assertThat(Files.readString(f.file())).contains("\"openapi\":\"3.0.3\"");
  }

  @Test
  void releaseUrlIsTriedFirstWhenNothingExplicitIsGiven() throws Exception {
    pages.put("/api_spec/release/v2.json", SPEC.getBytes(StandardCharsets.UTF_8));
    PublishedSpecSource.Fetched f = source().pinnedNpmVersion("2.7.3").npmCommand(List.of("/nonexistent/npm")).build().fetch();
    assertThat(f.route()).isEqualTo("release-url");
    assertThat(f.origin()).isEqualTo(url("/api_spec/release/v2.json"));
    assertThat(f.skipped()).isEmpty();
    assertThat(Files.readString(f.file())).isEqualTo(SPEC);
  }

  @Test
  void anHtmlPageIsNotASpec() {
    pages.put("/api_spec/release/v2.json", "<html><body>Sign in</body></html>".getBytes(StandardCharsets.UTF_8));
    assertThatThrownBy(() -> source().build().fetch())
        .hasMessageContaining("not an OpenAPI document at " + url("/api_spec/release/v2.json"));
  }

  @Test
  void npmIsUsedWhenTheReleaseUrlFailsAndItsTarballIsCached() throws Exception {
    Path tgz = tarball(tmp.resolve("pkg.tgz"), "package/public-v2-for-users.gen.yaml", SPEC);
    Path npm = fakeNpm("cp '" + tgz + "' \"$dest/neondatabase-api-client-2.7.3.tgz\"\n"
        + "echo '[{\"filename\":\"neondatabase-api-client-2.7.3.tgz\",\"version\":\"2.7.3\"}]'\n");
    PublishedSpecSource src = source().pinnedNpmVersion("2.7.3").npmCommand(List.of(npm.toString())).build();
    PublishedSpecSource.Fetched f = src.fetch();
    assertThat(f.route()).isEqualTo("npm");
    assertThat(f.npmVersion()).isEqualTo("2.7.3");
    assertThat(f.origin()).isEqualTo("@neondatabase/api-client@2.7.3");
    assertThat(f.skipped()).singleElement().asString().contains("release URL").contains("HTTP 404");
    assertThat(f.file()).isEqualTo(tmp.resolve("cache/npm/2.7.3/public-v2-for-users.gen.yaml").toAbsolutePath());
    assertThat(Files.readString(f.file())).isEqualTo(SPEC);
    assertThat(tmp.resolve("cache/npm/2.7.3/neondatabase-api-client-2.7.3.tgz")).exists();

    // an exact version is immutable: the second fetch uses the cache, npm is not run again
    Files.delete(npm);
    PublishedSpecSource.Fetched again = source().releaseUrl(null).pinnedNpmVersion("2.7.3")
        .npmCommand(List.of(npm.toString())).build().fetch();
    assertThat(again.file()).isEqualTo(f.file());
    assertThat(again.origin()).endsWith("(cached)");
  }

  @Test
  void aRequestedNpmVersionSkipsTheReleaseUrlAndOldTarballLayoutsWork() throws Exception {
    Path tgz = tarball(tmp.resolve("old.tgz"), "package/public-v2.yaml", SPEC);
    Path npm = fakeNpm("case \"$2\" in *@latest) ;; *) echo \"unexpected $2\" >&2; exit 3;; esac\n"
        + "cp '" + tgz + "' \"$dest/neondatabase-api-client-1.10.0.tgz\"\n"
        + "echo 'npm notice noise'\necho '[{\"version\":\"1.10.0\"}]'\n");
    pages.put("/api_spec/release/v2.json", SPEC.getBytes(StandardCharsets.UTF_8));
    PublishedSpecSource.Fetched f = source().requestedNpmVersion("latest").pinnedNpmVersion("2.7.3")
        .npmCommand(List.of(npm.toString())).build().fetch();
    assertThat(requests).hasValue(0);
    assertThat(f.route()).isEqualTo("npm");
    assertThat(f.npmVersion()).isEqualTo("1.10.0");
    assertThat(f.file().getFileName().toString()).isEqualTo("public-v2.yaml");
  }

  @Test
  void whenNoRouteWorksTheMessageNamesEveryRouteTried() throws Exception {
    Path npm = fakeNpm("echo 'npm error code E404' >&2\necho 'npm error 404 Not Found - GET @neondatabase/api-client' >&2\nexit 1\n");
    PublishedSpecSource src = source().pinnedNpmVersion("2.7.3").npmCommand(List.of(npm.toString())).build();
    assertThat(src.plannedRoutes()).hasSize(2);
    assertThatThrownBy(src::fetch)
        .isInstanceOfSatisfying(SpecUnavailableException.class, e -> assertThat(e.failures()).hasSize(2))
        .hasMessageStartingWith("Could not obtain Neon's published OpenAPI spec; tried, in order:")
        .hasMessageContaining("1. release URL " + url("/api_spec/release/v2.json") + ": HTTP 404")
        .hasMessageContaining("2. npm @neondatabase/api-client@2.7.3 (" + npm + " pack): 'npm pack @neondatabase/api-client@2.7.3' exited 1")
        .hasMessageContaining("npm error 404 Not Found")
        .hasMessageContaining("--published=FILE|URL");
  }

  @Test
  void aMissingNpmExecutableIsNamed() {
    assertThatThrownBy(() -> source().releaseUrl("").pinnedNpmVersion("2.7.3")
        .npmCommand(List.of(tmp.resolve("no-npm-here").toString())).build().fetch())
        .hasMessageContaining("1. npm @neondatabase/api-client@2.7.3")
        .hasMessageContaining("cannot run '" + tmp.resolve("no-npm-here") + "'");
  }

  @Test
  void withNoRouteConfiguredTheMessageSaysSo() {
    assertThatThrownBy(() -> source().releaseUrl(null).build().fetch())
        .hasMessageContaining("no route: no explicit spec, the release URL is disabled and no npm version is pinned");
  }

  @Test
  void aHangingNpmIsStoppedAtTheTimeout() throws Exception {
    Path npm = fakeNpm("exec sleep 30\n");
    long start = System.nanoTime();
    assertThatThrownBy(() -> source().releaseUrl(null).pinnedNpmVersion("2.7.3").timeout(Duration.ofSeconds(1))
        .npmCommand(List.of(npm.toString())).build().fetch())
        .hasMessageContaining("did not finish within 1 s");
    assertThat(Duration.ofNanos(System.nanoTime() - start)).isLessThan(Duration.ofSeconds(20));
  }

  @Test
  void networkFailuresAreSaidPlainly() {
    java.net.ConnectException dns = new java.net.ConnectException();
    dns.initCause(new java.nio.channels.UnresolvedAddressException());
    assertThat(PublishedSpecSource.reason(new java.net.ConnectException() {
      private static final long serialVersionUID = 1L;

      @Override
      public synchronized Throwable getCause() {
        return dns;
      }
    })).isEqualTo("cannot resolve the host (no network access?)");
    assertThat(PublishedSpecSource.reason(new java.io.IOException("closed", new java.io.EOFException("eof"))))
        .isEqualTo("IOException: closed <- EOFException: eof");
  }

  @Test
  void npmErrorsAreTakenFromNpmsOwnLines() {
    assertThat(PublishedSpecSource.npmError("npm warn config\nnpm error code ETARGET\nnpm error notarget No matching version\n"
        + "npm error A complete log of this run can be found in: /x.log\n", "{\"error\":{}}"))
        .isEqualTo("npm error code ETARGET | npm error notarget No matching version");
    assertThat(PublishedSpecSource.npmError("", "{\n \"error\": {\"code\": \"E404\", \"summary\": \"Not Found\"}\n}"))
        .isEqualTo("Not Found");
    assertThat(PublishedSpecSource.npmError("", "")).isEqualTo("(no output)");
  }

  /** A shell script standing in for npm; {@code $dest} is the --pack-destination argument. */
  Path fakeNpm(String body) throws IOException {
    Path script = tmp.resolve("npm-" + System.nanoTime() + ".sh");
    Files.writeString(script, "#!/bin/sh\ndest=''\nprev=''\nfor a in \"$@\"; do\n"
        + "  if [ \"$prev\" = '--pack-destination' ]; then dest=\"$a\"; fi\n  prev=\"$a\"\ndone\n" + body);
    Files.setPosixFilePermissions(script, PosixFilePermissions.fromString("rwx------"));
    return script;
  }

  /** A gzipped ustar archive with one regular file (and a directory entry before it). */
  static Path tarball(Path out, String name, String content) throws IOException {
    ByteArrayOutputStream tar = new ByteArrayOutputStream();
    entry(tar, "package/", new byte[0], '5');
    entry(tar, name, content.getBytes(StandardCharsets.UTF_8), '0');
    tar.write(new byte[1024]);
    try (OutputStream gz = new GZIPOutputStream(Files.newOutputStream(out))) {
      gz.write(tar.toByteArray());
    }
    return out;
  }

  private static void entry(ByteArrayOutputStream tar, String name, byte[] data, char type) throws IOException {
    byte[] h = new byte[512];
    put(h, 0, name);
    put(h, 100, "0000644");
    put(h, 124, String.format("%011o", data.length));
    put(h, 136, "00000000000");
    h[156] = (byte) type;
    put(h, 257, "ustar");
    put(h, 263, "00");
    for (int i = 148; i < 156; i++) {
      h[i] = ' ';
    }
    int sum = 0;
    for (byte b : h) {
      sum += b & 0xff;
    }
    put(h, 148, String.format("%06o", sum));
    h[154] = 0;
    tar.write(h);
    tar.write(data);
    int pad = (512 - data.length % 512) % 512;
    tar.write(new byte[pad]);
  }

  private static void put(byte[] h, int off, String s) {
    byte[] b = s.getBytes(StandardCharsets.US_ASCII);
    System.arraycopy(b, 0, h, off, b.length);
  }
}

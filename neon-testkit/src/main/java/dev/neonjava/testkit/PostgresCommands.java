package dev.neonjava.testkit;

import static dev.neonjava.testkit.PhysicalNames.quote;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.Collection;
import java.util.Map;
import org.postgresql.PGConnection;

/**
 * The statements the emulator runs on one {@link PostgresServer}, as its superuser, on physical
 * names. Databases and roles of one branch: a role logs in with its password, may connect to its
 * branch's databases only, and reads and writes every table there (members of
 * {@code pg_read_all_data} and {@code pg_write_all_data}, as Neon's roles through
 * {@code neon_superuser}). Not thread-safe: the backend calls it under its lock.
 */
final class PostgresCommands implements AutoCloseable {
  private static final long TERMINATE_WAIT_MS = 5000;

  final PostgresServer server;
  private Connection admin;

  PostgresCommands(PostgresServer server) {
    this.server = server;
  }

  private Connection admin() throws SQLException {
    if (admin == null || admin.isClosed()) {
      admin = server.connect("postgres");
    }
    return admin;
  }

  private Statement statement() throws SQLException {
    return admin().createStatement();
  }

  private void execute(String sql) throws SQLException {
    try (Statement s = statement()) {
      s.execute(sql);
    }
  }

  void createRole(String role, String password) throws SQLException {
    execute("CREATE ROLE " + quote(role) + (password == null ? " NOLOGIN" : " LOGIN"));
    execute("GRANT pg_read_all_data, pg_write_all_data TO " + quote(role));
    setPassword(role, password);
  }

  /** Hashed on this side (SCRAM): the password never travels nor shows in a server log. */
  void setPassword(String role, String password) throws SQLException {
    if (password == null) {
      execute("ALTER ROLE " + quote(role) + " NOLOGIN PASSWORD NULL");
      return;
    }
    admin().unwrap(PGConnection.class).alterUserPassword(role, password.toCharArray(), "scram-sha-256");
    execute("ALTER ROLE " + quote(role) + " LOGIN");
  }

  /** Hands what the role owns in the branch's databases to their owners, then drops it. */
  void dropRole(String role, Map<String, String> databaseOwners) throws SQLException {
    for (Map.Entry<String, String> db : databaseOwners.entrySet()) {
      inDatabase(db.getKey(), "REASSIGN OWNED BY " + quote(role) + " TO " + quote(db.getValue()),
          "DROP OWNED BY " + quote(role));
    }
    execute("DROP ROLE IF EXISTS " + quote(role));
  }

  void createDatabase(String database, String owner) throws SQLException {
    execute("CREATE DATABASE " + quote(database) + " OWNER " + quote(owner));
  }

  /**
   * Creates a database as a copy of another, for a branch.
   * @param roleMap the source branch's roles (physical) to the new branch's roles that take over
   *     what they own in the copy; the source's roles are then removed from the copy
   * @param schemaOnly whether to empty every table of the copy
   */
  void copyDatabase(String source, String target, String owner, Map<String, String> roleMap, boolean schemaOnly)
      throws SQLException {
    // PostgreSQL copies no database with open connections: they are closed (as a compute restart
    // would), new ones refused for the few milliseconds of the copy
    boolean busy = backendCount(source) > 0;
    if (busy) {
      execute("ALTER DATABASE " + quote(source) + " ALLOW_CONNECTIONS false");
      terminate(source);
    }
    try {
      execute("DROP DATABASE IF EXISTS " + quote(target) + " WITH (FORCE)");
      execute("CREATE DATABASE " + quote(target) + " TEMPLATE " + quote(source) + " OWNER " + quote(owner));
    } finally {
      if (busy) {
        execute("ALTER DATABASE " + quote(source) + " ALLOW_CONNECTIONS true");
      }
    }
    StringBuilder takeOver = new StringBuilder();
    for (Map.Entry<String, String> e : roleMap.entrySet()) {
      takeOver.append("REASSIGN OWNED BY ").append(quote(e.getKey())).append(" TO ").append(quote(e.getValue()))
          .append(";\n");
    }
    for (String sourceRole : roleMap.keySet()) {
      takeOver.append("DROP OWNED BY ").append(quote(sourceRole)).append(";\n");
    }
    if (schemaOnly) {
      takeOver.append("DO $$DECLARE t record; BEGIN FOR t IN SELECT format('%I.%I', schemaname, tablename) AS n"
          + " FROM pg_tables WHERE schemaname NOT IN ('pg_catalog', 'information_schema')"
          + " LOOP EXECUTE 'TRUNCATE ' || t.n || ' CASCADE'; END LOOP; END$$;");
    }
    if (takeOver.length() > 0) {
      inDatabase(target, takeOver.toString());
    }
  }

  /**
   * Sets who owns a database and who may connect: its branch's roles, nobody else.
   * (A copy's {@code REASSIGN}/{@code DROP OWNED} also touch the source's databases: this repairs them.)
   */
  void grantAccess(String database, String owner, Collection<String> roles) throws SQLException {
    StringBuilder sql = new StringBuilder("ALTER DATABASE ").append(quote(database)).append(" OWNER TO ")
        .append(quote(owner)).append(";\nREVOKE ALL ON DATABASE ").append(quote(database)).append(" FROM PUBLIC;\n");
    for (String role : roles) {
      sql.append("GRANT CONNECT, TEMPORARY ON DATABASE ").append(quote(database)).append(" TO ").append(quote(role))
          .append(";\n");
    }
    execute(sql.toString());
  }

  void dropDatabase(String database) throws SQLException {
    execute("DROP DATABASE IF EXISTS " + quote(database) + " WITH (FORCE)");
  }

  void renameDatabase(String from, String to, boolean allowConnections) throws SQLException {
    execute("ALTER DATABASE " + quote(from) + " ALLOW_CONNECTIONS false");
    terminate(from);
    execute("ALTER DATABASE " + quote(from) + " RENAME TO " + quote(to));
    if (allowConnections) {
      execute("ALTER DATABASE " + quote(to) + " ALLOW_CONNECTIONS true");
    }
  }

  /** A suspended compute: open connections are closed, new ones refused (and the other way round). */
  void allowConnections(String database, boolean allow) throws SQLException {
    execute("ALTER DATABASE " + quote(database) + " ALLOW_CONNECTIONS " + allow);
    if (!allow) {
      terminate(database);
    }
  }

  /** Runs statements connected to a database, even one that refuses connections for now. */
  private void inDatabase(String database, String... sql) throws SQLException {
    boolean refused;
    try (PreparedStatement s = admin().prepareStatement(
        "SELECT NOT datallowconn FROM pg_database WHERE datname = ?")) {
      s.setString(1, database);
      try (ResultSet rs = s.executeQuery()) {
        refused = rs.next() && rs.getBoolean(1);
      }
    }
    if (refused) {
      execute("ALTER DATABASE " + quote(database) + " ALLOW_CONNECTIONS true");
    }
    try (Connection c = server.connect(database); Statement s = c.createStatement()) {
      for (String one : sql) {
        s.execute(one);
      }
    } finally {
      if (refused) {
        allowConnections(database, false);
      }
    }
  }

  private int backendCount(String database) throws SQLException {
    try (PreparedStatement s = admin().prepareStatement(
        "SELECT count(*) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
      s.setString(1, database);
      try (ResultSet rs = s.executeQuery()) {
        rs.next();
        return rs.getInt(1);
      }
    }
  }

  private void terminate(String database) throws SQLException {
    try (PreparedStatement s = admin().prepareStatement(
        "SELECT pg_terminate_backend(pid) FROM pg_stat_activity WHERE datname = ? AND pid <> pg_backend_pid()")) {
      s.setString(1, database);
      s.execute();
    }
    long deadline = System.currentTimeMillis() + TERMINATE_WAIT_MS;
    while (backendCount(database) > 0 && System.currentTimeMillis() < deadline) {
      try {
        Thread.sleep(5);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
        throw new SQLException("interrupted while closing the connections to " + database, e);
      }
    }
  }

  /** Drops every database, then every role, whose name starts with the prefix. */
  void dropEverything(String prefix) throws SQLException {
    String like = prefix.replace("_", "\\_").replace("%", "\\%") + "%";
    for (String sql : new String[] {"SELECT datname FROM pg_database WHERE datname LIKE ?",
        "SELECT rolname FROM pg_roles WHERE rolname LIKE ?"}) {
      java.util.List<String> names = new java.util.ArrayList<>();
      try (PreparedStatement s = admin().prepareStatement(sql)) {
        s.setString(1, like);
        try (ResultSet rs = s.executeQuery()) {
          while (rs.next()) {
            names.add(rs.getString(1));
          }
        }
      }
      for (String name : names) {
        execute(sql.contains("datname") ? "DROP DATABASE IF EXISTS " + quote(name) + " WITH (FORCE)"
            : "DROP ROLE IF EXISTS " + quote(name));
      }
    }
  }

  @Override
  public void close() {
    try {
      if (admin != null) {
        admin.close();
      }
    } catch (SQLException ignored) {
      // the server may be stopping with the JVM
    }
  }
}

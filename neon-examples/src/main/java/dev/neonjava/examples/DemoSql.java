package dev.neonjava.examples;

import dev.neonjava.connect.ConnectionInfo;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;

/** The demo's SQL (with {@code --databases}): plain JDBC on the connection URIs the API returns. */
final class DemoSql {
  private DemoSql() {
  }

  /**
   * Creates table {@code orders} with 2 rows.
   * @return the server's version, e.g. {@code PostgreSQL 17.11}
   */
  static String migrate(ConnectionInfo main) throws SQLException {
    try (Connection db = DriverManager.getConnection(main.jdbcUrl(), main.properties());
        Statement s = db.createStatement()) {
      s.execute("CREATE TABLE orders (id serial PRIMARY KEY, item text NOT NULL)");
      s.execute("INSERT INTO orders (item) VALUES ('coffee'), ('bagel')");
      try (ResultSet rs = s.executeQuery("SHOW server_version")) {
        rs.next();
        return "PostgreSQL " + rs.getString(1).split(" ")[0];
      }
    }
  }

  /**
   * Adds an order on the branch.
   * @return the orders on the branch, then on main
   */
  static long[] writeOnBranch(ConnectionInfo branch, ConnectionInfo main) throws SQLException {
    try (Connection db = DriverManager.getConnection(branch.jdbcUrl(), branch.properties());
        Statement s = db.createStatement()) {
      s.execute("INSERT INTO orders (item) VALUES ('muffin')");
      return new long[] {count(s), count(main)};
    }
  }

  private static long count(ConnectionInfo info) throws SQLException {
    try (Connection db = DriverManager.getConnection(info.jdbcUrl(), info.properties());
        Statement s = db.createStatement()) {
      return count(s);
    }
  }

  private static long count(Statement s) throws SQLException {
    try (ResultSet rs = s.executeQuery("SELECT count(*) FROM orders")) {
      rs.next();
      return rs.getLong(1);
    }
  }
}

package dev.neonjava.testkit;

import dev.neonjava.connect.ConnectionInfo;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;

/** Plain JDBC on a connection URI of the emulator, as a user's code would run it. */
final class Sql {
  private Sql() {
  }

  static Connection connect(ConnectionInfo info) throws SQLException {
    return DriverManager.getConnection(info.jdbcUrl(), info.properties());
  }

  static void run(ConnectionInfo info, String... statements) throws SQLException {
    try (Connection c = connect(info); Statement s = c.createStatement()) {
      for (String sql : statements) {
        s.execute(sql);
      }
    }
  }

  /** The first column of every row. */
  static List<String> column(ConnectionInfo info, String query, Object... params) throws SQLException {
    try (Connection c = connect(info)) {
      return column(c, query, params);
    }
  }

  static List<String> column(Connection c, String query, Object... params) throws SQLException {
    try (PreparedStatement s = c.prepareStatement(query)) {
      for (int i = 0; i < params.length; i++) {
        s.setObject(i + 1, params[i]);
      }
      List<String> out = new ArrayList<>();
      try (ResultSet rs = s.executeQuery()) {
        while (rs.next()) {
          out.add(rs.getString(1));
        }
      }
      return out;
    }
  }

  /** The SQLState of the failure to connect, or null when it connects. */
  static String connectFailure(ConnectionInfo info) {
    try (Connection c = connect(info)) {
      return null;
    } catch (SQLException e) {
      return e.getSQLState();
    }
  }
}

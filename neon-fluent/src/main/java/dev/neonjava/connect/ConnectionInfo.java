package dev.neonjava.connect;

import dev.neonjava.runtime.ModelStrings;
import dev.neonjava.runtime.Secret;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Properties;

/**
 * JDBC settings from a Neon connection URI ({@code postgresql://user:password@host/db?sslmode=require}):
 * a JDBC URL without credentials, the user, and the password as a {@link Secret}. TLS is required
 * unless the URI says otherwise. {@code toString()} never shows the password.
 */
public final class ConnectionInfo {
  private final String jdbcUrl;
  private final String user;
  private final Secret password;
  private final String host;
  private final String database;
  private final Secret uri;

  private ConnectionInfo(String jdbcUrl, String user, Secret password, String host, String database, Secret uri) {
    this.uri = uri;
    this.jdbcUrl = jdbcUrl;
    this.user = user;
    this.password = password;
    this.host = host;
    this.database = database;
  }

  /**
   * Returns the JDBC settings.
   * @param connectionUri a {@code postgresql://} or {@code postgres://} URI as Neon returns it
   * @return the JDBC settings
   * @throws IllegalArgumentException when the URI is not a Postgres URI with user, host and database
   */
  public static ConnectionInfo parse(String connectionUri) {
    if (connectionUri == null || connectionUri.isBlank()) {
      throw new IllegalArgumentException("connectionUri must not be null or blank");
    }
    URI uri;
    try {
      uri = new URI(connectionUri.trim());
    } catch (java.net.URISyntaxException e) {
      throw new IllegalArgumentException("connectionUri is not a valid URI: " + ModelStrings.scrub(connectionUri));
    }
    String scheme = uri.getScheme();
    if (!"postgresql".equals(scheme) && !"postgres".equals(scheme)) {
      throw new IllegalArgumentException("connectionUri must start with postgresql:// but was "
          + ModelStrings.scrub(connectionUri));
    }
    String userInfo = uri.getRawUserInfo();
    if (userInfo == null || uri.getHost() == null || uri.getRawPath() == null || uri.getRawPath().length() < 2) {
      throw new IllegalArgumentException("connectionUri needs a user, a host and a database: "
          + ModelStrings.scrub(connectionUri));
    }
    int colon = userInfo.indexOf(':');
    String user = decode(colon < 0 ? userInfo : userInfo.substring(0, colon));
    Secret password = colon < 0 ? null : Secret.of(decode(userInfo.substring(colon + 1)), "password");
    String database = decode(uri.getRawPath().substring(1));
    Map<String, String> query = new LinkedHashMap<>();
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        if (!kv[0].isEmpty()) {
          query.put(kv[0], kv.length > 1 ? kv[1] : "");
        }
      }
    }
    query.putIfAbsent("sslmode", "require");
    StringBuilder jdbc = new StringBuilder("jdbc:postgresql://").append(uri.getHost());
    if (uri.getPort() > 0) {
      jdbc.append(':').append(uri.getPort());
    }
    jdbc.append(uri.getRawPath());
    String sep = "?";
    for (Map.Entry<String, String> e : query.entrySet()) {
      jdbc.append(sep).append(e.getKey()).append('=').append(e.getValue());
      sep = "&";
    }
    return new ConnectionInfo(jdbc.toString(), user, password, uri.getHost(), database,
        Secret.of(connectionUri.trim(), "connection URI"));
  }

  /**
   * Returns the {@code postgresql://} URI as Neon gave it, password included, for tools that take
   * one (psql, libpq, node-postgres); wrapped so that it never shows in logs.
   * @return the connection URI; {@code uri().reveal()} gives the text
   */
  public Secret uri() {
    return uri;
  }

  /**
   * Returns the JDBC URL, without credentials, e.g.
   * @return the JDBC URL, without credentials, e.g. {@code jdbc:postgresql://ep-x.neon.tech/neondb?sslmode=require}
   */
  public String jdbcUrl() {
    return jdbcUrl;
  }

  /**
   * Returns the role name.
   * @return the role name
   */
  public String user() {
    return user;
  }

  /**
   * Returns the password, or null when the URI had none.
   * @return the password, or null when the URI had none
   */
  public Secret password() {
    return password;
  }

  /**
   * Returns the host.
   * @return the host
   */
  public String host() {
    return host;
  }

  /**
   * Returns the database name.
   * @return the database name
   */
  public String database() {
    return database;
  }

  /**
   * Returns {@code user} and {@code password} for {@code DriverManager.getConnection(jdbcUrl(),
   * properties())}.
   * @return {@code user} and {@code password} for {@code DriverManager.getConnection(jdbcUrl(), properties())}
   */
  public Properties properties() {
    Properties p = new Properties();
    p.setProperty("user", user);
    if (password != null) {
      p.setProperty("password", password.reveal());
    }
    return p;
  }

  @Override
  public String toString() {
    return "ConnectionInfo{jdbcUrl=" + jdbcUrl + ", user=" + user + ", password=" + ModelStrings.REDACTED + "}";
  }

  private static String decode(String text) {
    return URLDecoder.decode(text.replace("+", "%2B"), StandardCharsets.UTF_8);
  }
}

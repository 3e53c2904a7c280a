package dev.neonjava;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.connect.ConnectionInfo;
import org.junit.jupiter.api.Test;

class ConnectionInfoTest {
  @Test
  void buildsAJdbcUrlWithoutCredentials() {
    ConnectionInfo info = ConnectionInfo.parse("postgresql://app%40x:p%2Fw%3D@ep-1.neon.tech:5433/my%20db?channel_binding=require");
    assertThat(info.jdbcUrl()).isEqualTo("jdbc:postgresql://ep-1.neon.tech:5433/my%20db?channel_binding=require&sslmode=require");
    assertThat(info.user()).isEqualTo("app@x");
    assertThat(info.password().reveal()).isEqualTo("p/w=");
    assertThat(info.database()).isEqualTo("my db");
    assertThat(info.properties()).containsEntry("user", "app@x").containsEntry("password", "p/w=");
    assertThat(info.toString()).doesNotContain("p/w=");
    assertThat(info.uri().reveal())
        .isEqualTo("postgresql://app%40x:p%2Fw%3D@ep-1.neon.tech:5433/my%20db?channel_binding=require");
    assertThat(info.uri().toString()).doesNotContain("p%2Fw%3D");
  }

  @Test
  void keepsAnExplicitSslMode() {
    assertThat(ConnectionInfo.parse("postgres://u:p@h/db?sslmode=verify-full").jdbcUrl())
        .isEqualTo("jdbc:postgresql://h/db?sslmode=verify-full");
  }

  @Test
  void rejectsWhatIsNotAPostgresUriWithoutEchoingThePassword() {
    assertThatThrownBy(() -> ConnectionInfo.parse("mysql://u:secretpw@h/db")).isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("postgresql://").hasMessageNotContaining("secretpw");
    assertThatThrownBy(() -> ConnectionInfo.parse("postgresql://h")).isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> ConnectionInfo.parse(null)).isInstanceOf(IllegalArgumentException.class);
  }
}

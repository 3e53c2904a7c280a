package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.Neon;
import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.resources.Branches;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import org.junit.jupiter.api.Test;

// snippet:readme-databases
@NeonEmulatorTest(databases = Databases.POSTGRES)
class ReadmeRealDatabasesTest {
  @Test
  void aPreviewBranchStartsWithTheRowsOfMain(Neon neon) throws SQLException {
    String projectId = neon.projects().create(p -> p.name("shop")).await().getProject().getId();
    ConnectionInfo main = neon.project(projectId).connectionInfo(c -> c.databaseName("neondb").roleName("neondb_owner"));
    try (Connection db = DriverManager.getConnection(main.jdbcUrl(), main.properties())) {
      db.createStatement().execute("CREATE TABLE items (name text); INSERT INTO items VALUES ('from main')");
    }

    Branch pr = neon.project(projectId).branches().create(b -> b
        .branch(new BranchCreateRequestBranch().name("pr-42")).addEndpointsItem(Branches.readWrite())).await().getBranch();
    ConnectionInfo preview = neon.project(projectId).connectionInfo(c -> c
        .branchId(pr.getId()).databaseName("neondb").roleName("neondb_owner"));
    try (Connection db = DriverManager.getConnection(preview.jdbcUrl(), preview.properties())) {
      db.createStatement().execute("INSERT INTO items VALUES ('from pr-42')"); // main does not see it
      ResultSet rows = db.createStatement().executeQuery("SELECT count(*) FROM items");
      rows.next();
      assertThat(rows.getInt(1)).isEqualTo(2);
    }
  }
}
// end:readme-databases

package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.Neon;
import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.BranchCreateRequestBranch;
import dev.neonjava.generated.model.BranchRestoreRequest;
import dev.neonjava.resources.Branches;
import java.sql.Connection;
import java.sql.SQLException;
import java.time.OffsetDateTime;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Branches of {@link Databases#POSTGRES}: data copied at creation, kept apart, reset, dropped. */
@NeonEmulatorTest(databases = Databases.POSTGRES)
class RealDatabasesTest {

  /** A project whose main branch has table items with rows a and b. */
  static String migratedProject(Neon neon) throws SQLException {
    String projectId = neon.projects().create(p -> p.name("app")).await().getProject().getId();
    Sql.run(info(neon, projectId, null), "CREATE TABLE items (name text PRIMARY KEY)",
        "INSERT INTO items VALUES ('a'), ('b')");
    return projectId;
  }

  static ConnectionInfo info(Neon neon, String projectId, String branchId) {
    return neon.project(projectId).connectionInfo(c -> c.branchId(branchId).databaseName("neondb").roleName("neondb_owner"));
  }

  static Branch branch(Neon neon, String projectId, String name) {
    return neon.project(projectId).branches().create(b -> b
        .branch(new BranchCreateRequestBranch().name(name)).addEndpointsItem(Branches.readWrite())).await().getBranch();
  }

  static List<String> items(ConnectionInfo info) throws SQLException {
    return Sql.column(info, "SELECT name FROM items ORDER BY name");
  }

  @Test
  void aBranchStartsWithItsParentsRowsAndWritesStayOnTheirSide(Neon neon) throws SQLException {
    String projectId = migratedProject(neon);
    ConnectionInfo main = info(neon, projectId, null);
    ConnectionInfo pr = info(neon, projectId, branch(neon, projectId, "pr-1").getId());

    assertThat(pr.jdbcUrl()).startsWith("jdbc:postgresql://127.0.0.1:").isNotEqualTo(main.jdbcUrl());
    assertThat(items(pr)).containsExactly("a", "b");
    Sql.run(pr, "INSERT INTO items VALUES ('on-branch')", "DELETE FROM items WHERE name = 'a'");
    Sql.run(main, "INSERT INTO items VALUES ('on-main')");

    assertThat(items(pr)).containsExactly("b", "on-branch");
    assertThat(items(main)).containsExactly("a", "b", "on-main");
    // the branch's owner owns the copied table: it can change its schema
    Sql.run(pr, "ALTER TABLE items ADD COLUMN note text");
  }

  @Test
  void branchingClosesTheParentsOpenConnectionsInsteadOfFailing(Neon neon) throws SQLException {
    String projectId = migratedProject(neon);
    ConnectionInfo main = info(neon, projectId, null);
    try (Connection open = Sql.connect(main)) {
      ConnectionInfo pr = info(neon, projectId, branch(neon, projectId, "pr-2").getId());

      assertThat(items(pr)).containsExactly("a", "b");
      assertThatThrownBy(() -> Sql.column(open, "SELECT 1")).isInstanceOf(SQLException.class);
    }
    assertThat(items(main)).containsExactly("a", "b"); // a new connection works at once
  }

  @Test
  void restoringABranchFromItsParentGivesItTheParentsCurrentData(Neon neon) throws SQLException {
    String projectId = migratedProject(neon);
    String mainId = neon.project(projectId).branches().findByName("main").orElseThrow().getId();
    String prId = branch(neon, projectId, "pr-3").getId();
    ConnectionInfo pr = info(neon, projectId, prId);
    Sql.run(pr, "INSERT INTO items VALUES ('scratch')");
    Sql.run(info(neon, projectId, null), "INSERT INTO items VALUES ('c')");

    BranchApi api = neon.api(BranchApi::new);
    neon.operations().await(api.restoreProjectBranch(BranchApi.RestoreProjectBranchParams.builder()
        .projectId(projectId).branchId(prId).branchRestoreRequest(new BranchRestoreRequest().sourceBranchId(mainId))
        .build()).getOperations());

    assertThat(items(info(neon, projectId, prId))).containsExactly("a", "b", "c");
  }

  @Test
  void aDeletedBranchTakesItsDatabaseAndRolesWithIt(Neon neon) throws SQLException {
    String projectId = migratedProject(neon);
    String prId = branch(neon, projectId, "pr-4").getId();
    ConnectionInfo pr = info(neon, projectId, prId);
    assertThat(Sql.connectFailure(pr)).isNull();

    neon.project(projectId).branches().deleteIfExists(prId);

    assertThat(Sql.connectFailure(pr)).isNotNull();
    ConnectionInfo main = info(neon, projectId, null);
    assertThat(Sql.column(main, "SELECT datname FROM pg_database WHERE datname = ?", pr.database())).isEmpty();
    assertThat(Sql.column(main, "SELECT rolname FROM pg_roles WHERE rolname = ?", pr.user())).isEmpty();
    assertThat(items(main)).containsExactly("a", "b");
  }

  @Test
  void aBranchAsOfAPastTimeGetsTheDataOfNow(Neon neon) throws SQLException {
    String projectId = migratedProject(neon);
    String prId = neon.project(projectId).branches().create(b -> b
        .branch(new BranchCreateRequestBranch().name("yesterday").parentTimestamp(OffsetDateTime.now().minusDays(1)))
        .addEndpointsItem(Branches.readWrite())).await().getBranch().getId();

    assertThat(items(info(neon, projectId, prId))).containsExactly("a", "b");
  }

  @Test
  void aSchemaOnlyBranchHasTheTablesWithoutTheRows(Neon neon) throws SQLException {
    String projectId = migratedProject(neon);
    String prId = neon.project(projectId).branches().create(b -> b
        .branch(new BranchCreateRequestBranch().name("schema").initSource("schema-only"))
        .addEndpointsItem(Branches.readWrite())).await().getBranch().getId();

    assertThat(items(info(neon, projectId, prId))).isEmpty();
  }

  @Test
  void everyEmulatorHasItsOwnDatabasesOnTheSharedServer() throws SQLException {
    try (NeonEmulator one = NeonEmulator.builder().databases(Databases.POSTGRES).start();
        NeonEmulator two = NeonEmulator.builder().databases(Databases.POSTGRES).start()) {
      String first = migratedProject(one.newNeon());
      String second = migratedProject(two.newNeon());
      Sql.run(info(one.newNeon(), first, null), "INSERT INTO items VALUES ('one')");

      ConnectionInfo twoMain = info(two.newNeon(), second, null);
      assertThat(twoMain.jdbcUrl()).isNotEqualTo(info(one.newNeon(), first, null).jdbcUrl());
      assertThat(items(twoMain)).containsExactly("a", "b");
      one.close();
      assertThat(items(twoMain)).containsExactly("a", "b");
    }
  }
}

package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import dev.neonjava.Neon;
import dev.neonjava.connect.ConnectionInfo;
import dev.neonjava.generated.api.BranchApi;
import dev.neonjava.generated.model.DatabaseUpdateRequest;
import dev.neonjava.generated.model.DatabaseUpdateRequestDatabase;
import dev.neonjava.resources.BranchScope;
import dev.neonjava.runtime.Secret;
import java.sql.Connection;
import java.sql.SQLException;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** Databases, roles, passwords, endpoints and versions of {@link Databases#POSTGRES} follow the API. */
@NeonEmulatorTest(databases = Databases.POSTGRES)
class RealDatabasesApiTest {
  private static final String INVALID_PASSWORD = "28P01";

  @Test
  void resettingARolesPasswordChangesWhatConnects(Neon neon) throws SQLException {
    String projectId = neon.projects().create(p -> p.name("app")).await().getProject().getId();
    ConnectionInfo before = RealDatabasesTest.info(neon, projectId, null);
    String mainId = neon.project(projectId).branches().findByName("main").orElseThrow().getId();
    assertThat(Sql.connectFailure(before)).isNull();

    Secret password = neon.project(projectId).branch(mainId).roles().resetPassword("neondb_owner").await();

    assertThat(Sql.connectFailure(before)).isEqualTo(INVALID_PASSWORD);
    ConnectionInfo after = RealDatabasesTest.info(neon, projectId, null);
    assertThat(after.password().reveal()).isEqualTo(password.reveal());
    assertThat(Sql.connectFailure(after)).isNull();
  }

  @Test
  void aSuspendedEndpointRefusesConnectionsUntilItStartsAgain(Neon neon) throws SQLException {
    String projectId = RealDatabasesTest.migratedProject(neon);
    ConnectionInfo main = RealDatabasesTest.info(neon, projectId, null);
    String endpointId = neon.project(projectId).endpoints().list().get(0).getId();
    try (Connection open = Sql.connect(main)) {
      neon.project(projectId).endpoints().suspend(endpointId).await();

      assertThat(open.isValid(5)).isFalse(); // a suspended compute closes its connections
      assertThat(Sql.connectFailure(main)).isEqualTo("55000"); // database is not accepting connections
    }
    neon.project(projectId).endpoints().start(endpointId).await();

    assertThat(RealDatabasesTest.items(main)).containsExactly("a", "b");
  }

  @Test
  void databasesAndRolesAreCreatedRenamedAndDeletedInPostgres(Neon neon) throws SQLException {
    String projectId = RealDatabasesTest.migratedProject(neon);
    String mainId = neon.project(projectId).branches().findByName("main").orElseThrow().getId();
    BranchScope main = neon.project(projectId).branch(mainId);
    main.roles().ensure("reporter");
    main.databases().ensure("analytics", "reporter");
    ConnectionInfo analytics = neon.project(projectId).connectionInfo(c -> c.databaseName("analytics").roleName("reporter"));
    Sql.run(analytics, "CREATE TABLE facts (n int)", "INSERT INTO facts VALUES (42)");
    // the API's roles read every table of their branch, as Neon's do (neon_superuser)
    ConnectionInfo reporterOnNeondb = neon.project(projectId).connectionInfo(c -> c.databaseName("neondb").roleName("reporter"));
    assertThat(RealDatabasesTest.items(reporterOnNeondb)).containsExactly("a", "b");

    BranchApi api = neon.api(BranchApi::new);
    neon.operations().await(api.updateProjectBranchDatabase(BranchApi.UpdateProjectBranchDatabaseParams.builder()
        .projectId(projectId).branchId(mainId).databaseName("analytics")
        .databaseUpdateRequest(new DatabaseUpdateRequest().database(new DatabaseUpdateRequestDatabase().name("reports")))
        .build()).getOperations());
    ConnectionInfo reports = neon.project(projectId).connectionInfo(c -> c.databaseName("reports").roleName("reporter"));
    assertThat(reports.database()).isNotEqualTo(analytics.database());
    assertThat(Sql.column(reports, "SELECT n FROM facts")).containsExactly("42");
    assertThat(Sql.connectFailure(analytics)).isNotNull();

    main.databases().deleteIfExists("reports");
    assertThat(Sql.connectFailure(reports)).isNotNull();
    main.roles().deleteIfExists("reporter");
    assertThat(Sql.column(RealDatabasesTest.info(neon, projectId, null), "SELECT rolname FROM pg_roles WHERE rolname = ?",
        reports.user())).isEmpty();
  }

  @Test
  void theRolesOfOneBranchCannotConnectToAnothersDatabases(Neon neon) throws SQLException {
    String projectId = RealDatabasesTest.migratedProject(neon);
    ConnectionInfo main = RealDatabasesTest.info(neon, projectId, null);
    ConnectionInfo pr = RealDatabasesTest.info(neon, projectId, RealDatabasesTest.branch(neon, projectId, "pr").getId());
    ConnectionInfo prRoleOnMain = ConnectionInfo.parse(pr.uri().reveal().replace("/" + pr.database() + "?",
        "/" + main.database() + "?"));

    assertThat(Sql.connectFailure(prRoleOnMain)).isEqualTo("42501"); // insufficient privilege: no CONNECT
  }

  @Test
  void pgVersionPicksTheMajorVersionOfPostgres(Neon neon) throws SQLException {
    String latest = neon.projects().create(p -> p.name("default")).await().getProject().getId();
    assertThat(Sql.column(RealDatabasesTest.info(neon, latest, null), "SHOW server_version_num").get(0)).startsWith("17");

    // the build copies the Linux x86-64 binaries of PostgreSQL 16 next to the class path's 17
    assumeTrue(System.getProperty("os.name").toLowerCase(Locale.ROOT).contains("linux")
        && System.getProperty("os.arch").matches("amd64|x86_64"), "PostgreSQL 16 binaries are copied for Linux x86-64");
    String older = neon.projects().create(p -> p.name("older").pgVersion(16L)).await().getProject().getId();
    assertThat(Sql.column(RealDatabasesTest.info(neon, older, null), "SHOW server_version_num").get(0)).startsWith("16");
  }

  @Test
  void theStandaloneServerTakesTheFlags() throws SQLException {
    String binaries = System.getProperty(PostgresServers.BINARIES_PROPERTY, "");
    NeonEmulatorBuilder builder = NeonEmulatorServer.parse(new String[] {"--port", "0", "--databases",
        "--postgres-binaries", binaries}, System.out);
    assertThat(builder.databases).isEqualTo(Databases.POSTGRES);
    assertThat(System.getProperty(PostgresServers.BINARIES_PROPERTY)).isEqualTo(binaries);
    try (NeonEmulator server = builder.start()) {
      Neon neon = server.newNeon();
      String projectId = neon.projects().create(p -> p.name("server")).await().getProject().getId();
      assertThat(Sql.connectFailure(RealDatabasesTest.info(neon, projectId, null))).isNull();
    }
  }
}

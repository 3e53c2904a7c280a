package dev.neonjava.testkit;

import dev.neonjava.generated.model.ListProjectOperationsResponse;
import dev.neonjava.generated.model.Operation;
import dev.neonjava.generated.model.OperationResponse;
import dev.neonjava.generated.model.Pagination;
import dev.neonjava.testkit.Records.BranchRec;
import dev.neonjava.testkit.Records.Created;
import dev.neonjava.testkit.Records.DatabaseRec;
import dev.neonjava.testkit.Records.EndpointRec;
import dev.neonjava.testkit.Records.OpRec;
import dev.neonjava.testkit.Records.ProjectRec;
import dev.neonjava.testkit.Records.RoleRec;
import dev.neonjava.testkit.Records.ApiKeyRec;
import java.math.BigDecimal;
import java.time.Instant;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;

/** Operations of a project: list (newest first, paged) and get, with their status as of now. */
final class OperationsFamily extends ResourceFamily {
  OperationsFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("listProjectOperations", this::listProjectOperations);
    handlers.put("getProjectOperation", this::getProjectOperation);
  }

  private Reply listProjectOperations(Call c) {
    ProjectRec project = project(c.path("project_id"));
    int limit = c.intQuery("limit", 10, 1, 1000);
    long after = Cursors.decodeSeq(c.query("cursor"));
    List<OpRec> newestFirst = new ArrayList<>(project.ops);
    newestFirst.sort(Comparator.comparingLong((OpRec o) -> o.seq).reversed());
    List<Operation> page = new ArrayList<>();
    long last = -1;
    for (OpRec op : newestFirst) {
      if (after >= 0 && op.seq >= after) {
        continue;
      }
      if (page.size() == limit) {
        break;
      }
      page.add(Render.operation(op, c.now, false));
      last = op.seq;
    }
    ListProjectOperationsResponse body = new ListProjectOperationsResponse().operations(page);
    Cursors.page(last, c.query("cursor")).ifPresent(cursor -> body.pagination(new Pagination().cursor(cursor)));
    return Reply.json(200, body);
  }

  private Reply getProjectOperation(Call c) {
    ProjectRec project = project(c.path("project_id"));
    String id = c.path("operation_id");
    for (OpRec op : project.ops) {
      if (op.id.toString().equalsIgnoreCase(id)) {
        return Reply.json(200, new OperationResponse().operation(Render.operation(op, c.now, false)));
      }
    }
    throw ApiError.notFound("operation " + id + " not found");
  }
}

package dev.neonjava.testkit;

import dev.neonjava.generated.model.CursorPagination;
import dev.neonjava.generated.model.ListProjectBranchFunctionsResponse;
import dev.neonjava.generated.model.NeonFunction;
import dev.neonjava.generated.model.NeonFunctionDeployment;
import dev.neonjava.generated.model.NeonFunctionDeploymentResponse;
import dev.neonjava.generated.model.NeonFunctionResponse;
import dev.neonjava.generated.model.NeonFunctionUpdateRequest;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Function;

/**
 * Functions of a branch. A deployment is a {@code multipart/form-data} upload: the emulator reads
 * its parts; a deployment to a new slug creates the function. A bundle that is a zip archive
 * deploys ({@code completed}); anything else (or none) fails with an error, as a build would.
 * Functions list oldest first, paged by sequence cursors.
 */
final class FunctionsFamily extends ResourceFamily {
  private static final String DEFAULT_RUNTIME = "nodejs24";
  private static final int MEMORY_MIB = 128;

  /** One function and its deployments. */
  private static final class FunctionRec {
    long seq;
    String id;
    String slug;
    String name;
    Instant createdAt;
    NeonFunctionDeployment current;
    NeonFunctionDeployment active;
  }

  /** Functions by slug, per "project/branch". */
  private final Map<String, Map<String, FunctionRec>> functions = new HashMap<>();
  private final Set<String> ids = new HashSet<>();
  private int deploymentIds;

  FunctionsFamily(ControlPlane plane) {
    super(plane);
  }

  @Override
  void register(Map<String, Function<Call, Reply>> handlers) {
    handlers.put("listProjectBranchFunctions", this::list);
    handlers.put("getProjectBranchFunction", call -> Reply.json(200, new NeonFunctionResponse().function(render(function(call)))));
    handlers.put("updateProjectBranchFunction", this::update);
    handlers.put("deleteProjectBranchFunction", this::delete);
    handlers.put("createProjectBranchFunctionDeployment", this::deploy);
  }

  private Map<String, FunctionRec> functionsOf(Call call) {
    branch(project(call.path("project_id")), call.path("branch_id"));
    return functions.computeIfAbsent(call.path("project_id") + "/" + call.path("branch_id"), k -> new LinkedHashMap<>());
  }

  private FunctionRec function(Call call) {
    FunctionRec f = functionsOf(call).get(call.path("slug"));
    if (f == null) {
      throw ApiError.notFound("function " + call.path("slug") + " not found");
    }
    return f;
  }

  private Reply list(Call call) {
    int limit = call.intQuery("limit", 100, 1, 1000);
    long after = call.query("cursor") == null ? -1 : Cursors.decodeSeq(call.query("cursor"));
    List<NeonFunction> page = new ArrayList<>();
    long last = -1;
    for (FunctionRec f : functionsOf(call).values()) {
      if (f.seq > after && page.size() < limit) {
        page.add(render(f));
        last = f.seq;
      }
    }
    return Reply.json(200, new ListProjectBranchFunctionsResponse().functions(page)
        .pagination(new CursorPagination().next(Cursors.page(last, call.query("cursor")).orElse(null))));
  }

  private Reply update(Call call) {
    FunctionRec f = function(call);
    String name = call.body(NeonFunctionUpdateRequest.class).getName();
    if (name != null) {
      if (name.isEmpty() || name.length() > 256) {
        throw ApiError.badRequest("name must be 1 to 256 characters");
      }
      f.name = name;
    }
    return Reply.json(200, new NeonFunctionResponse().function(render(f)));
  }

  private Reply delete(Call call) {
    FunctionRec f = function(call);
    functionsOf(call).remove(f.slug);
    return Reply.noContent();
  }

  private Reply deploy(Call call) {
    Map<String, byte[]> form = Multipart.parse(call.body);
    Map<String, FunctionRec> all = functionsOf(call);
    FunctionRec f = all.get(call.path("slug"));
    if (f == null) {
      f = new FunctionRec();
      f.seq = plane.nextSequence();
      f.id = plane.names.id("fn-", ids);
      f.slug = call.path("slug");
      f.name = f.slug;
      f.createdAt = call.now;
      all.put(f.slug, f);
    }
    byte[] zip = form.get("zip");
    String runtime = form.containsKey("runtime") ? new String(form.get("runtime"), StandardCharsets.UTF_8)
        : DEFAULT_RUNTIME;
    NeonFunctionDeployment d = new NeonFunctionDeployment().id(++deploymentIds).memoryMib(MEMORY_MIB)
        .runtime(runtime).createdAt(Render.timeText(call.now));
    if (zip == null || zip.length < 4 || zip[0] != 'P' || zip[1] != 'K') {
      d.status(NeonFunctionDeployment.StatusEnum.FAILED)
          .error(zip == null ? "the deployment has no zip bundle" : "the bundle is not a zip archive");
    } else {
      d.status(NeonFunctionDeployment.StatusEnum.COMPLETED);
      f.active = d;
    }
    f.current = d;
    return Reply.json(201, new NeonFunctionDeploymentResponse().deployment(d));
  }

  private static NeonFunction render(FunctionRec f) {
    return new NeonFunction().id(f.id).slug(f.slug).name(f.name)
        .invocationUrl("https://" + f.slug + ".functions.emulated.neon.test/")
        .currentDeployment(f.current).activeDeployment(f.active).createdAt(Render.timeText(f.createdAt));
  }
}

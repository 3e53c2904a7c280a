package dev.neonjava.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import dev.neonjava.runtime.NeonGson;
import dev.neonjava.testkit.Records.OpRec;
import dev.neonjava.testkit.Records.ProjectRec;
import dev.neonjava.testkit.ResourceShapes.Shape;
import io.swagger.v3.oas.models.media.Schema;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The last link of the chain: every operation of the spec without behaviour of its own is answered
 * from a store of resources keyed by kind and path, shaped by the spec ({@link ResourceShapes}).
 * Creates get Neon-format ids and timestamps, lists page with Neon's cursors, items answer 404 when
 * missing and 409 on a duplicate name, singletons (settings, set-ups, actions) keep what was last
 * written. A new operation added to {@code spec/} is emulated with no code. Guarded by the control
 * plane's lock.
 */
final class GenericStore {
  private static final String[] ID_FIELDS = {"id", "name", "slug", "key"};

  /** One stored resource. */
  private static final class Rec {
    final long seq;
    final Map<String, String> scope;
    JsonObject value;

    Rec(long seq, Map<String, String> scope, JsonObject value) {
      this.seq = seq;
      this.scope = scope;
      this.value = value;
    }
  }

  private final ControlPlane plane;
  private final ResourceShapes shapes;
  private final Map<String, List<Rec>> byKind = new HashMap<>();
  private final Map<String, JsonObject> singletons = new HashMap<>();
  private final Set<String> ids = new HashSet<>();
  private long intIds;

  GenericStore(ControlPlane plane, SpecCheck spec) {
    this.plane = plane;
    this.shapes = spec.shapes();
  }

  /**
   * Returns the operations the store can answer: every operation of the spec.
   * @return the operations the store can answer: every operation of the spec
   */
  Set<String> operations() {
    return shapes.operations();
  }

  Reply handle(Call call, SpecRoutes.Route route) {
    Shape shape = shapes.shape(call.operationId);
    if (shape == null) {
      throw new ApiError(501, "NOT_EMULATED", "the Neon emulator does not implement " + route);
    }
    String projectId = call.path("project_id");
    String branchId = call.path("branch_id");
    if (projectId != null && branchId != null) {
      ControlPlane.branch(plane.project(projectId), branchId);
    }
    Context ctx = new Context(call);
    switch (shape.style) {
      case CREATE:
        return create(shape, call, ctx);
      case LIST:
        return list(shape, call, ctx);
      case ITEM:
        return item(shape, call, ctx);
      default:
        return singleton(shape, call, ctx);
    }
  }

  private Reply create(Shape shape, Call call, Context ctx) {
    JsonObject value = SchemaValues.instance(shape.resource, shape.kind, ctx).getAsJsonObject();
    overlay(value, input(shape, call), shape.resource);
    List<Rec> recs = byKind.computeIfAbsent(shape.kind, k -> new ArrayList<>());
    String idField = idField(shape.resource);
    if (idField != null && !"id".equals(idField) && value.has(idField)) {
      String id = value.get(idField).getAsString();
      for (Rec rec : recs) {
        if (inScope(rec, call, null) && id.equals(string(rec.value, idField))) {
          throw ApiError.conflict(shape.kind + " with " + idField + " " + id + " already exists");
        }
      }
    }
    Rec rec = new Rec(plane.nextSequence(), new LinkedHashMap<>(call.pathParams), value);
    recs.add(rec);
    return render(shape, rec.value, null, ctx);
  }

  private Reply list(Shape shape, Call call, Context ctx) {
    List<Rec> all = new ArrayList<>();
    for (Rec rec : byKind.getOrDefault(shape.kind, List.of())) {
      if (inScope(rec, call, null)) {
        all.add(rec);
      }
    }
    Integer limit = call.query("limit") == null ? null : call.intQuery("limit", null, 1, 10_000);
    long after = call.query("cursor") == null ? -1 : Cursors.decodeSeq(call.query("cursor"));
    List<JsonObject> page = new ArrayList<>();
    long last = -1;
    for (Rec rec : all) {
      if (after >= 0 && rec.seq <= after) {
        continue;
      }
      if (limit != null && page.size() == limit) {
        break;
      }
      page.add(rec.value);
      last = rec.seq;
    }
    String cursor = limit == null && after < 0 ? null : Cursors.page(last, call.query("cursor")).orElse(null);
    return render(shape, null, new Page(page, cursor), ctx);
  }

  private Reply item(Shape shape, Call call, Context ctx) {
    String id = call.path(shape.itemParam);
    List<Rec> recs = byKind.computeIfAbsent(shape.kind, k -> new ArrayList<>());
    Rec found = null;
    for (Rec rec : recs) {
      if (inScope(rec, call, shape.itemParam) && identifies(rec, id)) {
        found = rec;
        break;
      }
    }
    if (found == null && ("PUT".equals(call.method) || "POST".equals(call.method)) && shape.resource != null) {
      found = new Rec(plane.nextSequence(), new LinkedHashMap<>(call.pathParams),
          SchemaValues.instance(shape.resource, shape.kind, ctx).getAsJsonObject());
      found.value.addProperty(idField(shape.resource) == null ? "id" : idField(shape.resource), id);
      recs.add(found);
    }
    if (found == null) {
      throw ApiError.notFound(shape.kind.replace('_', ' ') + " " + id + " not found");
    }
    switch (call.method) {
      case "DELETE":
        recs.remove(found);
        break;
      case "GET":
        break;
      default:
        overlay(found.value, input(shape, call), shape.resource);
        if (found.value.has("updated_at")) {
          found.value.addProperty("updated_at", Render.timeText(call.now));
        }
    }
    return render(shape, found.value, null, ctx);
  }

  private Reply singleton(Shape shape, Call call, Context ctx) {
    String key = path(call, shape);
    JsonObject stored = singletons.get(key);
    if ("DELETE".equals(call.method)) {
      singletons.remove(key);
    } else if (!"GET".equals(call.method)) {
      JsonObject next = stored == null ? new JsonObject() : stored;
      JsonObject in = input(shape, call);
      for (Map.Entry<String, JsonElement> e : in.entrySet()) {
        next.add(e.getKey(), e.getValue());
      }
      singletons.put(key, next);
      stored = next;
    }
    return render(shape, stored, null, ctx);
  }

  // ---------------------------------------------------------------------------------------------

  /** A page of a list and its cursor (null: no pagination asked for). */
  private static final class Page {
    final List<JsonObject> items;
    final String cursor;

    Page(List<JsonObject> items, String cursor) {
      this.items = items;
      this.cursor = cursor;
    }
  }

  private Reply render(Shape shape, JsonObject value, Page page, Context ctx) {
    Call call = ctx.call;
    if (shape.response == null || !Reply.JSON.equals(shape.contentType)) {
      // a download: the object's bytes (the store keeps no object contents)
      return shape.status == 204 ? Reply.noContent() : shape.contentType == null ? Reply.raw(shape.status, null, "")
          : Reply.raw(shape.status, shape.contentType, "emulated object contents\n");
    }
    Schema<?> response = shape.response;
    if (page != null && "".equals(shape.listSlot)) {
      JsonArray array = new JsonArray();
      page.items.forEach(item -> array.add(SchemaValues.fit(response.getItems(), item, shape.kind, ctx)));
      return Reply.json(shape.status, array);
    }
    if (page == null && "".equals(shape.objectSlot)) {
      return Reply.json(shape.status, SchemaValues.fit(response, value, shape.kind, ctx));
    }
    JsonElement body = SchemaValues.instance(response, null, ctx);
    if (!body.isJsonObject()) {
      return Reply.json(shape.status, body);
    }
    JsonObject out = body.getAsJsonObject();
    Map<String, Schema<?>> props = SchemaValues.properties(response);
    if (page != null && shape.listSlot != null) {
      JsonArray array = new JsonArray();
      Schema<?> items = props.get(shape.listSlot).getItems();
      page.items.forEach(item -> array.add(SchemaValues.fit(items, item, shape.kind, ctx)));
      out.add(shape.listSlot, array);
      Schema<?> pagination = props.get("pagination");
      if (pagination != null && page.cursor != null) {
        JsonObject p = new JsonObject();
        p.addProperty("cursor", page.cursor);
        p.addProperty("next", page.cursor);
        out.add("pagination", SchemaValues.fit(pagination, p, "pagination", ctx));
      }
    } else if (shape.objectSlot != null && value != null) {
      out.add(shape.objectSlot, SchemaValues.fit(props.get(shape.objectSlot), value, shape.kind, ctx));
    }
    if (props.containsKey("operations") && !"GET".equals(call.method) && call.path("project_id") != null) {
      out.add("operations", operations(call, shape));
    }
    return Reply.json(shape.status, out);
  }

  /**
   * A mutation of a project's resource whose response carries operations queues one on the project
   * (its action from {@link OperationActions}): it runs over the operation delay like any other, and
   * the project answers 423 to mutations meanwhile.
   */
  private JsonArray operations(Call call, Shape shape) {
    ProjectRec project = plane.project(call.path("project_id"));
    OpRec op = plane.queue().schedule(project, OperationActions.of(call.operationId, call.method, shape.template),
        call.path("branch_id"), null, call.now, false, null);
    return NeonGson.gson().toJsonTree(Render.fresh(List.of(op))).getAsJsonArray();
  }

  /**
   * Returns the request's body (unwrapped from {"kind": {...}}) and query parameters, as one object.
   * @return the request's body (unwrapped from {"kind": {...}}) and query parameters, as one object
   */
  private static JsonObject input(Shape shape, Call call) {
    JsonObject in = new JsonObject();
    call.query.forEach((name, values) -> {
      if (!values.isEmpty() && !"limit".equals(name) && !"cursor".equals(name)) {
        in.addProperty(name, values.get(0));
      }
    });
    if (call.hasBody()) {
      JsonElement body;
      try {
        body = JsonParser.parseString(new String(call.body, StandardCharsets.UTF_8));
      } catch (RuntimeException e) {
        throw ApiError.badRequest("invalid request body: " + e.getMessage());
      }
      if (body.isJsonObject()) {
        JsonObject object = body.getAsJsonObject();
        if (object.size() == 1) {
          Map.Entry<String, JsonElement> only = object.entrySet().iterator().next();
          if (only.getValue().isJsonObject() && (only.getKey().equals(shape.kind)
              || only.getKey().equals(shape.objectSlot))) {
            object = only.getValue().getAsJsonObject();
          }
        }
        for (Map.Entry<String, JsonElement> e : object.entrySet()) {
          in.add(e.getKey(), e.getValue());
        }
      }
    }
    return in;
  }

  /** Lays the input over a stored value: properties the resource schema accepts (strings coerced from query text). */
  private static void overlay(JsonObject value, JsonObject in, Schema<?> resource) {
    Map<String, Schema<?>> props = resource == null ? Map.of() : SchemaValues.properties(resource);
    for (Map.Entry<String, JsonElement> e : in.entrySet()) {
      Schema<?> property = props.get(e.getKey());
      if (property == null || SchemaValues.accepts(property, e.getValue())) {
        value.add(e.getKey(), e.getValue());
      }
    }
  }

  private static String idField(Schema<?> resource) {
    if (resource == null) {
      return null;
    }
    Map<String, Schema<?>> props = SchemaValues.properties(resource);
    for (String field : ID_FIELDS) {
      if (props.containsKey(field)) {
        return field;
      }
    }
    return null;
  }

  private static boolean identifies(Rec rec, String id) {
    for (String field : ID_FIELDS) {
      if (id.equals(string(rec.value, field))) {
        return true;
      }
    }
    return false;
  }

  private static boolean inScope(Rec rec, Call call, String except) {
    for (Map.Entry<String, String> e : call.pathParams.entrySet()) {
      String mine = rec.scope.get(e.getKey());
      if (!e.getKey().equals(except) && mine != null && !mine.equals(e.getValue())) {
        return false;
      }
    }
    return true;
  }

  private static String string(JsonObject object, String field) {
    JsonElement e = object.get(field);
    return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
  }

  private static String path(Call call, Shape shape) {
    String path = shape.template;
    for (Map.Entry<String, String> e : call.pathParams.entrySet()) {
      path = path.replace("{" + e.getKey() + "}", e.getValue());
    }
    return path;
  }

  /** Time, ids and the call's path parameters for generated values. */
  private final class Context implements SchemaValues.Context {
    final Call call;

    Context(Call call) {
      this.call = call;
    }

    @Override
    public Instant now() {
      return call.now;
    }

    @Override
    public String known(String property) {
      String value = call.pathParams.get(property);
      if (value == null && "owner_id".equals(property)) {
        return ControlPlane.USER_ID.toString();
      }
      return value;
    }

    @Override
    public String newId(Schema<?> schema) {
      if ("uuid".equals(schema.getFormat())) {
        return plane.names.uuid().toString();
      }
      String kind = shapes.shape(call.operationId).kind;
      String prefix = kind.length() <= 4 ? kind : kind.substring(0, 4).replace("_", "");
      return plane.names.id(prefix + "-", ids);
    }

    @Override
    public long newIntId() {
      return ++intIds;
    }
  }

  /**
   * Returns the stored resources of a kind, oldest first, for assertions.
   * @return the stored resources of a kind, oldest first, for assertions
   */
  List<JsonObject> resources(String kind) {
    List<JsonObject> out = new ArrayList<>();
    for (Iterator<Rec> it = byKind.getOrDefault(kind, List.of()).iterator(); it.hasNext(); ) {
      out.add(it.next().value.deepCopy());
    }
    return out;
  }
}

package dev.neonjava.spec.drift;

import dev.neonjava.spec.drift.Finding.Kind;
import dev.neonjava.spec.drift.Finding.Severity;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.Content;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * What openapi-diff cannot see because it compares resolved structures: a {@code $ref} that now names
 * another component (same structure, yet the generated Java type changes and the old class may
 * disappear), a {@code $ref} replaced by an inline schema or the reverse, and the properties added or
 * removed underneath such a change (openapi-diff stops at a changed shape). Each finding names the
 * operation and the JSON pointer of the use site, or of the component element when the change is
 * inside a component that both documents reference by the same name.
 */
final class JavaTypeChanges {
  private static final String SCHEMAS = "#/components/schemas/";

  private final OpenAPI oldApi;
  private final OpenAPI newApi;
  private final List<Finding> out = new ArrayList<>();
  private String op;
  private String location;
  private boolean request;
  private boolean error;
  private Set<String> seen;

  private JavaTypeChanges(OpenAPI oldApi, OpenAPI newApi) {
    this.oldApi = oldApi;
    this.newApi = newApi;
  }

  /** Findings for every operation present in both documents (same method and path). */
  static List<Finding> find(OpenAPI oldApi, OpenAPI newApi) {
    JavaTypeChanges c = new JavaTypeChanges(oldApi, newApi);
    if (oldApi.getPaths() != null && newApi.getPaths() != null) {
      for (Map.Entry<String, PathItem> p : oldApi.getPaths().entrySet()) {
        PathItem newItem = newApi.getPaths().get(p.getKey());
        if (newItem != null) {
          c.pathItem(p.getKey(), p.getValue(), newItem);
        }
      }
    }
    return c.out;
  }

  private void pathItem(String path, PathItem oldItem, PathItem newItem) {
    Map<PathItem.HttpMethod, Operation> newOps = newItem.readOperationsMap();
    for (Map.Entry<PathItem.HttpMethod, Operation> e : oldItem.readOperationsMap().entrySet()) {
      Operation n = newOps.get(e.getKey());
      if (n == null) {
        continue;
      }
      String method = e.getKey().name().toLowerCase(Locale.ROOT);
      op = DriftAnalyzer.op(method, path);
      seen = new HashSet<>();
      String base = "#/paths/" + SchemaPointers.escape(path) + "/" + method;
      parameters(parameters(oldItem, e.getValue()), parameters(newItem, n), base);
      requestBody(e.getValue().getRequestBody(), n.getRequestBody(), base);
      responses(e.getValue(), n, base);
    }
  }

  private Map<String, Parameter> parameters(PathItem item, Operation o) {
    Map<String, Parameter> all = new LinkedHashMap<>();
    for (List<Parameter> list : java.util.Arrays.asList(item.getParameters(), o.getParameters())) {
      if (list != null) {
        for (Parameter p : list) {
          Parameter r = resolveParameter(p);
          all.put(r.getIn() + "." + r.getName(), r);
        }
      }
    }
    return all;
  }

  private Parameter resolveParameter(Parameter p) {
    if (p.get$ref() == null) {
      return p;
    }
    String name = p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1);
    for (OpenAPI api : List.of(newApi, oldApi)) {
      if (api.getComponents() != null && api.getComponents().getParameters() != null
          && api.getComponents().getParameters().containsKey(name)) {
        return api.getComponents().getParameters().get(name);
      }
    }
    return p;
  }

  private void parameters(Map<String, Parameter> old, Map<String, Parameter> neu, String base) {
    request = true;
    error = false;
    for (Map.Entry<String, Parameter> e : old.entrySet()) {
      Parameter n = neu.get(e.getKey());
      if (n != null && e.getValue().getSchema() != null && n.getSchema() != null) {
        Parameter p = e.getValue();
        location = DriftAnalyzer.paramLoc(p.getIn(), p.getName());
        schema(p.getSchema(), n.getSchema(), base + "/parameters/" + e.getKey() + "/schema", false);
      }
    }
  }

  private void requestBody(RequestBody o, RequestBody n, String base) {
    if (o == null || n == null) {
      return;
    }
    request = true;
    error = false;
    content(resolve(o).getContent(), resolve(n).getContent(), "request body", base + "/requestBody/content");
  }

  private RequestBody resolve(RequestBody b) {
    if (b.get$ref() == null) {
      return b;
    }
    String name = b.get$ref().substring(b.get$ref().lastIndexOf('/') + 1);
    for (OpenAPI api : List.of(newApi, oldApi)) {
      if (api.getComponents() != null && api.getComponents().getRequestBodies() != null
          && api.getComponents().getRequestBodies().containsKey(name)) {
        return api.getComponents().getRequestBodies().get(name);
      }
    }
    return b;
  }

  private void responses(Operation o, Operation n, String base) {
    if (o.getResponses() == null || n.getResponses() == null) {
      return;
    }
    for (Map.Entry<String, ApiResponse> e : o.getResponses().entrySet()) {
      ApiResponse nr = n.getResponses().get(e.getKey());
      if (nr == null) {
        continue;
      }
      request = false;
      error = !e.getKey().startsWith("2");
      content(resolve(oldApi, e.getValue()).getContent(), resolve(newApi, nr).getContent(), "response " + e.getKey(),
          base + "/responses/" + e.getKey() + "/content");
    }
  }

  private static ApiResponse resolve(OpenAPI api, ApiResponse r) {
    if (r.get$ref() == null || api.getComponents() == null || api.getComponents().getResponses() == null) {
      return r;
    }
    ApiResponse c = api.getComponents().getResponses().get(r.get$ref().substring(r.get$ref().lastIndexOf('/') + 1));
    return c == null ? r : c;
  }

  private void content(Content o, Content n, String loc, String pointer) {
    if (o == null || n == null) {
      return;
    }
    for (Map.Entry<String, MediaType> e : o.entrySet()) {
      MediaType nm = n.get(e.getKey());
      if (nm != null && e.getValue().getSchema() != null && nm.getSchema() != null) {
        location = loc + " " + e.getKey();
        schema(e.getValue().getSchema(), nm.getSchema(), pointer + "/" + SchemaPointers.escape(e.getKey()) + "/schema", false);
      }
    }
  }

  /**
   * Compares one schema position. {@code deep}: openapi-diff did not look below this point (the shape
   * changed above it), so added and removed properties are reported here.
   */
  @SuppressWarnings("rawtypes")
  private void schema(Schema o, Schema n, String pointer, boolean deep) {
    String oldRef = o.get$ref();
    String newRef = n.get$ref();
    if (oldRef != null && newRef != null) {
      if (!oldRef.equals(newRef)) {
        boolean gone = component(newApi, oldRef) == null;
        add(Kind.REF_CHANGED, true, pointer, "$ref `" + name(oldRef) + "` -> `" + name(newRef) + "`: the Java type changes from "
            + name(oldRef) + " to " + name(newRef) + (gone ? "; class " + name(oldRef) + " is removed" : ""));
        return;
      }
      if (seen.add(oldRef + "|" + deep)) {
        Schema oc = component(oldApi, oldRef);
        Schema nc = component(newApi, newRef);
        if (oc != null && nc != null) {
          inner(oc, nc, SCHEMAS + SchemaPointers.escape(name(oldRef)), deep);
        }
      }
      return;
    }
    if (oldRef != null || newRef != null) {
      add(Kind.REF_CHANGED, true, pointer, oldRef != null
          ? "$ref `" + name(oldRef) + "` -> inline schema: the Java type is no longer " + name(oldRef)
              + (component(newApi, oldRef) == null ? "; class " + name(oldRef) + " is removed" : "")
          : "inline schema -> $ref `" + name(newRef) + "`: the Java type becomes " + name(newRef));
      // openapi-diff compares the resolved structures and stops where the shape changed: look below
      properties(resolveSchema(oldApi, o), resolveSchema(newApi, n), pointer, true);
      return;
    }
    inner(o, n, pointer, deep);
  }

  @SuppressWarnings("rawtypes")
  private void inner(Schema o, Schema n, String pointer, boolean deep) {
    boolean oldComposed = o.getAllOf() != null || o.getOneOf() != null || o.getAnyOf() != null;
    boolean newComposed = n.getAllOf() != null || n.getOneOf() != null || n.getAnyOf() != null;
    if (deep || oldComposed != newComposed) {
      // a changed shape (plain <-> allOf) is one TYPE_CHANGED for openapi-diff, which looks no further
      properties(o, n, pointer, true);
      return;
    }
    properties(o, n, pointer, false);
    if (o.getItems() != null && n.getItems() != null) {
      schema(o.getItems(), n.getItems(), pointer + "/items", false);
    }
    if (o.getAdditionalProperties() instanceof Schema && n.getAdditionalProperties() instanceof Schema) {
      schema((Schema) o.getAdditionalProperties(), (Schema) n.getAdditionalProperties(), pointer + "/additionalProperties", false);
    }
    members(o.getAllOf(), n.getAllOf(), pointer + "/allOf/");
    members(o.getOneOf(), n.getOneOf(), pointer + "/oneOf/");
    members(o.getAnyOf(), n.getAnyOf(), pointer + "/anyOf/");
  }

  @SuppressWarnings("rawtypes")
  private void members(List<Schema> o, List<Schema> n, String prefix) {
    if (o == null || n == null || o.size() != n.size()) {
      return;
    }
    for (int i = 0; i < o.size(); i++) {
      schema(o.get(i), n.get(i), prefix + i, false);
    }
  }

  /** Common properties are compared; with {@code report}, added and removed ones are findings. */
  @SuppressWarnings("rawtypes")
  private void properties(Schema o, Schema n, String pointer, boolean report) {
    Map<String, Schema> op = new LinkedHashMap<>();
    Map<String, Schema> np = new LinkedHashMap<>();
    Set<String> oldRequired = new HashSet<>();
    Set<String> newRequired = new HashSet<>();
    flatten(oldApi, o, op, oldRequired, new HashSet<>());
    flatten(newApi, n, np, newRequired, new HashSet<>());
    for (Map.Entry<String, Schema> e : np.entrySet()) {
      String child = pointer + "/properties/" + SchemaPointers.escape(e.getKey());
      Schema old = op.get(e.getKey());
      if (old == null) {
        if (report) {
          boolean required = newRequired.contains(e.getKey());
          add(Kind.PROPERTY_ADDED, request && required, child, (required ? "required" : "optional") + " property `"
              + e.getKey() + "` added");
        }
      } else {
        schema(old, e.getValue(), child, report);
      }
    }
    if (report) {
      for (String name : op.keySet()) {
        if (!np.containsKey(name)) {
          add(Kind.PROPERTY_REMOVED, true, pointer + "/properties/" + SchemaPointers.escape(name),
              (oldRequired.contains(name) ? "required" : "optional") + " property `" + name + "` removed");
        }
      }
    }
    if (report && o.getItems() != null && n.getItems() != null) {
      schema(o.getItems(), n.getItems(), pointer + "/items", true);
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void flatten(OpenAPI api, Schema s, Map<String, Schema> props, Set<String> required, Set<String> refs) {
    if (s == null) {
      return;
    }
    if (s.get$ref() != null) {
      if (refs.add(s.get$ref())) {
        flatten(api, component(api, s.get$ref()), props, required, refs);
      }
      return;
    }
    if (s.getAllOf() != null) {
      for (Object m : s.getAllOf()) {
        flatten(api, (Schema) m, props, required, refs);
      }
    }
    if (s.getProperties() != null) {
      props.putAll(s.getProperties());
    }
    if (s.getRequired() != null) {
      required.addAll(s.getRequired());
    }
  }

  @SuppressWarnings("rawtypes")
  private static Schema resolveSchema(OpenAPI api, Schema s) {
    Schema c = s.get$ref() == null ? null : component(api, s.get$ref());
    return c == null ? s : c;
  }

  @SuppressWarnings("rawtypes")
  static Schema component(OpenAPI api, String ref) {
    if (ref == null || !ref.startsWith(SCHEMAS) || api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return null;
    }
    return api.getComponents().getSchemas().get(name(ref));
  }

  static String name(String ref) {
    return ref.startsWith(SCHEMAS) ? ref.substring(SCHEMAS.length()).replace("~1", "/").replace("~0", "~") : ref;
  }

  private void add(Kind kind, boolean breaking, String pointer, String detail) {
    boolean b = breaking && !error;
    out.add(new Finding(kind, b ? Severity.BREAKING : Severity.NON_BREAKING, op, location, pointer,
        detail + (breaking && error ? " (error response: neon-java decodes error bodies itself)" : "")));
  }
}

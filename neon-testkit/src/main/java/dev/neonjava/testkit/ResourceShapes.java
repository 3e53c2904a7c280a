package dev.neonjava.testkit;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.util.Collections;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * What the generic store reads from the spec, once per spec: for every operation, its style
 * (create in a collection, list it, act on one item of it, or read/write a singleton), the kind of
 * resource (the collection's name, singular), the success status and where the resource sits in the
 * response. Immutable.
 */
final class ResourceShapes {
  /** How the generic store treats an operation. */
  enum Style {
    /** POST to a collection: a new resource with a fresh id */
    CREATE,
    /** GET of a collection: its resources, paged */
    LIST,
    /** GET, PATCH, PUT, POST or DELETE of one resource by its id or name */
    ITEM,
    /** any method on a path holding one value (settings, set-ups, actions) */
    SINGLETON
  }

  /** One operation as the generic store sees it. */
  static final class Shape {
    final String operationId;
    final String method;
    final String template;
    final Style style;
    final String kind;
    final String itemParam;
    final int status;
    final String contentType;
    final Schema<?> response;
    /** property of the response holding one resource; "" for the response itself; null for none */
    final String objectSlot;
    /** property of the response holding a list of resources; "" for the response itself; null for none */
    final String listSlot;
    /** the schema of one resource, or null */
    final Schema<?> resource;

    Shape(String operationId, String method, String template, Style style, String kind, String itemParam,
        int status, String contentType, Schema<?> response, String objectSlot, String listSlot, Schema<?> resource) {
      this.operationId = operationId;
      this.method = method;
      this.template = template;
      this.style = style;
      this.kind = kind;
      this.itemParam = itemParam;
      this.status = status;
      this.contentType = contentType;
      this.response = response;
      this.objectSlot = objectSlot;
      this.listSlot = listSlot;
      this.resource = resource;
    }

    @Override
    public String toString() {
      return operationId + " " + style + " " + kind;
    }
  }

  private static final Set<String> NOT_RESOURCES = Set.of("operations", "pagination", "annotation", "annotations");

  private final Map<String, Shape> byOperation;

  private ResourceShapes(Map<String, Shape> byOperation) {
    this.byOperation = Collections.unmodifiableMap(byOperation);
  }

  static ResourceShapes of(OpenAPI api) {
    Set<String> templates = new HashSet<>();
    Set<String> gettable = new HashSet<>();
    api.getPaths().forEach((template, item) -> {
      templates.add(template);
      if (item.getGet() != null) {
        gettable.add(template);
      }
    });
    Map<String, Shape> shapes = new LinkedHashMap<>();
    api.getPaths().forEach((template, item) -> item.readOperationsMap().forEach((method, op) ->
        shapes.put(op.getOperationId(), shape(op, method.name(), template, templates, gettable))));
    return new ResourceShapes(shapes);
  }

  Shape shape(String operationId) {
    return byOperation.get(operationId);
  }

  Set<String> operations() {
    return byOperation.keySet();
  }

  private static Shape shape(Operation op, String method, String template, Set<String> templates,
      Set<String> gettable) {
    String[] segments = template.substring(1).split("/");
    String last = segments[segments.length - 1];
    boolean itemPath = isParam(last);
    String literal = lastLiteral(segments);
    String kind = singular(literal);
    int status = 200;
    String contentType = null;
    Schema<?> response = null;
    if (op.getResponses() != null) {
      for (Map.Entry<String, ApiResponse> e : new TreeMap<>(op.getResponses()).entrySet()) {
        if (e.getKey().startsWith("2")) {
          status = Integer.parseInt(e.getKey());
          Map<String, MediaType> content = e.getValue().getContent();
          if (content != null && !content.isEmpty()) {
            contentType = content.containsKey(Reply.JSON) ? Reply.JSON : content.keySet().iterator().next();
            response = content.get(contentType).getSchema();
          }
          break;
        }
      }
    }
    String objectSlot = null;
    String listSlot = null;
    Schema<?> resource = null;
    if (response != null && Reply.JSON.equals(contentType)) {
      if ("array".equals(SchemaValues.type(response))) {
        listSlot = "";
        resource = response.getItems();
      } else {
        Map<String, Schema<?>> props = SchemaValues.properties(response);
        for (Map.Entry<String, Schema<?>> p : props.entrySet()) {
          Schema<?> s = p.getValue();
          if (!NOT_RESOURCES.contains(p.getKey()) && "array".equals(SchemaValues.type(s))
              && "object".equals(SchemaValues.type(s.getItems())) && listSlot == null) {
            listSlot = p.getKey();
          }
        }
        Schema<?> named = props.get(kind);
        if (named != null && "object".equals(SchemaValues.type(named))) {
          objectSlot = kind;
        } else if (props.containsKey("id") || props.containsKey("name")) {
          objectSlot = "";
        } else {
          for (Map.Entry<String, Schema<?>> p : props.entrySet()) {
            if (!NOT_RESOURCES.contains(p.getKey()) && "object".equals(SchemaValues.type(p.getValue()))
                && !SchemaValues.properties(p.getValue()).isEmpty()) {
              objectSlot = p.getKey();
              break;
            }
          }
          if (objectSlot == null) {
            objectSlot = "";
          }
        }
      }
    }
    Style style;
    String itemParam = null;
    if (itemPath) {
      style = Style.ITEM;
      itemParam = last.substring(1, last.length() - 1);
    } else if ("GET".equals(method)) {
      style = listSlot != null ? Style.LIST : Style.SINGLETON;
    } else if ("POST".equals(method) && (hasChildItem(template, templates)
        || (!gettable.contains(template) && objectSlot != null && !objectSlot.isEmpty()))) {
      style = Style.CREATE;
    } else {
      style = Style.SINGLETON;
    }
    if (style == Style.LIST && listSlot != null && !listSlot.isEmpty()) {
      resource = SchemaValues.properties(response).get(listSlot).getItems();
    }
    if (resource == null && objectSlot != null && response != null) {
      resource = objectSlot.isEmpty() ? response : SchemaValues.properties(response).get(objectSlot);
    }
    return new Shape(op.getOperationId(), method, template, style, kind, itemParam, status, contentType, response,
        objectSlot, listSlot, resource);
  }

  private static boolean hasChildItem(String template, Set<String> templates) {
    for (String t : templates) {
      if (t.startsWith(template + "/{") && t.indexOf('/', template.length() + 1) < 0) {
        return true;
      }
    }
    return false;
  }

  private static String lastLiteral(String[] segments) {
    for (int i = segments.length - 1; i >= 0; i--) {
      if (!isParam(segments[i])) {
        return segments[i];
      }
    }
    return "root";
  }

  private static boolean isParam(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  /**
   * Returns e.g. snapshots -> snapshot, policies -> policy, addresses -> address, jwks -> jwks.
   * @return e.g. snapshots -> snapshot, policies -> policy, addresses -> address, jwks -> jwks
   */
  static String singular(String plural) {
    String p = plural.replace('-', '_');
    if (p.endsWith("ies")) {
      return p.substring(0, p.length() - 3) + "y";
    }
    if (p.endsWith("sses") || p.endsWith("xes")) {
      return p.substring(0, p.length() - 2);
    }
    if (p.endsWith("s") && !p.endsWith("ss") && !p.endsWith("ks")) {
      return p.substring(0, p.length() - 1);
    }
    return p;
  }
}

package dev.neonjava.spec.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * Carries what {@code spec/} adds on purpose into a candidate derived from a published spec.
 *
 * <ul>
 *   <li>operations and components marked {@value #MARKER} (our additions, see spec/README.md), unless
 *       the published spec now has them (same operationId, same component name): then the published one wins;
 *   <li>the explicit error responses and the {@code deprecated: true} of every operation the published spec
 *       has, matched by operationId (so they follow an operation that Neon moved to another path);
 *   <li>everything these reference ({@code #/components/schemas|parameters|responses|requestBodies|headers}),
 *       taken from the published spec when it has the name, else from {@code spec/}.
 * </ul>
 * Nothing else of {@code spec/} is carried over: an operation Neon removed is dropped and listed.
 */
final class OwnAdditions {
  /** The extension that marks an operation or component as written by neon-java, not published by Neon. */
  static final String MARKER = "x-neon-java-origin";
  static final Set<String> METHODS = Set.of("get", "put", "post", "delete", "options", "head", "patch", "trace");
  private static final String COMPONENTS = "#/components/";

  private final ObjectNode out;
  private final JsonNode current;
  private final Derivation log;
  private final Deque<String> pendingRefs = new ArrayDeque<>();

  private OwnAdditions(ObjectNode out, JsonNode current, Derivation log) {
    this.out = out;
    this.current = current;
    this.log = log;
  }

  /** Applies the rules above to {@code out} (the stripped published spec); records what it did in {@code log}. */
  static void carry(ObjectNode out, JsonNode current, Derivation log) {
    new OwnAdditions(out, current, log).run();
  }

  private void run() {
    Map<String, String[]> published = operations(out);
    Map<String, String[]> ours = operations(current);
    for (Map.Entry<String, String[]> e : ours.entrySet()) {
      String id = e.getKey();
      String path = e.getValue()[0];
      String method = e.getValue()[1];
      JsonNode op = current.path("paths").path(path).path(method);
      String where = method.toUpperCase(Locale.ROOT) + " " + path;
      String[] target = published.get(id);
      if (op.has(MARKER) && target == null) {
        carryOperation(id, path, method, (ObjectNode) op);
        continue;
      }
      if (target == null) {
        log.removedOperations.add(id + " (" + where + ")");
        continue;
      }
      ObjectNode theirs = (ObjectNode) out.path("paths").path(target[0]).path(target[1]);
      if (op.has(MARKER)) {
        // the published definition is used; the mark stays, so that the operation is kept if Neon drops it again
        log.nowPublished.add("operation " + id + " (published at " + describe(target) + ")");
        theirs.set(MARKER, op.get(MARKER).deepCopy());
      } else if (!target[0].equals(path) || !target[1].equals(method)) {
        log.moved.add(id + ": " + where + " -> " + describe(target));
      }
      carryErrorResponses(op, theirs);
      carryDeprecation(id, op, theirs);
    }
    carryMarkedComponents();
    closeReferences();
    listDroppedComponents();
  }

  private static String describe(String[] pathAndMethod) {
    return pathAndMethod[1].toUpperCase(Locale.ROOT) + " " + pathAndMethod[0];
  }

  /** operationId -> {path, method}, in document order. */
  static Map<String, String[]> operations(JsonNode doc) {
    Map<String, String[]> ops = new LinkedHashMap<>();
    Iterator<Map.Entry<String, JsonNode>> paths = doc.path("paths").properties().iterator();
    while (paths.hasNext()) {
      Map.Entry<String, JsonNode> p = paths.next();
      Iterator<Map.Entry<String, JsonNode>> items = p.getValue().properties().iterator();
      while (items.hasNext()) {
        Map.Entry<String, JsonNode> o = items.next();
        if (METHODS.contains(o.getKey())) {
          String id = o.getValue().path("operationId").asText(o.getKey() + " " + p.getKey());
          ops.putIfAbsent(id, new String[] {p.getKey(), o.getKey()});
        }
      }
    }
    return ops;
  }

  private void carryOperation(String id, String path, String method, ObjectNode op) {
    ObjectNode paths = out.withObjectProperty("paths");
    JsonNode ourItem = current.path("paths").path(path);
    ObjectNode copy = op.deepCopy();
    if (!paths.has(path)) {
      ObjectNode item = paths.putObject(path);
      Iterator<Map.Entry<String, JsonNode>> fields = ourItem.properties().iterator();
      while (fields.hasNext()) {
        Map.Entry<String, JsonNode> f = fields.next();
        if (!METHODS.contains(f.getKey())) {
          item.set(f.getKey(), f.getValue().deepCopy());
          collectRefs(f.getValue());
        }
      }
      item.set(method, copy);
    } else {
      ObjectNode item = (ObjectNode) paths.get(path);
      if (item.has(method)) {
        log.conflicts.add("operation " + id + ": " + method.toUpperCase(Locale.ROOT) + " " + path + " is published as "
            + item.path(method).path("operationId").asText("(no operationId)"));
        return;
      }
      // our path-level parameters that the published path item lacks move onto the operation
      for (JsonNode p : ourItem.path("parameters")) {
        if (!hasParameter(item.path("parameters"), p) && !hasParameter(copy.path("parameters"), p)) {
          (copy.has("parameters") ? (ArrayNode) copy.get("parameters") : copy.putArray("parameters")).add(p.deepCopy());
          collectRefs(p);
        }
      }
      item.set(method, copy);
    }
    collectRefs(copy);
    log.carried.add("operation " + id + " (" + method.toUpperCase(Locale.ROOT) + " " + path + ")");
  }

  private boolean hasParameter(JsonNode list, JsonNode p) {
    String key = parameterKey(p);
    for (JsonNode q : list) {
      if (key.equals(parameterKey(q))) {
        return true;
      }
    }
    return false;
  }

  private String parameterKey(JsonNode p) {
    JsonNode resolved = p;
    String ref = p.path("$ref").asText(null);
    if (ref != null && ref.startsWith(COMPONENTS + "parameters/")) {
      String name = ref.substring((COMPONENTS + "parameters/").length());
      resolved = out.path("components").path("parameters").has(name) ? out.path("components").path("parameters").path(name)
          : current.path("components").path("parameters").path(name);
    }
    return resolved.path("in").asText() + ":" + resolved.path("name").asText();
  }

  /** Explicit error responses (non-2xx) that spec/ declares and the published operation leaves to default. */
  private void carryErrorResponses(JsonNode ourOp, ObjectNode target) {
    JsonNode responses = target.path("responses");
    if (!responses.isObject()) {
      return;
    }
    Iterator<Map.Entry<String, JsonNode>> it = ourOp.path("responses").properties().iterator();
    while (it.hasNext()) {
      Map.Entry<String, JsonNode> r = it.next();
      if (!r.getKey().startsWith("2") && !responses.has(r.getKey())) {
        ((ObjectNode) responses).set(r.getKey(), r.getValue().deepCopy());
        collectRefs(r.getValue());
      }
    }
  }

  /** An operation spec/ deprecates (e.g. one Neon no longer publishes elsewhere) stays deprecated. */
  private void carryDeprecation(String id, JsonNode ourOp, ObjectNode target) {
    if (ourOp.path("deprecated").asBoolean(false) && !target.path("deprecated").asBoolean(false)) {
      target.put("deprecated", true);
      log.carried.add("deprecated: true of operation " + id);
    }
  }

  private void carryMarkedComponents() {
    Iterator<Map.Entry<String, JsonNode>> sections = current.path("components").properties().iterator();
    while (sections.hasNext()) {
      Map.Entry<String, JsonNode> section = sections.next();
      Iterator<Map.Entry<String, JsonNode>> it = section.getValue().properties().iterator();
      while (it.hasNext()) {
        Map.Entry<String, JsonNode> c = it.next();
        if (!c.getValue().has(MARKER)) {
          continue;
        }
        String pointer = COMPONENTS + section.getKey() + "/" + c.getKey();
        if (out.path("components").path(section.getKey()).has(c.getKey())) {
          log.nowPublished.add("component " + pointer);
        } else {
          pendingRefs.add(pointer);
        }
      }
    }
  }

  /** Copies every referenced component the candidate lacks from spec/, transitively. */
  private void closeReferences() {
    Set<String> seen = new LinkedHashSet<>();
    while (!pendingRefs.isEmpty()) {
      String ref = pendingRefs.poll();
      if (!seen.add(ref) || !ref.startsWith(COMPONENTS)) {
        continue;
      }
      String[] parts = ref.substring(COMPONENTS.length()).split("/", 2);
      if (parts.length < 2) {
        continue;
      }
      String name = parts[1].replace("~1", "/").replace("~0", "~");
      JsonNode have = out.path("components").path(parts[0]).path(name);
      if (!have.isMissingNode()) {
        collectRefs(have);
        continue;
      }
      JsonNode ours = current.path("components").path(parts[0]).path(name);
      if (ours.isMissingNode()) {
        log.conflicts.add(ref + " is referenced but neither spec/ nor the published spec defines it");
        continue;
      }
      out.withObjectProperty("components").withObjectProperty(parts[0]).set(name, ours.deepCopy());
      log.carried.add("component " + ref);
      collectRefs(ours);
    }
  }

  private void collectRefs(JsonNode node) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        pendingRefs.add(ref.asText());
      }
      Iterator<Map.Entry<String, JsonNode>> it = node.properties().iterator();
      while (it.hasNext()) {
        collectRefs(it.next().getValue());
      }
    } else if (node.isArray()) {
      for (JsonNode n : node) {
        collectRefs(n);
      }
    }
  }

  private void listDroppedComponents() {
    List<String> dropped = new ArrayList<>();
    Iterator<Map.Entry<String, JsonNode>> sections = current.path("components").properties().iterator();
    while (sections.hasNext()) {
      Map.Entry<String, JsonNode> section = sections.next();
      if ("securitySchemes".equals(section.getKey())) {
        continue;
      }
      Iterator<String> names = section.getValue().fieldNames();
      while (names.hasNext()) {
        String name = names.next();
        if (!out.path("components").path(section.getKey()).has(name)) {
          dropped.add(COMPONENTS + section.getKey() + "/" + name);
        }
      }
    }
    log.removedComponents.addAll(dropped);
  }
}

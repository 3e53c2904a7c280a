package dev.neonjava.spec.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.neonjava.spec.drift.Finding.Kind;
import dev.neonjava.spec.drift.Finding.Severity;
import io.swagger.v3.core.util.Json;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashSet;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Component schemas that no operation uses. openapi-diff compares operations only, so it never sees
 * them, yet the generator emits a class for each: removing one removes a class (breaking for Java),
 * adding one adds a class, changing one changes it.
 */
final class UnusedComponents {
  private static final String SCHEMAS = "#/components/schemas/";
  private static final Set<String> PROSE = Set.of("description", "summary", "title", "example", "examples", "externalDocs");

  private UnusedComponents() {}

  @SuppressWarnings("rawtypes")
  static List<Finding> find(OpenAPI oldApi, OpenAPI newApi) {
    Map<String, Schema> oldSchemas = schemas(oldApi);
    Map<String, Schema> newSchemas = schemas(newApi);
    Set<String> oldUsed = used(oldApi);
    Set<String> newUsed = used(newApi);
    Set<String> names = new TreeSet<>(oldSchemas.keySet());
    names.addAll(newSchemas.keySet());
    List<Finding> out = new ArrayList<>();
    for (String name : names) {
      Schema o = oldSchemas.get(name);
      Schema n = newSchemas.get(name);
      String pointer = SCHEMAS + SchemaPointers.escape(name);
      if (o != null && n == null && !oldUsed.contains(name)) {
        out.add(finding(Kind.UNUSED_COMPONENT_REMOVED, true, pointer,
            "unused component `" + name + "` removed: its generated class " + name + " disappears"));
      } else if (o == null && n != null && !newUsed.contains(name)) {
        out.add(finding(Kind.UNUSED_COMPONENT_ADDED, false, pointer,
            "unused component `" + name + "` added: the generator emits a class for it"));
      } else if (o != null && n != null && !(oldUsed.contains(name) && newUsed.contains(name)) && !facts(o).equals(facts(n))) {
        out.add(finding(Kind.UNUSED_COMPONENT_CHANGED, false, pointer, "component `" + name + "`, unused in "
            + (oldUsed.contains(name) ? "the new" : newUsed.contains(name) ? "the old" : "both") + " document(s), changed:"
            + " its generated class may change"));
      }
    }
    return out;
  }

  private static Finding finding(Kind kind, boolean breaking, String pointer, String detail) {
    return new Finding(kind, breaking ? Severity.BREAKING : Severity.NON_BREAKING, Finding.UNUSED_COMPONENTS,
        "unused component", pointer, detail);
  }

  @SuppressWarnings("rawtypes")
  private static Map<String, Schema> schemas(OpenAPI api) {
    return api.getComponents() == null || api.getComponents().getSchemas() == null ? Map.of() : api.getComponents().getSchemas();
  }

  /** Names of the component schemas reachable from the operations (through any component kind). */
  static Set<String> used(OpenAPI api) {
    JsonNode doc = Json.mapper().valueToTree(api);
    Set<String> refs = new HashSet<>();
    Deque<JsonNode> work = new ArrayDeque<>();
    work.add(doc.path("paths"));
    while (!work.isEmpty()) {
      JsonNode node = work.poll();
      List<String> found = new ArrayList<>();
      collect(node, found);
      for (String ref : found) {
        if (ref.startsWith("#/components/") && refs.add(ref)) {
          String[] parts = ref.substring("#/components/".length()).split("/", 2);
          if (parts.length == 2) {
            work.add(doc.path("components").path(parts[0]).path(parts[1].replace("~1", "/").replace("~0", "~")));
          }
        }
      }
    }
    Set<String> names = new HashSet<>();
    for (String r : refs) {
      if (r.startsWith(SCHEMAS)) {
        names.add(r.substring(SCHEMAS.length()).replace("~1", "/").replace("~0", "~"));
      }
    }
    return names;
  }

  private static void collect(JsonNode node, List<String> refs) {
    if (node.isObject()) {
      JsonNode ref = node.get("$ref");
      if (ref != null && ref.isTextual()) {
        refs.add(ref.asText());
      }
      JsonNode mapping = node.path("mapping");
      if (node.has("propertyName") && mapping.isObject()) {
        mapping.elements().forEachRemaining(m -> refs.add(m.asText().startsWith("#") ? m.asText() : SCHEMAS + m.asText()));
      }
      node.elements().forEachRemaining(child -> collect(child, refs));
    } else if (node.isArray()) {
      node.elements().forEachRemaining(child -> collect(child, refs));
    }
  }

  @SuppressWarnings("rawtypes")
  private static JsonNode facts(Schema s) {
    JsonNode tree = Json.mapper().valueToTree(s);
    strip(tree);
    return tree;
  }

  private static void strip(JsonNode node) {
    if (node.isObject()) {
      ObjectNode o = (ObjectNode) node;
      List<String> remove = new ArrayList<>();
      Iterator<String> names = o.fieldNames();
      while (names.hasNext()) {
        String k = names.next();
        if ((PROSE.contains(k) && !o.get(k).isObject()) || k.startsWith("x-") || "extensions".equals(k)) {
          remove.add(k);
        }
      }
      o.remove(remove);
      o.elements().forEachRemaining(UnusedComponents::strip);
    } else if (node.isArray()) {
      node.elements().forEachRemaining(UnusedComponents::strip);
    }
  }
}

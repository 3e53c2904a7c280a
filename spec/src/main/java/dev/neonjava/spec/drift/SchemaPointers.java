package dev.neonjava.spec.drift;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * Maps every schema object reachable inside {@code #/components/schemas} to its JSON pointer, by
 * identity. openapi-diff resolves {@code $ref}s to these very objects, so a changed schema found
 * through any operation can be named by the component element it belongs to.
 */
final class SchemaPointers {
  private SchemaPointers() {}

  @SuppressWarnings("rawtypes")
  static Map<Schema<?>, String> index(OpenAPI api) {
    Map<Schema<?>, String> out = new IdentityHashMap<>();
    if (api.getComponents() == null || api.getComponents().getSchemas() == null) {
      return out;
    }
    for (Map.Entry<String, Schema> e : api.getComponents().getSchemas().entrySet()) {
      walk(e.getValue(), "#/components/schemas/" + escape(e.getKey()), out);
    }
    return out;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void walk(Schema<?> s, String pointer, Map<Schema<?>, String> out) {
    if (s == null || s.get$ref() != null || out.containsKey(s)) {
      return;
    }
    out.put(s, pointer);
    if (s.getProperties() != null) {
      for (Map.Entry<String, Schema> p : s.getProperties().entrySet()) {
        walk(p.getValue(), pointer + "/properties/" + escape(p.getKey()), out);
      }
    }
    if (s.getItems() != null) {
      walk(s.getItems(), pointer + "/items", out);
    }
    if (s.getAdditionalProperties() instanceof Schema) {
      walk((Schema) s.getAdditionalProperties(), pointer + "/additionalProperties", out);
    }
    members(s.getAllOf(), pointer + "/allOf/", out);
    members(s.getOneOf(), pointer + "/oneOf/", out);
    members(s.getAnyOf(), pointer + "/anyOf/", out);
  }

  @SuppressWarnings("rawtypes")
  private static void members(List<Schema> list, String prefix, Map<Schema<?>, String> out) {
    if (list == null) {
      return;
    }
    for (int i = 0; i < list.size(); i++) {
      walk(list.get(i), prefix + i, out);
    }
  }

  /** JSON pointer escaping of one reference token. */
  static String escape(String token) {
    return token.replace("~", "~0").replace("/", "~1");
  }
}

package dev.neonjava.spec.drift;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * The deterministic preprocessing step applied to every input spec before regeneration. It never
 * rewrites the document: it decides which of openapi-generator's own options the spec needs, from
 * facts of the spec, and explains why.
 *
 * <p>Rule implemented: <b>colliding inline enums</b>. The Java generator names an inline enum after
 * its property ({@code status} -> {@code StatusEnum}); the enum inside a map value is always
 * {@code InnerEnum}. When one generated model (a component, or an inline {@code allOf} that the
 * generator merges into one class, such as {@code listProjects}' response in published 2.0.0) gets two
 * inline enums of the same name, the generated class does not compile. The fix is the generator's own
 * {@code RESOLVE_INLINE_ENUMS} inline-schema option, which turns inline enums into models of their own.
 * It is requested only for specs that need it, because it changes class names of every inline enum
 * (the vendored spec has no such collision).
 */
public final class GeneratorPreprocessing {
  /** Passed to Maven: neon-generated/pom.xml does not set inlineSchemaOptions, so the user property applies. */
  public static final String RESOLVE_INLINE_ENUMS =
      "-Dopenapi.generator.maven.plugin.inlineSchemaOptions=RESOLVE_INLINE_ENUMS=true";

  /** What a spec needs. */
  public static final class Plan {
    private final List<String> mavenArguments;
    private final List<String> reasons;

    Plan(List<String> mavenArguments, List<String> reasons) {
      this.mavenArguments = List.copyOf(mavenArguments);
      this.reasons = List.copyOf(reasons);
    }

    /** Extra Maven arguments for the neon-generated build (empty when none is needed). */
    public List<String> mavenArguments() {
      return mavenArguments;
    }

    /** One line per fact that made an argument necessary. */
    public List<String> reasons() {
      return reasons;
    }
  }

  private GeneratorPreprocessing() {}

  public static Plan plan(Path spec) {
    ParseOptions options = new ParseOptions();
    options.setResolve(false);
    SwaggerParseResult result = new OpenAPIV3Parser().readLocation(spec.toAbsolutePath().toString(), null, options);
    if (result.getOpenAPI() == null) {
      throw new IllegalArgumentException("cannot read " + spec + ": " + result.getMessages());
    }
    return plan(result.getOpenAPI());
  }

  public static Plan plan(OpenAPI api) {
    List<String> collisions = enumCollisions(api);
    if (collisions.isEmpty()) {
      return new Plan(List.of(), List.of());
    }
    List<String> reasons = new ArrayList<>();
    for (String c : collisions) {
      reasons.add("colliding inline enums " + c + " -> RESOLVE_INLINE_ENUMS");
    }
    return new Plan(List.of(RESOLVE_INLINE_ENUMS), reasons);
  }

  /** "model: EnumName (prop1, prop2)" for every generated model with two inline enums of one name. */
  @SuppressWarnings("rawtypes")
  static List<String> enumCollisions(OpenAPI api) {
    Map<String, Schema> components = api.getComponents() == null || api.getComponents().getSchemas() == null
        ? Map.of() : api.getComponents().getSchemas();
    Map<String, Schema> models = new LinkedHashMap<>();
    for (Map.Entry<String, Schema> e : components.entrySet()) {
      models.put("#/components/schemas/" + e.getKey(), e.getValue());
    }
    if (api.getPaths() != null) {
      for (Map.Entry<String, PathItem> p : api.getPaths().entrySet()) {
        for (Map.Entry<PathItem.HttpMethod, Operation> o : p.getValue().readOperationsMap().entrySet()) {
          String where = o.getKey() + " " + p.getKey();
          Operation op = o.getValue();
          if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
            for (MediaType mt : op.getRequestBody().getContent().values()) {
              if (mt.getSchema() != null && mt.getSchema().get$ref() == null) {
                models.put(where + " request body", mt.getSchema());
              }
            }
          }
          if (op.getResponses() != null) {
            for (Map.Entry<String, ApiResponse> r : op.getResponses().entrySet()) {
              if (r.getValue().getContent() == null) {
                continue;
              }
              for (MediaType mt : r.getValue().getContent().values()) {
                if (mt.getSchema() != null && mt.getSchema().get$ref() == null) {
                  models.put(where + " response " + r.getKey(), mt.getSchema());
                }
              }
            }
          }
        }
      }
    }
    List<String> out = new ArrayList<>();
    Map<String, Schema> queue = new LinkedHashMap<>(models);
    Set<Schema> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    while (!queue.isEmpty()) {
      Map.Entry<String, Schema> first = queue.entrySet().iterator().next();
      queue.remove(first.getKey());
      if (!seen.add(first.getValue())) {
        continue;
      }
      Map<String, Schema> props = new LinkedHashMap<>();
      flatten(first.getValue(), components, props, new HashSet<>());
      Map<String, List<String>> byEnum = new LinkedHashMap<>();
      for (Map.Entry<String, Schema> p : props.entrySet()) {
        String name = innerEnumName(p.getKey(), p.getValue());
        if (name != null) {
          byEnum.computeIfAbsent(name, k -> new ArrayList<>()).add(p.getKey());
        }
        Schema s = p.getValue();
        if (s != null && s.get$ref() == null && (s.getProperties() != null || s.getAllOf() != null)) {
          queue.putIfAbsent(first.getKey() + "/properties/" + p.getKey(), s);
        }
      }
      for (Map.Entry<String, List<String>> e : byEnum.entrySet()) {
        if (e.getValue().size() > 1) {
          out.add(first.getKey() + ": " + e.getKey() + " " + e.getValue());
        }
      }
    }
    return out;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void flatten(Schema s, Map<String, Schema> components, Map<String, Schema> props, Set<String> refs) {
    if (s == null) {
      return;
    }
    if (s.get$ref() != null) {
      String ref = s.get$ref();
      if (!refs.add(ref) || !ref.startsWith("#/components/schemas/")) {
        return;
      }
      flatten(components.get(ref.substring("#/components/schemas/".length())), components, props, refs);
      return;
    }
    if (s.getAllOf() != null) {
      for (Object member : s.getAllOf()) {
        flatten((Schema) member, components, props, refs);
      }
    }
    if (s.getProperties() != null) {
      props.putAll(s.getProperties());
    }
  }

  /** The name the Java generator gives an inline enum of this property, or null. */
  @SuppressWarnings("rawtypes")
  static String innerEnumName(String property, Schema s) {
    if (s == null || s.get$ref() != null) {
      return null;
    }
    if (isInlineEnum(s) || (s.getItems() != null && isInlineEnum(s.getItems()))) {
      return camelize(property) + "Enum";
    }
    if (s.getAdditionalProperties() instanceof Schema) {
      Schema v = (Schema) s.getAdditionalProperties();
      if (isInlineEnum(v) || (v.get$ref() == null && v.getItems() != null && isInlineEnum(v.getItems()))) {
        return "InnerEnum";
      }
    }
    return null;
  }

  @SuppressWarnings("rawtypes")
  private static boolean isInlineEnum(Schema s) {
    return s.get$ref() == null && s.getEnum() != null && !s.getEnum().isEmpty();
  }

  static String camelize(String name) {
    StringBuilder sb = new StringBuilder();
    for (String part : name.split("[^A-Za-z0-9]+")) {
      if (!part.isEmpty()) {
        sb.append(part.substring(0, 1).toUpperCase(Locale.ROOT)).append(part.substring(1));
      }
    }
    return sb.toString();
  }
}

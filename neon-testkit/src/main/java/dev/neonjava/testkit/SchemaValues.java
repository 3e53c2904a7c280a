package dev.neonjava.testkit;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.swagger.v3.oas.models.media.ComposedSchema;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.time.Instant;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Values that conform to a schema of the spec (fully resolved): the smallest instance with every
 * required property, and the fitting of stored values into another schema. Stateless; the caller
 * supplies the time, ids and known values (path parameters) through {@link Context}.
 */
final class SchemaValues {
  private static final int MAX_DEPTH = 12;
  private static final String[] STRING_CANDIDATES = {"emulated", "x", "a1", "0", "example", "1.0", "2026-01-01"};

  /** What a generated value may depend on. */
  interface Context {
    Instant now();

    /**
     * Returns a known value for a property of that name (e.g. a path parameter), or null.
     * @return a known value for a property of that name (e.g. a path parameter), or null
     */
    String known(String property);

    /**
     * Returns a fresh id for a property named id (string schemas).
     * @return a fresh id for a property named id (string schemas)
     */
    String newId(Schema<?> schema);

    /**
     * Returns a fresh id for a property named id (integer schemas).
     * @return a fresh id for a property named id (integer schemas)
     */
    long newIntId();
  }

  private SchemaValues() {
  }

  /**
   * Returns the properties of a schema, allOf parts merged (oneOf/anyOf: the first alternative).
   * @return the properties of a schema, allOf parts merged (oneOf/anyOf: the first alternative)
   */
  static Map<String, Schema<?>> properties(Schema<?> schema) {
    Map<String, Schema<?>> out = new LinkedHashMap<>();
    collect(schema, out, null, 0);
    return out;
  }

  /**
   * Returns the required property names of a schema, allOf parts merged.
   * @return the required property names of a schema, allOf parts merged
   */
  static Set<String> required(Schema<?> schema) {
    Set<String> out = new LinkedHashSet<>();
    collect(schema, new LinkedHashMap<>(), out, 0);
    return out;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void collect(Schema<?> schema, Map<String, Schema<?>> props, Set<String> required, int depth) {
    if (schema == null || depth > MAX_DEPTH) {
      return;
    }
    if (schema instanceof ComposedSchema) {
      ComposedSchema c = (ComposedSchema) schema;
      if (c.getAllOf() != null) {
        for (Schema part : c.getAllOf()) {
          collect(part, props, required, depth + 1);
        }
      } else if (c.getOneOf() != null && !c.getOneOf().isEmpty()) {
        collect(c.getOneOf().get(0), props, required, depth + 1);
      } else if (c.getAnyOf() != null && !c.getAnyOf().isEmpty()) {
        collect(c.getAnyOf().get(0), props, required, depth + 1);
      }
    }
    if (schema.getProperties() != null) {
      for (Map.Entry<String, Schema> e : schema.getProperties().entrySet()) {
        props.putIfAbsent(e.getKey(), e.getValue());
      }
    }
    if (required != null && schema.getRequired() != null) {
      required.addAll(schema.getRequired());
    }
  }

  /**
   * Returns the type of a schema: object, array, string, integer, number, boolean (object when unsure).
   * @return the type of a schema: object, array, string, integer, number, boolean (object when unsure)
   */
  static String type(Schema<?> schema) {
    if (schema == null) {
      return "object";
    }
    if (schema.getType() != null) {
      return schema.getType();
    }
    if (schema.getTypes() != null && !schema.getTypes().isEmpty()) {
      return schema.getTypes().iterator().next();
    }
    if (schema instanceof ComposedSchema) {
      ComposedSchema c = (ComposedSchema) schema;
      List<Schema> parts = c.getAllOf() != null ? c.getAllOf() : c.getOneOf() != null ? c.getOneOf() : c.getAnyOf();
      if (parts != null && !parts.isEmpty()) {
        return type(parts.get(0));
      }
    }
    return schema.getItems() != null ? "array" : "object";
  }

  /**
   * Returns the smallest value of the schema: required properties only, empty arrays.
   * @return the smallest value of the schema: required properties only, empty arrays
   */
  static JsonElement instance(Schema<?> schema, String name, Context ctx) {
    return instance(schema, name, ctx, 0);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private static JsonElement instance(Schema<?> schema, String name, Context ctx, int depth) {
    if (schema == null || depth > MAX_DEPTH) {
      return new JsonObject();
    }
    if (schema instanceof ComposedSchema && ((ComposedSchema) schema).getAllOf() == null) {
      ComposedSchema c = (ComposedSchema) schema;
      List<Schema> alternatives = c.getOneOf() != null ? c.getOneOf() : c.getAnyOf();
      if (alternatives != null && !alternatives.isEmpty()) {
        return instance(alternatives.get(0), name, ctx, depth + 1);
      }
    }
    String type = type(schema);
    if (schema.getEnum() != null && !schema.getEnum().isEmpty() && !"object".equals(type)) {
      return literal(schema.getEnum().get(0));
    }
    if (schema.getDefault() != null && !"object".equals(type) && !"array".equals(type)) {
      return literal(schema.getDefault());
    }
    switch (type) {
      case "array": {
        JsonArray array = new JsonArray();
        int min = schema.getMinItems() == null ? 0 : schema.getMinItems();
        for (int i = 0; i < min; i++) {
          array.add(instance(schema.getItems(), name, ctx, depth + 1));
        }
        return array;
      }
      case "string":
        return new JsonPrimitive(string(schema, name, ctx));
      case "integer": {
        String known = name == null ? null : ctx.known(name);
        if (known != null && known.matches("-?\\d+")) {
          return new JsonPrimitive(Long.parseLong(known));
        }
        if ("id".equals(name)) {
          return new JsonPrimitive(ctx.newIntId());
        }
        return new JsonPrimitive(schema.getMinimum() == null ? 0 : Math.max(0, schema.getMinimum().longValue()));
      }
      case "number": {
        BigDecimal min = schema.getMinimum();
        return new JsonPrimitive(min == null || min.signum() < 0 ? BigDecimal.ZERO : min);
      }
      case "boolean":
        return new JsonPrimitive(false);
      case "null":
        return JsonNull.INSTANCE;
      default: {
        JsonObject object = new JsonObject();
        Map<String, Schema<?>> props = properties(schema);
        for (String required : required(schema)) {
          Schema<?> property = props.get(required);
          object.add(required, instance(property, required, ctx, depth + 1));
        }
        return object;
      }
    }
  }

  private static String string(Schema<?> schema, String name, Context ctx) {
    String format = schema.getFormat();
    if ("date-time".equals(format)) {
      return Render.timeText(ctx.now());
    }
    if ("date".equals(format)) {
      return Render.time(ctx.now()).toLocalDate().toString();
    }
    String known = name == null ? null : ctx.known(name);
    if (known != null && fits(schema, known)) {
      return known;
    }
    if ("uuid".equals(format) || "id".equals(name)) {
      return ctx.newId(schema);
    }
    if ("email".equals(format)) {
      return "user@neon-emulator.invalid";
    }
    if ("uri".equals(format) || "url".equals(format)) {
      return "https://neon-emulator.invalid/";
    }
    for (String candidate : STRING_CANDIDATES) {
      if (fits(schema, candidate)) {
        return candidate;
      }
    }
    return "";
  }

  /**
   * Returns whether a string meets the schema's length and pattern.
   * @return whether a string meets the schema's length and pattern
   */
  static boolean fits(Schema<?> schema, String value) {
    if (schema.getMinLength() != null && value.length() < schema.getMinLength()) {
      return false;
    }
    if (schema.getMaxLength() != null && value.length() > schema.getMaxLength()) {
      return false;
    }
    if (schema.getEnum() != null && !schema.getEnum().isEmpty()) {
      return schema.getEnum().stream().anyMatch(e -> String.valueOf(e).equals(value));
    }
    try {
      return schema.getPattern() == null || Pattern.compile(schema.getPattern()).matcher(value).find();
    } catch (RuntimeException e) {
      return true;
    }
  }

  /**
   * Returns the schema's smallest instance with every stored value whose property the schema has and whose JSON type it accepts laid over it.
   * @return the schema's smallest instance with every stored value whose property the schema has
   *     and whose JSON type it accepts laid over it
   */
  static JsonElement fit(Schema<?> schema, JsonObject stored, String name, Context ctx) {
    JsonElement base = instance(schema, name, ctx);
    if (!base.isJsonObject() || stored == null) {
      return base;
    }
    JsonObject out = base.getAsJsonObject();
    Map<String, Schema<?>> props = properties(schema);
    for (Map.Entry<String, JsonElement> e : stored.entrySet()) {
      Schema<?> property = props.get(e.getKey());
      if (property != null && accepts(property, e.getValue())) {
        out.add(e.getKey(), e.getValue());
      }
    }
    return out;
  }

  /**
   * Returns whether a value has the JSON type (and enum value) the schema asks for.
   * @return whether a value has the JSON type (and enum value) the schema asks for
   */
  static boolean accepts(Schema<?> schema, JsonElement value) {
    if (value == null || value.isJsonNull()) {
      return Boolean.TRUE.equals(schema.getNullable());
    }
    String type = type(schema);
    switch (type) {
      case "array":
        return value.isJsonArray();
      case "object":
        return value.isJsonObject();
      case "boolean":
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isBoolean();
      case "integer":
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber()
            && value.getAsBigDecimal().stripTrailingZeros().scale() <= 0;
      case "number":
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isNumber();
      case "string":
        return value.isJsonPrimitive() && value.getAsJsonPrimitive().isString()
            && (schema.getFormat() != null || fits(schema, value.getAsString()));
      default:
        return true;
    }
  }

  private static JsonElement literal(Object value) {
    if (value instanceof Number) {
      return new JsonPrimitive((Number) value);
    }
    if (value instanceof Boolean) {
      return new JsonPrimitive((Boolean) value);
    }
    return new JsonPrimitive(String.valueOf(value));
  }
}

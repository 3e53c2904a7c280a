package dev.neonjava.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.media.Schema;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * Builds a JSON value for a schema of spec/ with every property set, under a {@link Profile}:
 * non-ASCII strings within their length limits (or matching their pattern), integers at the limits
 * of their format and bounds, empty or long arrays, every enum value in turn, nullable as null.
 */
final class SchemaValues {
  static final String TEXT = "Grüße ✓ 日本語 😀 \"q\" \\ / ? & = # % + ;";
  private static final int LONG_SCALAR_ARRAY = 25;
  private static final int LONG_OBJECT_ARRAY = 3;
  private static final int MAX_DEPTH = 8;

  private final OpenAPI api;
  /** The enum values used so far, by enum (the list object of the schema). */
  private final Map<Object, Set<Object>> used = new java.util.IdentityHashMap<>();

  SchemaValues(OpenAPI api) {
    this.api = api;
  }

  @SuppressWarnings("rawtypes")
  Schema resolve(Schema schema) {
    Schema s = schema;
    for (int i = 0; s != null && s.get$ref() != null && i < 20; i++) {
      String ref = s.get$ref();
      s = api.getComponents().getSchemas().get(ref.substring(ref.lastIndexOf('/') + 1));
    }
    return s;
  }

  /**
   * @param schema the schema
   * @param profile the round
   * @param request whether the value goes into a request (readOnly left out) or a response (writeOnly left out)
   * @return the value
   */
  @SuppressWarnings("rawtypes")
  JsonElement value(Schema schema, Profile profile, boolean request) {
    return value(schema, profile, request, 0);
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private JsonElement value(Schema schema, Profile p, boolean request, int depth) {
    Schema s = resolve(schema);
    if (s == null) {
      return new JsonPrimitive(TEXT);
    }
    if (!p.high && acceptsNull(s)) {
      return JsonNull.INSTANCE;
    }
    if (s.getAllOf() != null && !s.getAllOf().isEmpty()) {
      Schema only = s.getAllOf().size() == 1 ? resolve((Schema) s.getAllOf().get(0)) : null;
      if (only != null && s.getProperties() == null && !"object".equals(type(only))) {
        return value(only, p, request, depth); // a scalar (an enum, say) wrapped in allOf to add a description
      }
      return object(merged(s), p, request, depth);
    }
    List<Schema> choices = s.getOneOf() != null ? s.getOneOf() : s.getAnyOf();
    if (choices != null && !choices.isEmpty()) {
      Schema variant = choices.get(p.round % choices.size());
      JsonElement value = value(variant, p, request, depth);
      if (s.getDiscriminator() != null && value.isJsonObject()) {
        value.getAsJsonObject().addProperty(s.getDiscriminator().getPropertyName(), tag(s, variant));
      }
      return value;
    }
    if (s.getEnum() != null && !s.getEnum().isEmpty()) {
      List<?> values = s.getEnum();
      Object chosen = values.get(p.round % values.size());
      if (p.unknownEnums && !request && chosen instanceof String) {
        return new JsonPrimitive("unknown-value-ü");
      }
      used.computeIfAbsent(values, v -> new java.util.HashSet<>()).add(chosen);
      return chosen instanceof Number ? new JsonPrimitive((Number) chosen) : new JsonPrimitive(String.valueOf(chosen));
    }
    String type = type(s);
    switch (type) {
      case "string":
        return new JsonPrimitive(string(s, p));
      case "integer":
        return new JsonPrimitive(integer(s, p));
      case "number":
        return new JsonPrimitive(number(s, p));
      case "boolean":
        return new JsonPrimitive(p.high);
      case "array":
        return array(s, p, request, depth);
      default:
        return object(s, p, request, depth);
    }
  }

  /**
   * Whether null is valid under OpenAPI 3.0.3: {@code nullable} does not reach into {@code allOf}
   * members, and an enum must list null itself (as the validator reads the spec).
   */
  @SuppressWarnings("rawtypes")
  private static boolean acceptsNull(Schema s) {
    return Boolean.TRUE.equals(s.getNullable()) && s.getAllOf() == null
        && (s.getEnum() == null || s.getEnum().contains(null));
  }

  @SuppressWarnings("rawtypes")
  static String type(Schema s) {
    if (s.getType() != null) {
      return s.getType();
    }
    if (s.getTypes() != null && !s.getTypes().isEmpty()) {
      return String.valueOf(s.getTypes().iterator().next());
    }
    return s.getItems() != null ? "array" : "object";
  }

  @SuppressWarnings("rawtypes")
  private String tag(Schema owner, Schema variant) {
    String ref = variant.get$ref();
    String name = ref == null ? null : ref.substring(ref.lastIndexOf('/') + 1);
    Map<String, String> mapping = owner.getDiscriminator().getMapping();
    if (mapping != null) {
      for (Map.Entry<String, String> e : mapping.entrySet()) {
        if (e.getValue().equals(ref) || e.getValue().endsWith("/" + name)) {
          return e.getKey();
        }
      }
    }
    return name;
  }

  /** An allOf as one object schema: the members' properties and required names together. */
  @SuppressWarnings({"rawtypes", "unchecked"})
  Schema merged(Schema s) {
    Schema out = new Schema();
    out.setType("object");
    Map<String, Schema> properties = new LinkedHashMap<>();
    Set<String> required = new LinkedHashSet<>();
    collect(s, properties, required, out, 0);
    out.setProperties(properties);
    out.setRequired(new ArrayList<>(required));
    return out;
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private void collect(Schema schema, Map<String, Schema> properties, Set<String> required, Schema out, int depth) {
    Schema s = resolve(schema);
    if (s == null || depth > MAX_DEPTH) {
      return;
    }
    if (s.getAllOf() != null) {
      for (Object member : s.getAllOf()) {
        collect((Schema) member, properties, required, out, depth + 1);
      }
    }
    if (s.getProperties() != null) {
      properties.putAll(s.getProperties());
    }
    if (s.getRequired() != null) {
      required.addAll(s.getRequired());
    }
    if (s.getAdditionalProperties() != null) {
      out.setAdditionalProperties(s.getAdditionalProperties());
    }
  }

  @SuppressWarnings({"rawtypes", "unchecked"})
  private JsonElement object(Schema s, Profile p, boolean request, int depth) {
    JsonObject object = new JsonObject();
    if (depth > MAX_DEPTH) {
      return object;
    }
    Map<String, Schema> properties = s.getProperties();
    if (properties != null) {
      properties.forEach((name, property) -> {
        Schema resolved = resolve(property);
        if (resolved != null && (request && Boolean.TRUE.equals(resolved.getReadOnly())
            || !request && Boolean.TRUE.equals(resolved.getWriteOnly()))) {
          return;
        }
        object.add(name, value(property, p, request, depth + 1));
      });
    }
    if (s.getRequired() != null) {
      for (Object name : s.getRequired()) {
        if (!object.has((String) name)) {
          object.addProperty((String) name, TEXT); // required but not declared: any value will do
        }
      }
    }
    Object extra = s.getAdditionalProperties();
    if (p.high && (properties == null || properties.isEmpty()) && extra != null && !Boolean.FALSE.equals(extra)) {
      int count = s.getMaxProperties() != null ? Math.min(2, s.getMaxProperties()) : 2;
      for (int i = 0; i < count; i++) {
        JsonElement member = extra instanceof Schema ? value((Schema) extra, p, request, depth + 1)
            : new JsonPrimitive(TEXT + i);
        object.add("ключ-" + i + "-ü", member);
      }
    }
    return object;
  }

  @SuppressWarnings("rawtypes")
  private JsonElement array(Schema s, Profile p, boolean request, int depth) {
    JsonArray array = new JsonArray();
    Schema items = resolve(s.getItems());
    String itemType = items == null ? "string" : type(items);
    boolean scalar = !itemType.equals("object") && !itemType.equals("array")
        && (items == null || items.getAllOf() == null && items.getOneOf() == null && items.getAnyOf() == null);
    int min = s.getMinItems() == null ? 0 : s.getMinItems();
    int count = p.high ? (scalar ? LONG_SCALAR_ARRAY : depth < 3 ? LONG_OBJECT_ARRAY : 1) : min;
    if (s.getMaxItems() != null) {
      count = Math.min(count, s.getMaxItems());
    }
    count = Math.max(count, min);
    for (int i = 0; i < count; i++) {
      // rotate enum values inside an array so that one long array holds every value
      array.add(value(s.getItems(), p.item(i, count), request, depth + 1));
    }
    return array;
  }

  @SuppressWarnings("rawtypes")
  private static String string(Schema s, Profile p) {
    String format = s.getFormat() == null ? "" : s.getFormat();
    switch (format) {
      case "date-time":
        return p.high ? "9999-12-31T23:59:59.999999999Z" : "0001-01-01T00:00:00-12:00";
      case "date":
        return p.high ? "9999-12-31" : "0001-01-01";
      case "uuid":
        return p.high ? "ffffffff-ffff-ffff-ffff-ffffffffffff" : "00000000-0000-0000-0000-000000000000";
      case "email":
        return p.high ? "first.last+tag@sub.example.com" : "a@b.co";
      case "uri":
        return p.high ? "https://example.com/%C3%BC/path?q=a&r=b" : "https://a.b";
      case "byte":
        return p.high ? "R3LDvMOfZQ==" : "";
      default:
        break;
    }
    int min = s.getMinLength() == null ? 0 : s.getMinLength();
    int max = s.getMaxLength() == null ? Integer.MAX_VALUE : s.getMaxLength();
    if (s.getPattern() != null) {
      return patterned(Pattern.compile(s.getPattern()), min, max, p.high);
    }
    String text = p.high ? TEXT : "é";
    return fit(text, Math.max(min, 1), max);
  }

  /** Truncates or pads (with ü) to the length bounds, counting code points as JSON Schema does. */
  private static String fit(String text, int min, int max) {
    StringBuilder out = new StringBuilder();
    text.codePoints().limit(max).forEach(out::appendCodePoint);
    while (out.codePointCount(0, out.length()) < Math.min(min, max)) {
      out.append('ü');
    }
    return out.toString();
  }

  private static String patterned(Pattern pattern, int min, int max, boolean high) {
    String[] alphabets = {"ü-é", "z9-", "z9", "az", "09", "a"};
    int[] lengths = high ? new int[] {Math.min(max, 60), 20, 8, 3, 1} : new int[] {Math.max(min, 1), 3, 8};
    for (int length : lengths) {
      for (String alphabet : alphabets) {
        StringBuilder candidate = new StringBuilder();
        for (int i = 0; candidate.length() < length; i++) {
          candidate.append(alphabet.charAt(i % alphabet.length()));
        }
        String text = candidate.toString();
        if (text.length() >= min && text.length() <= max && pattern.matcher(text).find()) {
          return text;
        }
      }
    }
    throw new IllegalStateException("no sample value matches pattern " + pattern);
  }

  @SuppressWarnings("rawtypes")
  private static BigInteger integer(Schema s, Profile p) {
    String format = s.getFormat() == null ? "" : s.getFormat();
    BigInteger lowest;
    BigInteger highest;
    switch (format) {
      case "int32":
        lowest = BigInteger.valueOf(Integer.MIN_VALUE);
        highest = BigInteger.valueOf(Integer.MAX_VALUE);
        break;
      case "uint64":
        lowest = BigInteger.ZERO;
        highest = BigInteger.ONE.shiftLeft(64).subtract(BigInteger.ONE);
        break;
      case "uint32":
        lowest = BigInteger.ZERO;
        highest = BigInteger.ONE.shiftLeft(32).subtract(BigInteger.ONE);
        break;
      default: // int64, and integer without a format (neon-java holds it in a Long)
        lowest = BigInteger.valueOf(Long.MIN_VALUE);
        highest = BigInteger.valueOf(Long.MAX_VALUE);
        break;
    }
    if (s.getMinimum() != null) {
      BigInteger min = s.getMinimum().setScale(0, java.math.RoundingMode.CEILING).toBigInteger();
      if (Boolean.TRUE.equals(s.getExclusiveMinimum()) && new BigDecimal(min).compareTo(s.getMinimum()) == 0) {
        min = min.add(BigInteger.ONE);
      }
      lowest = lowest.max(min);
    }
    if (s.getMaximum() != null) {
      BigInteger max = s.getMaximum().setScale(0, java.math.RoundingMode.FLOOR).toBigInteger();
      if (Boolean.TRUE.equals(s.getExclusiveMaximum()) && new BigDecimal(max).compareTo(s.getMaximum()) == 0) {
        max = max.subtract(BigInteger.ONE);
      }
      highest = highest.min(max);
    }
    return p.high ? highest : lowest;
  }

  @SuppressWarnings("rawtypes")
  private static BigDecimal number(Schema s, Profile p) {
    double limit = "float".equals(s.getFormat()) ? Float.MAX_VALUE : Double.MAX_VALUE;
    BigDecimal value = new BigDecimal(Double.toString(p.high ? limit : -limit));
    if (s.getMaximum() != null && value.compareTo(s.getMaximum()) > 0) {
      value = s.getMaximum();
    }
    if (s.getMinimum() != null && value.compareTo(s.getMinimum()) < 0) {
      value = s.getMinimum();
    }
    return value;
  }

  /** Forgets which enum values were used: coverage is counted per operation. */
  void resetCoverage() {
    used.clear();
  }

  /**
   * @param enums enum lists (from {@link #enumWidth})
   * @return whether every value of each has been used in a value built so far
   */
  boolean covered(Set<Object> enums) {
    for (Object e : enums) {
      if (!((List<?>) e).stream().allMatch(v -> used.getOrDefault(e, Set.of()).contains(v))) {
        return false;
      }
    }
    return true;
  }

  /**
   * @param schema the schema
   * @param seen the schemas walked so far
   * @param enums collects the enum lists reachable from the schema (by identity)
   * @return the largest number of values any enum reachable from the schema has (1 when none)
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  int enumWidth(Schema schema, Set<Object> seen, Set<Object> enums) {
    Schema s = resolve(schema);
    if (s == null || !seen.add(s)) {
      return 1;
    }
    int width = s.getEnum() == null ? 1 : s.getEnum().size();
    if (s.getEnum() != null) {
      enums.add(s.getEnum());
    }
    List<Schema> children = new ArrayList<>();
    if (s.getProperties() != null) {
      children.addAll(s.getProperties().values());
    }
    for (List<Schema> list : new List[] {s.getAllOf(), s.getOneOf(), s.getAnyOf()}) {
      if (list != null) {
        children.addAll(list);
        width = Math.max(width, list.size());
      }
    }
    if (s.getItems() != null) {
      children.add(s.getItems());
    }
    if (s.getAdditionalProperties() instanceof Schema) {
      children.add((Schema) s.getAdditionalProperties());
    }
    for (Schema child : children) {
      width = Math.max(width, enumWidth(child, seen, enums));
    }
    return width;
  }
}

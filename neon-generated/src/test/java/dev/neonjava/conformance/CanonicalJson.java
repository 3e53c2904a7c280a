package dev.neonjava.conformance;

import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonPrimitive;
import java.math.BigDecimal;
import java.util.Map;
import java.util.TreeMap;

/** JSON as text with object keys sorted and numbers in one notation: equal text means equal JSON. */
final class CanonicalJson {
  private CanonicalJson() {
  }

  static String of(JsonElement element) {
    StringBuilder out = new StringBuilder();
    write(element, out);
    return out.toString();
  }

  private static void write(JsonElement e, StringBuilder out) {
    if (e == null || e.isJsonNull()) {
      out.append("null");
    } else if (e.isJsonObject()) {
      Map<String, JsonElement> sorted = new TreeMap<>();
      for (Map.Entry<String, JsonElement> m : ((JsonObject) e).entrySet()) {
        sorted.put(m.getKey(), m.getValue());
      }
      out.append('{');
      sorted.forEach((k, v) -> {
        if (out.charAt(out.length() - 1) != '{') {
          out.append(',');
        }
        out.append(new JsonPrimitive(k)).append(':');
        write(v, out);
      });
      out.append('}');
    } else if (e.isJsonArray()) {
      out.append('[');
      JsonArray array = (JsonArray) e;
      for (int i = 0; i < array.size(); i++) {
        if (i > 0) {
          out.append(',');
        }
        write(array.get(i), out);
      }
      out.append(']');
    } else {
      JsonPrimitive p = e.getAsJsonPrimitive();
      out.append(p.isNumber() ? new BigDecimal(p.getAsString()).stripTrailingZeros().toPlainString() : p.toString());
    }
  }
}

package dev.neonjava.runtime;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.Collections;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;

/**
 * Gson support for {@link NeonModel}s: decodes the known fields with Gson's reflective adapter and
 * keeps every other member in the model's additional properties; writes both back.
 * Missing required fields are not an error: the API's answer is never lost to a strict check.
 */
final class ModelAdapterFactory implements TypeAdapterFactory {

  @Override
  public <T> TypeAdapter<T> create(Gson gson, TypeToken<T> type) {
    Class<? super T> raw = type.getRawType();
    if (!NeonModel.class.isAssignableFrom(raw)) {
      return null;
    }
    TypeAdapter<T> delegate = gson.getDelegateAdapter(this, type);
    TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
    Set<String> known = knownNames(raw);
    String modelName = raw.getSimpleName();
    return new TypeAdapter<T>() {
      @Override
      public void write(JsonWriter out, T value) throws IOException {
        if (value == null) {
          out.nullValue();
          return;
        }
        Map<String, JsonElement> extra = ((NeonModel) value).getAdditionalProperties();
        if (extra.isEmpty()) {
          delegate.write(out, value);
          return;
        }
        JsonObject tree = delegate.toJsonTree(value).getAsJsonObject();
        extra.forEach((name, element) -> {
          if (!tree.has(name)) {
            tree.add(name, element);
          }
        });
        elements.write(out, tree);
      }

      @Override
      public T read(JsonReader in) throws IOException {
        JsonElement tree = elements.read(in);
        if (tree == null || tree.isJsonNull()) {
          return null;
        }
        if (!tree.isJsonObject()) {
          throw new JsonParseException("Expected a JSON object for " + modelName + " but found "
              + (tree.isJsonArray() ? "an array" : "a primitive") + " at " + in.getPreviousPath());
        }
        T model = delegate.fromJsonTree(tree);
        for (Map.Entry<String, JsonElement> member : tree.getAsJsonObject().entrySet()) {
          if (!known.contains(member.getKey())) {
            ((NeonModel) model).putAdditionalProperty(member.getKey(), member.getValue());
          }
        }
        return model;
      }
    };
  }

  private static Set<String> knownNames(Class<?> type) {
    Set<String> names = new HashSet<>();
    for (Class<?> c = type; c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
          continue;
        }
        SerializedName name = field.getAnnotation(SerializedName.class);
        names.add(name != null ? name.value() : field.getName());
        if (name != null) {
          Collections.addAll(names, name.alternate());
        }
      }
    }
    return Collections.unmodifiableSet(names);
  }
}

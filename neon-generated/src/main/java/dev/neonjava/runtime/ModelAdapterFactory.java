package dev.neonjava.runtime;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonIOException;
import com.google.gson.JsonNull;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.TypeAdapterFactory;
import com.google.gson.annotations.JsonAdapter;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.lang.reflect.Constructor;
import java.lang.reflect.Field;
import java.lang.reflect.Modifier;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Gson support for {@link NeonModel}s: decodes the known fields with Gson's reflective adapter and
 * keeps every other member in the model's additional properties; writes both back.
 * Missing required fields are not an error: the API's answer is never lost to a strict check.
 * <p>Where Gson would bind the model reflectively (every generated model), objects are read in one
 * streaming pass: each member goes straight to its field's adapter, and only unknown members are
 * read as {@link JsonElement}s. (Reading each object into a tree first and binding from the tree
 * took twice the time of plain Gson on a page of 400 projects.) Anything else keeps the tree path.
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
    StreamingReader<T> streaming = StreamingReader.of(gson, raw, delegate, elements);
    return new TypeAdapter<T>() {
      @Override
      public void write(JsonWriter out, T value) throws IOException {
        if (value == null) {
          out.nullValue();
          return;
        }
        NeonModel model = (NeonModel) value;
        Map<String, JsonElement> extra = model.getAdditionalProperties();
        Set<String> nulls = model.getExplicitNulls();
        if (extra.isEmpty() && nulls.isEmpty()) {
          delegate.write(out, value);
          return;
        }
        JsonObject tree = fieldsOf(delegate, value);
        extra.forEach((name, element) -> {
          if (!tree.has(name)) {
            tree.add(name, element);
          }
        });
        for (String name : nulls) {
          tree.add(name, JsonNull.INSTANCE);
        }
        writeKeepingNulls(out, elements, tree);
      }

      @Override
      public T read(JsonReader in) throws IOException {
        if (streaming != null && in.peek() == JsonToken.BEGIN_OBJECT) {
          return streaming.read(in);
        }
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
          } else if (member.getValue().isJsonNull()) {
            ((NeonModel) model).putExplicitNull(member.getKey());
          }
        }
        return model;
      }
    };
  }

  /**
   * The set fields of a model as a tree. (TypeAdapter.toJsonTree would write every unset field as a
   * JSON null; its tree writer is internal to Gson, so the fields go through text.)
   */
  private static <T> JsonObject fieldsOf(TypeAdapter<T> delegate, T value) throws IOException {
    java.io.StringWriter text = new java.io.StringWriter();
    JsonWriter writer = new JsonWriter(text);
    writer.setSerializeNulls(false);
    delegate.write(writer, value);
    writer.flush();
    return com.google.gson.JsonParser.parseString(text.toString()).getAsJsonObject();
  }

  /**
   * Writes a tree with its JSON nulls: those in it are explicit nulls or received values, never
   * unset fields (Gson leaves those out of the tree).
   */
  static void writeKeepingNulls(JsonWriter out, TypeAdapter<JsonElement> elements, JsonElement tree) throws IOException {
    boolean serializeNulls = out.getSerializeNulls();
    out.setSerializeNulls(true);
    try {
      elements.write(out, tree);
    } finally {
      out.setSerializeNulls(serializeNulls);
    }
  }

  /**
   * Binds a model's members to its fields in one pass, as Gson's reflective adapter does, and keeps
   * unknown members as additional properties.
   */
  private static final class StreamingReader<T> {
    private final Constructor<?> constructor;
    private final Map<String, Binding> bindings;
    private final TypeAdapter<JsonElement> elements;

    private StreamingReader(Constructor<?> constructor, Map<String, Binding> bindings,
        TypeAdapter<JsonElement> elements) {
      this.constructor = constructor;
      this.bindings = bindings;
      this.elements = elements;
    }

    /** @return a reader, or null where Gson would not bind the type reflectively or it is not a plain model */
    static <T> StreamingReader<T> of(Gson gson, Class<?> raw, TypeAdapter<T> delegate,
        TypeAdapter<JsonElement> elements) {
      if (!delegate.getClass().getName().startsWith("com.google.gson.internal.bind.ReflectiveTypeAdapterFactory")
          || Modifier.isAbstract(raw.getModifiers()) || raw.getTypeParameters().length > 0
          || raw.getEnclosingClass() != null && !Modifier.isStatic(raw.getModifiers())) {
        return null;
      }
      Constructor<?> constructor;
      try {
        constructor = raw.getDeclaredConstructor();
        constructor.setAccessible(true);
      } catch (ReflectiveOperationException | RuntimeException e) {
        return null;
      }
      Map<String, Binding> bindings = new HashMap<>();
      for (Class<?> c = raw; c != null && c != Object.class; c = c.getSuperclass()) {
        if (c.getTypeParameters().length > 0) {
          return null;
        }
        for (Field field : c.getDeclaredFields()) {
          int mod = field.getModifiers();
          if (Modifier.isStatic(mod) || Modifier.isTransient(mod) || field.isSynthetic()) {
            continue;
          }
          if (field.isAnnotationPresent(JsonAdapter.class)) {
            return null;
          }
          try {
            field.setAccessible(true);
          } catch (RuntimeException e) {
            return null;
          }
          Binding binding = new Binding(field, gson.getAdapter(TypeToken.get(field.getGenericType())));
          SerializedName name = field.getAnnotation(SerializedName.class);
          List<String> names = new ArrayList<>();
          names.add(name != null ? name.value() : field.getName());
          if (name != null) {
            Collections.addAll(names, name.alternate());
          }
          for (String n : names) {
            if (bindings.put(n, binding) != null) {
              return null; // Gson rejects this type; let it say so
            }
          }
        }
      }
      return new StreamingReader<>(constructor, bindings, elements);
    }

    T read(JsonReader in) throws IOException {
      Object model;
      try {
        model = constructor.newInstance();
      } catch (ReflectiveOperationException e) {
        throw new JsonIOException("Cannot create " + constructor.getDeclaringClass().getName(), e);
      }
      in.beginObject();
      while (in.hasNext()) {
        String name = in.nextName();
        Binding binding = bindings.get(name);
        if (binding == null) {
          ((NeonModel) model).putAdditionalProperty(name, elements.read(in));
          continue;
        }
        Object value;
        if (binding.lenient) {
          JsonElement raw = elements.read(in);
          try {
            value = binding.adapter.fromJsonTree(raw);
          } catch (JsonParseException | IllegalArgumentException | ArithmeticException e) {
            // one odd value (a non-UUID in a uuid field, say) never fails the whole response
            ((NeonModel) model).putAdditionalProperty(name, raw);
            continue;
          }
        } else {
          value = binding.adapter.read(in);
        }
        if (value == null) {
          ((NeonModel) model).putExplicitNull(name);
        }
        if (value != null || !binding.primitive) {
          try {
            binding.field.set(model, value);
          } catch (IllegalAccessException e) {
            throw new JsonIOException("Cannot set " + binding.field, e);
          }
        }
      }
      in.endObject();
      @SuppressWarnings("unchecked")
      T result = (T) model;
      return result;
    }
  }

  private static final class Binding {
    final Field field;
    final TypeAdapter<?> adapter;
    final boolean primitive;
    final boolean lenient;

    Binding(Field field, TypeAdapter<?> adapter) {
      this.field = field;
      this.adapter = adapter;
      this.primitive = field.getType().isPrimitive();
      this.lenient = LENIENT.contains(field.getType());
    }
  }

  /**
   * Scalar types whose odd values are kept raw, in the additional properties under the member's
   * name, instead of failing the whole response.
   */
  private static final Set<Class<?>> LENIENT = Set.of(java.util.UUID.class, java.time.OffsetDateTime.class,
      java.time.LocalDate.class, Integer.class, Long.class, java.math.BigInteger.class, Double.class,
      Float.class, java.math.BigDecimal.class, Boolean.class);

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

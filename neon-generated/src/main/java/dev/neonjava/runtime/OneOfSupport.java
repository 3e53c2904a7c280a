package dev.neonjava.runtime;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.reflect.TypeToken;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Arrays;
import java.util.List;
import java.util.function.BiFunction;
import java.util.function.Function;

/**
 * Gson support for generated {@code oneOf} wrappers: picks the variant by discriminator (or by the
 * first variant that decodes), keeps a body that matches no variant as raw JSON, and writes the
 * discriminator back.
 *
 * @param <W> the wrapper type
 */
public final class OneOfSupport<W> {
  private final String name;
  private final String discriminator;
  private final BiFunction<Object, JsonElement, W> wrap;
  private final Function<W, JsonElement> rawOf;
  private final Function<W, Object> instanceOf;
  private final List<Variant> variants;

  /** One variant: the discriminator value that selects it (may be null) and its model class. */
  public static final class Variant {
    final String tag;
    final Class<?> type;

    Variant(String tag, Class<?> type) {
      this.tag = tag;
      this.type = type;
    }
  }

  /**
   * @param tag the discriminator value, or null when there is none
   * @param type the variant's model class
   * @return the variant
   */
  public static Variant variant(String tag, Class<?> type) {
    return new Variant(tag, type);
  }

  /**
   * @param name the wrapper's name, for messages
   * @param discriminator the discriminator property, or null
   * @param wrap creates a wrapper from an instance or raw JSON
   * @param rawOf reads the raw JSON of a wrapper
   * @param instanceOf reads the instance of a wrapper
   * @param variants the variants in declaration order
   */
  public OneOfSupport(String name, String discriminator, BiFunction<Object, JsonElement, W> wrap,
      Function<W, JsonElement> rawOf, Function<W, Object> instanceOf, Variant... variants) {
    this.name = name;
    this.discriminator = discriminator;
    this.wrap = wrap;
    this.rawOf = rawOf;
    this.instanceOf = instanceOf;
    this.variants = Arrays.asList(variants);
  }

  /**
   * @param gson the Gson instance
   * @param type the requested type
   * @param <T> the requested type
   * @return the adapter
   */
  @SuppressWarnings("unchecked")
  public <T> TypeAdapter<T> adapter(Gson gson, TypeToken<T> type) {
    TypeAdapter<JsonElement> elements = gson.getAdapter(JsonElement.class);
    return (TypeAdapter<T>) new TypeAdapter<W>() {
      @Override
      public void write(JsonWriter out, W value) throws IOException {
        if (value == null) {
          out.nullValue();
          return;
        }
        Object instance = instanceOf.apply(value);
        if (instance == null) {
          elements.write(out, rawOf.apply(value));
          return;
        }
        JsonElement tree = gson.toJsonTree(instance);
        Variant variant = variants.stream().filter(v -> v.type.isInstance(instance)).findFirst().orElse(null);
        if (discriminator != null && variant != null && variant.tag != null && tree.isJsonObject()
            && !tree.getAsJsonObject().has(discriminator)) {
          tree.getAsJsonObject().addProperty(discriminator, variant.tag);
        }
        elements.write(out, tree);
      }

      @Override
      public W read(JsonReader in) throws IOException {
        JsonElement tree = elements.read(in);
        if (tree == null || tree.isJsonNull()) {
          return null;
        }
        for (Variant variant : candidates(tree)) {
          try {
            return wrap.apply(gson.fromJson(tree, variant.type), null);
          } catch (JsonParseException | IllegalStateException e) {
            // try the next variant
          }
        }
        return wrap.apply(null, tree);
      }
    };
  }

  private List<Variant> candidates(JsonElement tree) {
    if (discriminator == null || !tree.isJsonObject()) {
      return variants;
    }
    JsonObject object = tree.getAsJsonObject();
    if (!object.has(discriminator) || !object.get(discriminator).isJsonPrimitive()) {
      return variants;
    }
    String tag = object.get(discriminator).getAsString();
    return variants.stream().filter(v -> tag.equals(v.tag)).collect(java.util.stream.Collectors.toList());
  }

  @Override
  public String toString() {
    return "OneOfSupport(" + name + ")";
  }
}

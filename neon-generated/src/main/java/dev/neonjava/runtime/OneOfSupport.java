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
 * Gson support for generated {@code oneOf} wrappers: picks the variant by discriminator; without one,
 * picks the variant whose declared properties match the body best (fewest members left unknown, then
 * most members matched, then declaration order), so known fields never land in the unknown ones.
 * Keeps a body that matches no variant as raw JSON. Writes the discriminator back only where the
 * value was built by the caller: a decoded body is re-encoded as received.
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
        boolean decoded = rawOf.apply(value) != null;
        if (!decoded && discriminator != null && variant != null && variant.tag != null && tree.isJsonObject()
            && !tree.getAsJsonObject().has(discriminator)) {
          tree.getAsJsonObject().addProperty(discriminator, variant.tag);
        }
        ModelAdapterFactory.writeKeepingNulls(out, elements, tree);
      }

      @Override
      public W read(JsonReader in) throws IOException {
        JsonElement tree = elements.read(in);
        if (tree == null || tree.isJsonNull()) {
          return null;
        }
        boolean tagged = isTagged(tree);
        Object best = null;
        int bestUnknown = Integer.MAX_VALUE;
        int bestMatched = -1;
        for (Variant variant : candidates(tree)) {
          Object instance;
          try {
            instance = gson.fromJson(tree, variant.type);
          } catch (JsonParseException | IllegalStateException e) {
            continue; // not this shape
          }
          if (tagged) {
            return wrap.apply(instance, null);
          }
          int unknown = instance instanceof NeonModel ? ((NeonModel) instance).getAdditionalProperties().size() : 0;
          int matched = tree.isJsonObject() ? tree.getAsJsonObject().size() - unknown : 0;
          if (unknown < bestUnknown || unknown == bestUnknown && matched > bestMatched) {
            best = instance;
            bestUnknown = unknown;
            bestMatched = matched;
          }
        }
        // the raw tree of a decoded value marks it as received: re-encoding adds no discriminator
        return wrap.apply(best, tree);
      }
    };
  }

  private boolean isTagged(JsonElement tree) {
    return discriminator != null && tree.isJsonObject() && tree.getAsJsonObject().has(discriminator)
        && tree.getAsJsonObject().get(discriminator).isJsonPrimitive();
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

package dev.neonjava.runtime;

import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Function;

/**
 * An enum of the API that stays open: a value the server adds later decodes without error, keeps its
 * raw text, is written back as received when a decoded model is re-encoded, and is refused when sent
 * to the API in a request unless the caller created it with {@code unchecked(..)}.
 */
public interface OpenEnum {
  /** @return the value as sent by the server or given by the caller */
  String value();

  /** @return whether this client version knows the value */
  boolean isKnown();

  /** @return whether the value may be serialized into a request */
  boolean isSendable();

  /**
   * Indexes constants by value; used by generated enums.
   * @param constants the known constants
   * @param <E> the enum type
   * @return an unmodifiable map from value to constant
   */
  @SafeVarargs
  static <E extends OpenEnum> Map<String, E> index(E... constants) {
    Map<String, E> map = new LinkedHashMap<>();
    for (E constant : constants) {
      map.put(constant.value(), constant);
    }
    return Collections.unmodifiableMap(map);
  }

  /**
   * Rejects a null value with a message naming the enum.
   * @param value the value
   * @param enumName the enum's name
   */
  static void requireValue(String value, String enumName) {
    if (value == null) {
      throw new IllegalArgumentException(enumName + " value must not be null");
    }
  }

  /**
   * The Gson adapter of every generated enum: reads any string; writes any value back, except into a
   * request body, where only sendable values go.
   * @param <E> the enum type
   */
  abstract class Adapter<E extends OpenEnum> extends TypeAdapter<E> {
    private final String enumName;
    private final Function<String, E> factory;

    /**
     * @param enumName the name used in error messages
     * @param factory maps a raw value to a constant or an unknown value
     */
    protected Adapter(String enumName, Function<String, E> factory) {
      this.enumName = enumName;
      this.factory = factory;
    }

    @Override
    public void write(JsonWriter out, E value) throws IOException {
      if (value == null) {
        out.nullValue();
        return;
      }
      if (!value.isSendable() && RequestEncoding.active()) {
        throw new UnknownEnumValueException(enumName, value.value());
      }
      out.value(value.value());
    }

    @Override
    public E read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      // numbers and booleans are read as their text: an enum never fails to decode
      return factory.apply(in.nextString());
    }
  }
}

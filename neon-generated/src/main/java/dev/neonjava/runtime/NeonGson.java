package dev.neonjava.runtime;

import com.google.gson.Gson;
import com.google.gson.GsonBuilder;
import com.google.gson.JsonParseException;
import com.google.gson.TypeAdapter;
import com.google.gson.stream.JsonReader;
import com.google.gson.stream.JsonToken;
import com.google.gson.stream.JsonWriter;
import java.io.IOException;
import java.time.LocalDate;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.function.Function;

/**
 * The one Gson configuration of neon-java: RFC 3339 date-times as {@link OffsetDateTime}, ISO dates,
 * models that keep unknown fields, open enums, and nulls left out of request bodies.
 */
public final class NeonGson {
  private static final Gson INSTANCE = newBuilder().create();

  private NeonGson() {
  }

  /** @return the shared, thread-safe Gson instance */
  public static Gson gson() {
    return INSTANCE;
  }

  /** @return a builder with neon-java's settings, for callers that add their own */
  public static GsonBuilder newBuilder() {
    return new GsonBuilder()
        .disableHtmlEscaping()
        .registerTypeAdapterFactory(new ModelAdapterFactory())
        .registerTypeAdapter(OffsetDateTime.class,
            new TemporalAdapter<>(DateTimeFormatter.ISO_OFFSET_DATE_TIME, OffsetDateTime::parse).nullSafe())
        .registerTypeAdapter(LocalDate.class,
            new TemporalAdapter<>(DateTimeFormatter.ISO_LOCAL_DATE, LocalDate::parse).nullSafe());
  }

  private static final class TemporalAdapter<T extends java.time.temporal.TemporalAccessor> extends TypeAdapter<T> {
    private final DateTimeFormatter formatter;
    private final Function<String, T> parser;

    TemporalAdapter(DateTimeFormatter formatter, Function<String, T> parser) {
      this.formatter = formatter;
      this.parser = parser;
    }

    @Override
    public void write(JsonWriter out, T value) throws IOException {
      out.value(formatter.format(value));
    }

    @Override
    public T read(JsonReader in) throws IOException {
      if (in.peek() == JsonToken.NULL) {
        in.nextNull();
        return null;
      }
      String text = in.nextString();
      try {
        return parser.apply(text);
      } catch (DateTimeParseException e) {
        throw new JsonParseException("Invalid date-time '" + text + "' at " + in.getPreviousPath(), e);
      }
    }
  }
}

package dev.neonjava.runtime;

import com.google.gson.JsonElement;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashSet;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/** Builds the {@code toString()} of generated models, with secrets redacted. */
public final class ModelStrings {
  /** The text that stands in for a secret. */
  public static final String REDACTED = "<redacted>";

  private ModelStrings() {
  }

  /**
   * @param names JSON names the spec marks sensitive
   * @return the set of names
   */
  public static Set<String> sensitive(String... names) {
    return Collections.unmodifiableSet(new HashSet<>(Arrays.asList(names)));
  }

  /**
   * Whether a JSON member holds a secret: marked sensitive, or named like a password, secret, token,
   * connection URI, or the key of an API key.
   * @param model the model's class name
   * @param name the JSON member name
   * @param sensitive the names the spec marks sensitive
   * @return true when the value must not be printed
   */
  public static boolean isSecret(String model, String name, Set<String> sensitive) {
    String n = name.toLowerCase(Locale.ROOT);
    return sensitive.contains(name) || n.contains("password") || n.contains("secret")
        || n.contains("token") || n.contains("connection_uri") || n.contains("connection_string")
        || n.equals("key") && model.contains("ApiKey");
  }

  /**
   * @param model the model's class name
   * @param sensitive the names the spec marks sensitive
   * @return a builder for the string
   */
  public static Builder of(String model, Set<String> sensitive) {
    return new Builder(model, sensitive);
  }

  /**
   * Copies JSON with the values of secret-named members replaced, at any depth: unknown fields
   * may hold secrets too.
   * @param model the model's class name
   * @param json the JSON
   * @param sensitive the names the spec marks sensitive
   * @return the redacted copy
   */
  public static JsonElement redact(String model, JsonElement json, Set<String> sensitive) {
    if (json.isJsonObject()) {
      com.google.gson.JsonObject copy = new com.google.gson.JsonObject();
      for (Map.Entry<String, JsonElement> member : json.getAsJsonObject().entrySet()) {
        copy.add(member.getKey(), isSecret(model, member.getKey(), sensitive)
            ? new com.google.gson.JsonPrimitive(REDACTED) : redact(model, member.getValue(), sensitive));
      }
      return copy;
    }
    if (json.isJsonArray()) {
      com.google.gson.JsonArray copy = new com.google.gson.JsonArray();
      json.getAsJsonArray().forEach(element -> copy.add(redact(model, element, sensitive)));
      return copy;
    }
    return json;
  }

  /**
   * Removes the password of any {@code scheme://user:password@host} URI in a text.
   * @param text the text
   * @return the text with such passwords redacted
   */
  public static String scrub(String text) {
    return text.indexOf("://") < 0 ? text : CREDENTIALS.matcher(text).replaceAll("$1" + REDACTED + "@");
  }

  private static final java.util.regex.Pattern CREDENTIALS =
      java.util.regex.Pattern.compile("([A-Za-z][A-Za-z0-9+.-]*://[^/\\s:@\"]*:)[^@\\s\"/]*@");

  /** Accumulates the fields that are set. */
  public static final class Builder {
    private final String model;
    private final Set<String> sensitive;
    private final StringBuilder sb;
    private boolean first = true;

    private Builder(String model, Set<String> sensitive) {
      this.model = model;
      this.sensitive = sensitive;
      this.sb = new StringBuilder(model).append('{');
    }

    /**
     * Adds a field when it is set.
     * @param name the JSON name
     * @param value the value, or null to skip
     * @return this builder
     */
    public Builder add(String name, Object value) {
      if (value == null) {
        return this;
      }
      if (!first) {
        sb.append(", ");
      }
      first = false;
      Object shown = value instanceof JsonElement ? redact(model, (JsonElement) value, sensitive) : value;
      sb.append(name).append('=').append(isSecret(model, name, sensitive) ? REDACTED : scrub(String.valueOf(shown)));
      return this;
    }

    /**
     * Adds the members that have no field.
     * @param additional the members, or null
     * @return this builder
     */
    public Builder additional(Map<String, JsonElement> additional) {
      if (additional != null) {
        additional.forEach(this::add);
      }
      return this;
    }

    @Override
    public String toString() {
      return sb + "}";
    }
  }
}

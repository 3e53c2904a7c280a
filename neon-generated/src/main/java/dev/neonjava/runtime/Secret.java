package dev.neonjava.runtime;

import java.util.Objects;

/** A secret (API key, password, connection URI) whose {@code toString()} never shows it. */
public final class Secret {
  private final String value;

  private Secret(String value) {
    this.value = value;
  }

  /**
   * @param value the secret text; must not be null or blank
   * @param what what it is, for the error message (e.g. "API key")
   * @return the wrapped secret
   */
  public static Secret of(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be " + (value == null ? "null" : "blank"));
    }
    return new Secret(value);
  }

  /**
   * Checks an API key before it can reach a header: a key with a line break (read from a file), a
   * space or another control character would make the JDK throw an exception that quotes the whole
   * header, key included. The message names the problem and shows at most the key's first four
   * characters and its length.
   * @param value the key
   * @param what where it came from, for the message (e.g. "apiKey")
   * @return the wrapped key
   * @throws IllegalArgumentException when the key is null, blank or holds a character other than
   *     printable ASCII
   */
  public static Secret apiKey(String value, String what) {
    if (value == null || value.isBlank()) {
      throw new IllegalArgumentException(what + " must not be " + (value == null ? "null" : "blank"));
    }
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c <= 0x20 || c >= 0x7f) {
        throw new IllegalArgumentException(what + " is not a valid API key: it holds " + describe(c) + " at index " + i
            + " (key '" + value.substring(0, Math.min(4, value.length())) + "…', " + value.length()
            + " characters); API keys are printable ASCII without spaces or line breaks");
      }
    }
    return new Secret(value);
  }

  private static String describe(char c) {
    String code = String.format("U+%04X", (int) c);
    switch (c) {
      case '\n':
        return "a line feed (" + code + ")";
      case '\r':
        return "a carriage return (" + code + ")";
      case '\t':
        return "a tab (" + code + ")";
      case ' ':
        return "a space (" + code + ")";
      default:
        return (Character.isISOControl(c) ? "a control character (" : "a non-ASCII character (") + code + ")";
    }
  }

  /** @return the secret text; pass it on, never log it */
  public String reveal() {
    return value;
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof Secret && Objects.equals(value, ((Secret) o).value);
  }

  @Override
  public int hashCode() {
    return value.hashCode();
  }

  @Override
  public String toString() {
    return ModelStrings.REDACTED;
  }
}

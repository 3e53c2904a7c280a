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

package dev.neonjava.resources;

import dev.neonjava.runtime.ApiRequest;

/**
 * Checks of names that go into a path but, unlike ids, may hold any character: object keys
 * ({@code reports/2024/q1.csv}), database names. The generated request percent-encodes them, so
 * a {@code /} stays inside its segment; only null, blank, {@code .} and {@code ..} are refused.
 */
final class PathText {
  private PathText() {
  }

  /** Returns {@code value}, or throws an {@link IllegalArgumentException} naming {@code name}. */
  static String name(String value, String name) {
    ApiRequest.require(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(name + " must not be '" + value + "'");
    }
    return value;
  }

  /** Returns {@code value} when it is not null and not empty (any other text is fine), else throws naming {@code name}. */
  static String nonEmpty(String value, String name) {
    if (ApiRequest.require(value, name).isEmpty()) {
      throw new IllegalArgumentException(name + " must not be empty");
    }
    return value;
  }
}

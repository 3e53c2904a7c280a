package dev.neonjava.resources;

import dev.neonjava.runtime.ApiRequest;

/** Checks of caller input before a request is built; each failure names the parameter. */
final class Validation {
  private Validation() {
  }

  /**
   * An id as it goes into a path: not null, not blank, and without characters that have a meaning in
   * a URL ({@code / ? # %}) or whitespace; Neon ids never contain them.
   */
  static String id(String value, String name) {
    ApiRequest.require(value, name);
    for (int i = 0; i < value.length(); i++) {
      char c = value.charAt(i);
      if (c == '/' || c == '?' || c == '#' || c == '%' || c == '\\' || Character.isWhitespace(c)
          || Character.isISOControl(c)) {
        throw new IllegalArgumentException(name + " must not contain '" + printable(c) + "' but was '" + value + "'");
      }
    }
    if (value.equals(".") || value.equals("..")) {
      throw new IllegalArgumentException(name + " must not be '" + value + "'");
    }
    return value;
  }

  /**
   * A Postgres name (database, role) as it goes into a path: not null, not blank. The client
   * percent-encodes it, so any other character is allowed.
   */
  static String name(String value, String name) {
    ApiRequest.require(value, name);
    if (value.isBlank()) {
      throw new IllegalArgumentException(name + " must not be blank");
    }
    return value;
  }

  private static String printable(char c) {
    return Character.isISOControl(c) || Character.isWhitespace(c) ? String.format("\\u%04x", (int) c) : String.valueOf(c);
  }
}

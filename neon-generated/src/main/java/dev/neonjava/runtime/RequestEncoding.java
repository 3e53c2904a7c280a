package dev.neonjava.runtime;

import com.google.gson.Gson;

/**
 * Marks the encoding of a request body on the current thread. Open enums refuse a value this client
 * does not know only here, where it would be sent to the API; anywhere else (re-encoding a decoded
 * response, caching, logging) they write it back as received.
 */
final class RequestEncoding {
  private static final ThreadLocal<Boolean> ACTIVE = new ThreadLocal<>();

  private RequestEncoding() {
  }

  /** @return whether a request body is being encoded on this thread */
  static boolean active() {
    return ACTIVE.get() != null;
  }

  /**
   * @param gson the Gson to use
   * @param body the request body
   * @return its JSON
   * @throws UnknownEnumValueException when the body holds an enum value this client does not know
   */
  static String toJson(Gson gson, Object body) {
    boolean outer = !active();
    ACTIVE.set(Boolean.TRUE);
    try {
      return gson.toJson(body);
    } finally {
      if (outer) {
        ACTIVE.remove();
      }
    }
  }
}

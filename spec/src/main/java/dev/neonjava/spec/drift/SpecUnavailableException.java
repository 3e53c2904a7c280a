package dev.neonjava.spec.drift;

import java.util.List;

/** No route produced Neon's published spec; the message names every route tried and why it failed. */
public final class SpecUnavailableException extends Exception {
  private static final long serialVersionUID = 1L;
  private final transient List<String> failures;

  SpecUnavailableException(String message, List<String> failures) {
    super(message);
    this.failures = List.copyOf(failures);
  }

  /** One line per route tried, in order: the route, a colon, the reason. */
  public List<String> failures() {
    return failures;
  }
}

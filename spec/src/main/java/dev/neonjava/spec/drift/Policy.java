package dev.neonjava.spec.drift;

import java.util.Locale;

/** When the drift check exits non-zero. */
public enum Policy {
  /** Fail when any active finding is breaking (the default). */
  BREAKING,
  /** Fail on any active finding. */
  ANY,
  /** Report only; never fail on drift. */
  NEVER;

  public static Policy parse(String s) {
    if (s == null || s.isBlank()) {
      return BREAKING;
    }
    switch (s.trim().toLowerCase(Locale.ROOT)) {
      case "breaking":
        return BREAKING;
      case "any":
        return ANY;
      case "never":
        return NEVER;
      default:
        throw new IllegalArgumentException("policy must be breaking, any or never: " + s);
    }
  }

  public boolean fails(DriftResult r) {
    switch (this) {
      case BREAKING:
        return r.hasBreaking();
      case ANY:
        return r.hasDrift();
      default:
        return false;
    }
  }
}

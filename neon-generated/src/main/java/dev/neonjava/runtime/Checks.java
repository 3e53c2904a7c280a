package dev.neonjava.runtime;

import java.time.Duration;

/** Argument checks shared by the option types; each failure is an IllegalArgumentException naming the option. */
public final class Checks {
  private Checks() {
  }

  /**
   * @param value the duration
   * @param name the option's name
   * @return the value, when positive
   */
  public static Duration positive(Duration value, String name) {
    if (value == null || value.isNegative() || value.isZero()) {
      throw new IllegalArgumentException(name + " must be a positive duration but was " + value);
    }
    return value;
  }

  /**
   * @param value the duration
   * @param name the option's name
   * @return the value, when zero or positive
   */
  public static Duration nonNegative(Duration value, String name) {
    if (value == null || value.isNegative()) {
      throw new IllegalArgumentException(name + " must be a non-negative duration but was " + value);
    }
    return value;
  }

  /**
   * @param value the number
   * @param min the least allowed
   * @param name the option's name
   * @return the value, when at least {@code min}
   */
  public static double atLeast(double value, double min, String name) {
    if (!(value >= min)) {
      throw new IllegalArgumentException(name + " must be at least " + min + " but was " + value);
    }
    return value;
  }

  /**
   * @param value the number
   * @param min the least allowed
   * @param name the option's name
   * @return the value, when at least {@code min}
   */
  public static int atLeast(int value, int min, String name) {
    if (value < min) {
      throw new IllegalArgumentException(name + " must be at least " + min + " but was " + value);
    }
    return value;
  }

  /**
   * @param value the fraction
   * @param name the option's name
   * @return the value, when between 0 and 1
   */
  public static double fraction(double value, String name) {
    if (!(value >= 0 && value <= 1)) {
      throw new IllegalArgumentException(name + " must be between 0 and 1 but was " + value);
    }
    return value;
  }
}

package dev.neonjava.runtime;

/** The root of every exception neon-java throws for a failed call. Unchecked. */
public class NeonException extends RuntimeException {
  private static final long serialVersionUID = 1L;

  /**
   * @param message what went wrong; never contains a secret
   * @param cause the cause, or null
   */
  public NeonException(String message, Throwable cause) {
    super(ModelStrings.scrub(message), cause);
  }

  /** @param message what went wrong; never contains a secret */
  public NeonException(String message) {
    this(message, null);
  }
}

package dev.neonjava.runtime;

/** 423 Locked: another operation on the project is still running; retried by default. */
public class LockedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param details what the API answered */
  public LockedException(ErrorDetails details) {
    super(details);
  }
}

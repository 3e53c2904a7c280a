package dev.neonjava.runtime;

/** 409 Conflict: the resource already exists or is in a conflicting state. */
public class ConflictException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param details what the API answered */
  public ConflictException(ErrorDetails details) {
    super(details);
  }
}

package dev.neonjava.runtime;

/** 403 Forbidden: the key may not do this. */
public class ForbiddenException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param details what the API answered */
  public ForbiddenException(ErrorDetails details) {
    super(details);
  }
}

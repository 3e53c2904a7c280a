package dev.neonjava.runtime;

/** 404 Not Found: no such resource, or it is not visible to this key. */
public class NotFoundException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param details what the API answered */
  public NotFoundException(ErrorDetails details) {
    super(details);
  }
}

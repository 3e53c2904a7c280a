package dev.neonjava.runtime;

/** 401 Unauthorized: the API key is missing, wrong or revoked. */
public class UnauthorizedException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param details what the API answered */
  public UnauthorizedException(ErrorDetails details) {
    super(details);
  }
}

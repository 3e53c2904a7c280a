package dev.neonjava.runtime;

/** 5xx: the API failed; retried by default for 503 and for idempotent methods. */
public class ServerException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param details what the API answered */
  public ServerException(ErrorDetails details) {
    super(details);
  }
}

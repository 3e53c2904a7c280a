package dev.neonjava.runtime;

/** 400 Bad Request or 422 Unprocessable Entity: the request was rejected as invalid. */
public class BadRequestException extends ApiException {
  private static final long serialVersionUID = 1L;

  /** @param details what the API answered */
  public BadRequestException(ErrorDetails details) {
    super(details);
  }
}

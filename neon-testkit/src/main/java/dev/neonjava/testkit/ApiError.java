package dev.neonjava.testkit;

/** An error answer of the emulated API: a status and Neon's error body. */
final class ApiError extends RuntimeException {
  private static final long serialVersionUID = 1L;

  final int status;
  final String code;

  ApiError(int status, String code, String message) {
    super(message, null, false, false);
    this.status = status;
    this.code = code;
  }

  static ApiError notFound(String message) {
    return new ApiError(404, "", message);
  }

  static ApiError badRequest(String message) {
    return new ApiError(400, "", message);
  }

  static ApiError conflict(String message) {
    return new ApiError(409, "", message);
  }

  static ApiError unprocessable(String message) {
    return new ApiError(422, "", message);
  }
}

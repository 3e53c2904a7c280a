package dev.neonjava.runtime;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.net.http.HttpHeaders;
import java.nio.charset.StandardCharsets;

/** Maps a non-2xx response to the exception hierarchy: the one place where this happens. */
public final class ApiExceptions {
  private static final int MAX_TEXT = 200;

  private ApiExceptions() {
  }

  /**
   * @param request the call
   * @param statusCode the HTTP status
   * @param headers the response headers
   * @param body the response body, possibly empty or not JSON
   * @param attempts how many times the request was sent
   * @return the exception for the status
   */
  public static ApiException of(ApiRequest request, int statusCode, HttpHeaders headers, byte[] body, int attempts) {
    String code = null;
    String message = null;
    String requestId = null;
    JsonObject json = parseObject(body);
    if (json != null) {
      code = text(json, "code");
      message = text(json, "message");
      requestId = text(json, "request_id");
    }
    if (requestId == null) {
      requestId = headers.firstValue("x-neon-ret-request-id").or(() -> headers.firstValue("x-request-id")).orElse(null);
    }
    if (message == null) {
      message = describeBody(headers, body);
    }
    ErrorDetails details = new ErrorDetails(request.operationId(), request.method(), request.path(), statusCode,
        code, message, requestId, headers, body, attempts);
    return of(details);
  }

  /**
   * @param details what the API answered
   * @return the exception subclass for its status
   */
  public static ApiException of(ErrorDetails details) {
    switch (details.statusCode()) {
      case 400:
      case 422:
        return new BadRequestException(details);
      case 401:
        return new UnauthorizedException(details);
      case 403:
        return new ForbiddenException(details);
      case 404:
        return new NotFoundException(details);
      case 409:
        return new ConflictException(details);
      case 423:
        return new LockedException(details);
      case 429:
        return new RateLimitedException(details);
      default:
        if (details.statusCode() >= 300 && details.statusCode() < 400) {
          return new RedirectException(details);
        }
        return details.statusCode() >= 500 ? new ServerException(details) : new ApiException(details);
    }
  }

  private static JsonObject parseObject(byte[] body) {
    if (body == null || body.length == 0) {
      return null;
    }
    try {
      JsonElement element = JsonParser.parseString(new String(body, StandardCharsets.UTF_8));
      return element.isJsonObject() ? element.getAsJsonObject() : null;
    } catch (RuntimeException notJson) {
      return null;
    }
  }

  private static String text(JsonObject json, String name) {
    JsonElement value = json.get(name);
    return value != null && value.isJsonPrimitive() ? value.getAsString() : null;
  }

  private static String describeBody(HttpHeaders headers, byte[] body) {
    String type = headers.firstValue("content-type").orElse("no content type");
    if (body == null || body.length == 0) {
      return "empty body (" + type + ")";
    }
    String text = new String(body, StandardCharsets.UTF_8).replaceAll("\\s+", " ").trim();
    if (type.contains("html")) {
      java.util.regex.Matcher title = java.util.regex.Pattern.compile("(?i)<title>([^<]*)</title>").matcher(text);
      text = title.find() ? title.group(1).trim() : "HTML page";
    }
    if (text.length() > MAX_TEXT) {
      text = text.substring(0, MAX_TEXT) + "...";
    }
    return "non-JSON body (" + type + "): " + text;
  }
}

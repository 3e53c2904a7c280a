package dev.neonjava.testkit;

import com.google.gson.JsonParseException;
import dev.neonjava.runtime.NeonGson;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.List;
import java.util.Map;

/** One request routed to an operation of the spec. */
final class Call {
  final String operationId;
  final String method;
  final Map<String, String> pathParams;
  final Map<String, List<String>> query;
  final byte[] body;
  final String apiKey;
  final Instant now;

  Call(String operationId, String method, Map<String, String> pathParams, Map<String, List<String>> query,
      byte[] body, String apiKey, Instant now) {
    this.operationId = operationId;
    this.method = method;
    this.pathParams = pathParams;
    this.query = query;
    this.body = body;
    this.apiKey = apiKey;
    this.now = now;
  }

  /**
   * Returns this call as of another instant (the control plane stamps calls under its lock).
   * @return this call as of another instant (the control plane stamps calls under its lock)
   */
  Call at(Instant instant) {
    return new Call(operationId, method, pathParams, query, body, apiKey, instant);
  }

  String path(String name) {
    return pathParams.get(name);
  }

  String query(String name) {
    List<String> values = query.get(name);
    return values == null || values.isEmpty() ? null : values.get(0);
  }

  Integer intQuery(String name, Integer fallback, int min, int max) {
    String text = query(name);
    if (text == null) {
      return fallback;
    }
    int value;
    try {
      value = Integer.parseInt(text.trim());
    } catch (NumberFormatException e) {
      throw ApiError.badRequest("invalid " + name + ": " + text);
    }
    if (value < min || value > max) {
      throw ApiError.badRequest(name + " must be between " + min + " and " + max + ", got " + value);
    }
    return value;
  }

  boolean boolQuery(String name) {
    return "true".equalsIgnoreCase(query(name));
  }

  boolean hasBody() {
    return body != null && body.length > 0;
  }

  <T> T body(Class<T> type) {
    if (!hasBody()) {
      throw ApiError.badRequest("request body is required");
    }
    try {
      T value = NeonGson.gson().fromJson(new String(body, StandardCharsets.UTF_8), type);
      if (value == null) {
        throw ApiError.badRequest("request body is required");
      }
      return value;
    } catch (JsonParseException | IllegalStateException e) {
      throw ApiError.badRequest("invalid request body: " + e.getMessage());
    }
  }

  <T> T optionalBody(Class<T> type) {
    return hasBody() ? body(type) : null;
  }
}

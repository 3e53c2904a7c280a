package dev.neonjava.testkit;

import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParseException;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;

/** Reading a request body as a JSON object, for behaviour that stores what it is sent (400 on bad input). */
final class JsonBodies {
  private JsonBodies() {
  }

  /**
   * Returns the request's body as a JSON object; 400 when there is none or it is not an object.
   * @return the request's body as a JSON object; 400 when there is none or it is not an object
   */
  static JsonObject object(Call c) {
    if (!c.hasBody()) {
      throw ApiError.badRequest("request body is required");
    }
    JsonElement body;
    try {
      body = JsonParser.parseString(new String(c.body, StandardCharsets.UTF_8));
    } catch (JsonParseException e) {
      throw ApiError.badRequest("invalid request body: " + e.getMessage());
    }
    if (!body.isJsonObject()) {
      throw ApiError.badRequest("the request body must be a JSON object");
    }
    return body.getAsJsonObject();
  }

  /**
   * Returns a member's text, or null when absent or not a string, number or boolean.
   * @return a member's text, or null when absent or not a string, number or boolean
   */
  static String string(JsonObject in, String field) {
    JsonElement e = in.get(field);
    return e == null || !e.isJsonPrimitive() ? null : e.getAsString();
  }

  /**
   * Returns a member's non-empty text; 400 naming the member otherwise.
   * @return a member's non-empty text; 400 naming the member otherwise
   */
  static String required(JsonObject in, String field) {
    String value = string(in, field);
    if (value == null || value.isEmpty()) {
      throw ApiError.badRequest(field + " is required");
    }
    return value;
  }
}

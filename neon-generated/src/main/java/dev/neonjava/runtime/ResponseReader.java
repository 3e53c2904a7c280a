package dev.neonjava.runtime;

import com.google.gson.Gson;
import com.google.gson.JsonParseException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.lang.reflect.Type;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;

/**
 * Turns a final response into the call's result: a non-2xx status into its exception (through
 * {@link ApiExceptions}), a 2xx body into the model; a 2xx without the body the operation returns
 * (JSON {@code null}, empty, a {@code 204} the operation does not declare) into a
 * {@link ResponseDecodingException} naming the operation and the status. Thread-safe.
 */
final class ResponseReader {
  private final Gson gson;

  ResponseReader(Gson gson) {
    this.gson = gson;
  }

  /**
   * @param exchange the call
   * @param response its final response
   * @param responseType the type of the 2xx body ({@code Void.class} for none)
   * @param <T> the response type
   * @return the decoded body, or null where the operation declares no body (or returns none)
   * @throws NeonException the {@link ApiException} for a non-2xx status, or a
   *     {@link ResponseDecodingException} for a 2xx body that breaks the contract
   */
  <T> T read(Exchange exchange, HttpResponse<byte[]> response, Type responseType) {
    int status = response.statusCode();
    byte[] body = response.body();
    if (status < 200 || status >= 300) {
      throw ApiExceptions.of(exchange.request(), status, response.headers(), body, exchange.attempts());
    }
    if (responseType == BinaryResponse.class) {
      java.io.InputStream stream = exchange.takeStream();
      @SuppressWarnings("unchecked")
      T binary = (T) new BinaryResponse(status, response.headers(),
          stream != null ? stream : new ByteArrayInputStream(body == null ? new byte[0] : body));
      return binary;
    }
    if (responseType == byte[].class) {
      @SuppressWarnings("unchecked")
      T bytes = (T) (body == null ? new byte[0] : body);
      return bytes;
    }
    if (responseType == Void.class) {
      return null;
    }
    String op = exchange.request().operationId();
    if (body == null || body.length == 0) {
      if (exchange.request().allowsNoBody(status)) {
        return null; // declared: e.g. 204 for a resource that was already deleted
      }
      throw new ResponseDecodingException(op, status, "no body, but the operation returns " + typeName(responseType));
    }
    T decoded;
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(body), StandardCharsets.UTF_8)) {
      decoded = gson.fromJson(reader, responseType);
    } catch (JsonParseException | IOException | IllegalStateException | IllegalArgumentException e) {
      throw new ResponseDecodingException(op, status, e);
    }
    if (decoded == null) {
      throw new ResponseDecodingException(op, status, "a null body, but the operation returns " + typeName(responseType));
    }
    return decoded;
  }

  private static String typeName(Type type) {
    return type instanceof Class ? ((Class<?>) type).getSimpleName() : type.getTypeName();
  }

}

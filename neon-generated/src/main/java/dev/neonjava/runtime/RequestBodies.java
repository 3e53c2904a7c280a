package dev.neonjava.runtime;

import com.google.gson.Gson;
import java.net.http.HttpRequest;
import java.nio.charset.StandardCharsets;
import java.util.Map;
import java.util.StringJoiner;

/**
 * Encodes a request's body by the content type its operation declares: {@code multipart/form-data}
 * from the form fields, {@code application/x-www-form-urlencoded}, {@code application/octet-stream}
 * from {@link BinaryContent} or bytes, and JSON (through {@link NeonGson}) for everything else.
 */
final class RequestBodies {
  private RequestBodies() {
  }

  static void apply(HttpRequest.Builder http, ApiRequest request, Gson gson) {
    String declared = request.contentType();
    Object body = request.body();
    String method = request.method();
    boolean hasForm = request.formParams().values().stream().anyMatch(v -> v != null);
    if (is(declared, "application/x-www-form-urlencoded")) {
      http.header("Content-Type", "application/x-www-form-urlencoded");
      http.method(method, HttpRequest.BodyPublishers.ofString(urlEncoded(request.formParams()), StandardCharsets.UTF_8));
    } else if (is(declared, "multipart/form-data") || body == null && hasForm) {
      MultipartBody multipart = MultipartBody.of(request.formParams());
      http.header("Content-Type", multipart.contentType());
      http.method(method, multipart.publisher());
    } else if (body instanceof BinaryContent) {
      BinaryContent content = (BinaryContent) body;
      http.header("Content-Type", declared != null && !is(declared, "*/*") ? declared : content.contentType());
      HttpRequest.BodyPublisher stream = HttpRequest.BodyPublishers.ofInputStream(content::open);
      http.method(method, content.length() >= 0 ? HttpRequest.BodyPublishers.fromPublisher(stream, content.length()) : stream);
    } else if (body instanceof byte[]) {
      http.header("Content-Type", declared != null ? declared : "application/octet-stream");
      http.method(method, HttpRequest.BodyPublishers.ofByteArray((byte[]) body));
    } else if (body != null) {
      http.header("Content-Type", "application/json");
      http.method(method, HttpRequest.BodyPublishers.ofString(RequestEncoding.toJson(gson, body), StandardCharsets.UTF_8));
    } else {
      http.method(method, HttpRequest.BodyPublishers.noBody());
    }
  }

  private static boolean is(String declared, String mediaType) {
    return declared != null && declared.regionMatches(true, 0, mediaType, 0, mediaType.length());
  }

  private static String urlEncoded(Map<String, Object> fields) {
    StringJoiner out = new StringJoiner("&");
    fields.forEach((name, value) -> {
      if (value instanceof Iterable) {
        for (Object element : (Iterable<?>) value) {
          out.add(ApiRequest.encode(name) + "=" + ApiRequest.encode(ApiRequest.text(name, element)));
        }
      } else if (value != null) {
        out.add(ApiRequest.encode(name) + "=" + ApiRequest.encode(ApiRequest.text(name, value)));
      }
    });
    return out.toString();
  }
}

package dev.neonjava.testkit;

import dev.neonjava.runtime.NeonGson;
import java.nio.charset.StandardCharsets;
import java.util.LinkedHashMap;
import java.util.Map;

/** What the emulator answers to one request, before it is handed to the HTTP server. */
final class Reply {
  static final String JSON = "application/json";

  final int status;
  final String contentType;
  final byte[] body;
  final Map<String, String> headers = new LinkedHashMap<>();
  /** a connection-level failure instead of a response, or null */
  Fault.Kind connectionFault;
  /** the injected fault that shaped this reply, or null */
  Fault.Kind fault;
  long delayMillis;
  /** whether the response is checked against the spec (not for injected faults) */
  boolean validate = true;

  private Reply(int status, String contentType, byte[] body) {
    this.status = status;
    this.contentType = contentType;
    this.body = body;
  }

  static Reply json(int status, Object model) {
    return new Reply(status, JSON, NeonGson.gson().toJson(model).getBytes(StandardCharsets.UTF_8));
  }

  static Reply raw(int status, String contentType, String body) {
    return new Reply(status, contentType, body == null ? new byte[0] : body.getBytes(StandardCharsets.UTF_8));
  }

  static Reply binary(int status, String contentType, byte[] body) {
    return new Reply(status, contentType, body.clone());
  }

  static Reply noContent() {
    return new Reply(204, null, new byte[0]);
  }

  static Reply connectionFault(Fault.Kind kind) {
    Reply r = new Reply(-1, null, new byte[0]);
    r.connectionFault = kind;
    r.validate = false;
    return r;
  }

  Reply header(String name, String value) {
    headers.put(name, value);
    return this;
  }

  String bodyText() {
    return new String(body, StandardCharsets.UTF_8);
  }
}

package dev.neonjava.conformance;

import com.google.gson.Gson;
import com.google.gson.JsonElement;
import com.google.gson.JsonParser;
import dev.neonjava.runtime.BinaryContent;
import dev.neonjava.runtime.BinaryResponse;
import dev.neonjava.runtime.NeonGson;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import io.swagger.v3.oas.models.parameters.RequestBody;
import io.swagger.v3.oas.models.responses.ApiResponse;
import java.io.InputStream;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Type;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * One operation of spec/ and its generated method: builds a request with every parameter and body
 * field set for a {@link Profile}, plans a schema-valid answer, calls the method and checks the three
 * columns of the suite (request valid, response decoded, re-encoding round-trips).
 */
final class OperationCase {
  private static final Gson GSON = NeonGson.gson();
  static final java.util.concurrent.atomic.AtomicLong BUILD_NANOS = new java.util.concurrent.atomic.AtomicLong();
  static final java.util.concurrent.atomic.AtomicLong CALL_NANOS = new java.util.concurrent.atomic.AtomicLong();
  /** How many enum parameters were set to an unknown value to check that the client refuses it. */
  static final java.util.concurrent.atomic.AtomicInteger REFUSALS_CHECKED = new java.util.concurrent.atomic.AtomicInteger();
  /** Writes the planned answers as built, JSON nulls included. */
  private static final Gson PLAIN = new com.google.gson.GsonBuilder().serializeNulls().disableHtmlEscaping().create();

  final String operationId;
  final String httpMethod;
  final String path;
  private final PathItem item;
  private final Operation operation;
  private final OpenAPI api;
  private final SchemaValues values;

  OperationCase(OpenAPI api, SchemaValues values, String path, PathItem item, PathItem.HttpMethod method, Operation operation) {
    this.api = api;
    this.values = values;
    this.path = path;
    this.item = item;
    this.httpMethod = method.name();
    this.operation = operation;
    this.operationId = operation.getOperationId();
  }

  /** The enum lists reachable from the operation's parameters and bodies, by identity. */
  final Set<Object> enums = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());

  /**
   * @return the most rounds the operation needs to use every value of its enums: as many as its
   *     widest enum has values (fewer when long arrays use several values per round)
   */
  @SuppressWarnings("rawtypes")
  int maxRounds() {
    int width = 2;
    Set<Object> seen = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    for (Parameter p : parameters()) {
      width = Math.max(width, values.enumWidth(p.getSchema() != null || p.getContent() == null ? p.getSchema()
          : p.getContent().values().iterator().next().getSchema(), seen, enums));
    }
    for (Schema s : bodySchemas()) {
      width = Math.max(width, values.enumWidth(s, seen, enums));
    }
    return width;
  }

  @SuppressWarnings("rawtypes")
  private List<Schema> bodySchemas() {
    List<Schema> schemas = new ArrayList<>();
    RequestBody body = requestBody();
    if (body != null && body.getContent() != null) {
      body.getContent().values().forEach(m -> schemas.add(m.getSchema()));
    }
    ApiResponse response = success();
    if (response != null && response.getContent() != null) {
      response.getContent().values().forEach(m -> schemas.add(m.getSchema()));
    }
    return schemas;
  }

  List<Parameter> parameters() {
    Map<String, Parameter> all = new LinkedHashMap<>();
    List<Parameter> declared = new ArrayList<>();
    if (item.getParameters() != null) {
      declared.addAll(item.getParameters());
    }
    if (operation.getParameters() != null) {
      declared.addAll(operation.getParameters());
    }
    for (Parameter p : declared) {
      Parameter resolved = p;
      if (p.get$ref() != null) {
        resolved = api.getComponents().getParameters().get(p.get$ref().substring(p.get$ref().lastIndexOf('/') + 1));
      }
      all.put(resolved.getIn() + ":" + resolved.getName(), resolved);
    }
    return new ArrayList<>(all.values());
  }

  private RequestBody requestBody() {
    RequestBody body = operation.getRequestBody();
    if (body != null && body.get$ref() != null) {
      body = api.getComponents().getRequestBodies().get(body.get$ref().substring(body.get$ref().lastIndexOf('/') + 1));
    }
    return body;
  }

  private String successStatus() {
    return operation.getResponses().keySet().stream().filter(k -> k.startsWith("2")).sorted().findFirst().orElse(null);
  }

  private ApiResponse success() {
    String status = successStatus();
    ApiResponse response = status == null ? null : operation.getResponses().get(status);
    if (response != null && response.get$ref() != null) {
      response = api.getComponents().getResponses().get(response.get$ref().substring(response.get$ref().lastIndexOf('/') + 1));
    }
    return response;
  }

  /**
   * Runs one round.
   * @param javaMethod the generated synchronous method
   * @param apiInstance the API object it belongs to
   * @param mock the loopback server
   * @param p the round
   * @return the outcome
   */
  @SuppressWarnings("rawtypes")
  Outcome run(Method javaMethod, Object apiInstance, LoopbackMock mock, Profile p) throws ReflectiveOperationException {
    long t0 = System.nanoTime();
    Outcome outcome = new Outcome(operationId, p);
    Class<?> paramsType = javaMethod.getParameterTypes()[0];
    Object builder = paramsType.getMethod("builder").invoke(null);
    Map<String, Method> setters = new HashMap<>();
    for (Method m : builder.getClass().getMethods()) {
      if (m.getParameterCount() == 1 && m.getReturnType() == builder.getClass()) {
        setters.put(normalize(m.getName()), m);
      }
    }
    Set<Method> used = new HashSet<>();
    for (Parameter param : parameters()) {
      Method setter = setters.get(normalize(param.getName()));
      if (setter == null) {
        outcome.request("no builder method for " + param.getIn() + " parameter " + param.getName());
        continue;
      }
      Schema paramSchema = param.getSchema() != null || param.getContent() == null || param.getContent().isEmpty()
          ? param.getSchema() : param.getContent().values().iterator().next().getSchema();
      JsonElement json = values.value(paramSchema, p, true);
      if (Boolean.TRUE.equals(param.getRequired()) && json.isJsonArray() && json.getAsJsonArray().size() == 0) {
        // a required array parameter needs an item to be sent at all: the shortest such array
        JsonElement first = values.value(paramSchema, Profile.of(p.round * 2, false), true).getAsJsonArray().get(0);
        json = new com.google.gson.JsonArray();
        json.getAsJsonArray().add(first);
      }
      try {
        setter.invoke(builder, (Object) GSON.fromJson(json, setter.getGenericParameterTypes()[0]));
      } catch (RuntimeException e) {
        outcome.request("cannot set " + param.getIn() + " parameter " + param.getName() + " ("
            + setter.getGenericParameterTypes()[0].getTypeName() + ") to " + json + ": " + e.getMessage());
        return outcome;
      }
      used.add(setter);
    }
    JsonElement sentBody = null;
    Map<String, byte[]> sentParts = null;
    byte[] sentBytes = null;
    String bodyType = null;
    RequestBody body = requestBody();
    if (body != null && body.getContent() != null && !body.getContent().isEmpty()) {
      Map.Entry<String, MediaType> content = body.getContent().entrySet().iterator().next();
      bodyType = content.getKey();
      if (bodyType.startsWith("multipart/form-data") || bodyType.startsWith("application/x-www-form-urlencoded")) {
        sentParts = new LinkedHashMap<>();
        Schema form = values.merged(content.getValue().getSchema());
        for (Object entry : form.getProperties().entrySet()) {
          Map.Entry<String, Schema> field = (Map.Entry<String, Schema>) entry;
          Method setter = setters.get(normalize(field.getKey()));
          if (setter == null) {
            outcome.request("no builder method for form field " + field.getKey());
            continue;
          }
          Schema fieldSchema = values.resolve(field.getValue());
          if ("binary".equals(fieldSchema.getFormat())) {
            byte[] bytes = sample(p, 4096);
            setter.invoke(builder, binary(setter, bytes));
            sentParts.put(field.getKey(), bytes);
          } else {
            JsonElement json = values.value(fieldSchema, p, true);
            if (json.isJsonNull()) {
              continue;
            }
            setter.invoke(builder, (Object) GSON.fromJson(json, setter.getGenericParameterTypes()[0]));
            sentParts.put(field.getKey(), (json.isJsonPrimitive() ? json.getAsString() : json.toString()).getBytes(StandardCharsets.UTF_8));
          }
          used.add(setter);
        }
      } else {
        Method setter = setters.values().stream().filter(m -> !used.contains(m)).findFirst().orElse(null);
        if (setter == null) {
          outcome.request("no builder method for the " + bodyType + " body");
        } else if (bodyType.contains("json")) {
          sentBody = values.value(content.getValue().getSchema(), p, true);
          setter.invoke(builder, (Object) GSON.fromJson(sentBody, setter.getGenericParameterTypes()[0]));
        } else {
          sentBytes = sample(p, 1 << 16);
          setter.invoke(builder, binary(setter, sentBytes));
        }
      }
    }
    Object params = builder.getClass().getMethod("build").invoke(builder);
    BUILD_NANOS.addAndGet(System.nanoTime() - t0);

    Planned plan = plan(p);
    plan.answer.validate = p.round < 2;
    mock.plan(plan.answer);
    Object result;
    long t1 = System.nanoTime();
    try {
      result = javaMethod.invoke(apiInstance, params);
      CALL_NANOS.addAndGet(System.nanoTime() - t1);
    } catch (InvocationTargetException e) {
      Throwable cause = e.getCause();
      outcome.decode("call failed: " + cause + (cause.getCause() != null ? " caused by " + cause.getCause() : ""));
      checkRequest(outcome, mock.received(), bodyType, sentBody, sentParts, sentBytes);
      return outcome;
    }
    checkRequest(outcome, mock.received(), bodyType, sentBody, sentParts, sentBytes);
    if (!p.unknownEnums && mock.received() != null && !mock.received().responseViolations.isEmpty()) {
      outcome.mock("the answer built from spec/ does not validate against it: " + mock.received().responseViolations);
    }
    checkResponse(outcome, javaMethod.getGenericReturnType(), result, plan);
    if (p.unknownEnums) {
      refusesUnknownEnumValues(outcome, javaMethod, apiInstance, mock, params, setters);
    }
    return outcome;
  }

  /**
   * An enum parameter set to a value the spec does not know is refused before anything is sent
   * (the request side of the unknown-value round).
   */
  private void refusesUnknownEnumValues(Outcome outcome, Method javaMethod, Object apiInstance, LoopbackMock mock,
      Object params, Map<String, Method> setters) throws ReflectiveOperationException {
    for (Parameter param : parameters()) {
      Method setter = setters.get(normalize(param.getName()));
      if (setter == null || !dev.neonjava.runtime.OpenEnum.class.isAssignableFrom(setter.getParameterTypes()[0])) {
        continue;
      }
      Object builder = params.getClass().getMethod("toBuilder").invoke(params);
      setter.invoke(builder, (Object) GSON.fromJson(new com.google.gson.JsonPrimitive("unknown-value-ü"), setter.getParameterTypes()[0]));
      Object changed = builder.getClass().getMethod("build").invoke(builder);
      mock.plan(new LoopbackMock.Planned(200, null, new byte[0]));
      REFUSALS_CHECKED.incrementAndGet();
      try {
        javaMethod.invoke(apiInstance, changed);
        outcome.request("an unknown value of enum parameter " + param.getName() + " was sent");
      } catch (InvocationTargetException e) {
        if (!(e.getCause() instanceof IllegalArgumentException) || mock.received() != null) {
          outcome.request("an unknown value of enum parameter " + param.getName() + " was not refused: " + e.getCause());
        }
      }
    }
  }

  private void checkRequest(Outcome outcome, LoopbackMock.Received r, String bodyType, JsonElement sentBody,
      Map<String, byte[]> sentParts, byte[] sentBytes) {
    if (r == null) {
      outcome.request("no request reached the server");
      return;
    }
    r.requestViolations.forEach(outcome::request);
    String contentType = r.header("Content-Type");
    if (bodyType != null && (contentType == null || !contentType.startsWith(bodyType))) {
      outcome.request("Content-Type " + contentType + ", the spec says " + bodyType);
    }
    String accept = r.header("Accept");
    ApiResponse success = success();
    if (success != null && success.getContent() != null) {
      for (String produced : success.getContent().keySet()) {
        if (accept == null || !accept.contains(produced)) {
          outcome.request("Accept " + accept + " does not include " + produced);
        }
      }
    }
    if (sentBody != null) {
      String received = r.body.length == 0 ? "(none)" : CanonicalJson.of(JsonParser.parseString(new String(r.body, StandardCharsets.UTF_8)));
      if (!received.equals(CanonicalJson.of(sentBody))) {
        outcome.request("body sent differs from the body built: " + received + " vs " + CanonicalJson.of(sentBody));
      }
    }
    if (sentParts != null) {
      try {
        Map<String, byte[]> parts = Multipart.parts(contentType, r.body);
        if (!parts.keySet().equals(sentParts.keySet())) {
          outcome.request("multipart parts " + parts.keySet() + ", expected " + sentParts.keySet());
        }
        sentParts.forEach((name, bytes) -> {
          if (parts.containsKey(name) && !Arrays.equals(parts.get(name), bytes)) {
            outcome.request("multipart part " + name + " differs from what was set");
          }
        });
      } catch (IllegalArgumentException e) {
        outcome.request("multipart body unreadable: " + e.getMessage());
      }
    }
    if (sentBytes != null && !Arrays.equals(r.body, sentBytes)) {
      outcome.request("binary body differs from what was set (" + r.body.length + " bytes received)");
    }
  }

  private void checkResponse(Outcome outcome, Type returnType, Object result, Planned plan) {
    if (plan.json != null) {
      if (result == null) {
        outcome.decode("decoded to null");
        return;
      }
      String again = CanonicalJson.of(GSON.toJsonTree(result, returnType));
      String sent = CanonicalJson.of(plan.json);
      if (!again.equals(sent)) {
        outcome.roundTrip("re-encoded " + abbreviate(again) + " but received " + abbreviate(sent));
      }
      outcome.roundTripChecked();
    } else if (plan.answer.contentType != null) {
      if (!(result instanceof BinaryResponse)) {
        outcome.decode("binary answer decoded as " + (result == null ? "null" : result.getClass().getName()));
        return;
      }
      try (BinaryResponse binary = (BinaryResponse) result; InputStream in = binary.body()) {
        if (!plan.answer.contentType.equals(binary.contentType()) || binary.status() != plan.answer.status) {
          outcome.decode("binary answer " + binary + ", sent " + plan.answer.status + " " + plan.answer.contentType);
        }
        if (!Arrays.equals(in.readAllBytes(), plan.answer.body)) {
          outcome.roundTrip("binary content differs from what was sent");
        }
        outcome.roundTripChecked();
      } catch (java.io.IOException e) {
        outcome.decode("binary answer unreadable: " + e);
      }
    }
  }

  private static String abbreviate(String text) {
    return text.length() > 600 ? text.substring(0, 600) + "..." : text;
  }

  /** The planned answer and, for JSON, the value it holds. */
  private static final class Planned {
    final LoopbackMock.Planned answer;
    final JsonElement json;

    Planned(LoopbackMock.Planned answer, JsonElement json) {
      this.answer = answer;
      this.json = json;
    }
  }

  private Planned plan(Profile p) {
    int status = Integer.parseInt(successStatus());
    ApiResponse response = success();
    if (response == null || response.getContent() == null || response.getContent().isEmpty()) {
      return new Planned(new LoopbackMock.Planned(status, null, new byte[0]), null);
    }
    Map.Entry<String, MediaType> content = response.getContent().entrySet().iterator().next();
    if (content.getKey().contains("json")) {
      JsonElement json = values.value(content.getValue().getSchema(), p, false);
      return new Planned(new LoopbackMock.Planned(status, content.getKey(),
          PLAIN.toJson(json).getBytes(StandardCharsets.UTF_8)), json);
    }
    return new Planned(new LoopbackMock.Planned(status, content.getKey(), sample(p, 1 << 20)), null);
  }

  /** @return {@code size} bytes covering every byte value in high rounds, one zero byte in low rounds */
  private static byte[] sample(Profile p, int size) {
    if (!p.high) {
      return new byte[] {0};
    }
    byte[] bytes = new byte[size];
    new java.util.Random(p.round).nextBytes(bytes);
    for (int i = 0; i < 256 && i < size; i++) {
      bytes[i] = (byte) i;
    }
    return bytes;
  }

  private static Object binary(Method setter, byte[] bytes) {
    return setter.getParameterTypes()[0] == byte[].class ? bytes : BinaryContent.of(bytes);
  }

  static String normalize(String name) {
    return name.toLowerCase(Locale.ROOT).replaceAll("[^a-z0-9]", "");
  }
}

package dev.neonjava.it;

import static org.assertj.core.api.Assertions.assertThat;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import com.google.gson.Gson;
import com.google.gson.JsonArray;
import com.google.gson.JsonElement;
import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import com.google.gson.annotations.SerializedName;
import com.google.gson.reflect.TypeToken;
import dev.neonjava.runtime.NeonGson;
import dev.neonjava.runtime.NeonModel;
import dev.neonjava.runtime.OpenEnum;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.lang.reflect.Field;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.lang.reflect.Type;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The example responses of seed 004 (fixtures in {@code seed-examples/}, listed in
 * {@code seed-examples/index.json}) are valid responses of {@code spec/neon-api.yaml} and decode into
 * the generated models without losing anything.
 *
 * <p>A fixture that deviates from the spec is not skipped: its index entry lists each deviation
 * ({@code kind}, {@code pointer}, {@code reason}) and the test asserts exactly those deviations.
 * Kinds: {@code validation} (a validator error, with its {@code key}), {@code undocumentedField} (a
 * member no model field describes; it lands in the model's additional properties) and
 * {@code unknownEnum} (a value the spec's enum lacks; it decodes but refuses to be serialized).
 */
class SeedExamplesTest {
  private static final int SEED_EXAMPLES = 34;
  private static final String BASE_PATH = "/api/v2";
  private static final String API_PACKAGE = "dev.neonjava.generated.api.";
  private static final Gson GSON = NeonGson.gson();

  private static Path spec;
  private static OpenApiInteractionValidator validator;

  @BeforeAll
  static void setUp() {
    spec = Paths.get(System.getProperty("neon.spec", "../spec/neon-api.yaml")).toAbsolutePath();
    // OpenAPI 3.0 allows members a schema does not list; the validator would otherwise inject
    // additionalProperties: false into every schema, which rejects every allOf composition.
    // Undocumented members are caught by the decoding test instead (undocumentedField).
    validator = OpenApiInteractionValidator.createForSpecificationUrl(spec.toUri().toString())
        .withLevelResolver(LevelResolver.create()
            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  static Stream<Example> examples() throws IOException {
    JsonObject index = JsonParser.parseString(read("index.json")).getAsJsonObject();
    List<Example> list = new ArrayList<>();
    for (JsonElement entry : index.getAsJsonArray("examples")) {
      list.add(new Example(entry.getAsJsonObject()));
    }
    return list.stream();
  }

  /** The fixture directory (test resources, copied to test-classes). */
  private static Path dir() {
    try {
      return Paths.get(SeedExamplesTest.class.getResource("/seed-examples/index.json").toURI()).getParent();
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }

  @Test
  void indexListsEveryFixtureOnceAndMatchesTheSpec() throws IOException {
    List<Example> all = examples().collect(Collectors.toList());
    assertThat(all).hasSize(SEED_EXAMPLES);
    Set<String> files;
    try (Stream<Path> listing = Files.list(dir())) {
      files = listing.map(p -> p.getFileName().toString()).filter(n -> !n.equals("index.json"))
          .collect(Collectors.toCollection(TreeSet::new));
    }
    assertThat(all).extracting(e -> e.file).containsExactlyInAnyOrderElementsOf(files);
    assertThat(all).extracting(e -> e.operationId).doesNotHaveDuplicates();

    OpenAPI api = new OpenAPIV3Parser().read(spec.toString());
    List<String> problems = new ArrayList<>();
    for (Example e : all) {
      if (!e.file.equals(e.operationId + ".json")) {
        problems.add(e + ": file is not named after the operationId");
      }
      PathItem item = api.getPaths().get(e.path);
      Operation op = item == null ? null
          : item.readOperationsMap().get(PathItem.HttpMethod.valueOf(e.method));
      if (op == null) {
        problems.add(e + ": no such operation in the spec");
        continue;
      }
      if (!e.operationId.equals(op.getOperationId())) {
        problems.add(e + ": the spec names it " + op.getOperationId());
      }
      if (!op.getResponses().containsKey(String.valueOf(e.status))) {
        problems.add(e + ": status " + e.status + " not declared");
      }
      if (!e.requestPath.matches(e.path.replaceAll("\\{[^}]+}", "[^/]+"))) {
        problems.add(e + ": requestPath " + e.requestPath + " does not match the path template");
      }
    }
    assertThat(problems).isEmpty();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void validatesAgainstItsResponseSchema(Example e) throws IOException {
    ValidationReport report = validate(e, read(e.file));

    List<String> errors = report.getMessages().stream()
        .filter(m -> m.getLevel() == ValidationReport.Level.ERROR)
        .map(m -> m.getKey() + " at " + m.getContext()
            .flatMap(ValidationReport.MessageContext::getPointers)
            .map(ValidationReport.MessageContext.Pointers::getInstance).orElse("?")
            + " (" + m.getMessage() + ")")
        .collect(Collectors.toList());
    List<String> expected = e.deviations("validation").stream()
        .map(d -> d.get("key").getAsString() + " at " + d.get("pointer").getAsString())
        .collect(Collectors.toList());
    assertThat(errors.stream().map(s -> s.substring(0, s.indexOf(" (")))).as("validator errors: %s", errors)
        .containsExactlyInAnyOrderElementsOf(expected);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("examples")
  void decodesIntoTheGeneratedModelWithoutLoss(Example e) throws Exception {
    String json = read(e.file);
    Type type = responseType(e);
    Object decoded = GSON.fromJson(json, TypeToken.get(type));
    assertThat(decoded).isNotNull();

    Map<String, List<String>> found = new TreeMap<>();
    found.put("undocumentedField", new ArrayList<>());
    found.put("unknownEnum", new ArrayList<>());
    walk(decoded, "", found);
    for (String kind : found.keySet()) {
      assertThat(found.get(kind)).as(kind + " members of " + e)
          .containsExactlyInAnyOrderElementsOf(e.deviations(kind).stream()
              .map(d -> d.get("pointer").getAsString()).collect(Collectors.toList()));
    }

    JsonElement original = JsonParser.parseString(json);
    // unknown enum values are readable (walk found them) and written back as received; only a
    // request body refuses them (ModelCompatibilityTest)
    JsonElement written = GSON.toJsonTree(decoded, type);
    List<String> differences = new ArrayList<>();
    diff(original, written, "", differences);
    assertThat(differences).as("round trip of %s through %s", e, type.getTypeName()).isEmpty();
    assertThat(written).isEqualTo(original);
  }

  @Test
  void theValidatorRejectsABrokenExample() throws Exception {
    Example e = examples().filter(x -> x.operationId.equals("getProjectOperation")).findFirst().orElseThrow();
    JsonObject broken = JsonParser.parseString(read(e.file)).getAsJsonObject();
    broken.getAsJsonObject("operation").addProperty("failures_count", "none");
    broken.getAsJsonObject("operation").remove("status");

    List<String> keys = validate(e, broken.toString()).getMessages().stream()
        .map(ValidationReport.Message::getKey).collect(Collectors.toList());
    assertThat(keys).contains("validation.response.body.schema.type", "validation.response.body.schema.required");
  }

  private static ValidationReport validate(Example e, String body) {
    return validator.validateResponse(BASE_PATH + e.requestPath, Request.Method.valueOf(e.method),
        SimpleResponse.Builder.status(e.status).withContentType("application/json").withBody(body).build());
  }

  /** The return type of the generated API method named after the operationId. */
  private static Type responseType(Example e) throws ClassNotFoundException {
    List<Method> methods = new ArrayList<>();
    for (Method m : Class.forName(API_PACKAGE + e.api).getMethods()) {
      if (m.getName().equals(e.operationId)) {
        methods.add(m);
      }
    }
    assertThat(methods).as("generated method %s.%s", e.api, e.operationId).isNotEmpty();
    Type type = methods.get(0).getGenericReturnType();
    for (Method m : methods) {
      assertThat(m.getGenericReturnType()).isEqualTo(type);
    }
    assertThat(type).isNotIn(void.class, Void.class, Object.class);
    return type;
  }

  /** Collects members kept as additional properties and enum values unknown to the spec. */
  private static void walk(Object value, String pointer, Map<String, List<String>> found)
      throws IllegalAccessException {
    if (value == null) {
      return;
    }
    if (value instanceof Collection) {
      int i = 0;
      for (Object item : (Collection<?>) value) {
        walk(item, pointer + "/" + i++, found);
      }
      return;
    }
    if (value instanceof Map) {
      for (Map.Entry<?, ?> entry : ((Map<?, ?>) value).entrySet()) {
        walk(entry.getValue(), pointer + "/" + entry.getKey(), found);
      }
      return;
    }
    if (value instanceof OpenEnum) {
      if (!((OpenEnum) value).isKnown()) {
        found.get("unknownEnum").add(pointer);
      }
      return;
    }
    if (!value.getClass().getName().startsWith("dev.neonjava.generated.")) {
      return;
    }
    if (value instanceof NeonModel) {
      for (String name : ((NeonModel) value).getAdditionalProperties().keySet()) {
        found.get("undocumentedField").add(pointer + "/" + name);
      }
    }
    for (Class<?> c = value.getClass(); c != null && c != Object.class; c = c.getSuperclass()) {
      for (Field field : c.getDeclaredFields()) {
        if (Modifier.isStatic(field.getModifiers()) || Modifier.isTransient(field.getModifiers())) {
          continue;
        }
        field.setAccessible(true);
        SerializedName name = field.getAnnotation(SerializedName.class);
        walk(field.get(value), pointer + "/" + (name != null ? name.value() : field.getName()), found);
      }
    }
  }

  /** Lists where two JSON trees differ (numbers compare by value: 2 equals 2.0). */
  private static void diff(JsonElement expected, JsonElement actual, String pointer, List<String> out) {
    if (expected.equals(actual)) {
      return;
    }
    if (expected.isJsonObject() && actual.isJsonObject()) {
      JsonObject a = actual.getAsJsonObject();
      for (Map.Entry<String, JsonElement> member : expected.getAsJsonObject().entrySet()) {
        if (!a.has(member.getKey())) {
          out.add(pointer + "/" + member.getKey() + ": lost");
        } else {
          diff(member.getValue(), a.get(member.getKey()), pointer + "/" + member.getKey(), out);
        }
      }
      for (String name : a.keySet()) {
        if (!expected.getAsJsonObject().has(name)) {
          out.add(pointer + "/" + name + ": added " + a.get(name));
        }
      }
    } else if (expected.isJsonArray() && actual.isJsonArray()) {
      JsonArray x = expected.getAsJsonArray();
      JsonArray y = actual.getAsJsonArray();
      if (x.size() != y.size()) {
        out.add(pointer + ": " + x.size() + " items became " + y.size());
        return;
      }
      for (int i = 0; i < x.size(); i++) {
        diff(x.get(i), y.get(i), pointer + "/" + i, out);
      }
    } else {
      out.add(pointer + ": " + expected + " became " + actual);
    }
  }

  private static String read(String file) throws IOException {
    return new String(Files.readAllBytes(dir().resolve(file)), StandardCharsets.UTF_8);
  }

  /** One entry of seed-examples/index.json. */
  static final class Example {
    final String file;
    final String operationId;
    final String method;
    final String path;
    final int status;
    final String requestPath;
    final String api;
    final JsonArray deviations;

    Example(JsonObject o) {
      file = o.get("file").getAsString();
      operationId = o.get("operationId").getAsString();
      method = o.get("method").getAsString();
      path = o.get("path").getAsString();
      status = o.get("status").getAsInt();
      requestPath = o.get("requestPath").getAsString();
      api = o.get("api").getAsString();
      deviations = o.has("deviations") ? o.getAsJsonArray("deviations") : new JsonArray();
      for (JsonElement d : deviations) {
        JsonObject dev = d.getAsJsonObject();
        if (!dev.has("kind") || !dev.has("pointer") || !dev.has("reason")
            || dev.get("reason").getAsString().isBlank()) {
          throw new IllegalArgumentException(file + ": a deviation needs kind, pointer and reason: " + dev);
        }
      }
    }

    List<JsonObject> deviations(String kind) {
      List<JsonObject> list = new ArrayList<>();
      for (JsonElement d : deviations) {
        if (d.getAsJsonObject().get("kind").getAsString().equals(kind)) {
          list.add(d.getAsJsonObject());
        }
      }
      return list;
    }

    @Override
    public String toString() {
      return operationId + " (" + method + " " + path + " " + status + ")";
    }
  }
}

package dev.neonjava.conformance;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.ValidationReport;
import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.URI;
import java.net.URLDecoder;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A loopback HTTP server that validates each request against spec/ (swagger-request-validator),
 * records it, and answers the response planned for it; the response is validated too, so that the
 * suite notices when its own mock breaks the contract.
 */
final class LoopbackMock implements AutoCloseable {
  static final String BASE_PATH = "/api/v2";
  static final java.util.concurrent.atomic.AtomicLong REQUEST_NANOS = new java.util.concurrent.atomic.AtomicLong();
  static final java.util.concurrent.atomic.AtomicLong RESPONSE_NANOS = new java.util.concurrent.atomic.AtomicLong();

  /** The answer to give to the next request. */
  static final class Planned {
    final int status;
    final String contentType;
    final byte[] body;
    /** Whether to validate the answer too (the suite checks its own answers in the high and low rounds). */
    boolean validate = true;

    Planned(int status, String contentType, byte[] body) {
      this.status = status;
      this.contentType = contentType;
      this.body = body;
    }
  }

  /** One request as received, with what the validator said about it and about the answer. */
  static final class Received {
    String method;
    String rawPath;
    Map<String, List<String>> headers;
    byte[] body;
    final List<String> requestViolations = new ArrayList<>();
    final List<String> responseViolations = new ArrayList<>();

    String header(String name) {
      return headers.entrySet().stream().filter(e -> e.getKey().equalsIgnoreCase(name))
          .map(e -> e.getValue().get(0)).findFirst().orElse(null);
    }
  }

  private final HttpServer server;
  private final OpenApiInteractionValidator validator;
  private volatile Planned planned;
  private volatile Received received;

  LoopbackMock(Path spec) throws IOException {
    io.swagger.v3.oas.models.OpenAPI api = new io.swagger.v3.parser.OpenAPIV3Parser().read(spec.toString());
    declareDiscriminators(api);
    Path copy = java.nio.file.Files.createTempFile("conformance-spec", ".json");
    copy.toFile().deleteOnExit();
    java.nio.file.Files.writeString(copy, io.swagger.v3.core.util.Json.pretty(api));
    this.validator = OpenApiInteractionValidator.createForSpecificationUrl(copy.toUri().toString())
        .withBasePathOverride(BASE_PATH)
        .withResolveCombinators(true)
        .build();
    // answer without waiting for delayed ACKs (Nagle): 40 ms per call otherwise
    System.setProperty("sun.net.httpserver.nodelay", "true");
    this.server = HttpServer.create(new InetSocketAddress(InetAddress.getLoopbackAddress(), 0), 0);
    server.createContext("/", this::handle);
    server.start();
  }

  /**
   * The validator refuses a discriminator whose property the variants do not declare (Neon's email
   * server config has one): in the validator's copy of the spec, each variant declares it, required,
   * with the one value its mapping gives it: what the discriminator means.
   */
  @SuppressWarnings({"rawtypes", "unchecked"})
  private static void declareDiscriminators(io.swagger.v3.oas.models.OpenAPI api) {
    Map<String, io.swagger.v3.oas.models.media.Schema> schemas = api.getComponents().getSchemas();
    Map<String, io.swagger.v3.oas.models.media.Schema> added = new java.util.LinkedHashMap<>();
    for (io.swagger.v3.oas.models.media.Schema owner : schemas.values()) {
      if (owner.getDiscriminator() == null || owner.getDiscriminator().getMapping() == null) {
        continue;
      }
      String property = owner.getDiscriminator().getPropertyName();
      Map<String, String> mapping = owner.getDiscriminator().getMapping();
      List<io.swagger.v3.oas.models.media.Schema> variants = owner.getOneOf() != null ? owner.getOneOf() : owner.getAnyOf();
      mapping.replaceAll((tag, ref) -> {
        String name = ref.substring(ref.lastIndexOf('/') + 1);
        io.swagger.v3.oas.models.media.Schema variant = schemas.get(name);
        if (variant == null || variant.getProperties() != null && variant.getProperties().containsKey(property)) {
          return ref;
        }
        // a tagged copy, so that other uses of the variant (allOf members, say) stay as they are
        io.swagger.v3.oas.models.media.Schema tagged = io.swagger.v3.core.util.Json.mapper()
            .convertValue(variant, io.swagger.v3.oas.models.media.Schema.class);
        io.swagger.v3.oas.models.media.Schema tagSchema = new io.swagger.v3.oas.models.media.StringSchema();
        tagSchema.setEnum(new ArrayList<>(List.of(tag)));
        tagged.addProperty(property, tagSchema);
        tagged.addRequiredItem(property);
        String copy = name + "Tagged" + tag.replaceAll("[^A-Za-z0-9]", "");
        added.put(copy, tagged);
        String copyRef = ref.substring(0, ref.lastIndexOf('/') + 1) + copy;
        if (variants != null) {
          variants.stream().filter(v -> ref.equals(v.get$ref())).forEach(v -> v.set$ref(copyRef));
        }
        return copyRef;
      });
    }
    schemas.putAll(added);
  }

  /** @return the base URI the client under test calls */
  URI baseUri() {
    return URI.create("http://127.0.0.1:" + server.getAddress().getPort() + BASE_PATH);
  }

  /** @param next the answer to the next request; forgets the previous request */
  void plan(Planned next) {
    this.planned = next;
    this.received = null;
  }

  /** @return the last request received, or null when none came */
  Received received() {
    return received;
  }

  private void handle(HttpExchange exchange) throws IOException {
    Received r = new Received();
    try (InputStream in = exchange.getRequestBody()) {
      r.body = in.readAllBytes();
    }
    URI uri = exchange.getRequestURI();
    r.method = exchange.getRequestMethod();
    r.rawPath = uri.getRawPath();
    r.headers = exchange.getRequestHeaders();
    Planned answer = planned;
    validate(r, uri, answer);
    received = r;
    if (answer.contentType != null) {
      exchange.getResponseHeaders().add("Content-Type", answer.contentType);
    }
    boolean empty = answer.body.length == 0;
    exchange.sendResponseHeaders(answer.status, empty ? -1 : answer.body.length);
    try (OutputStream out = exchange.getResponseBody()) {
      out.write(answer.body);
    }
  }

  private void validate(Received r, URI uri, Planned answer) {
    SimpleRequest.Builder req = new SimpleRequest.Builder(r.method, r.rawPath, true);
    if (uri.getRawQuery() != null) {
      for (String pair : uri.getRawQuery().split("&")) {
        String[] kv = pair.split("=", 2);
        req.withQueryParam(decode(kv[0]), kv.length > 1 ? decode(kv[1]) : "");
      }
    }
    r.headers.forEach(req::withHeader);
    if (r.body.length > 0) {
      req.withBody(r.body);
    }
    Request built = req.build();
    long started = System.nanoTime();
    errors(validator.validateRequest(built), r.requestViolations);
    REQUEST_NANOS.addAndGet(System.nanoTime() - started);
    if (!answer.validate) {
      return;
    }
    SimpleResponse.Builder res = SimpleResponse.Builder.status(answer.status);
    if (answer.contentType != null) {
      res.withHeader("Content-Type", answer.contentType);
    }
    if (answer.body.length > 0 && answer.contentType != null && answer.contentType.contains("json")) {
      res.withBody(new String(answer.body, StandardCharsets.UTF_8));
    } else if (answer.body.length > 0) {
      res.withBody(answer.body);
    }
    started = System.nanoTime();
    errors(validator.validateResponse(r.rawPath, built.getMethod(), res.build()), r.responseViolations);
    RESPONSE_NANOS.addAndGet(System.nanoTime() - started);
  }

  private static void errors(ValidationReport report, List<String> into) {
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        into.add("[" + m.getKey() + "] " + m.getMessage() + " " + m.getAdditionalInfo() + (m.getNestedMessages().isEmpty() ? ""
            : m.getNestedMessages().stream().map(ValidationReport.Message::getMessage)
                .collect(Collectors.joining("; ", " (", ")"))));
      }
    }
  }

  private static String decode(String text) {
    return URLDecoder.decode(text, StandardCharsets.UTF_8);
  }

  @Override
  public void close() {
    server.stop(0);
  }
}

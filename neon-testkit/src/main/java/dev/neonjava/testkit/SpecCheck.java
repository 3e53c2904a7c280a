package dev.neonjava.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.model.Request;
import com.atlassian.oai.validator.model.SimpleRequest;
import com.atlassian.oai.validator.model.SimpleResponse;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.util.OpenApiLoader;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.core.models.ParseOptions;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;

/**
 * The vendored spec, loaded once per JVM: its routes, and swagger-request-validator checks of the
 * requests the emulator accepts and the responses it sends. Thread-safe.
 */
final class SpecCheck {
  /** Where the build copies {@code spec/neon-api.yaml}. */
  static final String RESOURCE = "dev/neonjava/testkit/neon-api.yaml";

  private static final Map<String, SpecCheck> CACHE = new ConcurrentHashMap<>();

  private final String source;
  private final SpecRoutes routes;
  private final ResourceShapes shapes;
  private final OpenAPI api;
  private final OpenApiInteractionValidator validator;

  private SpecCheck(String source, String specText) {
    this.source = source;
    // one parse (the validator's own loader and options) serves the routes and the checks
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    options.setResolveFully(true);
    options.setResolveCombinators(false);
    OpenAPI api = new OpenApiLoader().loadApi(OpenApiInteractionValidator.SpecSource.inline(specText), List.of(), options);
    this.routes = SpecRoutes.of(api);
    this.shapes = ResourceShapes.of(api);
    this.api = api;
    this.validator = OpenApiInteractionValidator.createFor(api)
        .withBasePathOverride(NeonEmulator.BASE_PATH)
        .withLevelResolver(LevelResolver.create()
            // OpenAPI allows properties a schema does not list; the validator's stricter default
            // also misfires on every allOf composition (most of Neon's responses)
            .withLevel("validation.schema.additionalProperties", ValidationReport.Level.IGNORE)
            // the validator cannot process a oneOf whose discriminator property sits in the
            // alternatives only (Neon Auth's email providers): it reports the schema, not the body
            .withLevel("validation.response.body.schema.processingError", ValidationReport.Level.IGNORE)
            .withLevel("validation.request.body.schema.processingError", ValidationReport.Level.IGNORE)
            .build())
        .build();
  }

  /** System property naming another copy of the spec for every emulator that is not given one. */
  static final String SPEC_PROPERTY = "neon.testkit.spec";

  /**
   * Returns the spec named by the system property {@value #SPEC_PROPERTY} (the build sets it to the spec
   * the client under test was generated from), else the bundled one.
   * @return the spec named by the system property {@value #SPEC_PROPERTY} (the build sets it to the
   *     spec the client under test was generated from), else the bundled one
   */
  static SpecCheck byDefault() {
    String override = System.getProperty(SPEC_PROPERTY);
    return override == null || override.isBlank() ? bundled() : of(Path.of(override));
  }

  /**
   * Returns the spec bundled in this artifact (a copy of the repository's spec/neon-api.yaml).
   * @return the spec bundled in this artifact (a copy of the repository's spec/neon-api.yaml)
   */
  static SpecCheck bundled() {
    return CACHE.computeIfAbsent("classpath:" + RESOURCE, key -> new SpecCheck(key, readResource()));
  }

  /**
   * Returns its checks.
   * @param file another copy of the spec (e.g. a newer one under review)
   * @return its checks
   */
  static SpecCheck of(Path file) {
    Path abs = file.toAbsolutePath().normalize();
    return CACHE.computeIfAbsent(abs.toString(), key -> {
      try {
        return new SpecCheck(key, Files.readString(abs));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot read the Neon API spec " + abs, e);
      }
    });
  }

  private static String readResource() {
    try (InputStream in = SpecCheck.class.getClassLoader().getResourceAsStream(RESOURCE)) {
      if (in == null) {
        throw new IllegalStateException("the Neon API spec is missing from the classpath: " + RESOURCE);
      }
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  String source() {
    return source;
  }

  SpecRoutes routes() {
    return routes;
  }

  /**
   * Returns the parsed spec, fully resolved (not to be modified).
   * @return the parsed spec, fully resolved (not to be modified)
   */
  OpenAPI api() {
    return api;
  }

  /**
   * Returns how the generic store treats each operation.
   * @return how the generic store treats each operation
   */
  ResourceShapes shapes() {
    return shapes;
  }

  /**
   * Returns the validator's error messages for a request, empty when it conforms.
   * @return the validator's error messages for a request, empty when it conforms
   */
  List<String> checkRequest(String method, String fullPath, Map<String, List<String>> query,
      Map<String, List<String>> headers, byte[] body) {
    SimpleRequest.Builder b = new SimpleRequest.Builder(method.toUpperCase(Locale.ROOT), fullPath);
    query.forEach(b::withQueryParam);
    headers.forEach(b::withHeader);
    if (body != null && body.length > 0) {
      b.withBody(body);
    }
    return errors(validator.validateRequest(b.build()));
  }

  /**
   * Returns the validator's error messages for a response, empty when it conforms.
   * @return the validator's error messages for a response, empty when it conforms
   */
  List<String> checkResponse(String method, String fullPath, int status, String contentType, byte[] body) {
    SimpleResponse.Builder b = new SimpleResponse.Builder(status);
    if (contentType != null) {
      b.withContentType(contentType);
    }
    if (body != null && body.length > 0) {
      b.withBody(body);
    }
    return errors(validator.validateResponse(fullPath, Request.Method.valueOf(method.toUpperCase(Locale.ROOT)), b.build()));
  }

  private static List<String> errors(ValidationReport report) {
    List<String> out = new ArrayList<>();
    for (ValidationReport.Message m : report.getMessages()) {
      if (m.getLevel() == ValidationReport.Level.ERROR) {
        StringBuilder text = new StringBuilder(m.getKey()).append(": ").append(m.getMessage());
        for (String info : m.getAdditionalInfo()) {
          text.append(" | ").append(info);
        }
        for (ValidationReport.Message nested : m.getNestedMessages()) {
          text.append(" | ").append(nested.getMessage());
        }
        out.add(text.toString());
      }
    }
    return out;
  }
}

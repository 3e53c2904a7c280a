package dev.neonjava.spec.drift;

import dev.neonjava.spec.drift.Finding.Kind;
import dev.neonjava.spec.drift.Finding.Severity;
import io.swagger.parser.OpenAPIParser;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import org.apache.commons.configuration2.CompositeConfiguration;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.compare.OpenApiDiffOptions;
import org.openapitools.openapidiff.core.model.BackwardIncompatibleProp;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import org.openapitools.openapidiff.core.model.Endpoint;

/**
 * Compares two OpenAPI documents with openapi-diff (configured by {@link DriftRules}) and turns its
 * change tree into a flat list of classified {@link Finding}s. Prose never counts.
 */
public final class DriftAnalyzer {
  private DriftAnalyzer() {}

  /** Parses a document (file path or URL) the way openapi-diff does; fails with the parser's messages. */
  public static OpenAPI parse(String location) {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    SwaggerParseResult result = new OpenAPIParser().readLocation(location, null, options);
    if (result == null || result.getOpenAPI() == null) {
      List<String> messages = result == null ? List.of() : result.getMessages();
      throw new IllegalArgumentException("cannot read OpenAPI document " + location
          + (messages == null || messages.isEmpty() ? "" : ": " + String.join("; ", messages)));
    }
    return result.getOpenAPI();
  }

  /** Compares {@code oldSpec} (what neon-java is generated from) with {@code newSpec}. */
  public static DriftResult compare(Path oldSpec, Path newSpec) {
    return compare(parse(oldSpec.toAbsolutePath().toString()), parse(newSpec.toAbsolutePath().toString()));
  }

  /** Compares two parsed documents (both are modified by openapi-diff; do not reuse them). */
  public static DriftResult compare(OpenAPI oldApi, OpenAPI newApi) {
    String oldVersion = oldApi.getInfo() == null ? null : oldApi.getInfo().getVersion();
    String newVersion = newApi.getInfo() == null ? null : newApi.getInfo().getVersion();
    Map<Schema<?>, String> oldPointers = SchemaPointers.index(oldApi);
    Map<Schema<?>, String> newPointers = SchemaPointers.index(newApi);
    // before openapi-diff, which resolves (and rewrites) the documents it compares
    List<Finding> javaTypes = JavaTypeChanges.find(oldApi, newApi);
    List<Finding> unused = UnusedComponents.find(oldApi, newApi);
    Map<String, String> newIds = operationIds(newApi);
    OpenApiDiffOptions options = DriftRules.options();
    ChangedOpenApi diff = OpenApiCompare.fromSpecifications(oldApi, newApi, options);
    CompositeConfiguration cfg = options.getConfig();

    List<Finding> findings = new ArrayList<>();
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (Endpoint e : diff.getNewEndpoints()) {
      String op = op(e.getMethod().toString(), e.getPathUrl());
      added.add(op);
      findings.add(new Finding(Kind.OPERATION_ADDED, Severity.NON_BREAKING, op, "operation", null,
          "operation " + opId(e.getOperation()) + " added"));
    }
    List<DriftResult.Ahead> ahead = new ArrayList<>();
    for (Endpoint e : diff.getMissingEndpoints()) {
      String op = op(e.getMethod().toString(), e.getPathUrl());
      Object origin = e.getOperation() == null || e.getOperation().getExtensions() == null ? null
          : e.getOperation().getExtensions().get(OwnAdditions.MARKER);
      if (origin != null) {
        // spec/ adds it on purpose (written by hand, or taken from a newer source than the published spec)
        ahead.add(new DriftResult.Ahead(op, opId(e.getOperation()), String.valueOf(origin)));
        continue;
      }
      removed.add(op);
      findings.add(new Finding(Kind.OPERATION_REMOVED,
          sev(DriftRules.enabled(cfg, BackwardIncompatibleProp.OPENAPI_ENDPOINTS_DECREASED)), op, "operation", null,
          "operation " + opId(e.getOperation()) + " removed"));
    }
    Map<String, String> operationIds = new LinkedHashMap<>();
    for (ChangedOperation co : diff.getChangedOperations()) {
      String op = op(co.getHttpMethod().toString(), co.getPathUrl());
      OperationWalker w = new OperationWalker(cfg, op, oldPointers, newPointers);
      w.operation(co);
      if (!w.out.isEmpty()) {
        operationIds.put(op, opId(co.getNewOperation()));
        findings.addAll(w.out);
      }
    }
    for (Finding f : javaTypes) {
      if (!findings.contains(f) && !sameChange(findings, f)) {
        findings.add(f);
        operationIds.putIfAbsent(f.operation(), newIds.get(f.operation()));
      }
    }
    findings.addAll(unused);
    return new DriftResult(oldVersion, newVersion, added, removed, operationIds, findings, ahead);
  }

  /** Whether a finding of the same operation already reports this change (same kind, pointer and detail). */
  private static boolean sameChange(List<Finding> findings, Finding f) {
    for (Finding g : findings) {
      if (g.kind() == f.kind() && java.util.Objects.equals(g.operation(), f.operation())
          && java.util.Objects.equals(g.schema(), f.schema()) && java.util.Objects.equals(g.detail(), f.detail())) {
        return true;
      }
    }
    return false;
  }

  private static Map<String, String> operationIds(OpenAPI api) {
    Map<String, String> ids = new LinkedHashMap<>();
    if (api.getPaths() != null) {
      api.getPaths().forEach((path, item) -> item.readOperationsMap().forEach((m, o) -> ids.put(op(m.name(), path), opId(o))));
    }
    return ids;
  }

  static String op(String method, String path) {
    return method.toUpperCase(Locale.ROOT) + " " + path;
  }

  private static String opId(Operation o) {
    return o == null || o.getOperationId() == null ? "(no operationId)" : o.getOperationId();
  }

  static Severity sev(boolean breaking) {
    return breaking ? Severity.BREAKING : Severity.NON_BREAKING;
  }

  static String paramLoc(String in, String name) {
    return SchemaChanges.paramLoc(in, name);
  }

  static String typeOf(Schema<?> s) {
    return SchemaChanges.typeOf(s);
  }
}

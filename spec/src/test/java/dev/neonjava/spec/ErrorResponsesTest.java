package dev.neonjava.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import org.openapitools.openapidiff.core.OpenApiCompare;
import org.openapitools.openapidiff.core.model.ChangedApiResponse;
import org.openapitools.openapidiff.core.model.ChangedOpenApi;
import org.openapitools.openapidiff.core.model.ChangedOperation;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * Every operation declares the error statuses Neon documents, each with the shared error schema
 * ({@code GeneralError}) except the few operation-specific error bodies the published spec declares;
 * see "Errors" in spec/README.md for the rules.
 */
class ErrorResponsesTest {
  private static final String SPEC = System.getProperty("neon.spec", "neon-api.yaml");
  private static final String ERROR_SCHEMA = "#/components/schemas/GeneralError";
  private static final String RESPONSES = "#/components/responses/";

  /** The shared error responses, by status. */
  private static final Map<String, String> SHARED = new LinkedHashMap<>();

  static {
    SHARED.put("401", "Unauthorized");
    SHARED.put("403", "Forbidden");
    SHARED.put("404", "NotFound");
    SHARED.put("409", "Conflict");
    SHARED.put("423", "Locked");
    SHARED.put("429", "TooManyRequests");
    SHARED.put("503", "ServiceUnavailable");
  }

  /**
   * Explicit error responses whose body is an operation-specific schema rather than GeneralError, kept
   * exactly as Neon declares them ("operationId status" to schema): the published spec's, and those of the
   * operations taken from @neon/sdk 6.1.2 (the branch logs).
   */
  private static final Map<String, String> PUBLISHED_SPECIFIC = Map.ofEntries(
      Map.entry("acceptProjectTransferRequest 406", "AcceptProjectTransferRequestSatisfiesPlanError"),
      Map.entry("transferProjectsFromOrgToOrg 406", "LimitsUnsatisfiedResponse"),
      Map.entry("transferProjectsFromOrgToOrg 422", "ProjectsWithIntegrationResponse"),
      Map.entry("transferProjectsFromUserToOrg 406", "LimitsUnsatisfiedResponse"),
      Map.entry("transferProjectsFromUserToOrg 422", "ProjectsWithIntegrationResponse"),
      Map.entry("getProjectBranchStorage 404", "BranchStorageNotEnabled"),
      Map.entry("getProjectBranchAiGateway 404", "BranchAiGatewayNotEnabled"),
      Map.entry("queryProjectBranchLogs 400", "ProjectBranchLogsInvalidQuery"),
      Map.entry("queryProjectBranchLogs 404", "ProjectBranchLogsNotAvailable"),
      Map.entry("listProjectBranchLogFields 404", "ProjectBranchLogsNotAvailable"),
      Map.entry("listProjectBranchLogFieldValues 400", "ProjectBranchLogsInvalidQuery"),
      Map.entry("listProjectBranchLogFieldValues 404", "ProjectBranchLogsNotAvailable"));

  /** Operations in spec/: the published 163, the two written by hand from seed 001, the 17 from @neon/sdk 6.1.2. */
  private static final int OPERATIONS = 182;

  private static OpenAPI api;

  @BeforeAll
  static void parse() {
    api = read();
  }

  private static OpenAPI read() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    return new OpenAPIV3Parser().readLocation(SPEC, null, options).getOpenAPI();
  }

  /**
   * The statuses Neon documents for an operation.
   * <ul>
   * <li>401, 403, 429, 503: every operation (every call needs an API key that may lack access; the
   * rate limit applies to every route; 503 is the documented always-retryable failure);</li>
   * <li>404: operations whose path names a resource (has a path parameter);</li>
   * <li>409: operations that change state (POST, PUT, PATCH, DELETE);</li>
   * <li>423: state-changing operations on a project's resources ({@code /projects/{project_id}...}),
   * which Neon rejects while another operation of the project is running.</li>
   * </ul>
   */
  static Set<String> documentedErrorCodes(String method, String path) {
    Set<String> codes = new TreeSet<>(Set.of("401", "403", "429", "503"));
    if (path.contains("{")) {
      codes.add("404");
    }
    if (!method.equals("GET")) {
      codes.add("409");
      if (path.startsWith("/projects/{project_id}")) {
        codes.add("423");
      }
    }
    return codes;
  }

  @Test
  void sharedErrorResponsesCarryTheErrorSchema() {
    Map<String, ApiResponse> responses = api.getComponents().getResponses();
    for (String name : SHARED.values()) {
      assertThat(responses).containsKey(name);
      assertThat(errorSchemaRef(responses.get(name))).as(name).isEqualTo(ERROR_SCHEMA);
      assertThat(responses.get(name).getDescription()).as(name).isNotBlank();
    }
    assertThat(errorSchemaRef(responses.get("GeneralError"))).isEqualTo(ERROR_SCHEMA);
    Schema<?> error = api.getComponents().getSchemas().get("GeneralError");
    assertThat(error.getRequired()).contains("code", "message");
  }

  @Test
  void everyOperationDeclaresTheDocumentedErrorCodesWithTheErrorSchema() {
    List<String> problems = new ArrayList<>();
    Map<String, Integer> perCode = new TreeMap<>();
    Set<String> specificSeen = new TreeSet<>();
    int operations = 0;
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> entry : path.getValue().readOperationsMap().entrySet()) {
        operations++;
        String method = entry.getKey().name();
        String key = method + " " + path.getKey();
        Map<String, ApiResponse> responses = entry.getValue().getResponses();
        for (String code : documentedErrorCodes(method, path.getKey())) {
          ApiResponse response = responses.get(code);
          if (response == null) {
            problems.add(key + ": no " + code + " response");
          } else if (response.get$ref() != null && !response.get$ref().equals(RESPONSES + SHARED.get(code))) {
            problems.add(key + ": " + code + " refers to " + response.get$ref());
          }
        }
        ApiResponse fallback = responses.get("default");
        if (fallback == null || !(RESPONSES + "GeneralError").equals(fallback.get$ref())) {
          problems.add(key + ": default is not the shared GeneralError response");
        }
        for (Map.Entry<String, ApiResponse> response : responses.entrySet()) {
          String code = response.getKey();
          if (code.startsWith("4") || code.startsWith("5") || code.equals("default")) {
            perCode.merge(code, 1, Integer::sum);
            String schema = errorSchemaRef(resolve(response.getValue()));
            String specific = PUBLISHED_SPECIFIC.get(entry.getValue().getOperationId() + " " + code);
            if (specific != null) {
              specificSeen.add(entry.getValue().getOperationId() + " " + code);
            }
            String wanted = specific == null ? ERROR_SCHEMA : "#/components/schemas/" + specific;
            if (!wanted.equals(schema)) {
              problems.add(key + ": " + code + " carries " + schema + ", not " + wanted);
            }
          }
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(specificSeen).as("published operation-specific error bodies").isEqualTo(PUBLISHED_SPECIFIC.keySet());
    assertThat(operations).isEqualTo(OPERATIONS);
    System.out.printf("error responses over %d operations: %s%n", operations, perCode);
  }

  /**
   * The shared error responses are the only thing we add to the published operations: removing them
   * gives back the published response sets, and openapi-diff sees adding them as compatible (only
   * added 4xx/5xx responses, nothing missing or changed).
   */
  @Test
  void addingTheSharedErrorResponsesIsACompatibleChange() {
    OpenAPI without = read();
    int operationsWithShared = 0;
    for (PathItem item : without.getPaths().values()) {
      for (Operation op : item.readOperations()) {
        operationsWithShared += op.getResponses().entrySet().removeIf(e -> isShared(e.getValue())) ? 1 : 0;
      }
    }
    SHARED.values().forEach(without.getComponents().getResponses()::remove);
    assertThat(operationsWithShared).isEqualTo(OPERATIONS);

    ChangedOpenApi diff = OpenApiCompare.fromSpecifications(without, read());
    assertThat(diff.getNewEndpoints()).isEmpty();
    assertThat(diff.getMissingEndpoints()).isEmpty();
    assertThat(diff.isIncompatible()).isFalse();
    List<String> problems = new ArrayList<>();
    Set<String> added = new TreeSet<>();
    for (ChangedOperation op : diff.getChangedOperations()) {
      String key = op.getHttpMethod() + " " + op.getPathUrl();
      ChangedApiResponse responses = op.getApiResponses();
      if (op.getParameters() != null || op.getRequestBody() != null || op.getSecurityRequirements() != null) {
        problems.add(key + ": more than responses changed");
      }
      if (responses == null) {
        problems.add(key + ": responses unchanged");
        continue;
      }
      if (!responses.getMissing().isEmpty() || !responses.getChanged().isEmpty()) {
        problems.add(key + ": missing " + responses.getMissing().keySet() + ", changed " + responses.getChanged().keySet());
      }
      added.addAll(responses.getIncreased().keySet());
    }
    assertThat(problems).isEmpty();
    assertThat(diff.getChangedOperations()).hasSize(OPERATIONS);
    assertThat(added).isSubsetOf(SHARED.keySet());
  }

  private static boolean isShared(ApiResponse response) {
    String ref = response.get$ref();
    return ref != null && SHARED.containsValue(ref.substring(ref.lastIndexOf('/') + 1));
  }

  @Test
  void theRulesCoverTheDocumentedCases() {
    assertThat(documentedErrorCodes("GET", "/projects")).containsExactly("401", "403", "429", "503");
    assertThat(documentedErrorCodes("GET", "/projects/{project_id}"))
        .containsExactly("401", "403", "404", "429", "503");
    assertThat(documentedErrorCodes("POST", "/projects")).containsExactly("401", "403", "409", "429", "503");
    assertThat(documentedErrorCodes("DELETE", "/projects/{project_id}/branches/{branch_id}"))
        .containsExactly("401", "403", "404", "409", "423", "429", "503");
    assertThat(documentedErrorCodes("DELETE", "/api_keys/{key_id}"))
        .containsExactly("401", "403", "404", "409", "429", "503");
  }

  private static ApiResponse resolve(ApiResponse response) {
    String ref = response.get$ref();
    return ref == null ? response : api.getComponents().getResponses().get(ref.substring(RESPONSES.length()));
  }

  private static String errorSchemaRef(ApiResponse response) {
    if (response == null || response.getContent() == null) {
      return null;
    }
    MediaType json = response.getContent().get("application/json");
    return json == null || json.getSchema() == null ? null : json.getSchema().get$ref();
  }
}

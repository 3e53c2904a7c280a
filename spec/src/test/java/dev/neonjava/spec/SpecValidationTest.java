package dev.neonjava.spec;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.responses.ApiResponse;
import io.swagger.v3.parser.OpenAPIV3Parser;
import io.swagger.v3.parser.core.models.ParseOptions;
import io.swagger.v3.parser.core.models.SwaggerParseResult;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** The vendored spec parses cleanly and every operation has what the generated client relies on. */
class SpecValidationTest {
  private static final String SPEC = System.getProperty("neon.spec", "neon-api.yaml");
  private static SwaggerParseResult parsed;
  private static OpenAPI api;

  @BeforeAll
  static void parse() {
    ParseOptions options = new ParseOptions();
    options.setResolve(true);
    parsed = new OpenAPIV3Parser().readLocation(SPEC, null, options);
    api = parsed.getOpenAPI();
  }

  @Test
  void parsesWithoutAnyValidationMessage() {
    assertThat(parsed.getMessages()).isEmpty();
    assertThat(api).isNotNull();
    assertThat(api.getOpenapi()).isEqualTo("3.0.3");
  }

  @Test
  void everyOperationHasIdTagTypedSuccessAndSharedError() {
    List<String> problems = new ArrayList<>();
    List<String> typed = new ArrayList<>();
    List<String> bodiless = new ArrayList<>();
    Set<String> ids = new TreeSet<>();
    forEachOperation((key, op) -> {
      if (op.getOperationId() == null || !ids.add(op.getOperationId())) {
        problems.add(key + ": missing or duplicate operationId");
      }
      if (op.getTags() == null || op.getTags().isEmpty()) {
        problems.add(key + ": no tag");
      }
      boolean typedSuccess = op.getResponses().entrySet().stream()
          .filter(e -> e.getKey().startsWith("2"))
          .anyMatch(e -> hasSchema(resolve(e.getValue())));
      boolean emptySuccess = op.getResponses().entrySet().stream()
          .anyMatch(e -> e.getKey().startsWith("2") && resolve(e.getValue()).getContent() == null);
      if (typedSuccess) {
        typed.add(key);
      } else if (emptySuccess) {
        bodiless.add(key);
      } else {
        problems.add(key + ": no 2xx response");
      }
      ApiResponse error = op.getResponses().get("default");
      if (error == null || !"#/components/responses/GeneralError".equals(error.get$ref())) {
        problems.add(key + ": default response is not the shared GeneralError");
      }
    });
    assertThat(problems).isEmpty();
    System.out.printf("operations with a typed 2xx body: %d; with a documented empty 2xx body: %d %s%n",
        typed.size(), bodiless.size(), bodiless);
    assertThat(typed.size()).isGreaterThan(bodiless.size() * 5);
    assertThat(api.getComponents().getSchemas().get("GeneralError").getRequired()).contains("code", "message");
  }

  @Test
  void coversEverySeedEndpoint() throws IOException {
    Set<String> inSpec = new TreeSet<>();
    forEachOperation((key, op) -> inSpec.add(key));
    List<String> seed;
    try (InputStream in = SpecValidationTest.class.getResourceAsStream("/seed-endpoints.txt")) {
      seed = new String(in.readAllBytes(), StandardCharsets.UTF_8).lines().filter(l -> !l.isBlank())
          .collect(java.util.stream.Collectors.toList());
    }
    assertThat(seed).hasSize(138);
    assertThat(inSpec).containsAll(seed);
    System.out.printf("spec operations: %d, seed endpoints: %d (all present)%n", inSpec.size(), seed.size());
  }

  private static ApiResponse resolve(ApiResponse response) {
    String ref = response.get$ref();
    return ref == null ? response
        : api.getComponents().getResponses().get(ref.substring(ref.lastIndexOf('/') + 1));
  }

  private static boolean hasSchema(ApiResponse response) {
    if (response.getContent() == null) {
      return false;
    }
    return response.getContent().values().stream().map(MediaType::getSchema).anyMatch(s -> s != null);
  }

  private static void forEachOperation(java.util.function.BiConsumer<String, Operation> action) {
    for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
      for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
        action.accept(op.getKey() + " " + path.getKey(), op.getValue());
      }
    }
  }
}

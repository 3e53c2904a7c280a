package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonElement;
import dev.neonjava.generated.model.Project;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.media.MediaType;
import io.swagger.v3.oas.models.media.Schema;
import io.swagger.v3.oas.models.parameters.Parameter;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.time.Instant;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * The coverage test of the emulator: reads every operation of {@code spec/}, checks that it has
 * behaviour (a resource family's or the generic store's), and calls it with a request built from
 * the spec on a freshly seeded project, after setting up what it needs ({@link Prerequisites}): no
 * operation may answer 501 or 500, and no response may break the spec.
 */
class EveryOperationTest {
  private static NeonEmulator neon;
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @BeforeAll
  static void start() {
    neon = NeonEmulator.start();
  }

  @AfterAll
  static void stop() {
    neon.close();
  }

  @Test
  void everyOperationOfTheSpecHasBehaviour() {
    SpecCheck spec = SpecCheck.byDefault();
    ControlPlane plane = new ControlPlane(java.time.Clock.systemUTC(), 1, spec);
    List<String> missing = new ArrayList<>();
    for (SpecRoutes.Route route : spec.routes().routes()) {
      if (!plane.emulates(route.operationId)) {
        missing.add(route.toString());
      }
    }
    assertThat(missing).as("operations of spec/ with no behaviour in the emulator").isEmpty();
    assertThat(plane.familyOperations()).hasSizeGreaterThanOrEqualTo(40);
  }

  @Test
  void everyOperationAnswersWithAConformingResponse() throws Exception {
    SpecCheck spec = SpecCheck.byDefault();
    List<String> problems = new ArrayList<>();
    int successes = 0;
    for (SpecRoutes.Route route : spec.routes().routes()) {
      neon.reset();
      Project project = neon.seedProject("coverage");
      String branchId = neon.branches(project.getId()).get(0).getId();
      Map<String, String> known = new LinkedHashMap<>();
      known.put("project_id", project.getId());
      known.put("branch_id", branchId);
      known.put("endpoint_id", neon.endpoints(project.getId()).get(0).getId());
      known.put("database_name", "neondb");
      known.put("role_name", "neondb_owner");
      known.put("org_id", ControlPlane.ORG_ID);
      known.put("source_org_id", ControlPlane.ORG_ID);
      known.put("operation_id", neon.operations(project.getId()).get(0).getId().toString());
      known.put("key_id", "1");
      // values the operations taken from @neon/sdk check: the owner's member id, a cron, a domain, a log field
      known.put("member_id", OrganizationsFamily.MEMBER_ID.toString());
      known.put("cron", "0 3 * * *");
      known.put("domain", "app.example.com");
      known.put("entity_type", "function");
      known.put("field_name", LogsFamily.FIELDS.get(0));
      Prerequisites.prepare(neon, route.operationId, route.template, known);
      Operation op = spec.api().getPaths().get(route.template).readOperationsMap()
          .get(io.swagger.v3.oas.models.PathItem.HttpMethod.valueOf(route.method));
      HttpResponse<String> response = send(route, op, known);
      int status = response.statusCode();
      if (status == 501 || status >= 500) {
        problems.add(route + " answered " + status + ": " + response.body());
      } else if (status < 300) {
        successes++;
      } else {
        System.out.println("EveryOperationTest: " + route + " -> " + status + " " + response.body());
      }
      for (SpecViolation v : neon.takeViolations()) {
        if (v.kind() != SpecViolation.Kind.REQUEST) {
          problems.add(route + ": " + v);
        }
      }
    }
    assertThat(problems).isEmpty();
    assertThat(successes).as("operations answered 2xx").isGreaterThan(spec.routes().routes().size() * 3 / 4);
  }

  private static HttpResponse<String> send(SpecRoutes.Route route, Operation op, Map<String, String> known)
      throws Exception {
    String path = route.template;
    StringBuilder query = new StringBuilder();
    List<Parameter> params = new ArrayList<>();
    if (op.getParameters() != null) {
      params.addAll(op.getParameters());
    }
    io.swagger.v3.oas.models.PathItem item = SpecCheck.byDefault().api().getPaths().get(route.template);
    if (item.getParameters() != null) {
      params.addAll(item.getParameters());
    }
    for (Parameter p : params) {
      String value = known.getOrDefault(p.getName(), value(p.getSchema(), p.getName()));
      if ("path".equals(p.getIn())) {
        path = path.replace("{" + p.getName() + "}", URLEncoder.encode(value, StandardCharsets.UTF_8));
      } else if ("query".equals(p.getIn()) && Boolean.TRUE.equals(p.getRequired())) {
        query.append(query.length() == 0 ? "?" : "&").append(p.getName()).append('=')
            .append(URLEncoder.encode(value, StandardCharsets.UTF_8));
      }
    }
    String body = null;
    if (op.getRequestBody() != null && op.getRequestBody().getContent() != null) {
      MediaType json = op.getRequestBody().getContent().get("application/json");
      if (json != null) {
        body = SchemaValues.instance(json.getSchema(), null, context(known)).toString();
      }
    }
    HttpRequest.Builder request = HttpRequest.newBuilder(URI.create(neon.baseUri() + path + query))
        .header("Authorization", "Bearer " + neon.apiKey());
    if (body != null) {
      request.header("Content-Type", "application/json");
    }
    request.method(route.method, body == null ? HttpRequest.BodyPublishers.noBody()
        : HttpRequest.BodyPublishers.ofString(body));
    return HTTP.send(request.build(), HttpResponse.BodyHandlers.ofString());
  }

  private static String value(Schema<?> schema, String name) {
    JsonElement e = SchemaValues.instance(schema, name, context(Map.of()));
    return e.isJsonPrimitive() ? e.getAsString() : "x1";
  }

  private static SchemaValues.Context context(Map<String, String> known) {
    return new SchemaValues.Context() {
      @Override
      public Instant now() {
        return Instant.now();
      }

      @Override
      public String known(String property) {
        return known.get(property);
      }

      @Override
      public String newId(Schema<?> schema) {
        return "id-" + UUID.randomUUID();
      }

      @Override
      public long newIntId() {
        return 1;
      }
    };
  }
}

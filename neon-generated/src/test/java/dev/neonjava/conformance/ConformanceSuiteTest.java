package dev.neonjava.conformance;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.Secret;
import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.oas.models.Operation;
import io.swagger.v3.oas.models.PathItem;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * The conformance suite: every operation of spec/ (counted from spec/ itself, not from a list) is
 * called through its generated method against a loopback mock, in as many rounds as it takes to use
 * every enum value (plus a round of unknown enum values in the answers), alternating high and low
 * extremes ({@link Profile}). Per operation it reports whether the requests validated against spec/
 * and carried every field set, whether the answers decoded, and whether re-encoding the decoded
 * models gave back the JSON received (key order aside). Prints the table and fails on any miss.
 */
class ConformanceSuiteTest {

  @Test
  void everyOperationOfTheSpecConforms() throws Exception {
    Path spec = Path.of(System.getProperty("neon.spec", "../spec/neon-api.yaml"));
    OpenAPI api = new OpenAPIV3Parser().read(spec.toString());
    SchemaValues values = new SchemaValues(api);
    Map<String, Method> methods = generatedMethods();
    List<Row> rows = new ArrayList<>();
    List<String> misses = new ArrayList<>();
    List<String> notes = new ArrayList<>();
    long started = System.nanoTime();
    try (LoopbackMock mock = new LoopbackMock(spec)) {
      ApiClient client = ApiClient.builder().baseUri(mock.baseUri()).apiKey(Secret.of("conformance-key", "API key"))
          .requestTimeout(Duration.ofSeconds(20)).build();
      Map<Class<?>, Object> apis = new HashMap<>();
      for (Map.Entry<String, PathItem> path : api.getPaths().entrySet()) {
        for (Map.Entry<PathItem.HttpMethod, Operation> op : path.getValue().readOperationsMap().entrySet()) {
          OperationCase c = new OperationCase(api, values, path.getKey(), path.getValue(), op.getKey(), op.getValue());
          Method method = methods.get(c.operationId);
          Row row = new Row(c.operationId);
          rows.add(row);
          if (method == null) {
            row.miss("no generated method", misses);
            continue;
          }
          Object instance = apis.computeIfAbsent(method.getDeclaringClass(), type -> newApi(type, client));
          int most = c.maxRounds();
          values.resetCoverage();
          int r = 0;
          do { // high and low extremes at least, then until every enum value was used
            row.add(c.run(method, instance, mock, Profile.of(r, false)), misses, notes);
            r++;
          } while (r < 2 || r < most && !values.covered(c.enums));
          row.add(c.run(method, instance, mock, Profile.of(r, true)), misses, notes); // unknown enum values in the answers
          row.enumsCovered = values.covered(c.enums);
        }
      }
    }
    long millis = (System.nanoTime() - started) / 1_000_000;
    print(rows, millis);
    // the suite's own check of its answers: 0 for spec/; a published spec that contradicts itself (1.10.0
    // requires pagination.limit without declaring it) admits no valid answer, which is noted, not failed
    notes.forEach(n -> System.out.println("note: " + n));
    System.out.printf("unknown enum values in request parameters, refused before sending: %d checked%n",
        OperationCase.REFUSALS_CHECKED.get());
    System.out.printf("time: building requests %d ms, calls %d ms (validating requests %d ms, answers %d ms)%n",
        OperationCase.BUILD_NANOS.get() / 1_000_000, OperationCase.CALL_NANOS.get() / 1_000_000,
        LoopbackMock.REQUEST_NANOS.get() / 1_000_000, LoopbackMock.RESPONSE_NANOS.get() / 1_000_000);
    assertThat(rows).as("operations in spec/").hasSize(operationCount(api));
    assertThat(misses).as("conformance misses").isEmpty();
  }

  private static int operationCount(OpenAPI api) {
    return api.getPaths().values().stream().mapToInt(p -> p.readOperations().size()).sum();
  }

  private static void print(List<Row> rows, long millis) {
    StringBuilder table = new StringBuilder("\n| operation | rounds | enum values | request valid | decoded | round-trip |\n|---|---|---|---|---|---|\n");
    for (Row row : rows) {
      table.append("| ").append(row.operationId).append(" | ").append(row.rounds).append(" | ")
          .append(row.enumsCovered ? "all" : "partial").append(" | ")
          .append(row.request).append(" | ").append(row.decoded).append(" | ").append(row.roundTrip).append(" |\n");
    }
    long request = rows.stream().filter(r -> r.request.equals("ok")).count();
    long decoded = rows.stream().filter(r -> r.decoded.equals("ok")).count();
    long roundTrip = rows.stream().filter(r -> !r.roundTrip.equals("MISS")).count();
    long checked = rows.stream().filter(r -> r.roundTrip.equals("ok")).count();
    int calls = rows.stream().mapToInt(r -> r.rounds).sum();
    long enums = rows.stream().filter(r -> r.enumsCovered).count();
    table.append(String.format("conformance: %d operations in spec/, %d calls in %d ms; every enum value used in %d/%d;"
        + " request valid %d/%d, decoded %d/%d, round-trip %d/%d (%d with a body to re-encode, the rest answer no body)%n",
        rows.size(), calls, millis, enums, rows.size(), request, rows.size(), decoded, rows.size(), roundTrip, rows.size(), checked));
    System.out.print(table);
  }

  private static Object newApi(Class<?> type, ApiClient client) {
    try {
      return type.getConstructor(ApiClient.class).newInstance(client);
    } catch (ReflectiveOperationException e) {
      throw new IllegalStateException("cannot create " + type.getName(), e);
    }
  }

  /** @return the synchronous generated method of each operation, by operationId */
  private static Map<String, Method> generatedMethods() throws Exception {
    Path dir = Path.of(ConformanceSuiteTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolveSibling("classes").resolve("dev/neonjava/generated/api");
    Map<String, Method> methods = new HashMap<>();
    try (Stream<Path> files = Files.list(dir)) {
      for (String name : files.map(f -> f.getFileName().toString()).filter(n -> n.endsWith("Api.class")).collect(Collectors.toList())) {
        Class<?> type = Class.forName("dev.neonjava.generated.api." + name.substring(0, name.length() - ".class".length()));
        for (Method m : type.getDeclaredMethods()) {
          if (Modifier.isPublic(m.getModifiers()) && !Modifier.isStatic(m.getModifiers()) && m.getParameterCount() == 1
              && m.getReturnType() != CompletableFuture.class) {
            methods.putIfAbsent(m.getName(), m);
          }
        }
      }
    }
    return methods;
  }

  /** One line of the table. */
  private static final class Row {
    final String operationId;
    int rounds;
    String request = "ok";
    String decoded = "ok";
    String roundTrip = "n/a";
    boolean enumsCovered;

    Row(String operationId) {
      this.operationId = operationId;
    }

    void miss(String why, List<String> misses) {
      request = decoded = roundTrip = "MISS";
      misses.add(operationId + ": " + why);
    }

    void add(Outcome o, List<String> misses, List<String> notes) {
      rounds++;
      if (!o.requestProblems.isEmpty()) {
        request = "MISS";
      }
      if (!o.decodeProblems.isEmpty()) {
        decoded = "MISS";
      }
      if (!o.roundTripProblems.isEmpty()) {
        roundTrip = "MISS";
      } else if (o.roundTripChecked && !roundTrip.equals("MISS")) {
        roundTrip = "ok";
      }
      for (String problem : o.all()) {
        misses.add(operationId + " " + o.profile + ": " + problem);
      }
      for (String problem : o.mockProblems) {
        notes.add(operationId + " " + o.profile + ": " + problem);
      }
    }
  }
}

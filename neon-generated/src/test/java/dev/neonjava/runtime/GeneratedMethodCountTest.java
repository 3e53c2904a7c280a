package dev.neonjava.runtime;

import static org.assertj.core.api.Assertions.assertThat;

import io.swagger.v3.oas.models.OpenAPI;
import io.swagger.v3.parser.OpenAPIV3Parser;
import java.io.IOException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.concurrent.CompletableFuture;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every operation of the spec becomes exactly one synchronous and one asynchronous method. The
 * generator writes an operation into the API class of each of its tags, so an operation with two
 * tags (Neon has {@code getCurrentUserOrganizations}) appears in two classes; nothing else may repeat.
 */
class GeneratedMethodCountTest {

  @Test
  void oneSyncAndOneAsyncMethodPerOperation() throws Exception {
    String spec = System.getProperty("neon.spec", "../spec/neon-api.yaml");
    OpenAPI api = new OpenAPIV3Parser().read(spec);
    Set<String> operations = api.getPaths().values().stream()
        .flatMap(item -> item.readOperations().stream())
        .map(op -> op.getOperationId())
        .collect(Collectors.toCollection(TreeSet::new));
    long extraTagCopies = api.getPaths().values().stream()
        .flatMap(item -> item.readOperations().stream())
        .mapToLong(op -> op.getTags() == null || op.getTags().isEmpty() ? 0 : op.getTags().size() - 1)
        .sum();
    long operationCount = api.getPaths().values().stream().mapToLong(item -> item.readOperations().size()).sum();

    Set<String> sync = new TreeSet<>();
    Set<String> async = new TreeSet<>();
    int syncCount = 0;
    int asyncCount = 0;
    for (Class<?> type : apiClasses()) {
      for (Method method : type.getDeclaredMethods()) {
        if (!Modifier.isPublic(method.getModifiers()) || Modifier.isStatic(method.getModifiers())) {
          continue;
        }
        if (method.getReturnType() == CompletableFuture.class && method.getName().endsWith("Async")) {
          async.add(method.getName().substring(0, method.getName().length() - "Async".length()));
          asyncCount++;
        } else {
          sync.add(method.getName());
          syncCount++;
        }
      }
    }
    System.out.printf("spec operations: %d, generated operation methods: %d sync + %d async"
        + " (%d distinct; %d extra copies for operations with several tags)%n",
        operationCount, syncCount, asyncCount, sync.size(), extraTagCopies);
    assertThat(operations).hasSize((int) operationCount);
    assertThat(syncCount).isEqualTo(operationCount + extraTagCopies);
    assertThat(asyncCount).isEqualTo(operationCount + extraTagCopies);
    assertThat(sync).isEqualTo(operations);
    assertThat(async).isEqualTo(operations);
  }

  private static List<Class<?>> apiClasses() throws IOException, URISyntaxException {
    Path dir = Path.of(GeneratedMethodCountTest.class.getProtectionDomain().getCodeSource().getLocation().toURI())
        .resolveSibling("classes").resolve("dev/neonjava/generated/api");
    try (Stream<Path> files = Files.list(dir)) {
      return files.map(f -> f.getFileName().toString())
          .filter(n -> n.endsWith("Api.class"))
          .map(n -> load("dev.neonjava.generated.api." + n.substring(0, n.length() - ".class".length())))
          .collect(Collectors.toList());
    }
  }

  private static Class<?> load(String name) {
    try {
      return Class.forName(name);
    } catch (ClassNotFoundException e) {
      throw new IllegalStateException(e);
    }
  }
}

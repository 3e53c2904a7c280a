package dev.neonjava.coverage;

import java.io.IOException;
import java.io.Reader;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;

/** The operations of {@code spec/neon-api.yaml}, with the facts the fluent layer's shape depends on. */
final class SpecOperations {
  /** One operation: where it lives and whether it pages or starts operations. */
  static final class Op {
    final String id;
    final String tag;
    final String method;
    final String path;
    final boolean paged;
    final boolean startsOperations;

    Op(String id, String tag, String method, String path, boolean paged, boolean startsOperations) {
      this.id = id;
      this.tag = tag;
      this.method = method;
      this.path = path;
      this.paged = paged;
      this.startsOperations = startsOperations;
    }
  }

  private final Map<String, Object> spec;

  private SpecOperations(Map<String, Object> spec) {
    this.spec = spec;
  }

  static List<Op> read(Path file) throws IOException {
    LoaderOptions options = new LoaderOptions();
    options.setCodePointLimit(64 * 1024 * 1024);
    try (Reader in = Files.newBufferedReader(file)) {
      Map<String, Object> spec = new Yaml(options).load(in);
      return new SpecOperations(spec).operations();
    }
  }

  static Path specFile() {
    for (Path dir = Path.of("").toAbsolutePath(); dir != null; dir = dir.getParent()) {
      Path candidate = dir.resolve("spec/neon-api.yaml");
      if (Files.isRegularFile(candidate)) {
        return candidate;
      }
    }
    throw new IllegalStateException("spec/neon-api.yaml not found above " + Path.of("").toAbsolutePath());
  }

  @SuppressWarnings("unchecked")
  private List<Op> operations() {
    List<Op> ops = new ArrayList<>();
    Map<String, Object> paths = (Map<String, Object>) spec.get("paths");
    paths.forEach((path, item) -> ((Map<String, Object>) item).forEach((method, value) -> {
      if (!(value instanceof Map) || !((Map<String, Object>) value).containsKey("operationId")) {
        return;
      }
      Map<String, Object> op = (Map<String, Object>) value;
      List<String> tags = (List<String>) op.getOrDefault("tags", List.of("untagged"));
      ops.add(new Op((String) op.get("operationId"), tags.get(0), method.toUpperCase(java.util.Locale.ROOT), path,
          parameterNames(op).contains("cursor"),
          // a read (listProjectOperations) returns operations without starting any
          !"get".equalsIgnoreCase(method) && successProperties(op).contains("operations")));
    }));
    return ops;
  }

  @SuppressWarnings("unchecked")
  private Set<String> parameterNames(Map<String, Object> op) {
    Set<String> names = new LinkedHashSet<>();
    for (Object p : (List<Object>) op.getOrDefault("parameters", List.of())) {
      names.add((String) resolve((Map<String, Object>) p).get("name"));
    }
    return names;
  }

  @SuppressWarnings("unchecked")
  private Set<String> successProperties(Map<String, Object> op) {
    Set<String> names = new LinkedHashSet<>();
    ((Map<String, Object>) op.getOrDefault("responses", Map.of())).forEach((status, response) -> {
      if (!String.valueOf(status).startsWith("2")) {
        return;
      }
      Map<String, Object> content = (Map<String, Object>) resolve((Map<String, Object>) response).get("content");
      Map<String, Object> json = content == null ? null : (Map<String, Object>) content.get("application/json");
      if (json != null && json.get("schema") != null) {
        collectProperties((Map<String, Object>) json.get("schema"), names);
      }
    });
    return names;
  }

  @SuppressWarnings("unchecked")
  private void collectProperties(Map<String, Object> schema, Set<String> into) {
    Map<String, Object> s = resolve(schema);
    if (s.get("properties") != null) {
      into.addAll(((Map<String, Object>) s.get("properties")).keySet());
    }
    for (Object part : (List<Object>) s.getOrDefault("allOf", List.of())) {
      collectProperties((Map<String, Object>) part, into);
    }
  }

  @SuppressWarnings("unchecked")
  private Map<String, Object> resolve(Map<String, Object> node) {
    Map<String, Object> current = node;
    while (current.containsKey("$ref")) {
      String[] parts = ((String) current.get("$ref")).substring(2).split("/");
      Object target = spec;
      for (String part : parts) {
        target = ((Map<String, Object>) target).get(part);
      }
      current = (Map<String, Object>) target;
    }
    return current;
  }
}

package dev.neonjava.spec.drift;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import com.fasterxml.jackson.dataformat.yaml.YAMLFactory;
import com.fasterxml.jackson.dataformat.yaml.YAMLGenerator;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.yaml.snakeyaml.DumperOptions;
import org.yaml.snakeyaml.LoaderOptions;
import org.yaml.snakeyaml.Yaml;
import org.yaml.snakeyaml.constructor.SafeConstructor;
import org.yaml.snakeyaml.nodes.Tag;
import org.yaml.snakeyaml.representer.Representer;
import org.yaml.snakeyaml.resolver.Resolver;

/**
 * Writes a published spec into {@code spec/} the way spec/README.md requires: structure only. Prose
 * ({@code description}, {@code summary}) is kept only where the current vendored file has prose at
 * the same JSON pointer (ours); everywhere else it is dropped. {@code example(s)}, {@code x-*}
 * extensions and {@code externalDocs} are dropped. What spec/ adds on purpose is carried over
 * ({@link OwnAdditions}: operations and components marked {@code x-neon-java-origin}, with everything
 * they reference, and explicit error responses matched by operationId), with the security
 * declaration (BearerAuth only) and the tags; everything else of spec/ that the published spec lacks
 * is dropped and listed ({@link Derivation}). {@code info} is ours with
 * {@code info.version = <published version>-neon-java.<n>}.
 *
 * <p>Used only on request ({@code scripts/regenerate.sh --adopt}); the result is a starting point for
 * a reviewed pull request, never committed unread.
 */
public final class SpecAdopter {
  private static final Pattern OURS = Pattern.compile("^(\\d+\\.\\d+\\.\\d+)-neon-java\\.(\\d+)$");

  private SpecAdopter() {}

  /** Rewrites {@code vendored} from {@code published}; returns the new info.version. */
  public static String adopt(Path published, Path vendored) throws IOException {
    return adopt(published, vendored, null);
  }

  /**
   * As {@link #adopt(Path, Path)}; {@code publishedVersion} (the npm version, when known) replaces the
   * published {@code info.version}, which Neon sets to {@code v2}.
   */
  public static String adopt(Path published, Path vendored, String publishedVersion) throws IOException {
    return derive(published, vendored, publishedVersion).version();
  }

  /** As {@link #adopt(Path, Path, String)}, returning what was carried over, moved and dropped. */
  public static Derivation derive(Path published, Path vendored, String publishedVersion) throws IOException {
    ObjectMapper yaml = mapper();
    JsonNode pub = read(yaml, published);
    JsonNode cur = Files.isRegularFile(vendored) ? read(yaml, vendored) : yaml.createObjectNode();
    if (publishedVersion != null && !publishedVersion.isBlank()) {
      ((ObjectNode) pub.path("info")).put("version", publishedVersion);
    }
    Derivation log = new Derivation();
    ObjectNode derived = derive(pub, cur, log);
    String text = yaml.writeValueAsString(derived);
    Files.writeString(vendored, text, StandardCharsets.UTF_8);
    return log.version(derived.path("info").path("version").asText());
  }

  static ObjectMapper mapper() {
    YAMLFactory f = YAMLFactory.builder()
        .disable(YAMLGenerator.Feature.WRITE_DOC_START_MARKER)
        .enable(YAMLGenerator.Feature.MINIMIZE_QUOTES)
        .enable(YAMLGenerator.Feature.INDENT_ARRAYS_WITH_INDICATOR)
        .build();
    return new ObjectMapper(f);
  }

  /**
   * Reads YAML with SnakeYAML, which resolves anchors and aliases (Neon's published file uses them;
   * Jackson's YAML tree reader would return the alias name instead), without turning date-like
   * strings into timestamps.
   */
  static JsonNode read(ObjectMapper yaml, Path file) throws IOException {
    String text = Files.readString(file, StandardCharsets.UTF_8);
    if (text.trim().startsWith("{")) {
      return new ObjectMapper().readTree(text);
    }
    LoaderOptions options = new LoaderOptions();
    options.setMaxAliasesForCollections(100_000);
    options.setCodePointLimit(64 * 1024 * 1024);
    DumperOptions dumper = new DumperOptions();
    Resolver noTimestamps = new Resolver() {
      @Override
      protected void addImplicitResolvers() {
        addImplicitResolver(Tag.BOOL, BOOL, "yYnNtTfFoO");
        addImplicitResolver(Tag.INT, INT, "-+0123456789");
        addImplicitResolver(Tag.FLOAT, FLOAT, "-+0123456789.");
        addImplicitResolver(Tag.MERGE, MERGE, "<");
        addImplicitResolver(Tag.NULL, NULL, "~nN\0");
        addImplicitResolver(Tag.NULL, EMPTY, null);
      }
    };
    Yaml snake = new Yaml(new SafeConstructor(options), new Representer(dumper), dumper, options, noTimestamps);
    return new ObjectMapper().valueToTree(snake.load(text));
  }

  static ObjectNode derive(JsonNode published, JsonNode current, Derivation log) {
    ObjectNode out = published.deepCopy();
    strip(out, current);
    // info is ours; only the version follows the published document
    String pubVersion = published.path("info").path("version").asText("0.0.0");
    ObjectNode info = current.has("info") ? ((ObjectNode) current.get("info")).deepCopy() : out.withObjectProperty("info");
    info.put("version", nextVersion(pubVersion, current.path("info").path("version").asText("")));
    out.set("info", info);
    if (current.has("tags")) {
      out.set("tags", current.get("tags").deepCopy());
    }
    OwnAdditions.carry(out, current, log);
    // security is ours: BearerAuth only (the published cookie schemes are console-only)
    if (current.has("security")) {
      out.set("security", current.get("security").deepCopy());
    }
    JsonNode schemes = current.path("components").path("securitySchemes");
    if (schemes.isObject()) {
      out.withObjectProperty("components").set("securitySchemes", schemes.deepCopy());
    }
    return out;
  }

  static String nextVersion(String published, String current) {
    Matcher m = OURS.matcher(current);
    if (m.matches() && m.group(1).equals(published)) {
      return published + "-neon-java." + (Integer.parseInt(m.group(2)) + 1);
    }
    return published + "-neon-java.1";
  }

  private static final java.util.Set<String> NAME_MAPS = java.util.Set.of("properties", "schemas", "paths",
      "responses", "content", "headers", "securitySchemes", "requestBodies", "variables", "mapping", "callbacks",
      "links", "encoding");

  private static void strip(JsonNode node, JsonNode ours) {
    strip(node, ours, null, false, null);
  }

  /**
   * {@code key}: the key this node sits under; {@code names}: the keys of this object are names (properties, paths, ...), never keywords;
   * {@code response}: this object is the response of that status (or component) name, whose
   * {@code description} OpenAPI requires: without prose of ours it gets a neutral placeholder.
   */
  private static void strip(JsonNode node, JsonNode ours, String key, boolean names, String response) {
    if (node.isObject()) {
      ObjectNode obj = (ObjectNode) node;
      List<String> remove = new ArrayList<>();
      Iterator<Map.Entry<String, JsonNode>> it = obj.properties().iterator();
      while (it.hasNext() && !names) {
        Map.Entry<String, JsonNode> e = it.next();
        String k = e.getKey();
        boolean prose = ("description".equals(k) || "summary".equals(k)) && e.getValue().isTextual();
        if (k.startsWith("x-") || "example".equals(k) || "examples".equals(k) || "externalDocs".equals(k)) {
          remove.add(k);
        } else if (prose) {
          JsonNode mine = ours == null ? null : ours.get(k);
          if (mine != null && mine.isTextual()) {
            obj.put(k, mine.asText());
          } else if (response != null && "description".equals(k)) {
            obj.put(k, "Response " + response);
          } else {
            remove.add(k);
          }
        }
      }
      obj.remove(remove);
      Iterator<Map.Entry<String, JsonNode>> children = obj.properties().iterator();
      while (children.hasNext()) {
        Map.Entry<String, JsonNode> e = children.next();
        strip(e.getValue(), ours == null ? null : ours.get(e.getKey()), e.getKey(), !names && NAME_MAPS.contains(e.getKey()),
            names && "responses".equals(key) ? e.getKey() : null);
      }
    } else if (node.isArray()) {
      for (int i = 0; i < node.size(); i++) {
        strip(node.get(i), ours != null && ours.isArray() && i < ours.size() ? ours.get(i) : null, null, false, null);
      }
    }
  }
}

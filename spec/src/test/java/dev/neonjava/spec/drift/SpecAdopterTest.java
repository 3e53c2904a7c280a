package dev.neonjava.spec.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code --adopt}: structure from the published spec, prose only where ours exists, hand-written parts kept. */
class SpecAdopterTest {
  @TempDir
  Path tmp;

  @Test
  void derivesTheVendoredFileFromAPublishedOne() throws Exception {
    Path published = Files.writeString(tmp.resolve("published.yaml"), String.join("\n",
        "openapi: 3.0.3",
        "info:",
        "  title: Neon API",
        "  description: Their long text.",
        "  version: v2",
        "x-tagGroups: []",
        "paths:",
        "  /widgets:",
        "    get:",
        "      operationId: listWidgets",
        "      summary: Their summary",
        "      description: Their description",
        "      x-stability-level: stable",
        "      responses:",
        "        '200':",
        "          description: Their response text",
        "          content:",
        "            application/json:",
        "              example: {a: 1}",
        "              schema:",
        "                $ref: '#/components/schemas/Widget'",
        "        '404':",
        "          description: Their not-found text",
        "components:",
        "  responses:",
        "    HealthCheck:",
        "      description: Their health text",
        "  schemas:",
        "    Widget:",
        "      type: object",
        "      description: Their widget text",
        "      externalDocs:",
        "        url: https://example.invalid/docs",
        "      properties:",
        "        example:",
        "          type: string",
        "          description: a property that is called example",
        "        description:",
        "          type: string",
        "        created_at: &created",
        "          type: string",
        "          format: date-time",
        "          default: 2022-11-23T17:42:25Z",
        "        updated_at: *created",
        ""));
    Path vendored = Files.writeString(tmp.resolve("neon-api.yaml"), String.join("\n",
        "openapi: 3.0.3",
        "info:",
        "  title: Neon API (neon-java)",
        "  version: 2.7.3-neon-java.2",
        "paths:",
        "  /widgets:",
        "    get:",
        "      operationId: listWidgets",
        "      summary: Our summary",
        "      responses:",
        "        '200':",
        "          description: Our response text",
        "  /legacy:",
        "    post:",
        "      operationId: legacyThing",
        "      responses:",
        "        '200':",
        "          description: Hand-written",
        "components:",
        "  schemas:",
        "    HandWritten:",
        "      type: string",
        ""));
    String version = SpecAdopter.adopt(published, vendored);
    // the published info.version "v2" is not a package version: the result says so rather than guess
    assertThat(version).isEqualTo("v2-neon-java.1");
    String out = Files.readString(vendored);
    // a response must have a description: without ours it gets a neutral placeholder
    assertThat(out).contains("description: Response 404", "description: Response HealthCheck");
    assertThat(out).contains("summary: Our summary", "description: Our response text", "title: Neon API (neon-java)",
        "operationId: legacyThing", "HandWritten:", "example:", "description:\n          type: string");
    // YAML aliases are resolved (Neon's file uses them), date-like strings stay strings
    io.swagger.v3.oas.models.media.Schema<?> widget =
        DriftAnalyzer.parse(vendored.toString()).getComponents().getSchemas().get("Widget");
    assertThat(((io.swagger.v3.oas.models.media.Schema<?>) widget.getProperties().get("updated_at")).getFormat())
        .isEqualTo("date-time");
    assertThat(out).contains("default: 2022-11-23T17:42:25Z").doesNotContain("*created", "&created");
    assertThat(out).doesNotContain("Their", "x-stability-level", "x-tagGroups", "externalDocs", "{a: 1}", "a: 1");
    assertThat(SpecAdopter.adopt(published, vendored, "2.7.3")).isEqualTo("2.7.3-neon-java.1");
    assertThat(SpecAdopter.nextVersion("2.7.3", "2.7.3-neon-java.2")).isEqualTo("2.7.3-neon-java.3");
    assertThat(SpecAdopter.nextVersion("2.8.0", "2.7.3-neon-java.2")).isEqualTo("2.8.0-neon-java.1");
    // the result is a valid document
    assertThat(DriftAnalyzer.parse(vendored.toString()).getPaths()).containsKeys("/widgets", "/legacy");
  }
}

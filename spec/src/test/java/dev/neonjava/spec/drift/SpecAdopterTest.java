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
        "      x-neon-java-origin: hand-written",
        "      responses:",
        "        '200':",
        "          description: Hand-written",
        "components:",
        "  schemas:",
        "    HandWritten:",
        "      x-neon-java-origin: hand-written",
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

  /**
   * Issue 15, A1 and A2: only our marked additions are carried over, with the reusable parameters and
   * schemas they reference; an operation Neon moved is matched by operationId (not kept twice); what
   * Neon removed is dropped and listed; a marked operation that Neon now publishes is taken from Neon
   * (keeping our error responses, deprecation and mark).
   */
  @Test
  void carriesOnlyMarkedAdditionsWithTheirReferencesAndFollowsMovedOperations() throws Exception {
    Path published = Files.writeString(tmp.resolve("published.yaml"), String.join("\n",
        "openapi: 3.0.3",
        "info:",
        "  title: Neon API",
        "  version: v2",
        "paths:",
        "  /orgs/{org_id}/members:",
        "    parameters:",
        "      - name: org_id",
        "        in: path",
        "        required: true",
        "        schema:",
        "          type: string",
        "    get:",
        "      operationId: getMembers",
        "      responses:",
        "        '200':",
        "          description: x",
        "  /things/{id}/data-api:",
        "    get:",
        "      operationId: getDataApi",
        "      parameters:",
        "        - name: id",
        "          in: path",
        "          required: true",
        "          schema:",
        "            type: string",
        "      responses:",
        "        '200':",
        "          description: x",
        "  /things/recover:",
        "    post:",
        "      operationId: recoverThing",
        "      responses:",
        "        '200':",
        "          description: x",
        ""));
    Path vendored = Files.writeString(tmp.resolve("neon-api.yaml"), String.join("\n",
        "openapi: 3.0.3",
        "info:",
        "  title: Neon API (neon-java)",
        "  version: 2.2.0-neon-java.1",
        "paths:",
        "  /orgs/{org_id}/members:",
        "    parameters:",
        "      - name: org_id",
        "        in: path",
        "        required: true",
        "        schema:",
        "          type: string",
        "    get:",
        "      operationId: getMembers",
        "      responses:",
        "        '200':",
        "          description: x",
        "        '404':",
        "          $ref: '#/components/responses/NotFound'",
        "    post:",
        "      operationId: inviteMember",
        "      x-neon-java-origin: hand-written",
        "      parameters:",
        "        - $ref: '#/components/parameters/CursorParam'",
        "      requestBody:",
        "        content:",
        "          application/json:",
        "            schema:",
        "              $ref: '#/components/schemas/Invite'",
        "      responses:",
        "        '200':",
        "          description: x",
        "  /things/{id}/data-api/{db}:",
        "    get:",
        "      operationId: getDataApi",
        "      responses:",
        "        '200':",
        "          description: x",
        "        '423':",
        "          $ref: '#/components/responses/NotFound'",
        "  /things/restore:",
        "    post:",
        "      operationId: recoverThing",
        "      x-neon-java-origin: hand-written",
        "      deprecated: true",
        "      responses:",
        "        '200':",
        "          description: x",
        "        '404':",
        "          $ref: '#/components/responses/NotFound'",
        "  /gone:",
        "    get:",
        "      operationId: removedByNeon",
        "      responses:",
        "        '200':",
        "          description: x",
        "          content:",
        "            application/json:",
        "              schema:",
        "                $ref: '#/components/schemas/Gone'",
        "components:",
        "  parameters:",
        "    CursorParam:",
        "      name: cursor",
        "      in: query",
        "      schema:",
        "        type: string",
        "  responses:",
        "    NotFound:",
        "      description: Not found",
        "      content:",
        "        application/json:",
        "          schema:",
        "            $ref: '#/components/schemas/Error'",
        "  schemas:",
        "    Invite:",
        "      type: object",
        "      properties:",
        "        role:",
        "          $ref: '#/components/schemas/Role'",
        "    Role:",
        "      type: string",
        "    Error:",
        "      type: object",
        "    Gone:",
        "      type: object",
        ""));
    Derivation d = SpecAdopter.derive(published, vendored, "2.5.0");
    io.swagger.v3.parser.core.models.SwaggerParseResult parsed = new io.swagger.v3.parser.OpenAPIV3Parser()
        .readLocation(vendored.toString(), null, null);
    assertThat(parsed.getMessages()).as("the candidate is a valid document").isEmpty();
    io.swagger.v3.oas.models.OpenAPI api = parsed.getOpenAPI();
    // A1: the carried operation comes with the reusable parameter and the schemas it references
    assertThat(api.getPaths().get("/orgs/{org_id}/members").getPost().getOperationId()).isEqualTo("inviteMember");
    assertThat(api.getComponents().getParameters()).containsOnlyKeys("CursorParam");
    assertThat(api.getComponents().getSchemas()).containsOnlyKeys("Invite", "Role", "Error");
    // A2: the moved operation exists once, at Neon's new path, with our explicit error response
    assertThat(api.getPaths()).doesNotContainKeys("/things/{id}/data-api/{db}", "/gone", "/things/restore");
    assertThat(api.getPaths().get("/things/{id}/data-api").getGet().getResponses()).containsKeys("200", "423");
    assertThat(api.getPaths().get("/orgs/{org_id}/members").getGet().getResponses()).containsKeys("200", "404");
    assertThat(d.moved()).containsExactly(
        "getDataApi: GET /things/{id}/data-api/{db} -> GET /things/{id}/data-api");
    assertThat(d.removedOperations()).containsExactly("removedByNeon (GET /gone)");
    assertThat(d.removedComponents()).containsExactly("#/components/schemas/Gone");
    assertThat(d.nowPublished()).containsExactly("operation recoverThing (published at POST /things/recover)");
    // ... taken from Neon, with our explicit error responses, our deprecation and our mark (kept if Neon drops it again)
    io.swagger.v3.oas.models.Operation recover = api.getPaths().get("/things/recover").getPost();
    assertThat(recover.getResponses()).containsKeys("200", "404");
    assertThat(recover.getDeprecated()).isTrue();
    assertThat(recover.getExtensions()).containsEntry(OwnAdditions.MARKER, "hand-written");
    assertThat(d.carried()).contains("deprecated: true of operation recoverThing");
    assertThat(d.carried()).contains("operation inviteMember (POST /orgs/{org_id}/members)",
        "component #/components/parameters/CursorParam", "component #/components/schemas/Role");
    assertThat(d.conflicts()).isEmpty();
    assertThat(d.markdown("2.5.0")).contains("## Moved by Neon", "removedByNeon");
    assertThat(Files.readString(vendored)).contains("x-neon-java-origin: hand-written");
  }
}

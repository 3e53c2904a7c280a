package dev.neonjava.spec.drift;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.spec.drift.Finding.JavaImpact;
import dev.neonjava.spec.drift.Finding.Kind;
import dev.neonjava.spec.drift.Finding.Severity;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The four misses of the drift report found by comparing published versions pairwise (issue 15), each
 * on a small pair of documents written for the test: a renamed {@code $ref}; a change reported at the
 * wrong place (an inline change on the operation, an error response going from oneOf to a $ref); unused
 * components; an added enum value.
 */
class JavaDriftTest {
  @TempDir
  Path tmp;

  private static final String HEAD = String.join("\n",
      "openapi: 3.0.3",
      "info:",
      "  title: Java drift fixture",
      "  version: 1.0.0",
      "paths:",
      "  /things/{id}/restore:",
      "    post:",
      "      operationId: restoreThing",
      "      parameters:",
      "        - name: id",
      "          in: path",
      "          required: true",
      "          schema:",
      "            type: string",
      "      responses:",
      "        '200':",
      "          description: ok",
      "          content:",
      "            application/json:",
      "              schema:",
      "");

  private static final String THING = String.join("\n",
      "    Thing:",
      "      type: object",
      "      properties:",
      "        id:",
      "          type: string",
      "");

  private DriftResult diff(String oldText, String newText) throws IOException {
    Path o = Files.writeString(tmp.resolve("old.yaml"), oldText);
    Path n = Files.writeString(tmp.resolve("new.yaml"), newText);
    return DriftAnalyzer.compare(o, n);
  }

  private static List<Finding> of(DriftResult r, Kind kind) {
    return r.findings().stream().filter(f -> f.kind() == kind).collect(Collectors.toList());
  }

  private static String restoreResponse(String ref) {
    return HEAD + "                $ref: '#/components/schemas/" + ref + "'\n"
        + "components:\n  schemas:\n" + THING
        + "    " + ref + ":\n      type: object\n      properties:\n        thing:\n          $ref: '#/components/schemas/Thing'\n";
  }

  @Test
  void renamedRefIsBreakingForJavaAtTheOperationAndPointer() throws IOException {
    // same structure under another name: openapi-diff alone sees nothing
    DriftResult r = diff(restoreResponse("ThingRestoreResponse"), restoreResponse("ThingRecoverResponse"));

    assertThat(of(r, Kind.REF_CHANGED)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.BREAKING);
      assertThat(f.javaImpact()).isEqualTo(JavaImpact.BINARY);
      assertThat(f.operation()).isEqualTo("POST /things/{id}/restore");
      assertThat(f.location()).isEqualTo("response 200 application/json");
      assertThat(f.schema()).isEqualTo("#/paths/~1things~1{id}~1restore/post/responses/200/content/application~1json/schema");
      assertThat(f.detail()).contains("`ThingRestoreResponse` -> `ThingRecoverResponse`", "class ThingRestoreResponse is removed");
    });
    assertThat(r.verdict()).isEqualTo("BREAKING");
    assertThat(r.javaBinaryCount()).isEqualTo(1);
  }

  private static String members(String schema, boolean mfa, String notFound) {
    return String.join("\n",
        "openapi: 3.0.3",
        "info:",
        "  title: Java drift fixture",
        "  version: 1.0.0",
        "paths:",
        "  /orgs/{org_id}/members:",
        "    get:",
        "      operationId: getMembers",
        "      parameters:",
        "        - name: org_id",
        "          in: path",
        "          required: true",
        "          schema:",
        "            type: string",
        "      responses:",
        "        '200':",
        "          description: ok",
        "          content:",
        "            application/json:",
        "              schema:",
        schema,
        "        '404':",
        "          description: not found",
        "          content:",
        "            application/json:",
        "              schema:",
        notFound,
        "components:",
        "  schemas:",
        "    MembersResponse:",
        "      type: object",
        "      required: [members]",
        "      properties:",
        "        members:",
        "          type: array",
        "          items:",
        "            $ref: '#/components/schemas/MemberUser'",
        "    Pagination:",
        "      type: object",
        "      properties:",
        "        pagination:",
        "          type: object",
        "          properties:",
        "            next:",
        "              type: string",
        "    MemberUser:",
        "      type: object",
        "      properties:",
        "        email:",
        "          type: string",
        mfa ? "        has_mfa:\n          type: boolean" : "",
        "    Error:",
        "      type: object",
        "      properties:",
        "        message:",
        "          type: string",
        "    OtherError:",
        "      type: object",
        "      properties:",
        "        code:",
        "          type: string",
        "");
  }

  @Test
  void inlineChangesAreReportedOnTheOperationAndUnchangedComponentsAreNotBlamed() throws IOException {
    String oldText = members("                $ref: '#/components/schemas/MembersResponse'", false,
        "                oneOf:\n                  - $ref: '#/components/schemas/Error'\n"
            + "                  - $ref: '#/components/schemas/OtherError'");
    String newText = members("                allOf:\n                  - $ref: '#/components/schemas/MembersResponse'\n"
        + "                  - $ref: '#/components/schemas/Pagination'", true,
        "                $ref: '#/components/schemas/Error'");
    DriftResult r = diff(oldText, newText);
    String site = "#/paths/~1orgs~1{org_id}~1members/get/responses/200/content/application~1json/schema";

    // MembersResponse, Error and OtherError did not change: no finding points into them
    assertThat(r.findings()).extracting(Finding::schema).doesNotContainNull()
        .noneMatch(p -> p.startsWith("#/components/schemas/MembersResponse") || p.startsWith("#/components/schemas/Error")
            || p.startsWith("#/components/schemas/OtherError"));
    assertThat(of(r, Kind.REF_CHANGED)).anySatisfy(f -> {
      assertThat(f.schema()).isEqualTo(site);
      assertThat(f.detail()).startsWith("$ref `MembersResponse` -> inline schema");
      assertThat(f.breaking()).isTrue();
    });
    // the fields added underneath: at the use site for the new inline part, in the component for MemberUser
    assertThat(of(r, Kind.PROPERTY_ADDED)).extracting(Finding::schema)
        .contains(site + "/properties/pagination", "#/components/schemas/MemberUser/properties/has_mfa");
    // the error response changed from a oneOf to a $ref: reported at the response, and not breaking
    String errorSite = "#/paths/~1orgs~1{org_id}~1members/get/responses/404/content/application~1json/schema";
    List<Finding> error = r.findings().stream().filter(f -> f.location().startsWith("response 404")).collect(Collectors.toList());
    assertThat(error).isNotEmpty().allSatisfy(f -> {
      assertThat(f.breaking()).isFalse();
      assertThat(f.schema()).startsWith(errorSite);
    });
  }

  private static String withComponents(String extra) {
    return restoreResponse("ThingResponse") + extra;
  }

  @Test
  void unusedComponentsAreReportedAsSuch() throws IOException {
    String unusedA = "    LegacyA:\n      type: object\n      properties:\n        a:\n          type: string\n";
    String unusedB = "    LegacyB:\n      type: string\n      enum: [x, y]\n";
    String unusedBChanged = "    LegacyB:\n      type: string\n      enum: [x]\n";
    String unusedC = "    NewC:\n      type: integer\n";
    DriftResult r = diff(withComponents(unusedA + unusedB), withComponents(unusedBChanged + unusedC));

    assertThat(of(r, Kind.UNUSED_COMPONENT_REMOVED)).singleElement().satisfies(f -> {
      assertThat(f.schema()).isEqualTo("#/components/schemas/LegacyA");
      assertThat(f.breaking()).isTrue();
      assertThat(f.javaImpact()).isEqualTo(JavaImpact.BINARY);
      assertThat(f.operation()).isEqualTo(Finding.UNUSED_COMPONENTS);
    });
    assertThat(of(r, Kind.UNUSED_COMPONENT_ADDED)).extracting(Finding::schema).containsExactly("#/components/schemas/NewC");
    assertThat(of(r, Kind.UNUSED_COMPONENT_CHANGED)).extracting(Finding::schema).containsExactly("#/components/schemas/LegacyB");
    assertThat(r.changedOperations()).doesNotContain(Finding.UNUSED_COMPONENTS);
    String md = ReportWriter.markdown(r, new ReportWriter.Context().oldFile("old.yaml"), tmp);
    assertThat(md).contains("## Unused components", "`#/components/schemas/LegacyA` — unused component `LegacyA` removed");
  }

  @Test
  void addedEnumValueIsSourceIncompatibleWhateverThePolicy() throws IOException {
    String oldText = withComponents("    Color:\n      type: string\n      enum: [red, green]\n")
        .replace("        thing:\n", "        color:\n          $ref: '#/components/schemas/Color'\n        thing:\n");
    String newText = oldText.replace("enum: [red, green]", "enum: [red, green, blue]");
    DriftResult r = diff(oldText, newText);

    assertThat(of(r, Kind.ENUM_VALUE_ADDED)).singleElement().satisfies(f -> {
      assertThat(f.severity()).isEqualTo(Severity.NON_BREAKING);
      assertThat(f.javaImpact()).isEqualTo(JavaImpact.SOURCE);
      assertThat(f.schema()).isEqualTo("#/components/schemas/Color");
    });
    assertThat(r.javaSourceCount()).isEqualTo(1);
    String md = ReportWriter.markdown(r, new ReportWriter.Context().oldFile("old.yaml"), tmp);
    assertThat(md).contains("**source-incompatible for Java**", "| For Java users | 0 break compiled code");
    assertThat(ReportSummary.of(r, new ReportWriter.Context()).toString()).contains("javaSourceIncompatible=1");
  }

  @Test
  void japicmpCountsSitNextToTheSpecFindingsAndUnexplainedRemovalsAreNamed() throws IOException {
    DriftResult r = diff(restoreResponse("ThingRestoreResponse"), restoreResponse("ThingRecoverResponse"));
    // the line format of japicmp's text diff (0.27.0)
    Path diff = Files.writeString(tmp.resolve("neon-generated.diff"), String.join("\n",
        "Comparing source compatibility of neon-generated.jar against neon-generated.jar",
        "---! REMOVED CLASS: PUBLIC(-) FINAL(-) dev.neonjava.generated.model.ThingRestoreResponse  (not serializable)",
        "---! REMOVED CLASS: PUBLIC(-) FINAL(-) dev.neonjava.generated.model.Orphan  (not serializable)",
        "---! REMOVED CLASS: PUBLIC(-) STATIC(-) FINAL(-) dev.neonjava.generated.model.Orphan$Known  (not serializable)",
        "***! MODIFIED CLASS: PUBLIC dev.neonjava.generated.api.ThingApi  (not serializable)",
        "***  MODIFIED CLASS: PUBLIC dev.neonjava.generated.model.Thing  (not serializable)",
        "+++  NEW CLASS: PUBLIC(+) FINAL(+) dev.neonjava.generated.model.ThingRecoverResponse  (not serializable)",
        ""));
    JapicmpSummary j = JapicmpSummary.of(diff);
    assertThat(j.line()).isEqualTo("3 class(es) removed, 2 modified (1 incompatibly), 1 added");
    assertThat(j.breaking()).isTrue();
    assertThat(j.unexplained(r)).containsExactly("Orphan");
    ReportWriter.Context c = new ReportWriter.Context().oldFile("old.yaml");
    c.japicmpDiff.put("neon-generated", diff);
    assertThat(ReportWriter.markdown(r, c, tmp)).contains("| Java API of neon-generated (japicmp) | **breaking**: 3 class(es)"
        + " removed, 2 modified (1 incompatibly), 1 added; removed classes no finding names: 1 (Orphan) |");
  }
}

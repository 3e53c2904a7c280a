package dev.neonjava.spec.drift;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.neonjava.spec.drift.Finding.Kind;
import dev.neonjava.spec.drift.Finding.Severity;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Each test applies one edit to the fixture {@code drift/widgets.yaml} and asserts how the drift check
 * classifies it: kind, severity, operation and schema location.
 */
class DriftClassificationTest {
  static String base;
  @TempDir
  Path tmp;

  @BeforeAll
  static void load() throws IOException {
    base = fixture("widgets.yaml");
  }

  static String fixture(String name) throws IOException {
    try (InputStream in = DriftClassificationTest.class.getResourceAsStream("/drift/" + name)) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  /** The fixture with {@code from} replaced by {@code to} (which must occur exactly once). */
  static String edit(String text, String from, String to) {
    int at = text.indexOf(from);
    assertThat(at).as("fixture contains %s", from).isGreaterThanOrEqualTo(0);
    assertThat(text.indexOf(from, at + 1)).as("fixture contains %s once", from).isEqualTo(-1);
    return text.substring(0, at) + to + text.substring(at + from.length());
  }

  DriftResult diff(String newText) throws IOException {
    Path oldFile = tmp.resolve("old.yaml");
    Path newFile = tmp.resolve("new.yaml");
    Files.writeString(oldFile, base);
    Files.writeString(newFile, newText);
    return DriftAnalyzer.compare(oldFile, newFile);
  }

  static List<Finding> only(DriftResult r, Kind kind) {
    return r.findings().stream().filter(f -> f.kind() == kind).collect(Collectors.toList());
  }

  @Test
  void identicalDocumentsHaveNoDrift() throws IOException {
    DriftResult r = diff(base);
    assertThat(r.findings()).isEmpty();
    assertThat(r.verdict()).isEqualTo("NONE");
  }

  @Test
  void proseAloneIsNotDrift() throws IOException {
    String text = edit(base, "description: A widget.", "description: Something else entirely.");
    text = edit(text, "description: The widgets", "description: All the widgets, paged");
    text = edit(text, "description: Optional label.", "description: A label.\n          example: hello");
    DriftResult r = diff(text);
    assertThat(r.findings()).isEmpty();
  }

  @Test
  void operationAddedIsNonBreaking() throws IOException {
    DriftResult r = diff(edit(base, "  /widgets/{widget_id}:\n    get:",
        "  /widgets/{widget_id}:\n    delete:\n      operationId: deleteWidget\n      parameters:\n"
            + "        - name: widget_id\n          in: path\n          required: true\n          schema:\n            type: string\n"
            + "      responses:\n        '204':\n          description: Deleted\n    get:"));
    assertThat(r.findings()).containsExactly(new Finding(Kind.OPERATION_ADDED, Severity.NON_BREAKING,
        "DELETE /widgets/{widget_id}", "operation", null, "operation deleteWidget added"));
    assertThat(r.addedOperations()).containsExactly("DELETE /widgets/{widget_id}");
    assertThat(r.verdict()).isEqualTo("NON-BREAKING");
  }

  @Test
  void operationRemovedIsBreaking() throws IOException {
    int start = base.indexOf("  /widgets/{widget_id}:");
    int end = base.indexOf("components:");
    DriftResult r = diff(base.substring(0, start) + base.substring(end));
    assertThat(r.findings()).containsExactly(new Finding(Kind.OPERATION_REMOVED, Severity.BREAKING,
        "GET /widgets/{widget_id}", "operation", null, "operation getWidget removed"));
    assertThat(r.removedOperations()).containsExactly("GET /widgets/{widget_id}");
    assertThat(r.verdict()).isEqualTo("BREAKING");
  }

  /** An operation spec/ marks as its own addition (x-neon-java-origin) and the published spec lacks is ahead, not drift. */
  @Test
  void markedOperationMissingFromThePublishedSpecIsAheadNotRemoved() throws IOException {
    String marked = edit(base, "      operationId: getWidget\n",
        "      operationId: getWidget\n      x-neon-java-origin: from a newer SDK\n");
    int start = base.indexOf("  /widgets/{widget_id}:");
    int end = base.indexOf("components:");
    Path oldFile = Files.writeString(tmp.resolve("marked.yaml"), marked);
    Path newFile = Files.writeString(tmp.resolve("published.yaml"), base.substring(0, start) + base.substring(end));

    DriftResult r = DriftAnalyzer.compare(oldFile, newFile);

    assertThat(r.findings()).isEmpty();
    assertThat(r.removedOperations()).isEmpty();
    assertThat(r.verdict()).isEqualTo("NONE");
    assertThat(r.aheadOperations()).singleElement().satisfies(a -> {
      assertThat(a.operation()).isEqualTo("GET /widgets/{widget_id}");
      assertThat(a.operationId()).isEqualTo("getWidget");
      assertThat(a.origin()).isEqualTo("from a newer SDK");
    });
    assertThat(r.withBaseline(Baseline.empty()).aheadOperations()).hasSize(1);
    String report = ReportWriter.markdown(r, new ReportWriter.Context(), tmp);
    assertThat(report).contains("## Ahead of the published spec", "- `GET /widgets/{widget_id}` (getWidget) — from a newer SDK");
    assertThat(ReportSummary.of(r, new ReportWriter.Context()).toString()).contains("operationsAhead=1");
  }

  static final String LIMIT_PARAM = "      parameters:\n        - name: limit\n";

  @Test
  void optionalParameterAddedIsNonBreaking() throws IOException {
    DriftResult r = diff(edit(base, LIMIT_PARAM,
        "      parameters:\n        - name: cursor\n          in: query\n          schema:\n            type: string\n        - name: limit\n"));
    assertThat(r.findings()).containsExactly(new Finding(Kind.PARAMETER_ADDED, Severity.NON_BREAKING,
        "GET /widgets", "query parameter `cursor`", null, "optional query parameter `cursor` added"));
  }

  @Test
  void requiredParameterAddedIsBreaking() throws IOException {
    DriftResult r = diff(edit(base, LIMIT_PARAM,
        "      parameters:\n        - name: org_id\n          in: query\n          required: true\n          schema:\n"
            + "            type: string\n        - name: limit\n"));
    assertThat(r.findings()).containsExactly(new Finding(Kind.PARAMETER_ADDED, Severity.BREAKING,
        "GET /widgets", "query parameter `org_id`", null, "required query parameter `org_id` added"));
  }

  @Test
  void parameterBecomingRequiredIsBreaking() throws IOException {
    DriftResult r = diff(edit(base, "        - name: limit\n          in: query\n",
        "        - name: limit\n          in: query\n          required: true\n"));
    assertThat(only(r, Kind.PARAMETER_NOW_REQUIRED)).singleElement()
        .satisfies(f -> assertThat(f.severity()).isEqualTo(Severity.BREAKING));
  }

  @Test
  void propertyTypeChangedIsBreakingAndNamesTheComponentProperty() throws IOException {
    String text = edit(base, "        size:\n          type: integer\n          format: int32\n        label:",
        "        size:\n          type: string\n        label:");
    DriftResult r = diff(text);
    List<Finding> changes = only(r, Kind.TYPE_CHANGED);
    assertThat(changes).extracting(Finding::operation)
        .containsExactlyInAnyOrder("GET /widgets", "POST /widgets", "GET /widgets/{widget_id}");
    assertThat(changes).allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.BREAKING);
      assertThat(f.schema()).isEqualTo("#/components/schemas/Widget/properties/size");
      assertThat(f.detail()).isEqualTo("type integer(int32) -> string");
    });
    // one distinct change, reached from three operations
    assertThat(r.breakingCount()).isEqualTo(1);
    assertThat(r.changedOperations()).hasSize(3);
  }

  @Test
  void formatChangeIsATypeChange() throws IOException {
    DriftResult r = diff(edit(base, "        size:\n          type: integer\n          format: int32\n        label:",
        "        size:\n          type: integer\n          format: int64\n        label:"));
    assertThat(only(r, Kind.TYPE_CHANGED)).isNotEmpty().allSatisfy(f -> {
      assertThat(f.breaking()).isTrue();
      assertThat(f.detail()).isEqualTo("type integer(int32) -> integer(int64)");
    });
  }

  @Test
  void responseEnumValueAddedIsNonBreakingBecauseEnumsAreOpen() throws IOException {
    DriftResult r = diff(edit(base, "        - red\n        - green\n", "        - red\n        - green\n        - blue\n"));
    assertThat(r.findings()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.kind()).isEqualTo(Kind.ENUM_VALUE_ADDED);
      assertThat(f.severity()).isEqualTo(Severity.NON_BREAKING);
      assertThat(f.schema()).isEqualTo("#/components/schemas/Color");
      assertThat(f.detail()).isEqualTo("enum value(s) added: [blue]");
    });
    assertThat(r.verdict()).isEqualTo("NON-BREAKING");
  }

  @Test
  void requestEnumValueRemovedIsBreaking() throws IOException {
    DriftResult r = diff(edit(base, "        - light\n        - dark\n", "        - light\n"));
    assertThat(r.findings()).containsExactly(new Finding(Kind.ENUM_VALUE_REMOVED, Severity.BREAKING,
        "POST /widgets", "request body application/json", "#/components/schemas/Shade", "enum value(s) removed: [dark]"));
  }

  @Test
  void requestEnumValueAddedIsNonBreaking() throws IOException {
    DriftResult r = diff(edit(base, "        - light\n        - dark\n", "        - light\n        - dark\n        - dim\n"));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(Kind.ENUM_VALUE_ADDED);
      assertThat(f.severity()).isEqualTo(Severity.NON_BREAKING);
    });
  }

  @Test
  void operationIdRenamedIsBreaking() throws IOException {
    DriftResult r = diff(edit(base, "operationId: getWidget", "operationId: readWidget"));
    assertThat(r.findings()).containsExactly(new Finding(Kind.OPERATION_ID_CHANGED, Severity.BREAKING,
        "GET /widgets/{widget_id}", "operation", null, "operationId getWidget -> readWidget"));
  }

  @Test
  void removedOptionalResponsePropertyIsBreakingByOurRule() throws IOException {
    DriftResult r = diff(edit(base, "        label:\n          type: string\n          description: Optional label.\n", ""));
    assertThat(only(r, Kind.PROPERTY_REMOVED)).isNotEmpty().allSatisfy(f -> {
      assertThat(f.severity()).isEqualTo(Severity.BREAKING);
      assertThat(f.schema()).isEqualTo("#/components/schemas/Widget/properties/label");
      assertThat(f.detail()).isEqualTo("optional property `label` removed");
    });
  }

  @Test
  void optionalPropertyAddedIsNonBreakingRequiredRequestPropertyIsBreaking() throws IOException {
    DriftResult optional = diff(edit(base, "        label:\n          type: string\n",
        "        weight:\n          type: number\n        label:\n          type: string\n"));
    assertThat(optional.findings()).isNotEmpty().allSatisfy(f -> {
      assertThat(f.kind()).isEqualTo(Kind.PROPERTY_ADDED);
      assertThat(f.severity()).isEqualTo(Severity.NON_BREAKING);
    });
    DriftResult required = diff(edit(edit(base, "      required:\n        - shade\n", "      required:\n        - shade\n        - name\n"),
        "        shade:\n          $ref: '#/components/schemas/Shade'\n",
        "        shade:\n          $ref: '#/components/schemas/Shade'\n        name:\n          type: string\n"));
    assertThat(required.findings()).containsExactly(new Finding(Kind.PROPERTY_ADDED, Severity.BREAKING, "POST /widgets",
        "request body application/json", "#/components/schemas/WidgetCreateRequest/properties/name",
        "required property `name` added"));
  }

  @Test
  void requestConstraintNarrowingIsBreaking() throws IOException {
    DriftResult r = diff(edit(base, "            maximum: 100\n", "            maximum: 50\n"));
    assertThat(r.findings()).singleElement().satisfies(f -> {
      assertThat(f.kind()).isEqualTo(Kind.CONSTRAINT_CHANGED);
      assertThat(f.severity()).isEqualTo(Severity.BREAKING);
      assertThat(f.location()).isEqualTo("query parameter `limit`");
    });
    DriftResult wider = diff(edit(base, "            maximum: 100\n", "            maximum: 400\n"));
    assertThat(wider.findings()).singleElement().satisfies(f -> assertThat(f.breaking()).isFalse());
  }

  @Test
  void errorResponsesNeverBreakSuccessResponsesDo() throws IOException {
    DriftResult error = diff(edit(base, "        '409':\n          description: Conflict\n", ""));
    assertThat(error.findings()).containsExactly(new Finding(Kind.RESPONSE_REMOVED, Severity.NON_BREAKING,
        "POST /widgets", "response 409", null, "error response 409 removed"));
    DriftResult success = diff(edit(base, "        '201':\n          description: Created\n", "        '202':\n          description: Created\n"));
    assertThat(only(success, Kind.RESPONSE_REMOVED)).singleElement().satisfies(f -> assertThat(f.breaking()).isTrue());
    assertThat(only(success, Kind.RESPONSE_ADDED)).singleElement().satisfies(f -> assertThat(f.breaking()).isFalse());
  }

  @Test
  void policyDecidesTheExitStatus() throws IOException {
    DriftResult none = diff(base);
    DriftResult nonBreaking = diff(edit(base, "        - red\n        - green\n", "        - red\n        - green\n        - blue\n"));
    DriftResult breaking = diff(edit(base, "operationId: getWidget", "operationId: readWidget"));
    assertThat(Policy.BREAKING.fails(none)).isFalse();
    assertThat(Policy.BREAKING.fails(nonBreaking)).isFalse();
    assertThat(Policy.BREAKING.fails(breaking)).isTrue();
    assertThat(Policy.ANY.fails(none)).isFalse();
    assertThat(Policy.ANY.fails(nonBreaking)).isTrue();
    assertThat(Policy.NEVER.fails(breaking)).isFalse();
    assertThat(Policy.parse(null)).isEqualTo(Policy.BREAKING);
    assertThat(Policy.parse("Any")).isEqualTo(Policy.ANY);
    assertThatThrownBy(() -> Policy.parse("sometimes")).hasMessageContaining("breaking, any or never");
  }

  @Test
  void baselineAcceptsMatchingFindingsAndReportsUnusedEntries() throws IOException {
    DriftResult r = diff(edit(edit(base, "operationId: getWidget", "operationId: readWidget"),
        "        '409':\n          description: Conflict\n", ""));
    Baseline baseline = Baseline.parse("# comment\n"
        + "RESPONSE_REMOVED * /^error response \\S+ removed$/ -- ours\n"
        + "PROPERTY_REMOVED GET /widgets #/components/schemas/Widget/properties/gone -- never matches\n");
    DriftResult after = r.withBaseline(baseline);
    assertThat(after.findings()).extracting(Finding::kind).containsExactly(Kind.OPERATION_ID_CHANGED);
    assertThat(after.accepted()).extracting(Finding::kind).containsExactly(Kind.RESPONSE_REMOVED);
    assertThat(after.unusedBaselineEntries()).containsExactly(
        "PROPERTY_REMOVED GET /widgets #/components/schemas/Widget/properties/gone -- never matches");
    assertThatThrownBy(() -> Baseline.parse("NOT_A_KIND * -- x")).hasMessageContaining("unknown kind NOT_A_KIND");
    assertThatThrownBy(() -> Baseline.parse("OTHER GET /x nonsense -- x")).hasMessageContaining("line 1");
  }

  @Test
  void reportsAreWrittenAndTheJsonStaysSmall() throws IOException {
    DriftResult r = diff(edit(base, "        size:\n          type: integer\n          format: int32\n        label:",
        "        size:\n          type: string\n        label:"));
    ReportWriter.Context ctx = new ReportWriter.Context().oldFile("old.yaml").policy(Policy.BREAKING);
    ctx.newOrigin = "new.yaml";
    ctx.newRoute = "file";
    Path out = tmp.resolve("report");
    ReportWriter.write(r, ctx, out);
    String md = Files.readString(out.resolve("report.md"));
    assertThat(md).contains("| Verdict | **BREAKING**", "## Operations changed", "### `GET /widgets/{widget_id}` (getWidget) — **breaking**",
        "## Component schemas changed", "`#/components/schemas/Widget/properties/size` · type integer(int32) -> string",
        "`incompatible.operation.id.changed=true`");
    String json = Files.readString(out.resolve("report.json"));
    assertThat(json).contains("\"verdict\" : \"BREAKING\"", "\"breaking\" : 1", "\"operationsChanged\" : 3");
    assertThat(json.length()).isLessThan(4000);
    assertThat(ReportWriter.verdictLine(r, ctx, out)).startsWith("spec drift: BREAKING (1 breaking, 0 non-breaking;")
        .contains("FAIL (policy breaking)").doesNotContain("\n");
  }
}

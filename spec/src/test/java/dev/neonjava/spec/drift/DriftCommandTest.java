package dev.neonjava.spec.drift;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The command line: exit status by policy, the one-line verdict, both reports, the other commands. */
class DriftCommandTest {
  @TempDir
  Path tmp;
  Path oldSpec;
  ByteArrayOutputStream out;
  ByteArrayOutputStream err;

  @BeforeEach
  void fixtures() throws Exception {
    oldSpec = Files.writeString(tmp.resolve("old.yaml"), DriftClassificationTest.fixture("widgets.yaml"));
    out = new ByteArrayOutputStream();
    err = new ByteArrayOutputStream();
  }

  int run(String... args) {
    return new DriftCommand(new PrintStream(out, true, StandardCharsets.UTF_8), new PrintStream(err, true, StandardCharsets.UTF_8))
        .run(args);
  }

  Path variant(String from, String to) throws Exception {
    return Files.writeString(tmp.resolve("new-" + System.nanoTime() + ".yaml"),
        DriftClassificationTest.edit(Files.readString(oldSpec), from, to));
  }

  String[] drift(Path published, String policy) {
    return new String[] {"drift", "--spec=" + oldSpec, "--published=" + published, "--policy=" + policy,
        "--out=" + tmp.resolve("out"), "--cache=" + tmp.resolve("cache"), "--baseline=none"};
  }

  @Test
  void breakingDriftFailsByDefaultAndPassesWithPolicyNever() throws Exception {
    Path renamed = variant("operationId: getWidget", "operationId: readWidget");
    assertThat(run("drift", "--spec=" + oldSpec, "--published=" + renamed, "--out=" + tmp.resolve("out"), "--baseline=none"))
        .isEqualTo(1);
    String line = out.toString(StandardCharsets.UTF_8).trim();
    assertThat(line).startsWith("spec drift: BREAKING (1 breaking, 0 non-breaking;").contains("-> FAIL (policy breaking)")
        .doesNotContain("\n");
    assertThat(tmp.resolve("out/report.md")).exists();
    assertThat(tmp.resolve("out/report.json")).content().contains("\"failed\" : true", "OPERATION_ID_CHANGED");

    out.reset();
    assertThat(run(drift(renamed, "never"))).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("-> ok (policy never)");
  }

  @Test
  void nonBreakingDriftFailsOnlyWithPolicyAny() throws Exception {
    Path added = variant("        - red\n        - green\n", "        - red\n        - green\n        - blue\n");
    assertThat(run(drift(added, "breaking"))).isEqualTo(0);
    assertThat(run(drift(added, "any"))).isEqualTo(1);
    assertThat(run(drift(oldSpec, "any"))).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8)).contains("spec drift: NONE (0 breaking, 0 non-breaking;");
  }

  @Test
  void anUnobtainableSpecExitsTwoNamingTheRoutes() {
    assertThat(run(drift(tmp.resolve("missing.yaml"), "breaking"))).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("Could not obtain Neon's published OpenAPI spec",
        "1. file " + tmp.resolve("missing.yaml") + ": no such file");
  }

  @Test
  void usageErrorsExitTwo() {
    assertThat(run("frobnicate")).isEqualTo(2);
    assertThat(run("drift", "--policy=sometimes", "--spec=" + oldSpec, "--published=" + oldSpec)).isEqualTo(2);
    assertThat(run("drift", "stray")).isEqualTo(2);
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("unknown command frobnicate", "breaking, any or never",
        "unexpected argument stray");
  }

  @Test
  void fetchPrintsThePathOfTheDocument() {
    assertThat(run("fetch", "--published=" + oldSpec)).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEqualTo(oldSpec.toAbsolutePath().toString());
  }

  @Test
  void generatorOptionsPrintsWhatTheSpecNeeds() throws Exception {
    assertThat(run("generator-options", "--spec=" + GeneratorPreprocessingTest.resource("colliding-enums.yaml"))).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8).trim())
        .isEqualTo("-Dopenapi.generator.maven.plugin.inlineSchemaOptions=RESOLVE_INLINE_ENUMS=true");
    assertThat(err.toString(StandardCharsets.UTF_8)).contains("InnerEnum [applications, integrations]");
    out.reset();
    assertThat(run("generator-options", "--spec=" + oldSpec)).isEqualTo(0);
    assertThat(out.toString(StandardCharsets.UTF_8).trim()).isEmpty();
  }

  @Test
  void japicmpSummariesAreEmbedded() throws Exception {
    Path jdir = Files.createDirectories(tmp.resolve("japicmp"));
    Files.writeString(jdir.resolve("neon-generated.mode"), "report\n");
    Files.writeString(jdir.resolve("neon-generated.md"), "# japicmp\n\n| Status | Class |\n| --- | --- |\n| MODIFIED | Widget |\n");
    Files.writeString(jdir.resolve("neon-generated.outcome"), "neon-generated: 3 classes modified (report only)\n");
    Files.writeString(jdir.resolve("neon-fluent.mode"), "breaking\n");
    Files.writeString(jdir.resolve("neon-fluent.diff"), "Comparing source compatibility of new.jar against old.jar\n"
        + "***! MODIFIED CLASS: PUBLIC dev.neonjava.fluent.Branches  (not serializable)\n");
    assertThat(run("drift", "--spec=" + oldSpec, "--published=" + oldSpec, "--out=" + tmp.resolve("out"),
        "--baseline=none", "--japicmp-dir=" + jdir)).isEqualTo(0);
    String md = Files.readString(tmp.resolve("out/report.md"));
    assertThat(md).contains("### neon-generated — report only", "neon-generated: 3 classes modified (report only)",
        "Full report: [../japicmp/neon-generated.md]", "| MODIFIED | Widget |",
        "### neon-fluent — incompatibilities are breaking", "```\nComparing source compatibility",
        "***! MODIFIED CLASS: PUBLIC dev.neonjava.fluent.Branches");
    assertThat(tmp.resolve("out/report.json")).content().contains("\"neon-fluent\"", "\"breaking\" : true");
  }

  @Test
  void pinnedVersionComesFromTheVendoredInfoVersion() throws Exception {
    assertThat(DriftCommand.pinnedVersionOf(oldSpec)).isEqualTo("1.0.0");
    assertThat(DriftCommand.pinnedVersionOf(NpmSpecs.vendoredSpec())).matches("\\d+\\.\\d+\\.\\d+");
  }
}

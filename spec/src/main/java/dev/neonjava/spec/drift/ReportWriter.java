package dev.neonjava.spec.drift;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Writes {@code report.md} (for humans) and {@code report.json} (a small summary, never a dump). */
public final class ReportWriter {
  /** How many operations a distinct change lists before "and N more". */
  static final int MAX_OPERATIONS_LISTED = 5;
  /** Lines of an embedded japicmp summary before it is cut (the full file is linked). */
  static final int MAX_JAPICMP_LINES = 60;

  /** Everything the report says besides the findings. */
  public static final class Context {
    String oldFile;
    String newOrigin;
    String newRoute;
    String newFile;
    String newNpmVersion;
    Policy policy = Policy.BREAKING;
    List<String> skippedRoutes = List.of();
    /** module name -> japicmp summary (Markdown) file; absent when the Java-API check did not run. */
    Map<String, Path> japicmp = new LinkedHashMap<>();
    /** module name -> whether its API breaks count (neon-fluent) or are report-only (neon-generated). */
    Map<String, Boolean> japicmpBreaking = new LinkedHashMap<>();
    /** module name -> japicmp's plain-text diff, when present (embedded in preference to the Markdown). */
    Map<String, Path> japicmpDiff = new LinkedHashMap<>();
    /** module name -> outcome line written by the regeneration script. */
    Map<String, String> japicmpOutcome = new LinkedHashMap<>();

    public Context oldFile(String s) {
      this.oldFile = s;
      return this;
    }

    public Context published(PublishedSpecSource.Fetched f) {
      this.newOrigin = f.origin();
      this.newRoute = f.route();
      this.newFile = f.file().toString();
      this.newNpmVersion = f.npmVersion();
      this.skippedRoutes = f.skipped();
      return this;
    }

    public Context policy(Policy p) {
      this.policy = p;
      return this;
    }

    public Context japicmp(String module, Path markdown, boolean breaking, String outcome) {
      japicmp.put(module, markdown);
      japicmpBreaking.put(module, breaking);
      if (outcome != null) {
        japicmpOutcome.put(module, outcome);
      }
      return this;
    }
  }

  private ReportWriter() {}

  /** The one-line console verdict. */
  public static String verdictLine(DriftResult r, Context c, Path reportDir) {
    return "spec drift: " + r.verdict()
        + " (" + r.breakingCount() + " breaking, " + r.nonBreakingCount() + " non-breaking; operations "
        + r.addedOperations().size() + " added, " + r.removedOperations().size() + " removed, "
        + r.changedOperations().size() + " changed, " + r.aheadOperations().size() + " ahead; " + r.accepted().size()
        + " accepted)"
        + " spec/ " + r.oldVersion() + " vs " + published(r, c)
        + (c.policy.fails(r) ? " -> FAIL (policy " + name(c.policy) + ")" : " -> ok (policy " + name(c.policy) + ")")
        + "; report: " + reportDir.resolve("report.md");
  }

  /** The npm origin names its version; other routes add the document's info.version. */
  static String published(DriftResult r, Context c) {
    return "npm".equals(c.newRoute) ? c.newOrigin : c.newOrigin + " (info.version " + r.newVersion() + ")";
  }

  static String name(Policy p) {
    return p.name().toLowerCase(java.util.Locale.ROOT);
  }

  public static void write(DriftResult r, Context c, Path dir) throws IOException {
    Files.createDirectories(dir);
    Files.writeString(dir.resolve("report.md"), markdown(r, c, dir), StandardCharsets.UTF_8);
    ObjectMapper mapper = new ObjectMapper().enable(SerializationFeature.INDENT_OUTPUT);
    Files.writeString(dir.resolve("report.json"), mapper.writeValueAsString(ReportSummary.of(r, c)) + "\n", StandardCharsets.UTF_8);
  }

  static String markdown(DriftResult r, Context c, Path dir) throws IOException {
    StringBuilder md = new StringBuilder();
    md.append("# Spec drift report\n\n");
    md.append("| | |\n| --- | --- |\n");
    md.append("| Vendored spec | `").append(c.oldFile).append("` (info.version `").append(r.oldVersion()).append("`) |\n");
    md.append("| Published spec | ").append(c.newOrigin).append(" via ").append(c.newRoute)
        .append(" (info.version `").append(r.newVersion()).append("`) |\n");
    md.append("| Verdict | **").append(r.verdict()).append("** — policy `").append(name(c.policy)).append("`: ")
        .append(c.policy.fails(r) ? "fails" : "passes").append(" |\n");
    md.append("| Operations | ").append(r.addedOperations().size()).append(" added, ")
        .append(r.removedOperations().size()).append(" removed, ").append(r.changedOperations().size()).append(" changed |\n");
    md.append("| Ahead of the published spec | ").append(r.aheadOperations().size())
        .append(" operations spec/ adds on purpose (`x-neon-java-origin`), not drift |\n");
    md.append("| Distinct changes | ").append(r.breakingCount()).append(" breaking, ").append(r.nonBreakingCount())
        .append(" non-breaking; ").append(r.accepted().size()).append(" accepted by the baseline |\n");
    md.append("| For Java users | ").append(r.javaBinaryCount()).append(" break compiled code (a class, method, constant or type")
        .append(" removed or changed), ").append(r.javaSourceCount()).append(" source-incompatible (e.g. an exhaustive `switch`")
        .append(" over a generated enum that gained a constant) |\n");
    for (Map.Entry<String, Path> e : c.japicmpDiff.entrySet()) {
      JapicmpSummary j = JapicmpSummary.of(e.getValue());
      List<String> unexplained = j.unexplained(r);
      md.append("| Java API of ").append(e.getKey()).append(" (japicmp) | ").append(j.breaking() ? "**breaking**: " : "")
          .append(j.line()).append(unexplained.isEmpty() ? "" : "; removed classes no finding names: " + unexplained.size()
              + " (" + String.join(", ", unexplained.subList(0, Math.min(8, unexplained.size())))
              + (unexplained.size() > 8 ? ", …" : "") + ")").append(" |\n");
    }
    md.append('\n');
    if (!c.skippedRoutes.isEmpty()) {
      md.append("Routes tried before this one: ").append(String.join("; ", c.skippedRoutes)).append(".\n\n");
    }
    md.append("A change of a component schema reached from several operations is one distinct change;")
        .append(" *breaking* means breaking for users of neon-java (rules at the end).\n\n");

    md.append("## Operations added\n\n");
    list(md, r, Finding.Kind.OPERATION_ADDED);
    md.append("## Operations removed\n\n");
    list(md, r, Finding.Kind.OPERATION_REMOVED);

    md.append("## Ahead of the published spec\n\n");
    if (r.aheadOperations().isEmpty()) {
      md.append("None.\n\n");
    } else {
      md.append("Operations `spec/` has and the published spec lacks, marked `x-neon-java-origin` (written by hand, or")
          .append(" taken from a newer source than the published spec); they are not drift and never count toward the")
          .append(" verdict. `scripts/regenerate.sh` carries them into its candidate.\n\n");
      for (DriftResult.Ahead a : r.aheadOperations()) {
        md.append("- `").append(a.operation()).append("` (").append(a.operationId()).append(") — ").append(a.origin())
            .append('\n');
      }
      md.append('\n');
    }

    md.append("## Operations changed\n\n");
    if (r.changedOperations().isEmpty()) {
      md.append("None.\n\n");
    }
    for (String op : r.changedOperations()) {
      List<Finding> fs = r.findingsOf(op);
      boolean breaking = fs.stream().anyMatch(Finding::breaking);
      md.append("### `").append(op).append("` (").append(r.operationId(op)).append(") — ")
          .append(breaking ? "**breaking**" : "non-breaking").append("\n\n");
      Set<String> components = new LinkedHashSet<>();
      int componentBreaking = 0;
      for (Finding f : fs) {
        if (isComponent(f)) {
          components.add(componentOf(f.schema()));
          componentBreaking += f.breaking() ? 1 : 0;
        } else {
          md.append("- ").append(line(f)).append('\n');
        }
      }
      if (!components.isEmpty()) {
        md.append("- changes in component schemas ").append(String.join(", ", components.stream().map(s -> "`" + s + "`")
            .toArray(String[]::new))).append(componentBreaking > 0 ? " (**" + componentBreaking + " breaking**)" : "")
            .append(", see *Component schemas changed*\n");
      }
      md.append('\n');
    }

    md.append("## Component schemas changed\n\n");
    boolean any = false;
    for (List<Finding> group : r.distinctChanges().values()) {
      Finding f = group.get(0);
      if (!isComponent(f) || Finding.UNUSED_COMPONENTS.equals(f.operation())) {
        continue;
      }
      any = true;
      md.append("- ").append(severity(f)).append(" · ").append(f.kind()).append(" · `").append(f.schema()).append("` · ")
          .append(f.detail()).append(java(f)).append(" — from ").append(operations(group)).append('\n');
    }
    md.append(any ? "\n" : "None.\n\n");

    md.append("## Unused components\n\n");
    md.append("Component schemas no operation uses: openapi-diff does not compare them, but the generator emits a class")
        .append(" for each.\n\n");
    list(md, r, Finding.Kind.UNUSED_COMPONENT_REMOVED);
    list(md, r, Finding.Kind.UNUSED_COMPONENT_ADDED);
    list(md, r, Finding.Kind.UNUSED_COMPONENT_CHANGED);

    md.append("## Accepted differences (baseline)\n\n");
    if (r.accepted().isEmpty()) {
      md.append("None.\n\n");
    } else {
      md.append("Accepted on purpose by the baseline (`spec/src/main/resources/drift/accepted-drift.txt`, or `--baseline`);")
          .append(" they do not count toward the verdict.\n\n");
      for (Map.Entry<String, List<Finding>> e : r.acceptedByEntry().entrySet()) {
        List<Finding> fs = e.getValue();
        md.append("- `").append(e.getKey()).append("`: ").append(fs.size()).append(" finding(s), e.g. `")
            .append(fs.get(0).operation()).append("` · ").append(fs.get(0).detail()).append('\n');
      }
      md.append('\n');
    }
    if (!r.unusedBaselineEntries().isEmpty()) {
      md.append("Baseline entries that matched nothing (remove them):\n\n");
      for (String e : r.unusedBaselineEntries()) {
        md.append("- `").append(e).append("`\n");
      }
      md.append('\n');
    }

    md.append("## Java API check (japicmp)\n\n");
    if (c.japicmp.isEmpty()) {
      md.append("Not run by this command. `scripts/regenerate.sh` builds neon-generated (and neon-fluent when present)")
          .append(" from both specs, compares their public Java API with japicmp and embeds the summary here.\n\n");
    }
    for (Map.Entry<String, Path> e : c.japicmp.entrySet()) {
      String module = e.getKey();
      md.append("### ").append(module).append(" — ")
          .append(Boolean.TRUE.equals(c.japicmpBreaking.get(module)) ? "incompatibilities are breaking" : "report only")
          .append("\n\n");
      if (c.japicmpOutcome.containsKey(module)) {
        md.append(c.japicmpOutcome.get(module)).append("\n\n");
      }
      Path file = e.getValue();
      Path diff = c.japicmpDiff.get(module);
      if ((file == null || !Files.isRegularFile(file)) && diff == null) {
        md.append("No japicmp summary was produced.\n\n");
        continue;
      }
      if (file != null && Files.isRegularFile(file)) {
        md.append("Full report: [").append(relative(dir, file)).append("](").append(relative(dir, file)).append(")\n\n");
      }
      Path shown = diff != null ? diff : file;
      List<String> lines = Files.readAllLines(shown, StandardCharsets.UTF_8);
      md.append("<details><summary>japicmp ").append(diff != null ? "changes" : "summary").append(" (")
          .append(lines.size()).append(" lines)</summary>\n\n");
      md.append(diff != null ? "```\n" : "");
      for (int i = 0; i < Math.min(lines.size(), MAX_JAPICMP_LINES); i++) {
        md.append(diff != null ? lines.get(i) : lines.get(i).replaceFirst("^#", "####")).append('\n');
      }
      md.append(diff != null ? "```\n" : "");
      if (lines.size() > MAX_JAPICMP_LINES) {
        md.append("\n… ").append(lines.size() - MAX_JAPICMP_LINES).append(" more lines in the full report.\n");
      }
      md.append("\n</details>\n\n");
    }

    md.append("## Rules\n\n");
    md.append("openapi-diff 2.1.7 finds the differences; these properties are set deliberately:\n\n");
    for (Map.Entry<String, String> e : DriftRules.openApiDiffProperties().entrySet()) {
      md.append("- `").append(e.getKey()).append("=").append(e.getValue()).append("`: ")
          .append(DriftRules.rationale().get(e.getKey())).append('\n');
    }
    md.append("- a removed property (request or response, required or optional) is **breaking**: the regenerated model")
        .append(" loses its accessors and the released client silently reads `null`;\n");
    md.append("- a removed or added error response (non-2xx, `default`) is not breaking: neon-java maps every non-2xx status")
        .append(" to its exceptions in one place; a removed success (2xx) response is;\n");
    md.append("- a removed enum value is breaking (its constant disappears); an added optional parameter or property is not")
        .append(" (every operation takes a Params builder); an added enum value is marked source-incompatible for Java;\n");
    md.append("- a `$ref` that names another component, or changes to or from an inline schema, changes the Java type:")
        .append(" breaking, reported at the operation and JSON pointer where the reference is;\n");
    md.append("- a change to an error (non-2xx) response body is not breaking; unused components are reported on their own;\n");
    md.append("- descriptions, summaries, examples and `x-*` extensions never count: `spec/` carries its own prose.\n");
    return md.toString();
  }

  private static void list(StringBuilder md, DriftResult r, Finding.Kind kind) {
    boolean any = false;
    for (Finding f : r.findings()) {
      if (f.kind() == kind) {
        any = true;
        md.append("- ").append(severity(f)).append(" `").append(Finding.UNUSED_COMPONENTS.equals(f.operation()) ? f.schema()
            : f.operation()).append("` — ").append(f.detail()).append(java(f)).append('\n');
      }
    }
    md.append(any ? "\n" : "None.\n\n");
  }

  private static String line(Finding f) {
    return severity(f) + " · " + f.location() + " · " + f.kind()
        + (f.schema() == null ? "" : " · `" + f.schema() + "`") + " · " + f.detail() + java(f);
  }

  /** What the change does to Java code, when the severity alone does not say it. */
  static String java(Finding f) {
    switch (f.javaImpact()) {
      case SOURCE:
        return " · **source-incompatible for Java** (an exhaustive `switch` over the generated enum no longer compiles)";
      case BINARY:
        return " · **breaking for Java**";
      default:
        return "";
    }
  }

  private static String severity(Finding f) {
    return f.breaking() ? "**breaking**" : "non-breaking";
  }

  static boolean isComponent(Finding f) {
    return f.schema() != null && f.schema().startsWith("#/components/schemas/");
  }

  static String componentOf(String pointer) {
    String rest = pointer.substring("#/components/schemas/".length());
    int slash = rest.indexOf('/');
    return (slash < 0 ? rest : rest.substring(0, slash)).replace("~1", "/").replace("~0", "~");
  }

  private static String operations(List<Finding> group) {
    List<String> ops = new ArrayList<>();
    for (Finding f : group) {
      if (!ops.contains(f.operation())) {
        ops.add(f.operation());
      }
    }
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < Math.min(ops.size(), MAX_OPERATIONS_LISTED); i++) {
      sb.append(i == 0 ? "" : ", ").append('`').append(ops.get(i)).append('`');
    }
    if (ops.size() > MAX_OPERATIONS_LISTED) {
      sb.append(" and ").append(ops.size() - MAX_OPERATIONS_LISTED).append(" more");
    }
    return sb.toString();
  }

  private static String relative(Path dir, Path file) {
    try {
      return dir.toAbsolutePath().normalize().relativize(file.toAbsolutePath().normalize()).toString();
    } catch (IllegalArgumentException e) {
      return file.toString();
    }
  }
}

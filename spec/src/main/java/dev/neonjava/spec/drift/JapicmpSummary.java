package dev.neonjava.spec.drift;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Counts of japicmp's text diff of two jars: classes removed, modified (incompatibly), added. */
final class JapicmpSummary {
  private static final Pattern CLASS_LINE =
      Pattern.compile("^(---|\\*\\*\\*|\\+\\+\\+)([! ]) (REMOVED|MODIFIED|NEW) (?:CLASS|INTERFACE|ENUM|ANNOTATION):.*? ([\\w.$]+)\\s+\\(");

  final List<String> removed = new ArrayList<>();
  int modified;
  int incompatible;
  int added;

  static JapicmpSummary of(Path diff) throws IOException {
    JapicmpSummary s = new JapicmpSummary();
    for (String line : Files.readAllLines(diff, StandardCharsets.UTF_8)) {
      Matcher m = CLASS_LINE.matcher(line);
      if (!m.find()) {
        continue;
      }
      switch (m.group(3)) {
        case "REMOVED":
          s.removed.add(m.group(4));
          break;
        case "MODIFIED":
          s.modified++;
          s.incompatible += "!".equals(m.group(2)) ? 1 : 0;
          break;
        default:
          s.added++;
      }
    }
    return s;
  }

  /** Whether the Java API of the regenerated module breaks code compiled against the old one. */
  boolean breaking() {
    return !removed.isEmpty() || incompatible > 0;
  }

  /**
   * Removed classes that no finding names (neither its detail nor its schema pointer mentions the
   * class): where the Java API diff sees more than the spec diff explains.
   */
  List<String> unexplained(DriftResult r) {
    List<String> out = new ArrayList<>();
    for (String fqn : removed) {
      String simple = fqn.substring(fqn.lastIndexOf('.') + 1);
      if (simple.contains("$")) {
        continue; // nested classes (Params, Builder, Known) go with their outer class
      }
      Pattern word = Pattern.compile("\\b" + Pattern.quote(simple) + "\\b");
      boolean named = false;
      for (Finding f : r.findings()) {
        if ((f.detail() != null && word.matcher(f.detail()).find()) || (f.schema() != null && word.matcher(f.schema()).find())) {
          named = true;
          break;
        }
      }
      if (!named) {
        out.add(simple);
      }
    }
    return out;
  }

  String line() {
    return removed.size() + " class(es) removed, " + modified + " modified (" + incompatible + " incompatibly), " + added + " added";
  }
}

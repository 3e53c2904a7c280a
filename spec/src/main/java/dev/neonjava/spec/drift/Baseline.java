package dev.neonjava.spec.drift;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Objects;
import java.util.regex.Pattern;

/**
 * Differences between {@code spec/} and the published spec that the project accepts on purpose
 * (for example the two operations written by hand, see spec/README.md). Accepted findings are
 * reported in their own section and never count toward the verdict.
 *
 * <p>One entry per line: {@code KIND METHOD /path [schema-pointer] [/detail-regex/] -- reason};
 * {@code *} as the operation matches any operation; the regex must be found in the finding's detail;
 * {@code #} starts a comment line.
 */
public final class Baseline {
  /** The baseline shipped with the tool (spec/src/main/resources/drift/accepted-drift.txt). */
  public static final String DEFAULT_RESOURCE = "/drift/accepted-drift.txt";

  /** One accepted difference. */
  public static final class Entry {
    private final String line;
    private final Finding.Kind kind;
    private final String operation;
    private final String schema;
    private final Pattern detail;

    Entry(String line, Finding.Kind kind, String operation, String schema, Pattern detail) {
      this.line = line;
      this.kind = kind;
      this.operation = operation;
      this.schema = schema;
      this.detail = detail;
    }

    public String line() {
      return line;
    }

    boolean matches(Finding f) {
      return f.kind() == kind
          && ("*".equals(operation) || operation.equals(f.operation()))
          && (schema == null || schema.equals(f.schema()))
          && (detail == null || (f.detail() != null && detail.matcher(f.detail()).find()));
    }
  }

  private final List<Entry> entries;

  private Baseline(List<Entry> entries) {
    this.entries = List.copyOf(entries);
  }

  public static Baseline empty() {
    return new Baseline(List.of());
  }

  public static Baseline parse(String text) {
    List<Entry> out = new ArrayList<>();
    int n = 0;
    for (String raw : text.split("\\R")) {
      n++;
      String line = raw.trim();
      if (line.isEmpty() || line.startsWith("#")) {
        continue;
      }
      String spec = line;
      int reason = line.indexOf(" -- ");
      if (reason >= 0) {
        spec = line.substring(0, reason).trim();
      }
      String[] t = spec.split("\\s+");
      if (t.length < 2) {
        throw new IllegalArgumentException("baseline line " + n + ": expected 'KIND METHOD /path [pointer] -- reason': " + raw);
      }
      Finding.Kind kind;
      try {
        kind = Finding.Kind.valueOf(t[0]);
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException("baseline line " + n + ": unknown kind " + t[0], e);
      }
      String operation;
      int next;
      if ("*".equals(t[1])) {
        operation = "*";
        next = 2;
      } else {
        if (t.length < 3) {
          throw new IllegalArgumentException("baseline line " + n + ": expected METHOD /path: " + raw);
        }
        operation = t[1].toUpperCase(java.util.Locale.ROOT) + " " + t[2];
        next = 3;
      }
      String rest = String.join(" ", Arrays.asList(t).subList(Math.min(next, t.length), t.length)).trim();
      String schema = null;
      if (rest.startsWith("#/")) {
        int sp = rest.indexOf(' ');
        schema = sp < 0 ? rest : rest.substring(0, sp);
        rest = sp < 0 ? "" : rest.substring(sp + 1).trim();
      }
      Pattern detail = null;
      if (!rest.isEmpty()) {
        if (rest.length() < 2 || !rest.startsWith("/") || !rest.endsWith("/")) {
          throw new IllegalArgumentException("baseline line " + n + ": expected a schema pointer or /regex/ after the operation: " + raw);
        }
        detail = Pattern.compile(rest.substring(1, rest.length() - 1));
      }
      out.add(new Entry(line, kind, operation, schema, detail));
    }
    return new Baseline(out);
  }

  public static Baseline load(Path file) throws IOException {
    return parse(Files.readString(file, StandardCharsets.UTF_8));
  }

  public static Baseline loadDefault() throws IOException {
    try (InputStream in = Objects.requireNonNull(Baseline.class.getResourceAsStream(DEFAULT_RESOURCE), DEFAULT_RESOURCE)) {
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  public List<Entry> entries() {
    return entries;
  }

  Entry match(Finding f) {
    for (Entry e : entries) {
      if (e.matches(f)) {
        return e;
      }
    }
    return null;
  }
}

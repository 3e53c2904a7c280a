package dev.neonjava.spec.drift;

import java.util.ArrayList;
import java.util.List;

/**
 * What {@link SpecAdopter} did when it derived a candidate {@code spec/} file from a published spec:
 * which of our own additions it carried over, which it dropped because Neon now publishes them, which
 * operations Neon moved to another path (matched by operationId), and what Neon removed.
 */
public final class Derivation {
  private String version;
  final List<String> carried = new ArrayList<>();
  final List<String> nowPublished = new ArrayList<>();
  final List<String> moved = new ArrayList<>();
  final List<String> removedOperations = new ArrayList<>();
  final List<String> removedComponents = new ArrayList<>();
  final List<String> conflicts = new ArrayList<>();

  Derivation version(String v) {
    this.version = v;
    return this;
  }

  /** info.version of the candidate. */
  public String version() {
    return version;
  }

  /** Our own additions (operations, components and what they reference) written into the candidate. */
  public List<String> carried() {
    return List.copyOf(carried);
  }

  /** Our own additions that the published spec now has (by operationId or name): the published one is used. */
  public List<String> nowPublished() {
    return List.copyOf(nowPublished);
  }

  /** Operations Neon moved: {@code operationId: METHOD /old -> METHOD /new}. */
  public List<String> moved() {
    return List.copyOf(moved);
  }

  /** Operations of spec/ (not ours) that the published spec no longer has: dropped. */
  public List<String> removedOperations() {
    return List.copyOf(removedOperations);
  }

  /** Components of spec/ that the candidate no longer has (Neon removed them, or nothing uses them). */
  public List<String> removedComponents() {
    return List.copyOf(removedComponents);
  }

  /** Additions of ours that could not be carried over (their place is taken by another operation). */
  public List<String> conflicts() {
    return List.copyOf(conflicts);
  }

  /** One Markdown section per list (empty lists say "none"). */
  public String markdown(String source) {
    StringBuilder md = new StringBuilder("# Candidate derivation\n\n");
    md.append("Candidate `info.version` ").append(version).append(", derived from ").append(source).append(".\n\n");
    section(md, "Carried over (ours: `x-neon-java-origin`, with everything they reference)", carried);
    section(md, "Ours, now published (the published element is used)", nowPublished);
    section(md, "Moved by Neon (matched by operationId)", moved);
    section(md, "Operations removed by Neon (dropped)", removedOperations);
    section(md, "Components dropped (removed by Neon, or no longer referenced)", removedComponents);
    section(md, "Not carried over (conflict)", conflicts);
    return md.toString();
  }

  /** A few lines for the console. */
  public List<String> summaryLines() {
    List<String> out = new ArrayList<>();
    out.add("carried over " + carried.size() + ", now published " + nowPublished.size() + ", moved " + moved.size()
        + ", operations removed " + removedOperations.size() + ", components dropped " + removedComponents.size()
        + ", conflicts " + conflicts.size());
    for (String c : conflicts) {
      out.add("conflict: " + c);
    }
    return out;
  }

  private static void section(StringBuilder md, String title, List<String> items) {
    md.append("## ").append(title).append("\n\n");
    if (items.isEmpty()) {
      md.append("None.\n\n");
      return;
    }
    for (String i : items) {
      md.append("- ").append(i).append('\n');
    }
    md.append('\n');
  }
}

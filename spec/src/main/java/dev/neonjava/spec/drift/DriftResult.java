package dev.neonjava.spec.drift;

import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The classified differences between two documents, split into active and accepted ones, and the
 * operations the old document (spec/) has ahead of the new one on purpose.
 */
public final class DriftResult {
  /**
   * An operation that spec/ has and the published spec lacks, marked {@code x-neon-java-origin}: an addition
   * of ours (written by hand, or taken from a newer source such as {@code @neon/sdk}), not drift.
   */
  public static final class Ahead {
    private final String operation;
    private final String operationId;
    private final String origin;

    Ahead(String operation, String operationId, String origin) {
      this.operation = operation;
      this.operationId = operationId;
      this.origin = origin;
    }

    /** {@code METHOD /path}. */
    public String operation() {
      return operation;
    }

    public String operationId() {
      return operationId;
    }

    /** The value of its {@code x-neon-java-origin}: where its facts come from. */
    public String origin() {
      return origin;
    }
  }

  private final String oldVersion;
  private final String newVersion;
  private final List<String> addedOperations;
  private final List<String> removedOperations;
  private final Map<String, String> operationIds;
  private final List<Finding> findings;
  private final List<Finding> accepted;
  private final Map<String, List<Finding>> acceptedByEntry;
  private final List<String> unusedBaselineEntries;
  private final List<Ahead> ahead;

  DriftResult(String oldVersion, String newVersion, List<String> added, List<String> removed,
      Map<String, String> operationIds, List<Finding> findings) {
    this(oldVersion, newVersion, added, removed, operationIds, findings, List.of());
  }

  DriftResult(String oldVersion, String newVersion, List<String> added, List<String> removed,
      Map<String, String> operationIds, List<Finding> findings, List<Ahead> ahead) {
    this(oldVersion, newVersion, added, removed, operationIds, findings, Map.of(), List.of(), ahead);
  }

  private DriftResult(String oldVersion, String newVersion, List<String> added, List<String> removed,
      Map<String, String> operationIds, List<Finding> findings, Map<String, List<Finding>> accepted, List<String> unused,
      List<Ahead> ahead) {
    this.ahead = List.copyOf(ahead);
    this.oldVersion = oldVersion;
    this.newVersion = newVersion;
    this.addedOperations = List.copyOf(added);
    this.removedOperations = List.copyOf(removed);
    this.operationIds = Collections.unmodifiableMap(new LinkedHashMap<>(operationIds));
    this.findings = List.copyOf(findings);
    List<Finding> all = new ArrayList<>();
    Map<String, List<Finding>> byEntry = new LinkedHashMap<>();
    for (Map.Entry<String, List<Finding>> e : accepted.entrySet()) {
      all.addAll(e.getValue());
      byEntry.put(e.getKey(), List.copyOf(e.getValue()));
    }
    this.accepted = List.copyOf(all);
    this.acceptedByEntry = Collections.unmodifiableMap(byEntry);
    this.unusedBaselineEntries = List.copyOf(unused);
  }

  /** Moves the findings the baseline accepts out of the active list. */
  public DriftResult withBaseline(Baseline baseline) {
    List<Finding> active = new ArrayList<>();
    Map<String, List<Finding>> acc = new LinkedHashMap<>();
    for (Map.Entry<String, List<Finding>> e : acceptedByEntry.entrySet()) {
      acc.put(e.getKey(), new ArrayList<>(e.getValue()));
    }
    Set<Baseline.Entry> used = new LinkedHashSet<>();
    for (Finding f : findings) {
      Baseline.Entry e = baseline.match(f);
      if (e == null) {
        active.add(f);
      } else {
        acc.computeIfAbsent(e.line(), k -> new ArrayList<>()).add(f);
        used.add(e);
      }
    }
    List<String> unused = new ArrayList<>();
    for (Baseline.Entry e : baseline.entries()) {
      if (!used.contains(e)) {
        unused.add(e.line());
      }
    }
    List<String> added = new ArrayList<>();
    List<String> removed = new ArrayList<>();
    for (Finding f : active) {
      if (f.kind() == Finding.Kind.OPERATION_ADDED) {
        added.add(f.operation());
      } else if (f.kind() == Finding.Kind.OPERATION_REMOVED) {
        removed.add(f.operation());
      }
    }
    return new DriftResult(oldVersion, newVersion, added, removed, operationIds, active, acc, unused, ahead);
  }

  /** Operations spec/ has ahead of the published spec on purpose (marked); never drift. */
  public List<Ahead> aheadOperations() {
    return ahead;
  }

  /** info.version of the old document (spec/). */
  public String oldVersion() {
    return oldVersion;
  }

  /** info.version of the new (published) document. */
  public String newVersion() {
    return newVersion;
  }

  public List<String> addedOperations() {
    return addedOperations;
  }

  public List<String> removedOperations() {
    return removedOperations;
  }

  /** Active findings (not accepted by the baseline), operation by operation. */
  public List<Finding> findings() {
    return findings;
  }

  /** Findings the baseline accepts. */
  public List<Finding> accepted() {
    return accepted;
  }

  /** Accepted findings grouped by the baseline line that accepts them. */
  public Map<String, List<Finding>> acceptedByEntry() {
    return acceptedByEntry;
  }

  /** Baseline lines that matched nothing (candidates for removal). */
  public List<String> unusedBaselineEntries() {
    return unusedBaselineEntries;
  }

  /** operationId of each changed operation. */
  public String operationId(String operation) {
    return operationIds.get(operation);
  }

  /** Operations present in both documents with at least one active finding, in document order. */
  public List<String> changedOperations() {
    Set<String> ops = new LinkedHashSet<>();
    for (Finding f : findings) {
      if (f.kind() != Finding.Kind.OPERATION_ADDED && f.kind() != Finding.Kind.OPERATION_REMOVED
          && !Finding.UNUSED_COMPONENTS.equals(f.operation())) {
        ops.add(f.operation());
      }
    }
    return new ArrayList<>(ops);
  }

  /** Active findings of one operation. */
  public List<Finding> findingsOf(String operation) {
    List<Finding> out = new ArrayList<>();
    for (Finding f : findings) {
      if (f.operation().equals(operation)) {
        out.add(f);
      }
    }
    return out;
  }

  /**
   * Distinct changes: a change of a component reached from several operations counts once. Each key
   * maps to the findings (one per operation) that report it.
   */
  public Map<String, List<Finding>> distinctChanges() {
    Map<String, List<Finding>> out = new LinkedHashMap<>();
    for (Finding f : findings) {
      out.computeIfAbsent(f.changeKey(), k -> new ArrayList<>()).add(f);
    }
    return out;
  }

  public int breakingCount() {
    return (int) distinctChanges().values().stream().filter(l -> l.get(0).breaking()).count();
  }

  public int nonBreakingCount() {
    return distinctChanges().size() - breakingCount();
  }

  /** Distinct changes that break Java code compiled against the old client ({@link Finding.JavaImpact#BINARY}). */
  public int javaBinaryCount() {
    return (int) distinctChanges().values().stream().filter(l -> l.get(0).javaImpact() == Finding.JavaImpact.BINARY).count();
  }

  /** Distinct changes after which existing Java source may not compile ({@link Finding.JavaImpact#SOURCE}). */
  public int javaSourceCount() {
    return (int) distinctChanges().values().stream().filter(l -> l.get(0).javaImpact() == Finding.JavaImpact.SOURCE).count();
  }

  public boolean hasBreaking() {
    return breakingCount() > 0;
  }

  public boolean hasDrift() {
    return !findings.isEmpty();
  }

  /** {@code BREAKING}, {@code NON-BREAKING} or {@code NONE}. */
  public String verdict() {
    return hasBreaking() ? "BREAKING" : hasDrift() ? "NON-BREAKING" : "NONE";
  }
}

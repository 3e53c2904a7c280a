package dev.neonjava.spec.drift;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/** The small JSON summary of a drift check ({@code report.json}): counts and lists, never a dump. */
final class ReportSummary {
  private ReportSummary() {}

  static Map<String, Object> of(DriftResult r, ReportWriter.Context c) {
    Map<String, Object> m = new LinkedHashMap<>();
    m.put("verdict", r.verdict());
    m.put("policy", ReportWriter.name(c.policy));
    m.put("failed", c.policy.fails(r));
    Map<String, Object> old = new LinkedHashMap<>();
    old.put("file", c.oldFile);
    old.put("version", r.oldVersion());
    m.put("vendored", old);
    Map<String, Object> pub = new LinkedHashMap<>();
    pub.put("origin", c.newOrigin);
    pub.put("route", c.newRoute);
    pub.put("npmVersion", c.newNpmVersion);
    pub.put("infoVersion", r.newVersion());
    pub.put("file", c.newFile);
    m.put("published", pub);
    Map<String, Object> counts = new LinkedHashMap<>();
    counts.put("operationsAdded", r.addedOperations().size());
    counts.put("operationsRemoved", r.removedOperations().size());
    counts.put("operationsChanged", r.changedOperations().size());
    counts.put("operationsAhead", r.aheadOperations().size());
    counts.put("breaking", r.breakingCount());
    counts.put("nonBreaking", r.nonBreakingCount());
    counts.put("accepted", r.accepted().size());
    counts.put("javaBreaking", r.javaBinaryCount());
    counts.put("javaSourceIncompatible", r.javaSourceCount());
    m.put("counts", counts);
    m.put("operationsAdded", r.addedOperations());
    m.put("operationsRemoved", r.removedOperations());
    List<Object> ahead = new ArrayList<>();
    for (DriftResult.Ahead a : r.aheadOperations()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("operation", a.operation());
      o.put("operationId", a.operationId());
      o.put("origin", a.origin());
      ahead.add(o);
    }
    m.put("operationsAhead", ahead);
    List<Object> changed = new ArrayList<>();
    for (String op : r.changedOperations()) {
      Map<String, Object> o = new LinkedHashMap<>();
      List<Finding> fs = r.findingsOf(op);
      o.put("operation", op);
      o.put("operationId", r.operationId(op));
      o.put("breaking", fs.stream().anyMatch(Finding::breaking));
      o.put("findings", fs.size());
      changed.add(o);
    }
    m.put("operationsChanged", changed);
    List<Object> changes = new ArrayList<>();
    for (List<Finding> group : r.distinctChanges().values()) {
      Finding f = group.get(0);
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("severity", f.breaking() ? "breaking" : "non-breaking");
      o.put("java", f.javaImpact().name().toLowerCase(java.util.Locale.ROOT));
      o.put("kind", f.kind().name());
      o.put("location", ReportWriter.isComponent(f) ? null : f.location());
      o.put("schema", f.schema());
      o.put("detail", f.detail());
      List<String> ops = new ArrayList<>();
      for (Finding g : group) {
        if (!ops.contains(g.operation())) {
          ops.add(g.operation());
        }
      }
      o.put("operationCount", ops.size());
      o.put("operations", ops.subList(0, Math.min(ops.size(), ReportWriter.MAX_OPERATIONS_LISTED)));
      changes.add(o);
    }
    m.put("changes", changes);
    List<Object> acc = new ArrayList<>();
    for (Map.Entry<String, List<Finding>> e : r.acceptedByEntry().entrySet()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("baseline", e.getKey());
      o.put("count", e.getValue().size());
      o.put("example", e.getValue().get(0).operation() + ": " + e.getValue().get(0).detail());
      acc.add(o);
    }
    m.put("accepted", acc);
    Map<String, Object> jc = new LinkedHashMap<>();
    for (Map.Entry<String, Path> e : c.japicmp.entrySet()) {
      Map<String, Object> o = new LinkedHashMap<>();
      o.put("breaking", c.japicmpBreaking.get(e.getKey()));
      o.put("summary", e.getValue() == null ? null : e.getValue().toString());
      o.put("outcome", c.japicmpOutcome.get(e.getKey()));
      jc.put(e.getKey(), o);
    }
    m.put("japicmp", jc.isEmpty() ? null : jc);
    return m;
  }
}

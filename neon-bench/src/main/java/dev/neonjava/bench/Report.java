package dev.neonjava.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** The Markdown results: one ratio table and the details behind each row. */
final class Report {
  /** One row of the table. */
  static final class Row {
    final String workload;
    final String metric;
    final String raw;
    final String generated;
    final String fluent;
    final String peer;
    final String ratio;
    final String target;
    final String met;

    Row(String workload, String metric, String raw, String generated, String fluent, String peer, String ratio,
        String target, String met) {
      this.workload = workload;
      this.metric = metric;
      this.raw = raw;
      this.generated = generated;
      this.fluent = fluent;
      this.peer = peer;
      this.ratio = ratio;
      this.target = target;
      this.met = met;
    }
  }

  final List<Row> rows = new ArrayList<>();
  final List<String> details = new ArrayList<>();

  void row(String workload, String metric, String raw, String generated, String fluent, String peer, String ratio,
      String target, Boolean met) {
    rowWithVerdict(workload, metric, raw, generated, fluent, peer, ratio, target,
        met == null ? "n/a" : met ? "yes" : "**no**");
  }

  void rowWithVerdict(String workload, String metric, String raw, String generated, String fluent, String peer,
      String ratio, String target, String met) {
    rows.add(new Row(workload, metric, raw, generated, fluent, peer, ratio, target, met));
  }

  void detail(String markdown) {
    details.add(markdown);
  }

  static String f(double v, int decimals) {
    if (Double.isNaN(v)) {
      return "n/a";
    }
    return String.format(Locale.ROOT, "%." + decimals + "f", v);
  }

  /** Score ± error with its unit. */
  static String score(double score, double error, String unit) {
    if (Double.isNaN(score)) {
      return "n/a";
    }
    int decimals = score >= 100 ? 0 : score >= 10 ? 1 : score >= 1 ? 2 : 3;
    return f(score, decimals) + (Double.isNaN(error) ? "" : " ± " + f(error, decimals)) + " " + unit;
  }

  String markdown(String header) {
    StringBuilder sb = new StringBuilder(header);
    sb.append("| Workload | Metric | the limit (raw HttpClient + Gson) | neon-java generated | neon-java fluent"
        + " | @neon/sdk 6.1.2 (Node) | Ratio | Target | Met |\n");
    sb.append("|---|---|---|---|---|---|---|---|---|\n");
    for (Row r : rows) {
      sb.append("| ").append(String.join(" | ", r.workload, r.metric, r.raw, r.generated, r.fluent, r.peer, r.ratio,
          r.target, r.met)).append(" |\n");
    }
    for (String d : details) {
      sb.append('\n').append(d).append('\n');
    }
    return sb.toString();
  }
}

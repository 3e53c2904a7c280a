package dev.neonjava.bench.jmh;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.ListProjectsResponse;
import dev.neonjava.generated.model.ProjectListItem;
import dev.neonjava.bench.server.BenchServer;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Workload 3, time: every one of 100,000 projects, in pages of 400 (251 requests, 100 MB of JSON).
 * {@code raw} and {@code generated} follow the cursor by hand with the paginator's stop rules;
 * {@code fluent} iterates {@code neon.projects().list()}. Each item is handed to a Blackhole.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class Paging {
  /**
   * @param env the clients
   * @param bh consumes the items
   * @return the item count
   */
  @Benchmark
  public long raw(Env env, Blackhole bh) {
    return check(env.raw.forEachProject(bh::consume));
  }

  /**
   * @param env the clients
   * @param bh consumes the items
   * @return the item count
   */
  @Benchmark
  public long generated(Env env, Blackhole bh) {
    long count = 0;
    String cursor = null;
    java.util.Set<String> seen = new java.util.HashSet<>();
    while (true) {
      ListProjectsResponse page = env.generated.listProjects(ProjectApi.ListProjectsParams.builder().limit(400L)
          .cursor(cursor).build());
      List<ProjectListItem> items = page.getProjects();
      int n = items == null ? 0 : items.size();
      if (items != null) {
        for (ProjectListItem item : items) {
          bh.consume(item);
          count++;
        }
      }
      String next = page.getPagination() == null ? null : page.getPagination().getCursor();
      if (n == 0 || n < 400 || next == null || next.isBlank() || !seen.add(next)) {
        return check(count);
      }
      cursor = next;
    }
  }

  /**
   * @param env the clients
   * @param bh consumes the items
   * @return the item count
   */
  @Benchmark
  public long fluent(Env env, Blackhole bh) {
    long count = 0;
    for (ProjectListItem item : env.fluent.projects().list()) {
      bh.consume(item);
      count++;
    }
    return check(count);
  }

  private static long check(long count) {
    if (count != BenchServer.TOTAL_PROJECTS) {
      throw new IllegalStateException("expected " + BenchServer.TOTAL_PROJECTS + " items, got " + count);
    }
    return count;
  }
}

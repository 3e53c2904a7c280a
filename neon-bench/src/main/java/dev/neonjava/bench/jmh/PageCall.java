package dev.neonjava.bench.jmh;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.ListProjectsResponse;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;

/** Workload 2, whole call: GET /projects?limit=400, one page of 400 projects, fetched and decoded. */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
public class PageCall {
  /**
   * @param env the clients
   * @return the page
   */
  @Benchmark
  public ListProjectsResponse raw(Env env) {
    return env.raw.listProjects(null);
  }

  /**
   * @param env the clients
   * @return the page
   */
  @Benchmark
  public ListProjectsResponse generated(Env env) {
    return env.generated.listProjects(ProjectApi.ListProjectsParams.builder().limit(400L).build());
  }

  /**
   * @param env the clients
   * @return the page
   */
  @Benchmark
  public ListProjectsResponse fluent(Env env) {
    return env.fluent.projects().list().pages().iterator().next();
  }
}

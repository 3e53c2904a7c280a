package dev.neonjava.bench.jmh;

import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.Project;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Threads;

/** Workload 1, concurrent: the same call from 16 threads sharing one client; operations per second. */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Threads(16)
public class GetProjectConcurrent {
  static final String ID = GetProject.ID;

  /**
   * @param env the clients
   * @return the project
   */
  @Benchmark
  public Project raw(Env env) {
    return env.raw.getProject(ID);
  }

  /**
   * @param env the clients
   * @return the project
   */
  @Benchmark
  public Project generated(Env env) {
    return env.generated.getProject(ProjectApi.GetProjectParams.builder().projectId(ID).build()).getProject();
  }

  /**
   * @param env the clients
   * @return the project
   */
  @Benchmark
  public Project fluent(Env env) {
    return env.fluent.projects().get(ID);
  }
}

package dev.neonjava.bench.jmh;

import dev.neonjava.Neon;
import dev.neonjava.bench.forked.Contenders;
import dev.neonjava.bench.forked.RawClient;
import dev.neonjava.bench.server.Payloads;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.Project;
import dev.neonjava.runtime.ApiClient;
import dev.neonjava.runtime.Secret;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;

/**
 * Workload 1, client side only: the same GET /projects/{id} as {@link GetProject}, answered at once by
 * {@link CannedHttpClient} with the same bytes. What is left is each client's own work per call:
 * building the request, the transport layers, decoding. On a shared machine this is far steadier
 * than the loopback round trip, which is the same for every contender.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
@State(Scope.Benchmark)
public class ClientCost {
  private static final URI BASE = URI.create("http://127.0.0.1:9/api/v2");
  private RawClient raw;
  private ProjectApi generated;
  private Neon fluent;

  /** Builds the clients on the canned HTTP client. */
  @Setup(Level.Trial)
  public void setUp() {
    byte[] body = Payloads.projectResponse();
    raw = new RawClient(new CannedHttpClient(body), BASE, Contenders.API_KEY);
    generated = new ProjectApi(ApiClient.builder().baseUri(BASE).apiKey(Secret.of(Contenders.API_KEY, "API key"))
        .httpClient(new CannedHttpClient(body)).build());
    fluent = Neon.builder().apiKey(Contenders.API_KEY).baseUrl(BASE.toString()).httpClient(new CannedHttpClient(body))
        .build();
  }

  /** @return the project */
  @Benchmark
  public Project raw() {
    return raw.getProject(GetProject.ID);
  }

  /** @return the project */
  @Benchmark
  public Project generated() {
    return generated.getProject(ProjectApi.GetProjectParams.builder().projectId(GetProject.ID).build()).getProject();
  }

  /** @return the project */
  @Benchmark
  public Project fluent() {
    return fluent.projects().get(GetProject.ID);
  }
}

package dev.neonjava.bench.jmh;

import com.google.gson.Gson;
import dev.neonjava.bench.forked.RawClient;
import dev.neonjava.generated.model.ListProjectsResponse;
import dev.neonjava.runtime.NeonGson;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStreamReader;
import java.io.Reader;
import java.nio.charset.StandardCharsets;
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
 * Workload 2, decoding only: the bytes of one page of 400 projects (about 400 KB, fetched once from
 * the server) into {@code ListProjectsResponse}, with the same reader neon-java's ApiClient uses.
 * {@code raw}: plain Gson + java.time adapters; {@code neon}: {@code NeonGson.gson()}, as every
 * neon-java call decodes.
 */
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.MILLISECONDS)
@State(Scope.Benchmark)
public class DecodePage {
  private byte[] page;

  /**
   * @param env the clients
   */
  @Setup(Level.Trial)
  public void fetch(Env env) {
    page = env.raw.getBytes("/projects?limit=400");
    if (decode(RawClient.GSON).getProjects().size() != 400 || decode(NeonGson.gson()).getProjects().size() != 400) {
      throw new IllegalStateException("page did not decode to 400 projects");
    }
  }

  /** @return the page */
  @Benchmark
  public ListProjectsResponse raw() {
    return decode(RawClient.GSON);
  }

  /** @return the page */
  @Benchmark
  public ListProjectsResponse neon() {
    return decode(NeonGson.gson());
  }

  private ListProjectsResponse decode(Gson gson) {
    try (Reader reader = new InputStreamReader(new ByteArrayInputStream(page), StandardCharsets.UTF_8)) {
      return gson.fromJson(reader, ListProjectsResponse.class);
    } catch (IOException e) {
      throw new IllegalStateException(e);
    }
  }
}

package dev.neonjava.bench.jmh;

import dev.neonjava.Neon;
import dev.neonjava.bench.forked.Contenders;
import dev.neonjava.bench.forked.RawClient;
import dev.neonjava.bench.server.BenchServer;
import dev.neonjava.generated.api.ProjectApi;
import java.io.IOException;
import java.net.URI;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * The contenders of one benchmark fork, against the shared server ({@code -Dbench.url}, started by
 * BenchMain in its own JVM) or, when that property is absent, a server started in this JVM.
 * Shared by all threads of a benchmark: one client per contender, as an application would hold it.
 */
@State(Scope.Benchmark)
public class Env {
  /** The contender "the limit". */
  public RawClient raw;
  /** The generated layer. */
  public ProjectApi generated;
  /** The fluent layer: retries on, limiter off. */
  public Neon fluent;
  private BenchServer ownServer;

  /**
   * Builds the clients.
   * @throws IOException when a local server cannot start
   */
  @Setup(Level.Trial)
  public void setUp() throws IOException {
    String url = System.getProperty("bench.url");
    URI base;
    if (url == null || url.isBlank()) {
      ownServer = BenchServer.start();
      base = ownServer.baseUri();
    } else {
      base = URI.create(url);
    }
    raw = Contenders.raw(base);
    generated = Contenders.generatedProjects(base);
    fluent = Contenders.fluent(base);
  }

  /** Stops the local server, if any. */
  @TearDown(Level.Trial)
  public void tearDown() {
    if (ownServer != null) {
      ownServer.close();
    }
  }
}

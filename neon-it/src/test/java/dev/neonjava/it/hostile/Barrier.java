package dev.neonjava.it.hostile;

import dev.neonjava.Neon;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.ProjectCreateRequest;
import dev.neonjava.generated.model.ProjectCreateRequestProject;
import dev.neonjava.runtime.transport.RetryPolicy;
import java.io.IOException;
import java.time.Duration;
import java.io.OutputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;

/**
 * Proves a client still has its full concurrency: it sends {@code parties} POSTs at once (a POST is
 * never re-sent after a timeout), and the server answers none of them until all have arrived. One
 * permit held by an earlier, abandoned call means only {@code parties - 1} can be in flight, the
 * barrier never opens, and the calls time out.
 */
final class Barrier {
  private static final String CREATED = "{\"project\":{\"id\":\"p-barrier\"},\"operations\":[],\"roles\":[],"
      + "\"databases\":[],\"connection_uris\":[],\"endpoints\":[],\"branch\":{\"id\":\"br-barrier\"}}";

  private final int parties;
  volatile boolean active;
  private volatile CountDownLatch arrivals;
  /** What went wrong in the last run, for the assertion message. */
  volatile String lastFailure;

  Barrier(int parties) {
    this.parties = parties;
  }

  /**
   * @param neon the client under test
   * @return how many of the {@code parties} calls succeeded
   */
  int run(Neon neon) {
    arrivals = new CountDownLatch(parties);
    active = true;
    try {
      // a derived client shares the cap on requests in flight; its long timeout keeps a slow machine
      // from failing calls that are only waiting for the barrier
      ProjectApi api = neon.withOptions(o -> o.requestTimeout(Duration.ofSeconds(8))
          .retryPolicy(RetryPolicy.builder().maxAttempts(1).deadline(Duration.ofSeconds(9)).build())).api(ProjectApi::new);
      List<CompletableFuture<?>> calls = new ArrayList<>();
      for (int i = 0; i < parties; i++) {
        calls.add(api.createProjectAsync(ProjectApi.CreateProjectParams.builder().projectCreateRequest(
            new ProjectCreateRequest().project(new ProjectCreateRequestProject().name("barrier-" + i))).build()));
      }
      int succeeded = 0;
      java.util.Set<String> failures = new java.util.TreeSet<>();
      for (CompletableFuture<?> call : calls) {
        try {
          call.get(10, TimeUnit.SECONDS);
          succeeded++;
        } catch (Exception failed) {
          failures.add(String.valueOf(failed.getCause() != null ? failed.getCause().getMessage() : failed));
        }
      }
      lastFailure = (parties - arrivals.getCount()) + " arrived at the server; failures: " + failures;
      return succeeded;
    } finally {
      active = false;
    }
  }

  boolean answer(HostileServer.Request request, OutputStream out) throws IOException, InterruptedException {
    CountDownLatch latch = arrivals;
    latch.countDown();
    boolean allArrived = latch.await(6, TimeUnit.SECONDS);
    return (allArrived ? HostileServer.respond(201, CREATED)
        : HostileServer.respond(500, "{\"code\":\"\",\"message\":\"barrier not reached\"}")).answer(request, out);
  }
}

package dev.neonjava.testkit;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.runtime.ApiClient;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

@NeonEmulatorTest
class ConcurrencyTest {

  @Test
  void concurrentMutationsWithoutDelayAreNeverLocked(NeonEmulator neon, ApiClient client) throws Exception {
    String projectId = neon.seedProject("app").getId();
    Api api = new Api(client);
    int threads = 8;
    int perThread = 5;
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    CountDownLatch go = new CountDownLatch(1);
    try {
      List<Future<?>> done = new ArrayList<>();
      for (int t = 0; t < threads; t++) {
        int thread = t;
        done.add(pool.submit(() -> {
          go.await();
          for (int i = 0; i < perThread; i++) {
            api.createBranch(projectId, "t" + thread + "-" + i, false);
          }
          return null;
        }));
      }
      go.countDown();
      for (Future<?> f : done) {
        f.get(60, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
    }

    assertThat(neon.branches(projectId)).hasSize(1 + threads * perThread);
    assertThat(neon.requests()).hasSize(threads * perThread).allSatisfy(r -> assertThat(r.status()).isEqualTo(201));
  }
}

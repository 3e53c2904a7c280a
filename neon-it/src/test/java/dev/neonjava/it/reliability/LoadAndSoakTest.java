package dev.neonjava.it.reliability;

import static org.assertj.core.api.Assertions.assertThat;

import dev.neonjava.Neon;
import dev.neonjava.generated.api.ProjectApi;
import dev.neonjava.generated.model.ProjectResponse;
import dev.neonjava.runtime.NeonException;
import dev.neonjava.runtime.transport.RetryPolicy;
import dev.neonjava.testkit.Fault;
import dev.neonjava.testkit.NeonEmulator;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryMXBean;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * One client under load against the emulator: 1,000 concurrent calls (async, and from a thread
 * pool) each get their own answer; 10,000 calls with 5% injected faults each succeed or fail with a
 * typed exception, and neither heap nor threads grow. Bounded in count and time.
 */
class LoadAndSoakTest {
  private static final int PROJECTS = 50;
  private static NeonEmulator emulator;
  private static Neon neon;
  private static final List<String> ids = new ArrayList<>();

  @BeforeAll
  static void start() {
    // the soak is about the client: the emulator skips spec validation here to keep 10,000 calls fast
    emulator = NeonEmulator.builder().validateAgainstSpec(false).seed(7).start();
    for (int i = 0; i < PROJECTS; i++) {
      ids.add(emulator.seedProject("load-" + i).getId());
    }
    neon = Neon.builder().baseUrl(emulator.baseUri().toString()).apiKey(emulator.apiKey())
        .requestTimeout(Duration.ofSeconds(2))
        .retryPolicy(RetryPolicy.builder().maxAttempts(3).initialBackoff(Duration.ofMillis(5))
            .maxBackoff(Duration.ofMillis(20)).deadline(Duration.ofSeconds(10)).build())
        .build();
  }

  @AfterAll
  static void stop() {
    emulator.close();
  }

  @Test
  void aThousandConcurrentAsyncCallsEachGetTheirOwnAnswer() {
    ProjectApi api = neon.api(ProjectApi::new);
    List<CompletableFuture<ProjectResponse>> calls = new ArrayList<>();
    for (int i = 0; i < 1000; i++) {
      calls.add(api.getProjectAsync(ProjectApi.GetProjectParams.builder().projectId(ids.get(i % PROJECTS)).build()));
    }
    CompletableFuture.allOf(calls.toArray(new CompletableFuture<?>[0])).orTimeout(60, TimeUnit.SECONDS).join();
    for (int i = 0; i < calls.size(); i++) {
      assertThat(calls.get(i).join().getProject().getId()).isEqualTo(ids.get(i % PROJECTS));
    }
  }

  @Test
  void aThousandCallsFromAThreadPoolEachGetTheirOwnAnswer() throws Exception {
    ExecutorService pool = Executors.newFixedThreadPool(32);
    try {
      List<Future<String>> calls = new ArrayList<>();
      for (int i = 0; i < 1000; i++) {
        String id = ids.get((i * 7) % PROJECTS);
        calls.add(pool.submit(() -> neon.projects().get(id).getId()));
      }
      for (int i = 0; i < calls.size(); i++) {
        assertThat(calls.get(i).get(60, TimeUnit.SECONDS)).isEqualTo(ids.get((i * 7) % PROJECTS));
      }
    } finally {
      pool.shutdownNow();
    }
  }

  @Test
  void tenThousandCallsWithFivePercentFaults() throws Exception {
    MemoryMXBean memory = ManagementFactory.getMemoryMXBean();
    soak(1000, new Random(1)); // warm up: class loading, connection pool, JIT
    long heapBefore = usedHeapAfterGc(memory);
    int threadsBefore = ManagementFactory.getThreadMXBean().getThreadCount();

    int[] outcome = soak(10_000, new Random(42));

    long heapAfter = usedHeapAfterGc(memory);
    int threadsAfter = ManagementFactory.getThreadMXBean().getThreadCount();
    assertThat(outcome[0] + outcome[1]).isEqualTo(10_000);
    assertThat(outcome[1]).as("typed failures").isLessThan(500); // most faults are retried away
    assertThat(heapAfter - heapBefore).as("heap growth in bytes").isLessThan(16L * 1024 * 1024);
    assertThat(threadsAfter).as("threads").isLessThanOrEqualTo(threadsBefore + 4);
  }

  /** Runs the calls on 4 threads; returns {succeeded, failed with a NeonException}; anything else fails the test. */
  private int[] soak(int calls, Random random) throws Exception {
    AtomicInteger ok = new AtomicInteger();
    AtomicInteger typed = new AtomicInteger();
    List<Throwable> unexpected = java.util.Collections.synchronizedList(new ArrayList<>());
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<?>> work = new ArrayList<>();
      for (int i = 0; i < calls; i++) {
        String id = ids.get(random.nextInt(PROJECTS));
        Fault fault = random.nextInt(100) < 5 ? randomFault(random) : null;
        work.add(pool.submit(() -> {
          if (fault != null) {
            emulator.inject("getProject", fault.times(1));
          }
          try {
            String got = neon.projects().get(id).getId();
            if (got.equals(id)) {
              ok.incrementAndGet();
            } else {
              unexpected.add(new AssertionError("asked " + id + ", got " + got));
            }
          } catch (NeonException e) {
            typed.incrementAndGet();
          } catch (Throwable e) {
            unexpected.add(e);
          }
        }));
      }
      for (Future<?> f : work) {
        f.get(120, TimeUnit.SECONDS);
      }
    } finally {
      pool.shutdownNow();
      emulator.clearFaults();
    }
    assertThat(unexpected).isEmpty();
    return new int[] {ok.get(), typed.get()};
  }

  private static Fault randomFault(Random random) {
    switch (random.nextInt(5)) {
      case 0:
        return Fault.status(500);
      case 1:
        return Fault.status(503);
      case 2:
        return Fault.htmlStatus(502);
      case 3:
        return Fault.connectionReset();
      default:
        return Fault.emptyResponse();
    }
  }

  private static long usedHeapAfterGc(MemoryMXBean memory) throws InterruptedException {
    for (int i = 0; i < 3; i++) {
      System.gc();
      Thread.sleep(50);
    }
    return memory.getHeapMemoryUsage().getUsed();
  }
}

package dev.neonjava.bench.forked;

import dev.neonjava.Neon;
import dev.neonjava.generated.model.ProjectListItem;
import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.net.URI;
import java.util.ArrayList;
import java.util.List;
import java.util.StringJoiner;
import java.util.function.Consumer;

/**
 * Run in a JVM with {@code -Xmx64m}: walk all 100,000 projects and report the heap. Prints one line
 * {@code HEAP key=value ...}: whether it finished, the peak of heap in use (sampled every 2 ms, garbage
 * included), the largest heap left after a collection (sampled likewise; full GCs at the quarters
 * excluded only in that they are also reported apart), and the heap after a full GC at each quarter.
 * The contender {@code eager} collects every item in a list first: the control that shows the limit bites.
 */
public final class PagingHeap {
  private static final long TOTAL = 100_000;
  private static volatile long peakUsed;
  private static volatile long peakAfterGc;
  private static volatile boolean sampling = true;

  private PagingHeap() {
  }

  /**
   * @param args contender (raw, fluent, eager) and the base URI
   * @throws Exception on failure
   */
  public static void main(String[] args) throws Exception {
    URI base = URI.create(args[1]);
    Thread sampler = new Thread(PagingHeap::sample, "heap-sampler");
    sampler.setDaemon(true);
    sampler.start();
    StringJoiner checkpoints = new StringJoiner(",");
    long[] count = {0};
    Consumer<ProjectListItem> each = item -> {
      if (item.getId() == null) {
        throw new IllegalStateException("undecoded item");
      }
      count[0]++;
      if (count[0] % (TOTAL / 4) == 0) {
        checkpoints.add(mb(usedAfterFullGc()));
      }
    };
    long start = System.nanoTime();
    String outcome = "ok";
    try {
      switch (args[0]) {
        case "raw":
          Contenders.raw(base).forEachProject(each);
          break;
        case "fluent": {
          Neon neon = Contenders.fluent(base);
          for (ProjectListItem item : neon.projects().list()) {
            each.accept(item);
          }
          break;
        }
        case "eager": {
          Neon neon = Contenders.fluent(base);
          List<ProjectListItem> all = new ArrayList<>();
          for (ProjectListItem item : neon.projects().list()) {
            all.add(item);
            count[0]++;
          }
          break;
        }
        default:
          throw new IllegalArgumentException(args[0]);
      }
    } catch (OutOfMemoryError e) {
      outcome = "OutOfMemoryError";
    }
    long millis = (System.nanoTime() - start) / 1_000_000;
    sampling = false;
    System.out.println("HEAP contender=" + args[0] + " outcome=" + outcome + " items=" + count[0] + " ms=" + millis
        + " peakUsedMB=" + mb(peakUsed) + " maxAfterGcMB=" + mb(Math.max(peakAfterGc, afterLastGc())) + " quartersMB=" + checkpoints
        + " xmxMB=" + mb(Runtime.getRuntime().maxMemory()));
    System.out.flush();
    System.exit(0);
  }

  private static void sample() {
    while (sampling) {
      long used = Runtime.getRuntime().totalMemory() - Runtime.getRuntime().freeMemory();
      if (used > peakUsed) {
        peakUsed = used;
      }
      long afterGc = afterLastGc();
      if (afterGc > peakAfterGc) {
        peakAfterGc = afterGc;
      }
      try {
        Thread.sleep(2);
      } catch (InterruptedException e) {
        return;
      }
    }
  }

  private static long usedAfterFullGc() {
    System.gc();
    return ManagementFactory.getMemoryMXBean().getHeapMemoryUsage().getUsed();
  }

  private static long afterLastGc() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getCollectionUsage() != null) {
        sum += pool.getCollectionUsage().getUsed();
      }
    }
    return sum;
  }

  private static String mb(long bytes) {
    return String.format(java.util.Locale.ROOT, "%.1f", bytes / 1048576.0);
  }
}

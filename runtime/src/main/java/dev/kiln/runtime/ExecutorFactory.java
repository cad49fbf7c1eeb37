package dev.kiln.runtime;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedBlockingQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the executor that runs request handlers. This is the JDK 17 version: a bounded pool of
 * platform threads. The multi-release jar carries a JDK 21 version under {@code
 * META-INF/versions/21} that uses one virtual thread per request; no reflection decides between
 * them.
 */
final class ExecutorFactory {
  /** Platform threads in the JDK 17 pool. */
  static final int POOL_THREADS = Math.max(64, 16 * Runtime.getRuntime().availableProcessors());

  private ExecutorFactory() {}

  /** A new executor for request handlers. */
  static ExecutorService create() {
    AtomicInteger count = new AtomicInteger();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(POOL_THREADS, POOL_THREADS, 60,
        TimeUnit.SECONDS, new LinkedBlockingQueue<>(), runnable -> {
          Thread thread = new Thread(runnable, "kiln-worker-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        });
    pool.allowCoreThreadTimeOut(true);
    return pool;
  }

  /** What {@link #create()} makes, for the start-up log line. */
  static String kind() {
    return "platform threads (pool of " + POOL_THREADS + ")";
  }
}

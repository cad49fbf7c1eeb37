package dev.kiln.runtime.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.LinkedTransferQueue;
import java.util.concurrent.ThreadPoolExecutor;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * Creates the executor that runs request handlers. This is the JDK 17 version: platform threads
 * that grow on demand up to a maximum, reuse idle threads first, and queue only beyond the
 * maximum. The multi-release jar carries a JDK 21 version under {@code META-INF/versions/21} that
 * uses one virtual thread per request; no reflection decides between them.
 *
 * <p>Why grow: the JDK server reads a request's headers and body on the executor's thread, so
 * every slow client holds a thread. A fixed pool of N threads is stalled by N slow clients;
 * this one is stalled only by {@code maxThreads} of them, for at most {@code
 * sun.net.httpserver.maxReqTime} (Kiln's default 60 s).
 */
final class ExecutorFactory {
  /** Threads kept alive while idle (the rest end after 60 s idle). */
  static final int CORE_THREADS = Math.max(8, 2 * Runtime.getRuntime().availableProcessors());

  private ExecutorFactory() {}

  /** A new executor for request handlers, with at most {@code maxThreads} threads. */
  static ExecutorService create(int maxThreads) {
    AtomicInteger count = new AtomicInteger();
    GrowFirstQueue queue = new GrowFirstQueue();
    ThreadPoolExecutor pool = new ThreadPoolExecutor(Math.min(CORE_THREADS, maxThreads),
        maxThreads, 60, TimeUnit.SECONDS, queue, runnable -> {
          Thread thread = new Thread(runnable, "kiln-worker-" + count.incrementAndGet());
          thread.setDaemon(true);
          return thread;
        }, (runnable, executor) -> {
          // every thread is busy and there are maxThreads of them: wait in the queue
          if (!executor.isShutdown()) {
            queue.add(runnable);
          }
        });
    return pool;
  }

  /** What {@link #create} makes, for the start-up log line. */
  static String kind(int maxThreads) {
    return "platform threads (up to " + maxThreads + ")";
  }

  /**
   * A queue that takes a task only if an idle thread is waiting for one, so that the pool starts
   * a new thread (up to its maximum) instead of queueing; beyond the maximum the rejection
   * handler adds the task for real.
   */
  private static final class GrowFirstQueue extends LinkedTransferQueue<Runnable> {
    private static final long serialVersionUID = 1L;

    @Override
    public boolean offer(Runnable task) {
      return tryTransfer(task);
    }
  }
}

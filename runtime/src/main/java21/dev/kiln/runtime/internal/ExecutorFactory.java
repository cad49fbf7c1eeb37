package dev.kiln.runtime.internal;

import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;

/**
 * Creates the executor that runs request handlers. This is the JDK 21+ version (in {@code
 * META-INF/versions/21} of the multi-release jar): one virtual thread per request, so slow
 * clients hold no platform thread.
 */
final class ExecutorFactory {
  private ExecutorFactory() {}

  /** A new executor for request handlers; {@code maxThreads} applies to JDK 17 only. */
  static ExecutorService create(int maxThreads) {
    // unnamed, as Executors.newVirtualThreadPerTaskExecutor(): naming each thread costs a string
    // per request
    return Executors.newVirtualThreadPerTaskExecutor();
  }

  /** What {@link #create} makes, for the start-up log line. */
  static String kind(int maxThreads) {
    return "virtual threads";
  }
}

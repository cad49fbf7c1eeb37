package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpServer;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.net.InetSocketAddress;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;

/** {@link KilnServer} on {@code com.sun.net.httpserver}. */
public final class JdkKilnServer implements KilnServer {
  private final HttpServer server;
  private final Dispatcher dispatcher;
  private final ExecutorService executor;
  private final Duration shutdownTimeout;
  private final String host;
  private boolean stopped;

  private JdkKilnServer(HttpServer server, Dispatcher dispatcher, ExecutorService executor,
      Duration shutdownTimeout, String host) {
    this.server = server;
    this.dispatcher = dispatcher;
    this.executor = executor;
    this.shutdownTimeout = shutdownTimeout;
    this.host = host;
  }

  public static KilnServer start(KilnServer.Builder builder) throws IOException {
    long started = System.nanoTime();
    Dispatcher dispatcher = new Dispatcher(new Router(List.copyOf(builder.routes)),
        builder.maxBodySize, builder.jsonConstraints,
        new ExceptionHandlers(builder.exceptionHandlers));
    // the defaults set (docs/reliability.md) are not logged: a System.Logger call here would start
    // java.util.logging on the path to the first answer
    ServerProperties.applyDefaults();
    HttpServer server = HttpServer.create(new InetSocketAddress(builder.host, builder.port), 1024);
    ExecutorService executor = ExecutorFactory.create(builder.maxThreads);
    server.createContext("/", dispatcher);
    server.setExecutor(executor);
    dispatcher.backgroundTasks().start(executor);
    server.start();
    Preinitializer.start(server, executor);
    JdkKilnServer kiln =
        new JdkKilnServer(server, dispatcher, executor, builder.shutdownTimeout, builder.host);
    if (builder.shutdownHook) {
      Runtime.getRuntime().addShutdownHook(new Thread(kiln::close, "kiln-shutdown"));
    }
    // One line on standard output, as servers print their start-up line. Going through
    // System.Logger here would start java.util.logging (its formatter pulls in java.time, Formatter
    // and regex) on the path to the first answer; warnings and errors still go through it.
    System.out.println("Kiln started on http://" + builder.host + ":" + kiln.port() + " with "
        + builder.routes.size() + " routes, " + ExecutorFactory.kind(builder.maxThreads)
        + ", server " + server.getClass().getName() + ", in "
        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
    return kiln;
  }

  @Override
  public int port() {
    return server.getAddress().getPort();
  }

  @Override
  public String host() {
    return host;
  }

  @Override
  public synchronized void stop(Duration timeout) {
    if (stopped) {
      return;
    }
    stopped = true;
    dispatcher.drain();
    long deadline = System.nanoTime() + timeout.toNanos();
    try {
      while ((dispatcher.inFlight() > 0 || dispatcher.backgroundTasks().pending() > 0)
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int unfinished = dispatcher.inFlight();
    int tasks = dispatcher.backgroundTasks().pending();
    server.stop(0);
    executor.shutdownNow();
    KilnLog.get().log(unfinished + tasks == 0 ? Level.INFO : Level.WARNING,
        "Kiln stopped" + (unfinished == 0 ? "" : "; " + unfinished + " requests unfinished")
            + (tasks == 0 ? "" : "; " + tasks + " background task runs unfinished"));
  }

  @Override
  public void close() {
    stop(shutdownTimeout);
  }
}

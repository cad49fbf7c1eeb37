package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpHandler;
import com.sun.net.httpserver.HttpServer;
import com.sun.net.httpserver.HttpsServer;
import dev.kiln.runtime.InProcess;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.CountDownLatch;
import java.util.concurrent.Executor;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * {@link KilnServer} on {@code com.sun.net.httpserver}; started by {@link
 * KilnServer.Builder#start()} (public only for that call across packages; not exported).
 */
public final class JdkKilnServer implements KilnServer {
  private final HttpServer server;
  private final Dispatcher dispatcher;
  private final ExecutorService executor;
  /** The JDK server's tasks submitted and not finished: requests read, queued or answered. */
  private final AtomicInteger tasks;
  private final Duration shutdownTimeout;
  private final String host;
  private final List<KilnServer.Hook> drainHooks;
  private final Duration drainDelay;
  private final List<KilnServer.Hook> stopHooks;
  private boolean stopped;
  /**
   * A non-daemon thread alive until {@link #stop}: some providers run only daemon threads (Jetty's
   * on a virtual-thread executor), and the JVM would exit when {@code main} returns.
   */
  private final Thread keepAlive = new Thread(this::awaitStop, "kiln-keep-alive");
  private final CountDownLatch stopSignal = new CountDownLatch(1);

  private JdkKilnServer(HttpServer server, Dispatcher dispatcher, ExecutorService executor,
      AtomicInteger tasks, ServerSettings settings) {
    this.stopHooks = settings.stopHooks();
    this.server = server;
    this.dispatcher = dispatcher;
    this.executor = executor;
    this.tasks = tasks;
    this.shutdownTimeout = settings.shutdownTimeout();
    this.host = settings.host();
    this.drainHooks = settings.drainHooks();
    this.drainDelay = settings.drainDelay();
  }

  /** The application of {@code settings} as a handler, without a server (to mount it). */
  public static HttpHandler handler(ServerSettings settings) {
    return dispatcher(settings);
  }

  /** The application of {@code settings} without a server, its start-up hooks run. */
  public static InProcess startInProcess(ServerSettings settings) {
    return InProcessApp.start(settings);
  }

  private static Dispatcher dispatcher(ServerSettings settings) {
    return new Dispatcher(new Router(settings.routes()), new BodyConfig(settings.maxBodySize(),
        settings.jsonConstraints(), settings.multipartLimits(), settings.security()),
        new ExceptionHandlers(settings.exceptionHandlers()), settings.filters());
  }

  private void awaitStop() {
    try {
      stopSignal.await();
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
  }

  public static KilnServer start(ServerSettings settings) throws IOException {
    long started = System.nanoTime();
    Dispatcher dispatcher = dispatcher(settings);
    Hooks.runStartHooks(settings.startHooks());
    // the defaults set (docs/reliability.md) are not logged: a System.Logger call here would start
    // java.util.logging on the path to the first answer
    ServerProperties.applyDefaults();
    ServerProperties.applyMaxConnections(settings.maxConnections() > 0
        ? settings.maxConnections() : ServerProperties.defaultMaxConnections());
    FailFast.installDefaultHandler();
    // created unbound, then bound, given its context, executor, and started: the one order that
    // starts a listening connector on every provider (Jetty's adapter restarts its server in
    // setExecutor, and a connector added after that is never started)
    HttpServer server =
        Tls.create(ServerProviders.resolve(settings.provider()), Tls.context(settings));
    server.bind(ServerProviders.address(settings.host(), settings.port()), 1024);
    ExecutorService executor = ExecutorFactory.create(settings.maxThreads());
    AtomicInteger tasks = new AtomicInteger();
    // the JDK's server runs one task per request (its reading included); the others run long
    // tasks (Jetty's acceptors and selectors, robaho's one per connection): there, the requests
    // in the dispatcher are counted instead
    boolean jdkServer = server.getClass().getName().startsWith(Preinitializer.JDK_SERVER_PACKAGE);
    server.createContext("/", jdkServer ? dispatcher : counting(dispatcher, tasks));
    server.setExecutor(jdkServer ? counting(executor, tasks) : executor);
    dispatcher.backgroundTasks().start(executor);
    server.start();
    Preinitializer.start(server, executor);
    JdkKilnServer kiln = new JdkKilnServer(server, dispatcher, executor, tasks, settings);
    kiln.keepAlive.start();
    if (settings.shutdownHook()) {
      Runtime.getRuntime().addShutdownHook(new Thread(kiln::close, "kiln-shutdown"));
    }
    // One line on standard output, as servers print their start-up line. Going through
    // System.Logger here would start java.util.logging (its formatter pulls in java.time, Formatter
    // and regex) on the path to the first answer; warnings and errors still go through it.
    // Jetty's adapter server is an HttpsServer even when it serves plain HTTP
    boolean https = server instanceof HttpsServer tls && tls.getHttpsConfigurator() != null;
    System.out.println("Kiln started on " + (https ? "https" : "http")
        + "://" + settings.host() + ":" + kiln.port() + " with "
        + settings.routes().size() + " routes, " + ExecutorFactory.kind(settings.maxThreads())
        + ", server " + server.getClass().getName() + ", in "
        + TimeUnit.NANOSECONDS.toMillis(System.nanoTime() - started) + " ms");
    return kiln;
  }

  /** {@code handler}, counting each request it handles in {@code tasks}. */
  private static HttpHandler counting(HttpHandler handler, AtomicInteger tasks) {
    return exchange -> {
      tasks.incrementAndGet();
      try {
        handler.handle(exchange);
      } finally {
        tasks.decrementAndGet();
      }
    };
  }

  /** {@code executor}, counting each task in {@code tasks} from submission to its end. */
  private static Executor counting(ExecutorService executor, AtomicInteger tasks) {
    return task -> {
      tasks.incrementAndGet();
      try {
        executor.execute(() -> {
          try {
            task.run();
          } finally {
            tasks.decrementAndGet();
          }
        });
      } catch (RuntimeException e) {
        tasks.decrementAndGet();
        throw e;
      }
    };
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
    Drain.runHooks(drainHooks);
    Drain.await(drainDelay);
    long deadline = System.nanoTime() + timeout.toNanos();
    // on the JDK's plain HTTP server, the listener closes now, a guard request keeping the
    // requests already read from losing their connections (see DrainGuard); elsewhere it stays
    // open until the end, and new connections are answered 503
    dispatcher.drain();
    Thread listenerCloser = null;
    DrainGuard guard = null;
    if (Drain.canCloseListener(server)) {
      guard = new DrainGuard(tasks, deadline);
      dispatcher.guard(guard);
      if (guard.send(server.getAddress())) {
        listenerCloser = Drain.closeListener(server, timeout);
      }
    }
    try {
      // not only the dispatcher's requests in flight: a request the JDK has read (or queued for a
      // thread) but not yet handed to the dispatcher is still to be answered (503 now); and the
      // background tasks of answers already sent
      while ((tasks.get() > 0 || dispatcher.backgroundTasks().pending() > 0)
          && System.nanoTime() < deadline) {
        Thread.sleep(5);
      }
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
    }
    int unfinished = tasks.get();
    int background = dispatcher.backgroundTasks().pending();
    server.stop(0);
    if (guard != null) {
      guard.close();
    }
    if (listenerCloser != null) {
      try {
        listenerCloser.join(1_000);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
    executor.shutdownNow();
    stopSignal.countDown();
    KilnLog.get().log(unfinished + background == 0 ? Level.INFO : Level.WARNING,
        "Kiln stopped" + (unfinished == 0 ? "" : "; " + unfinished + " requests unfinished")
            + (background == 0 ? "" : "; " + background + " background task runs unfinished"));
    Hooks.runStopHooks(stopHooks);
  }

  @Override
  public void close() {
    stop(shutdownTimeout);
  }
}

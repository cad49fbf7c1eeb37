package dev.kiln.runtime;

import com.sun.net.httpserver.spi.HttpServerProvider;
import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.RouteGroup;
import com.sun.net.httpserver.HttpHandler;
import dev.kiln.runtime.filter.Filter;
import dev.kiln.runtime.filter.Mount;
import dev.kiln.runtime.internal.JdkKilnServer;
import dev.kiln.runtime.internal.ServerSettings;
import dev.kiln.runtime.security.Security;
import java.io.IOException;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.net.ssl.SSLContext;
import tools.jackson.core.StreamReadConstraints;

/**
 * A running Kiln server: the JDK's {@code com.sun.net.httpserver} (whichever {@code
 * HttpServerProvider} is on the class path) with one context at {@code /} dispatching to the
 * generated routes.
 *
 * <pre>{@code
 * KilnServer server = KilnServer.builder().port(8080)
 *     .routes(new ItemsController_Routes(new ItemsController())).start();
 * }</pre>
 */
public interface KilnServer extends AutoCloseable {

  /** A builder with the defaults documented on its methods. */
  static Builder builder() {
    return new Builder();
  }

  /** The TCP port the server listens on (the actual one when built with port 0). */
  int port();

  /** The host name or address the server is bound to. */
  String host();

  /**
   * Stops gracefully, in three steps: the {@linkplain Builder#onDrain drain hooks} run (e.g. a
   * readiness endpoint starts answering 503) and the server keeps serving for the {@linkplain
   * Builder#drainDelay drain delay}; then it stops accepting connections (on the JDK's provider:
   * a new connection is refused, so a load balancer tries another instance) and answers new
   * requests on open connections 503 with {@code Connection: close}, while requests in flight and
   * pending background tasks ({@link Response.Builder#background}) may finish for up to {@code
   * timeout}; then every connection is closed and the {@linkplain
   * Builder#onStop stop hooks} run. Returns when stopped. Calling it again does nothing.
   */
  void stop(Duration timeout);

  /** Stops with the builder's shutdown timeout; see {@link #stop(Duration)}. */
  @Override
  void close();
  /** Code run when the server starts or stops; see {@link Builder#onStart} and {@link Builder#onStop}. */
  @FunctionalInterface
  interface Hook {
    /** Runs the hook; what it throws is reported as documented where it was added. */
    void run() throws Exception;
  }

  /** Configures and starts a {@link KilnServer}. Not thread-safe. */
  final class Builder {
    /** The default {@link #maxBodySize(long)}: 10 MiB. */
    public static final long DEFAULT_MAX_BODY_SIZE = 10L * 1024 * 1024;
    /** The default {@link #maxThreads(int)}: 1,000. */
    public static final int DEFAULT_MAX_THREADS = 1_000;
    /** The default {@link #maxConnections(int)}: 10,000, or 3/4 of the open-file limit if lower. */
    public static final int DEFAULT_MAX_CONNECTIONS = 10_000;

    private String host = "127.0.0.1";
    private int port = 8080;
    private Duration shutdownTimeout = Duration.ofSeconds(10);
    private boolean shutdownHook;
    private long maxBodySize = DEFAULT_MAX_BODY_SIZE;
    private int maxThreads = DEFAULT_MAX_THREADS;
    /** {@code null}: the standard system property's provider, else the JDK's own server. */
    private HttpServerProvider provider;
    /** HTTPS: a context, or a PKCS#12 store and its password; all {@code null}: plain HTTP. */
    private SSLContext sslContext;
    private Path keyStore;
    private char[] keyStorePassword;
    /** 0: {@link #DEFAULT_MAX_CONNECTIONS} capped by the open-file limit, computed at start. */
    private int maxConnections;
    /** {@code null}: Kiln's limits ({@link Json#CONSTRAINTS}), jackson-core not loaded yet. */
    private StreamReadConstraints jsonConstraints;
    private MultipartLimits multipartLimits = MultipartLimits.DEFAULTS;
    private final List<Route> routes = new ArrayList<>();
    private final SecuredOperations secured = new SecuredOperations();
    private Docs docs;
    private final Map<Class<?>, ExceptionHandler<?>> exceptionHandlers = new HashMap<>();
    private final List<Hook> drainHooks = new ArrayList<>();
    private Duration drainDelay = Duration.ZERO;
    private final List<Filter> filters = new ArrayList<>();
    private final List<Filter> mounts = new ArrayList<>();
    private final List<KilnMount> kilnMounts = new ArrayList<>();
    private List<Route> docsRoutes = List.of(); // replaced by MountedDocuments when merged
    private final List<Hook> startHooks = new ArrayList<>();
    private final List<Hook> stopHooks = new ArrayList<>();

    Builder() {}

    /** The address to bind; default {@code 127.0.0.1} ({@code 0.0.0.0}: every interface). */
    public Builder host(String host) {
      this.host = Objects.requireNonNull(host, "host");
      return this;
    }

    /** The TCP port; default 8080; 0 picks a free port (see {@link KilnServer#port()}). */
    public Builder port(int port) {
      if (port < 0 || port > 65_535) {
        throw new IllegalArgumentException("port must be 0 to 65535: " + port);
      }
      this.port = port;
      return this;
    }

    /**
     * The HTTP server implementation to run on, e.g. {@code KilnJetty.provider()} from {@code
     * kiln-server-jetty}. Default: the provider named by the standard system property {@code
     * com.sun.net.httpserver.HttpServerProvider} if set, else the JDK's own server, whatever
     * other providers are on the class path. Kiln's behaviour (problem details, limits, 503 while
     * stopping, graceful stop) is the same on each; what a provider answers itself, before Kiln
     * sees a request, differs (docs/reliability.md). {@code null} restores the default.
     */
    public Builder provider(HttpServerProvider provider) {
      this.provider = provider;
      return this;
    }

    /**
     * Serves HTTPS (HTTP/1.1 over TLS) with the private key and certificate chain in the PKCS#12
     * {@code keyStore} (e.g. made by {@code keytool -genkeypair -storetype PKCS12}), on the JDK's
     * server or on a provider that serves HTTPS (Jetty's, robaho's). {@link #start()} throws an
     * {@code IOException} if the store cannot be read or the password is wrong.
     */
    public Builder https(Path keyStore, char[] password) {
      this.keyStore = Objects.requireNonNull(keyStore, "keyStore");
      this.keyStorePassword = Objects.requireNonNull(password, "password").clone();
      this.sslContext = null;
      return this;
    }

    /** Serves HTTPS with {@code context}; see {@link #https(Path, char[])}. */
    public Builder https(SSLContext context) {
      this.sslContext = Objects.requireNonNull(context, "context");
      this.keyStore = null;
      return this;
    }

    /** Adds the routes of generated routes classes. */
    public Builder routes(RouteGroup... groups) {
      for (RouteGroup group : groups) {
        routes.addAll(group.routes());
        secured.add(group);
      }
      return this;
    }

    /** Serves the OpenAPI document, Swagger UI and ReDoc, e.g. {@code docs(Docs.defaults())}. */
    public Builder docs(Docs docs) {
      this.docs = docs;
      this.docsRoutes = docs.routes();
      routes.addAll(docsRoutes);
      return this;
    }

    /** Adds single routes (e.g. hand-written ones). */
    public Builder route(Route route) {
      routes.add(Objects.requireNonNull(route, "route"));
      return this;
    }

    /**
     * Runs {@code filter} around every request (404s and refused requests included), inside the
     * filters added before it; see {@link Filter}.
     */
    public Builder filter(Filter filter) {
      filters.add(Objects.requireNonNull(filter, "filter"));
      return this;
    }

    /**
     * Runs {@code filter} around the requests whose path is {@code prefix} or below it ({@code
     * /api} covers {@code /api} and {@code /api/items}, not {@code /apiary}), inside the filters
     * added before it; see {@link Filter}.
     *
     * @throws IllegalArgumentException if {@code prefix} does not start with {@code /} or has an
     *     empty segment, {@code ?}, {@code #} or <code>{</code>
     */
    public Builder filter(String prefix, Filter filter) {
      return filter(filter.under(prefix));
    }

    /** How long {@link KilnServer#close()} and the shutdown hook wait for requests in flight; default 10 s. */
    public Builder shutdownTimeout(Duration timeout) {
      this.shutdownTimeout = Objects.requireNonNull(timeout, "timeout");
      return this;
    }

    /**
     * Runs {@code hook} as soon as a stop begins ({@link KilnServer#stop}, {@link
     * KilnServer#close()} or the shutdown hook), before the server stops accepting connections:
     * e.g. {@code health::markDraining}, so that a load balancer stops sending new requests
     * first. Hooks run in the order added, on the stopping thread; one that throws is logged and
     * the others still run.
     */
    public Builder onDrain(Hook hook) {
      drainHooks.add(Objects.requireNonNull(hook, "hook"));
      return this;
    }

    /**
     * How long the server keeps serving every request after the drain hooks ran, before it stops
     * accepting connections; default 0. Give it the time a load balancer needs to notice the
     * instance is not ready (e.g. Kubernetes' readiness probe period times its failure
     * threshold); stopping then takes up to this delay plus the shutdown timeout.
     */
    public Builder drainDelay(Duration delay) {
      if (Objects.requireNonNull(delay, "delay").isNegative()) {
        throw new IllegalArgumentException("drainDelay must not be negative: " + delay);
      }
      this.drainDelay = delay;
      return this;
    }

    /**
     * Answers exceptions of {@code type} (and its subclasses) thrown by route handlers with
     * {@code handler}; the most specific registered superclass of a thrown exception wins.
     * Unmapped exceptions are a 500 problem with a request id, logged once with the stack trace
     * and never echoed. {@link ProblemException} is always sent as its problem.
     * @throws IllegalArgumentException if {@code type} already has a handler
     */
    public <E extends Throwable> Builder exceptionHandler(Class<E> type,
        ExceptionHandler<? super E> handler) {
      Objects.requireNonNull(type, "type");
      Objects.requireNonNull(handler, "handler");
      if (exceptionHandlers.putIfAbsent(type, handler) != null) {
        throw new IllegalArgumentException(type.getName() + " already has an exception handler");
      }
      return this;
    }

    /**
     * The largest request body accepted, in bytes; default {@link #DEFAULT_MAX_BODY_SIZE} (10
     * MiB). A larger {@code Content-Length} gets a 413 response before the body is read; a chunked
     * body gets a 413 response as soon as more arrived. Either way the connection is then closed.
     */
    public Builder maxBodySize(long bytes) {
      this.maxBodySize = Arguments.atLeast(bytes, 0, "maxBodySize must not be negative: ");
      return this;
    }

    /**
     * On JDK 17, the most platform threads that read requests and run handlers; default {@link
     * #DEFAULT_MAX_THREADS}. The pool grows on demand (idle threads end after 60 s) and queues
     * requests only when all of them are busy. The JDK server reads each request on such a
     * thread, so this many slow clients can stall the server for up to {@code
     * sun.net.httpserver.maxReqTime}. On JDK 21+ every request has its own virtual thread and
     * this setting is ignored.
     */
    public Builder maxThreads(int threads) {
      this.maxThreads = (int) Arguments.atLeast(threads, 1, "maxThreads must be at least 1: ");
      return this;
    }

    /**
     * The most connections open at once (idle kept-alive ones included); default {@link
     * #DEFAULT_MAX_CONNECTIONS}, lowered to three quarters of the process's open-file limit where
     * that is lower. A connection over the cap is closed as soon as it is accepted, and the
     * server keeps responding to the others. On the JDK's server this sets {@code
     * jdk.httpserver.maxConnections}, which the JDK reads once per JVM: a value given with {@code
     * -D} wins, and only the first server of a JVM sets it.
     */
    public Builder maxConnections(int connections) {
      this.maxConnections =
          (int) Arguments.atLeast(connections, 1, "maxConnections must be at least 1: ");
      return this;
    }

    /** Limits of {@code multipart/form-data} bodies; default {@link MultipartLimits#DEFAULTS}. */
    public Builder multipartLimits(MultipartLimits limits) {
      this.multipartLimits = Objects.requireNonNull(limits, "limits");
      return this;
    }

    /**
     * The limits of JSON request bodies (nesting depth, number, string, name and document length);
     * default {@link Json#CONSTRAINTS}. A body over a limit gets a 400 {@code malformed_json}.
     */
    public Builder jsonLimits(StreamReadConstraints constraints) {
      this.jsonConstraints = Objects.requireNonNull(constraints, "constraints");
      return this;
    }

    /**
     * Whether a JVM shutdown hook stops the server gracefully (on SIGTERM or {@code
     * System.exit}); default off, on for applications launched with {@code main}.
     */
    public Builder shutdownHook(boolean enabled) {
      this.shutdownHook = enabled;
      return this;
    }

    /**
     * Answers every request whose path is {@code prefix} or below it, whatever its method, with
     * {@code handler}, which sees the path without the prefix ({@code /legacy/a} as {@code /a}):
     * any JDK {@code HttpHandler}, or another Kiln application's {@link #handler()}. Mounts run
     * inside every filter and before the routes; see {@link Mount}.
     * @throws IllegalArgumentException if {@code prefix} is {@code /} or malformed
     */
    public Builder mount(String prefix, HttpHandler handler) {
      mounts.add(Mount.at(prefix, handler));
      return this;
    }

    /** Checks secured operations' credentials (default {@link Security#none()}); see there. */
    public Builder security(Security security) {
      secured.use(security);
      return this;
    }

    /**
     * Mounts the Kiln application {@code app} (as it is now) as {@link #mount(String,
     * HttpHandler)} does; its operations are merged into the document under {@code prefix} at
     * {@link #start()}, or left out ({@link MountedOperations}).
     */
    public Builder mount(String prefix, Builder app, MountedOperations operations) {
      Mount mount = Mount.at(prefix, app.handler());
      mounts.add(mount);
      kilnMounts.add(new KilnMount(mount.prefix(), app.routes, app.docs,
          Objects.requireNonNull(operations, "operations")));
      return this;
    }

    /**
     * Runs {@code hook} when {@link #start()} is called, before the port is bound, in the order
     * added. A failing hook aborts the start: {@code start()} throws an {@link
     * IllegalStateException} naming the hook and its failure, and nothing is bound.
     */
    public Builder onStart(Hook hook) {
      startHooks.add(Objects.requireNonNull(hook, "hook"));
      return this;
    }

    /**
     * Runs {@code hook} when the server stops, after the requests in flight have finished (or
     * the shutdown timeout passed) and the port was closed, in the order added. A failing hook is
     * logged; the next ones still run.
     */
    public Builder onStop(Hook hook) {
      stopHooks.add(Objects.requireNonNull(hook, "hook"));
      return this;
    }

    /**
     * This application as a JDK {@code HttpHandler} (its routes, filters, mounts and exception
     * handlers), to {@link #mount} into another; nothing is bound and no hook runs.
     * @throws IllegalArgumentException if two routes share a method and template
     */
    public HttpHandler handler() {
      return JdkKilnServer.handler(settings(routes));
    }

    /**
     * Runs the start-up hooks, then binds and starts the server.
     * @throws IOException if the address cannot be bound
     * @throws IllegalArgumentException if two routes share a method and template
     * @throws IllegalStateException if a start-up hook failed (nothing is bound); or if the
     *     server serves the OpenAPI document ({@link #docs}) and its generated routes (and those
     *     of Kiln applications mounted documented) are not exactly the document's operations
     */
    public KilnServer start() throws IOException {
      return JdkKilnServer.start(settings(
          MountedDocuments.served(docs, docsRoutes, routes, kilnMounts)));
    }

    /** This application without a server, its start-up hooks run: see {@link InProcess}. */
    public InProcess startInProcess() throws IOException {
      return JdkKilnServer.startInProcess(settings(
          MountedDocuments.served(docs, docsRoutes, routes, kilnMounts)));
    }

    private ServerSettings settings(List<Route> routes) {
      List<Filter> chain = new ArrayList<>(filters);
      chain.addAll(mounts);
      return new ServerSettings(host, port, shutdownTimeout, shutdownHook, maxBodySize,
          maxThreads, maxConnections, jsonConstraints, routes, exceptionHandlers, provider,
          sslContext, keyStore, keyStorePassword, chain, startHooks, stopHooks, drainHooks,
          drainDelay, multipartLimits, secured.verified());
    }
  }
}

package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.kiln.runtime.ExceptionHandler;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.filter.Filter;
import dev.kiln.runtime.filter.RequestId;
import dev.kiln.runtime.generated.Responder;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import tools.jackson.core.StreamReadConstraints;

/**
 * The one JDK {@link HttpHandler}, at context {@code /}: matches the route, responds 404, 405
 * (with {@code Allow}), {@code OPTIONS} and {@code HEAD} itself, runs the route's responder, and
 * turns every failure into an RFC 9457 problem. While the server drains, responds 503.
 */
final class Dispatcher implements HttpHandler {
  private final Router router;
  private final BodyConfig bodyConfig;
  private final ExceptionHandlers exceptionHandlers;
  private final BackgroundTasks backgroundTasks = new BackgroundTasks();
  private final Filter[] filters;
  private volatile boolean draining;
  private volatile DrainGuard guard;
  /** The most distinct header names a request may have; more are answered 431. */
  private final int maxHeaders = ServerProperties.maxHeaders();
  private final int maxTargetLength = ServerProperties.maxHeaderSize();

  /** A dispatcher without filters; see the other constructor. */
  Dispatcher(Router router, long maxBodySize, StreamReadConstraints jsonConstraints,
      ExceptionHandlers exceptionHandlers) {
    this(router, new BodyConfig(maxBodySize, jsonConstraints), exceptionHandlers, List.of());
  }

  /** A dispatcher reading bodies as {@code bodyConfig} says, running {@code filters}. */
  Dispatcher(Router router, BodyConfig bodyConfig, ExceptionHandlers exceptionHandlers,
      List<Filter> filters) {
    this.router = router;
    this.bodyConfig = bodyConfig;
    this.exceptionHandlers = exceptionHandlers;
    this.filters = filters.toArray(new Filter[0]);
  }

  /** One part of answering a request, which may throw anything. */
  @FunctionalInterface
  interface Step {
    void run() throws Exception;
  }

  /** The background tasks of this server's answers. */
  BackgroundTasks backgroundTasks() {
    return backgroundTasks;
  }

  /**
   * From now on, answer new requests with 503 and {@code Connection: close}; open event streams
   * end.
   */
  void drain() {
    draining = true;
    bodyConfig.openStreams().closeAll();
  }

  /** Holds {@code guard}'s request when it comes (while draining; see {@link DrainGuard}). */
  void guard(DrainGuard guard) {
    this.guard = guard;
  }

  /**
   * Responds to one request and closes its exchange, or its connection when it must not be kept
   * alive.
   *
   * @throws IOException to make the JDK server close the connection: after {@code Connection:
   *     close}, or when writing the response failed. Closing the exchange would do nothing then
   *     (the JDK's stream is already marked closed, so the socket leaks) or would first drain the
   *     unread request body, which a client that declared 1 GB and sends nothing makes last
   *     until {@code maxReqTime}.
   */
  @Override
  public void handle(HttpExchange http) throws IOException {
    DrainGuard held = guard;
    if (held != null && held.holds(http)) {
      http.close();
      return;
    }
    boolean closeConnection = true;
    try {
      closeConnection = dispatch(http);
    } catch (Error e) {
      if (FailFast.isFatal(e)) {
        FailFast.exit("the request " + http.getRequestMethod() + " " + http.getRequestURI(), e);
      }
      throw e;
    } catch (RuntimeException e) {
      // never let a failure reach the provider: Jetty's adapter would answer it 200 with no body
      lastResort(http, e);
    } finally {
      if (!closeConnection) {
        http.close();
      }
      // the answer has been sent (or its connection failed): now the handler's background tasks
      backgroundTasks.runAfter(http);
    }
    if (closeConnection) {
      throw CLOSE_CONNECTION;
    }
  }

  /** Thrown to the JDK server to close a connection: preallocated, no stack trace. */
  private static final IOException CLOSE_CONNECTION = new IOException("Kiln closes the connection",
      null) {
    private static final long serialVersionUID = 1L;

    @Override
    public synchronized Throwable fillInStackTrace() {
      return this;
    }
  };

  /** Answers the request; returns whether its connection must be closed. */
  private boolean dispatch(HttpExchange http) {
    java.net.URI uri = requestUri(http);
    String rawPath = uri == null ? null : uri.getRawPath();
    int targetLength = uri == null ? 0 : RequestChecks.targetLength(uri);
    if (uri != null && filters.length > 0) {
      return dispatchFiltered(http, rawPath == null ? "" : rawPath, targetLength);
    }
    JdkExchange exchange =
        new JdkExchange(http, rawPath == null ? "" : rawPath, bodyConfig);
    if (uri == null) {
      // before the filters: they read the request target too
      respondProblem(exchange, Problem.of(400, "The request target is not a valid URI."), Map.of());
    } else {
      answer(exchange, rawPath, () -> route(http, exchange, rawPath, targetLength));
    }
    return exchange.closeConnection();
  }

  /**
   * The request target, or {@code null} if it is no valid URI: Jetty's adapter builds it on
   * demand and fails on what {@code java.net.URI} refuses (the JDK's server refuses those itself).
   */
  private static java.net.URI requestUri(HttpExchange http) {
    try {
      return http.getRequestURI();
    } catch (IllegalArgumentException e) {
      return null;
    }
  }

  /** Answers a bare 500 problem for a failure outside {@link #answer}'s own handling. */
  private static void lastResort(HttpExchange http, RuntimeException failure) {
    KilnLog.get().log(Level.ERROR, "Kiln failed to answer " + http.getRequestMethod(), failure);
    try {
      byte[] body = ProblemWriter.toJson(Problem.of(500, "The server failed to answer this request."));
      http.getResponseHeaders().set("Content-Type", MediaTypes.PROBLEM_JSON);
      http.sendResponseHeaders(500, body.length);
      http.getResponseBody().write(body);
    } catch (IOException | RuntimeException e) {
      // the answer was started already, or the client is gone: closing is all that is left
    }
  }

  /**
   * Finds the route first (so that filters see it), then runs the filters and the route; a
   * request refused before routing (503, 400, 413, 404) is refused inside the filters.
   */
  private boolean dispatchFiltered(HttpExchange server, String rawPath, int targetLength) {
    SwitchableHttp http = new SwitchableHttp(server);
    JdkExchange exchange = new JdkExchange(http, rawPath, bodyConfig);
    Router.Match match = null;
    ProblemException refused = null;
    try {
      match = resolve(http, rawPath, targetLength);
    } catch (ProblemException e) {
      refused = e;
    }
    Router.Match matched = match;
    ProblemException refusal = refused;
    new FilterRun(this, filters, http, exchange, rawPath, match, () -> {
      if (refusal != null) {
        throw refusal;
      }
      invoke(matched, http, exchange, rawPath);
    }).proceed();
    return exchange.closeConnection();
  }

  /** Whether an answer was started, by the exchange or on its JDK exchange (by a filter). */
  static boolean responded(JdkExchange exchange) {
    return exchange.responded()
        || (exchange.http() instanceof SwitchableHttp && ((SwitchableHttp) exchange.http()).sent());
  }

  /**
   * Runs {@code step}, answering the problem or failure it throws; then deletes the temporary
   * files of the request's uploads.
   */
  void answer(JdkExchange exchange, String rawPath, Step step) {
    try {
      step.run();
    } catch (ProblemException e) {
      respondProblem(exchange, e.problem(), e.headers());
    } catch (Throwable e) {
      rethrowIfFatal(e);
      if (e instanceof IOException && (responded(exchange) || exchange.bodyReadFailed())) {
        // the client went away, or sent a body the JDK cannot parse: answer if it is still
        // there (a failed write then closes the connection), else nothing is left to do
        KilnLog.get().log(Level.DEBUG, "I/O error on " + rawPath + ": " + e);
        if (!responded(exchange)) {
          ProblemException unreadable = RequestChecks.unreadableBody();
          respondProblem(exchange, unreadable.problem(), unreadable.headers());
        }
        return;
      }
      ExceptionHandler<Throwable> handler = exceptionHandlers.find(e);
      if (handler == null || responded(exchange)) {
        internalError(exchange, e);
      } else {
        respondMapped(exchange, e, handler);
      }
    } finally {
      exchange.deleteUploads();
    }
  }

  /** Responds to {@code thrown} with the user's handler for it. */
  private void respondMapped(JdkExchange exchange, Throwable thrown,
      ExceptionHandler<Throwable> handler) {
    try {
      Problem problem = handler.handle(thrown, exchange);
      if (problem != null) {
        respondProblem(exchange, problem, Map.of());
      } else if (!responded(exchange)) {
        IllegalStateException failure = new IllegalStateException("The exception handler for "
            + thrown.getClass().getName() + " neither answered nor returned a problem", thrown);
        internalError(exchange, failure);
      }
    } catch (ProblemException e) {
      respondProblem(exchange, e.problem(), e.headers());
    } catch (Throwable e) {
      rethrowIfFatal(e);
      e.addSuppressed(thrown);
      internalError(exchange, e);
    }
  }

  private static void rethrowIfFatal(Throwable e) {
    if (FailFast.isFatal(e)) {
      throw (Error) e;
    }
  }

  /**
   * Logs {@code failure} once with its stack trace under a new request id and answers a 500
   * problem naming only that id; if the response was already started, only logs (the exchange is
   * then closed).
   */
  private static void internalError(JdkExchange exchange, Throwable failure) {
    HttpExchange http = exchange.http();
    String given = RequestId.of(http);
    String requestId = given == null ? UUID.randomUUID().toString() : given;
    if (responded(exchange)) {
      KilnLog.get().log(Level.ERROR, "Request " + requestId + " " + http.getRequestMethod() + " "
          + exchange.rawPath() + " failed after its answer was started; closing", failure);
      return;
    }
    KilnLog.get().log(Level.ERROR, "Request " + requestId + " " + http.getRequestMethod() + " "
        + exchange.rawPath() + " failed", failure);
    respondProblem(exchange, Problem.of(500,
        "The server failed to answer this request. Request id: " + requestId + "."), Map.of());
  }

  private void route(HttpExchange http, JdkExchange exchange, String rawPath, int targetLength)
      throws Exception {
    invoke(resolve(http, rawPath, targetLength), http, exchange, rawPath);
  }

  /**
   * Checks the request and finds its route; {@code targetLength} is its request target's.
   *
   * @throws ProblemException 503 while draining, 400 for a malformed request or path, 414 for a
   *     request target over the header-section limit, 413 for a
   *     declared body over the limit, 404 when no route matches
   */
  private Router.Match resolve(HttpExchange http, String rawPath, int targetLength) {
    if (draining) {
      throw new ProblemException(Problem.of(503, "The server is shutting down."),
          Map.of("Connection", "close"));
    }
    RequestChecks.check(http, targetLength, maxTargetLength);
    if (http.getRequestHeaders().size() > maxHeaders) {
      // robaho's server has no limit, the JDK's closes the connection past it
      throw new ProblemException(Problem.of(431, "The request has more than " + maxHeaders
          + " header fields."), Map.of("Connection", "close"));
    }
    String method = http.getRequestMethod();
    // GET and HEAD bodies are never read (RFC 9110 gives them no meaning): skip the header lookup
    if (!method.equals("GET") && !method.equals("HEAD")) {
      LimitedBody.checkDeclaredLength(http, bodyConfig.maxBodySize());
    }
    if (rawPath == null || !rawPath.startsWith("/")) {
      throw new ProblemException(Problem.of(400, "The request target " + rawPath
          + " is not an absolute path."));
    }
    Router.Match match = router.match(rawPath);
    if (match == null) {
      throw new ProblemException(Problem.of(404, "No route matches " + rawPath + "."));
    }
    return match;
  }

  /** Answers with the handler of the request's method, or OPTIONS, or 405. */
  private static void invoke(Router.Match match, HttpExchange http, JdkExchange exchange,
      String rawPath) throws Exception {
    String method = http.getRequestMethod();
    exchange.pathValues(match.values());
    boolean head = method.equals("HEAD");
    Responder responder = match.responder(head ? "GET" : method);
    if (responder == null) {
      if (method.equals("OPTIONS")) {
        http.getResponseHeaders().set("Allow", match.allow());
        exchange.respondEmpty(204);
        return;
      }
      throw new ProblemException(Problem.of(405, "The route " + rawPath + " allows "
          + match.allow() + ", not " + method + "."), Map.of("Allow", match.allow()));
    }
    responder.respond(exchange);
  }

  private static void respondProblem(JdkExchange exchange, Problem problem,
      Map<String, String> headers) {
    if (responded(exchange)) {
      KilnLog.get().log(Level.WARNING, "Cannot answer " + problem.status() + " on "
          + exchange.rawPath() + ": the response was already started.");
      return;
    }
    try {
      exchange.respondProblem(problem, headers);
    } catch (IOException e) {
      KilnLog.get().log(Level.DEBUG, "I/O error answering " + exchange.rawPath() + ": " + e);
    }
  }
}

package dev.kiln.runtime.internal;

import com.sun.net.httpserver.HttpExchange;
import com.sun.net.httpserver.HttpHandler;
import dev.kiln.runtime.ExceptionHandler;
import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.generated.RouteHandler;
import java.io.IOException;
import java.lang.System.Logger.Level;
import java.util.Map;
import java.util.UUID;
import java.util.concurrent.atomic.AtomicInteger;
import tools.jackson.core.StreamReadConstraints;

/**
 * The one JDK {@link HttpHandler}, at context {@code /}: matches the route, answers 404, 405
 * (with {@code Allow}), {@code OPTIONS} and {@code HEAD} itself, runs the route handler, and
 * turns every failure into an RFC 9457 problem. Counts requests in flight for a graceful stop.
 */
final class Dispatcher implements HttpHandler {
  private final Router router;
  private final BodyConfig bodyConfig;
  private final ExceptionHandlers exceptionHandlers;
  private final AtomicInteger inFlight = new AtomicInteger();
  private final BackgroundTasks backgroundTasks = new BackgroundTasks();
  private volatile boolean draining;

  Dispatcher(Router router) {
    this(router, BodyConfig.DEFAULT, ExceptionHandlers.NONE);
  }

  /** {@code jsonConstraints} {@code null}: Kiln's defaults (see {@link BodyConfig}). */
  Dispatcher(Router router, long maxBodySize, StreamReadConstraints jsonConstraints,
      ExceptionHandlers exceptionHandlers) {
    this(router, new BodyConfig(maxBodySize, jsonConstraints), exceptionHandlers);
  }

  private Dispatcher(Router router, BodyConfig bodyConfig, ExceptionHandlers exceptionHandlers) {
    this.router = router;
    this.bodyConfig = bodyConfig;
    this.exceptionHandlers = exceptionHandlers;
  }

  int inFlight() {
    return inFlight.get();
  }

  /** The background tasks of this server's answers. */
  BackgroundTasks backgroundTasks() {
    return backgroundTasks;
  }

  /** From now on, answer new requests with 503 and {@code Connection: close}. */
  void drain() {
    draining = true;
  }

  @Override
  public void handle(HttpExchange http) {
    inFlight.incrementAndGet();
    try {
      dispatch(http);
    } finally {
      http.close();
      backgroundTasks.runAfter(http);
      inFlight.decrementAndGet();
    }
  }

  private void dispatch(HttpExchange http) {
    String rawPath = http.getRequestURI().getRawPath();
    Exchange exchange =
        new Exchange(http, rawPath == null ? "" : rawPath, bodyConfig);
    try {
      route(http, exchange, rawPath);
    } catch (ProblemException e) {
      answerProblem(exchange, e.problem(), e.headers());
    } catch (Throwable e) {
      if (e instanceof IOException && (exchange.responded() || exchange.bodyReadFailed())) {
        // the client went away while we read or wrote: nothing left to answer
        KilnLog.get().log(Level.DEBUG, "I/O error on " + rawPath + ": " + e);
        return;
      }
      ExceptionHandler<Throwable> handler = exceptionHandlers.find(e);
      if (handler == null || exchange.responded()) {
        internalError(exchange, e);
      } else {
        answerMapped(exchange, e, handler);
      }
    }
  }

  /** Answers {@code thrown} with the user's handler for it. */
  private void answerMapped(Exchange exchange, Throwable thrown,
      ExceptionHandler<Throwable> handler) {
    try {
      Problem problem = handler.handle(thrown, exchange);
      if (problem != null) {
        answerProblem(exchange, problem, Map.of());
      } else if (!exchange.responded()) {
        IllegalStateException failure = new IllegalStateException("The exception handler for "
            + thrown.getClass().getName() + " neither answered nor returned a problem", thrown);
        internalError(exchange, failure);
      }
    } catch (ProblemException e) {
      answerProblem(exchange, e.problem(), e.headers());
    } catch (Throwable e) {
      e.addSuppressed(thrown);
      internalError(exchange, e);
    }
  }

  /**
   * Logs {@code failure} once with its stack trace under a new request id and answers a 500
   * problem naming only that id; if the answer was already started, only logs (the exchange is
   * then closed).
   */
  private static void internalError(Exchange exchange, Throwable failure) {
    HttpExchange http = exchange.http();
    String requestId = UUID.randomUUID().toString();
    if (exchange.responded()) {
      KilnLog.get().log(Level.ERROR, "Request " + requestId + " " + http.getRequestMethod() + " "
          + exchange.rawPath() + " failed after its answer was started; closing", failure);
      return;
    }
    KilnLog.get().log(Level.ERROR, "Request " + requestId + " " + http.getRequestMethod() + " "
        + exchange.rawPath() + " failed", failure);
    answerProblem(exchange, Problem.of(500,
        "The server failed to answer this request. Request id: " + requestId + "."), Map.of());
  }

  private void route(HttpExchange http, Exchange exchange, String rawPath) throws Exception {
    if (draining) {
      throw new ProblemException(Problem.of(503, "The server is shutting down."),
          Map.of("Connection", "close"));
    }
    String method = http.getRequestMethod();
    // GET and HEAD bodies are never read (RFC 9110 gives them no meaning): skip the header lookup
    long maxBodySize = bodyConfig.maxBodySize();
    if (!method.equals("GET") && !method.equals("HEAD")
        && Exchange.declaredLength(http.getRequestHeaders().getFirst("Content-Length"))
        > maxBodySize) {
      // before reading a byte of it; the JDK drains a little of it, then closes the connection
      throw LimitedBody.tooLarge(maxBodySize);
    }
    if (rawPath == null || !rawPath.startsWith("/")) {
      throw new ProblemException(Problem.of(400, "The request target " + rawPath
          + " is not an absolute path."));
    }
    Router.Match match = router.match(rawPath, exchange);
    if (match == null) {
      throw new ProblemException(Problem.of(404, "No route matches " + rawPath + "."));
    }
    boolean head = method.equals("HEAD");
    RouteHandler handler = match.handler(head ? "GET" : method);
    if (handler == null) {
      if (method.equals("OPTIONS")) {
        http.getResponseHeaders().set("Allow", match.allow());
        exchange.respondEmpty(204);
        return;
      }
      throw new ProblemException(Problem.of(405, "The route " + rawPath + " allows "
          + match.allow() + ", not " + method + "."), Map.of("Allow", match.allow()));
    }
    handler.handle(exchange);
  }

  private static void answerProblem(Exchange exchange, Problem problem,
      Map<String, String> headers) {
    if (exchange.responded()) {
      KilnLog.get().log(Level.WARNING, "Cannot answer " + problem.status() + " on "
          + exchange.rawPath() + ": the answer was already started.");
      return;
    }
    try {
      exchange.respondProblem(problem, headers);
    } catch (IOException e) {
      KilnLog.get().log(Level.DEBUG, "I/O error answering " + exchange.rawPath() + ": " + e);
    }
  }
}

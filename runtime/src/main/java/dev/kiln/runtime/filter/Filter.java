package dev.kiln.runtime.filter;

import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * Code run around the requests of a server, or of a path prefix ({@code
 * KilnServer.builder().filter("/api", filter)}), in the order the filters were added: the first
 * added is the outermost. A filter sees the request and the matched route before the handler
 * runs, may answer early (by not calling {@link Chain#proceed()}: throw a {@code
 * ProblemException}, or answer on {@link FilterExchange#http()}), may wrap the JDK exchange so
 * that it sees or transforms the answer ({@link FilterExchange#replaceHttp}), and acts after the
 * handler when {@code proceed} returns. Problems and failures are answered inside the filter that
 * threw them, so outer filters see every answer (404, 405 and 500 included).
 *
 * <pre>{@code
 * Filter timing = (exchange, chain) -> {
 *   long start = System.nanoTime();
 *   chain.proceed();
 *   log(exchange.route().map(MatchedRoute::operationId).orElse("-"), System.nanoTime() - start);
 * };
 * }</pre>
 *
 * <p>Kiln ships {@link Cors}, {@link Compression}, {@link RequestId} and {@link AccessLog}.
 */
@FunctionalInterface
public interface Filter {

  /**
   * Filters one request.
   *
   * @throws Exception answered by the server as any handler failure: a {@code ProblemException}
   *     as its problem, anything else 500 (unless the answer was started)
   */
  void filter(FilterExchange exchange, Chain chain) throws Exception;

  /**
   * This filter, for requests whose path is {@code prefix} or below it only ({@code /api} covers
   * {@code /api} and {@code /api/items}, not {@code /apiary}); the chain goes on without it for
   * the others.
   *
   * @throws IllegalArgumentException if {@code prefix} does not start with {@code /} or has an
   *     empty segment, {@code ?}, {@code #} or <code>{</code>
   */
  default Filter under(String prefix) {
    String normalized = PathPrefix.normalize(prefix);
    if (normalized.equals("/")) {
      return this;
    }
    Filter filter = this;
    return (exchange, chain) -> {
      if (PathPrefix.covers(normalized, exchange.rawPath())) {
        filter.filter(exchange, chain);
      } else {
        chain.proceed();
      }
    };
  }

  /**
   * This filter, skipped (the chain goes on without it) for requests whose path is one of {@code
   * prefixes} or below one, e.g. a CORS policy for every route but those that allow any origin.
   *
   * @throws IllegalArgumentException if a prefix does not start with {@code /}
   */
  default Filter except(String... prefixes) {
    Objects.requireNonNull(prefixes, "prefixes");
    List<String> skipped = new ArrayList<>();
    for (String prefix : prefixes) {
      skipped.add(PathPrefix.normalize(prefix));
    }
    Filter filter = this;
    return (exchange, chain) -> {
      for (String prefix : skipped) {
        if (PathPrefix.covers(prefix, exchange.rawPath())) {
          chain.proceed();
          return;
        }
      }
      filter.filter(exchange, chain);
    };
  }

  /** The rest of the filters, then the route's handler. */
  @FunctionalInterface
  interface Chain {
    /**
     * Runs the next filter, or the route's handler after the last one. Problems and failures
     * of what it runs are already answered when it returns.
     */
    void proceed() throws Exception;
  }
}

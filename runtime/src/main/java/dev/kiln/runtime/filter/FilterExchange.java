package dev.kiln.runtime.filter;

import com.sun.net.httpserver.HttpExchange;
import java.util.Optional;

/** One request as a {@link Filter} sees it. One instance per request, used by one thread. */
public interface FilterExchange {

  /** The request method, e.g. {@code GET}. */
  String method();

  /** The request path as sent (still percent-encoded), e.g. {@code /items/42}. */
  String rawPath();

  /** The first value of the request header {@code name} (case-insensitive), or {@code null}. */
  String header(String name);

  /**
   * The route the request path matched, or empty when none did (the answer will be 404) or the
   * request was refused before routing (e.g. a malformed path, 400).
   */
  Optional<MatchedRoute> route();

  /**
   * The JDK exchange as the rest of the chain sees it: the server's, or the wrapper the last
   * {@link #replaceHttp} installed. Its response headers may be set before {@link
   * Filter.Chain#proceed()}; its attributes carry values between filters and handlers (Kiln keeps
   * them per request: the JDK's own exchange keeps them in its context, shared by all requests).
   */
  HttpExchange http();

  /**
   * Makes the rest of the chain, the handler and the server's problem answers use {@code
   * wrapper} (usually a {@link ForwardingHttpExchange} around {@link #http()}), e.g. to count or
   * compress the answer's bytes.
   */
  void replaceHttp(HttpExchange wrapper);

  /** Whether an answer has been started (its status line sent). */
  boolean responded();
}

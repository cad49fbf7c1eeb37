package dev.kiln.runtime.filter;

import com.sun.net.httpserver.HttpExchange;
import java.util.UUID;

/**
 * Gives every request an id: the request's {@code X-Request-Id} when it is 1 to 200 visible
 * ASCII characters, else a new random UUID. The id is echoed in the answer's {@code
 * X-Request-Id}, stored as the exchange attribute {@link #ATTRIBUTE} (read it with {@link
 * #of(HttpExchange)}), added as {@code requestId} to every problem details body the server writes
 * and named in its log lines (the 500 log line and the {@link AccessLog} line among them).
 *
 * <pre>{@code
 * KilnServer.builder().filter(RequestId.filter()).filter(AccessLog.filter())
 * }</pre>
 */
public final class RequestId implements Filter {
  /** The header read and echoed. */
  public static final String HEADER = "X-Request-Id";
  /** The exchange attribute holding the request's id (a {@code String}). */
  public static final String ATTRIBUTE = "dev.kiln.requestId";
  /** The longest id taken from a request, in characters. */
  public static final int MAX_LENGTH = 200;

  private RequestId() {}

  /** The filter; add it before the filters and handlers that log or answer with the id. */
  public static RequestId filter() {
    return new RequestId();
  }

  /** The id of the request of {@code http}, or {@code null} when no {@link RequestId} ran. */
  public static String of(HttpExchange http) {
    Object id = http.getAttribute(ATTRIBUTE);
    return id instanceof String ? (String) id : null;
  }

  @Override
  public void filter(FilterExchange exchange, Chain chain) throws Exception {
    String sent = exchange.header(HEADER);
    String id = isValid(sent) ? sent : UUID.randomUUID().toString();
    HttpExchange http = exchange.http();
    http.setAttribute(ATTRIBUTE, id);
    http.getResponseHeaders().set(HEADER, id);
    chain.proceed();
  }

  /** Whether {@code id} is 1 to {@link #MAX_LENGTH} visible ASCII characters (no space). */
  static boolean isValid(String id) {
    if (id == null || id.isEmpty() || id.length() > MAX_LENGTH) {
      return false;
    }
    for (int i = 0; i < id.length(); i++) {
      char c = id.charAt(i);
      if (c < 0x21 || c > 0x7e) {
        return false;
      }
    }
    return true;
  }
}

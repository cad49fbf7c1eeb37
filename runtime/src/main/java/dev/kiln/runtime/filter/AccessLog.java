package dev.kiln.runtime.filter;

import com.sun.net.httpserver.HttpExchange;
import java.io.FilterOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.util.Objects;

/**
 * Logs one line per request through {@link System.Logger} (logger {@code dev.kiln.access}, level
 * {@code INFO}), once the answer is written: {@code GET /items/42 200 17 B 3.2 ms id=...} — the
 * method, the raw path (without the query), the status, the body bytes sent (before any {@link
 * Compression} when added after it), the duration in milliseconds and the {@link RequestId}'s id
 * ({@code -} without one), then {@code trace=} and the trace id when a tracing filter stored one
 * in the exchange attribute {@link #TRACE_ID_ATTRIBUTE} (e.g. {@code kiln-opentelemetry}'s). Off
 * unless added; the logger's level also switches it off.
 *
 * <pre>{@code
 * KilnServer.builder().filter(RequestId.filter()).filter(AccessLog.filter())
 * }</pre>
 */
public final class AccessLog implements Filter {
  /**
   * The exchange attribute a tracing filter stores the request's trace id in (a {@code String},
   * e.g. 32 hex digits for W3C Trace Context), logged as {@code trace=...}.
   */
  public static final String TRACE_ID_ATTRIBUTE = "dev.kiln.traceId";

  private final Logger logger;

  private AccessLog(Logger logger) {
    this.logger = logger;
  }

  /** The filter, logging to {@code dev.kiln.access}. */
  public static AccessLog filter() {
    return new AccessLog(System.getLogger("dev.kiln.access"));
  }

  /** The filter, logging to {@code logger}. */
  public static AccessLog filter(Logger logger) {
    return new AccessLog(Objects.requireNonNull(logger, "logger"));
  }

  @Override
  public void filter(FilterExchange exchange, Chain chain) throws Exception {
    if (!logger.isLoggable(Level.INFO)) {
      chain.proceed();
      return;
    }
    long start = System.nanoTime();
    Counting counting = new Counting(exchange.http());
    exchange.replaceHttp(counting);
    try {
      chain.proceed();
    } finally {
      long micros = (System.nanoTime() - start) / 1_000;
      String id = RequestId.of(counting);
      Object trace = counting.getAttribute(TRACE_ID_ATTRIBUTE);
      logger.log(Level.INFO, exchange.method() + " " + exchange.rawPath() + " "
          + counting.getResponseCode() + " " + counting.bytes + " B " + (micros / 1000) + "."
          + (micros % 1000 / 100) + " ms id=" + (id == null ? "-" : id)
          + (trace instanceof String ? " trace=" + trace : ""));
    }
  }

  /** Counts the answer's body bytes. */
  private static final class Counting extends ForwardingHttpExchange {
    long bytes;
    private OutputStream body;

    Counting(HttpExchange delegate) {
      super(delegate);
    }

    @Override
    public OutputStream getResponseBody() {
      if (body == null) {
        body = new FilterOutputStream(delegate().getResponseBody()) {
          @Override
          public void write(int b) throws IOException {
            out.write(b);
            bytes++;
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            out.write(b, off, len);
            bytes += len;
          }
        };
      }
      return body;
    }
  }
}

package dev.kiln.micrometer;

import dev.kiln.runtime.filter.Filter;
import dev.kiln.runtime.filter.FilterExchange;
import dev.kiln.runtime.filter.MatchedRoute;
import io.micrometer.core.instrument.Gauge;
import io.micrometer.core.instrument.MeterRegistry;
import io.micrometer.core.instrument.Timer;
import java.time.Duration;
import java.util.Objects;
import java.util.concurrent.TimeUnit;
import java.util.concurrent.atomic.AtomicInteger;

/**
 * A {@link Filter} recording every request in a Micrometer {@link MeterRegistry}, by operation
 * and status class, never by raw path (so the number of series stays bounded by the route
 * table):
 *
 * <ul>
 *   <li>{@value #REQUESTS}, a timer with a latency histogram (Prometheus: {@code
 *       http_server_requests_seconds_count}, {@code _sum} and {@code _bucket}, from 1 ms to 10 s),
 *       tagged {@code operation} and {@code status}:
 *       <ul>
 *         <li>{@code operation}: the matched route's OpenAPI {@code operationId}; for a route
 *             without one (hand-written, {@code OPTIONS}, a 405) the method and template, e.g.
 *             {@code GET /metrics}; {@value #UNMATCHED} when no route matched (404) or the request
 *             was refused before routing;
 *         <li>{@code status}: the answer's status class, {@code 1xx} to {@code 5xx}, or {@value
 *             #NO_ANSWER} when none was sent (the client went away).
 *       </ul>
 *   <li>{@value #ACTIVE}, a gauge of the requests in flight (inside this filter now).
 * </ul>
 *
 * <p>Add it first ({@code KilnServer.builder().filter(metrics)}) so that it times the other
 * filters too and sees every answer. No reflection: it reads the route the server matched.
 */
public final class RequestMetrics implements Filter {
  /** The timer's name. */
  public static final String REQUESTS = "http.server.requests";
  /** The in-flight gauge's name. */
  public static final String ACTIVE = "http.server.active.requests";
  /** The {@code operation} of requests no route matched. */
  public static final String UNMATCHED = "UNMATCHED";
  /** The {@code status} of requests that got no answer. */
  public static final String NO_ANSWER = "NONE";

  private final MeterRegistry registry;
  private final AtomicInteger active = new AtomicInteger();

  private RequestMetrics(MeterRegistry registry) {
    this.registry = registry;
    Gauge.builder(ACTIVE, active, AtomicInteger::get)
        .description("HTTP requests in flight")
        .register(registry);
  }

  /** The filter, recording in {@code registry} (the gauge is registered now). */
  public static RequestMetrics of(MeterRegistry registry) {
    return new RequestMetrics(Objects.requireNonNull(registry, "registry"));
  }

  @Override
  public void filter(FilterExchange exchange, Chain chain) throws Exception {
    long start = System.nanoTime();
    active.incrementAndGet();
    try {
      chain.proceed();
    } finally {
      active.decrementAndGet();
      timer(operation(exchange), statusClass(exchange.http().getResponseCode()))
          .record(System.nanoTime() - start, TimeUnit.NANOSECONDS);
    }
  }

  private Timer timer(String operation, String status) {
    return Timer.builder(REQUESTS)
        .description("HTTP requests answered, by operation and status class")
        .tag("operation", operation)
        .tag("status", status)
        .publishPercentileHistogram()
        .minimumExpectedValue(Duration.ofMillis(1))
        .maximumExpectedValue(Duration.ofSeconds(10))
        .register(registry);
  }

  /** The {@code operation} tag of the request; see the class description. */
  static String operation(FilterExchange exchange) {
    MatchedRoute route = exchange.route().orElse(null);
    if (route == null) {
      return UNMATCHED;
    }
    if (route.operationId() != null) {
      return route.operationId();
    }
    return exchange.method() + " " + route.template();
  }

  /** {@code 2xx} for 200 to 299 and so on; {@link #NO_ANSWER} for no status. */
  static String statusClass(int status) {
    if (status < 100 || status > 599) {
      return NO_ANSWER;
    }
    return (status / 100) + "xx";
  }
}

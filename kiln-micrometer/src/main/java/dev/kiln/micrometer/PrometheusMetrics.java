package dev.kiln.micrometer;

import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.RouteGroup;
import io.micrometer.core.instrument.binder.MeterBinder;
import io.micrometer.core.instrument.binder.jvm.ClassLoaderMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmGcMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmMemoryMetrics;
import io.micrometer.core.instrument.binder.jvm.JvmThreadMetrics;
import io.micrometer.core.instrument.binder.system.ProcessorMetrics;
import io.micrometer.core.instrument.binder.system.UptimeMetrics;
import io.micrometer.prometheusmetrics.PrometheusConfig;
import io.micrometer.prometheusmetrics.PrometheusMeterRegistry;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Objects;

/**
 * Metrics in Prometheus' text format (exposition format 0.0.4): a Micrometer {@link
 * PrometheusMeterRegistry} with the JVM's basics bound (memory, garbage collection, threads,
 * class loading, CPU, uptime), the {@link RequestMetrics} filter recording into it, and a route
 * answering {@code GET} at the scrape path (default {@value #PATH}) with the registry's
 * contents.
 *
 * <pre>{@code
 * PrometheusMetrics metrics = PrometheusMetrics.create();
 * KilnServer.builder().filter(metrics.filter()).routes(metrics)...;
 * }</pre>
 *
 * <p>{@link #close()} unbinds what holds resources (the garbage collection listener).
 */
public final class PrometheusMetrics implements RouteGroup, AutoCloseable {
  /** The default scrape path. */
  public static final String PATH = "/metrics";
  /** The content type of the answer: Prometheus' text exposition format. */
  public static final String CONTENT_TYPE = "text/plain; version=0.0.4; charset=utf-8";

  private final PrometheusMeterRegistry registry;
  private final String path;
  private final RequestMetrics filter;
  private final JvmGcMetrics gc;

  private PrometheusMetrics(PrometheusMeterRegistry registry, String path) {
    this.registry = registry;
    this.path = path;
    this.gc = new JvmGcMetrics();
    for (MeterBinder binder : List.of(new JvmMemoryMetrics(), gc, new JvmThreadMetrics(),
        new ClassLoaderMetrics(), new ProcessorMetrics(), new UptimeMetrics())) {
      binder.bindTo(registry);
    }
    this.filter = RequestMetrics.of(registry);
  }

  /** A new registry served at {@value #PATH}. */
  public static PrometheusMetrics create() {
    return new PrometheusMetrics(new PrometheusMeterRegistry(PrometheusConfig.DEFAULT), PATH);
  }

  /**
   * {@code registry} served at {@code path} (a literal path starting with {@code /}).
   *
   * @throws IllegalArgumentException if {@code path} does not start with {@code /}
   */
  public static PrometheusMetrics of(PrometheusMeterRegistry registry, String path) {
    Objects.requireNonNull(registry, "registry");
    if (!path.startsWith("/") || path.contains("{")) {
      throw new IllegalArgumentException("the scrape path is a literal path starting with /: "
          + path);
    }
    return new PrometheusMetrics(registry, path);
  }

  /** The registry, for an application's own meters. */
  public PrometheusMeterRegistry registry() {
    return registry;
  }

  /** The filter recording requests into {@link #registry()}; add it before the other filters. */
  public RequestMetrics filter() {
    return filter;
  }

  /** {@code GET} at the scrape path. */
  @Override
  public List<Route> routes() {
    return List.of(Route.of("GET", path, this::scrape));
  }

  private void scrape(Exchange exchange) throws IOException {
    exchange.http().getResponseHeaders().set("Cache-Control", "no-store");
    exchange.respond(200, CONTENT_TYPE, registry.scrape().getBytes(StandardCharsets.UTF_8));
  }

  /** Unbinds the garbage collection listener and closes the registry. */
  @Override
  public void close() {
    gc.close();
    registry.close();
  }
}

package dev.kiln.opentelemetry;

import com.sun.net.httpserver.HttpExchange;
import dev.kiln.runtime.filter.AccessLog;
import dev.kiln.runtime.filter.Filter;
import dev.kiln.runtime.filter.FilterExchange;
import dev.kiln.runtime.filter.MatchedRoute;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.common.AttributeKey;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanContext;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.Tracer;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.Context;
import io.opentelemetry.context.Scope;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.context.propagation.TextMapGetter;
import java.util.Objects;

/**
 * A {@link Filter} tracing every request through the OpenTelemetry API, with no agent: the
 * request's trace context is extracted by the propagators of the {@link OpenTelemetry} given (W3C
 * {@code traceparent} and {@code tracestate} with {@link #w3c()}), and a {@link SpanKind#SERVER}
 * span is started as its child, current while the rest of the chain and the handler run (so a
 * handler's own spans and outgoing calls join the trace).
 *
 * <p>The span follows OpenTelemetry's HTTP semantic conventions: named {@code GET /pet/{petId}}
 * (the method and the matched template; the method alone when no route matched, never the raw
 * path), with {@code http.request.method}, {@code url.path}, {@code url.query} (when present),
 * {@code http.route}, {@code http.response.status_code}, and {@code kiln.operation_id} (the
 * OpenAPI operationId); a 5xx answer, or a failure, sets the status to {@code ERROR}.
 *
 * <p>The trace id and span id are stored as the exchange attributes {@link #TRACE_ID} and
 * {@link #SPAN_ID} (for the access log and problem details; only when the context is valid).
 * Add the filter before the filters that log them.
 *
 * <pre>{@code
 * OpenTelemetry otel = ...; // the SDK, configured by the application; or Tracing.w3c()
 * KilnServer.builder().filter(Tracing.filter(otel))...;
 * }</pre>
 */
public final class Tracing implements Filter {
  /**
   * The exchange attribute holding the trace id (32 lower-case hex digits): {@link
   * AccessLog#TRACE_ID_ATTRIBUTE}, so the access log names it.
   */
  public static final String TRACE_ID = AccessLog.TRACE_ID_ATTRIBUTE;
  /** The exchange attribute holding the request's span id (16 lower-case hex digits). */
  public static final String SPAN_ID = "dev.kiln.spanId";
  /** The instrumentation scope name of the spans. */
  public static final String SCOPE = "dev.kiln.opentelemetry";

  static final AttributeKey<String> METHOD = AttributeKey.stringKey("http.request.method");
  static final AttributeKey<String> PATH = AttributeKey.stringKey("url.path");
  static final AttributeKey<String> QUERY = AttributeKey.stringKey("url.query");
  static final AttributeKey<String> ROUTE = AttributeKey.stringKey("http.route");
  static final AttributeKey<Long> STATUS = AttributeKey.longKey("http.response.status_code");
  static final AttributeKey<String> OPERATION_ID = AttributeKey.stringKey("kiln.operation_id");
  static final AttributeKey<String> ERROR_TYPE = AttributeKey.stringKey("error.type");

  private static final TextMapGetter<FilterExchange> HEADERS = new TextMapGetter<>() {
    @Override
    public Iterable<String> keys(FilterExchange exchange) {
      return exchange.http().getRequestHeaders().keySet();
    }

    @Override
    public String get(FilterExchange exchange, String key) {
      return exchange == null ? null : exchange.header(key);
    }
  };

  private final OpenTelemetry openTelemetry;
  private final Tracer tracer;

  private Tracing(OpenTelemetry openTelemetry) {
    this.openTelemetry = openTelemetry;
    this.tracer = openTelemetry.getTracer(SCOPE);
  }

  /** The filter, tracing through {@code openTelemetry} (its tracer and its propagators). */
  public static Tracing filter(OpenTelemetry openTelemetry) {
    return new Tracing(Objects.requireNonNull(openTelemetry, "openTelemetry"));
  }

  /**
   * The API's no-op tracing with W3C Trace Context propagation: no span is recorded, but a
   * request's {@code traceparent} is taken over (its trace id is logged and passed on to calls
   * the handler makes). Use the SDK to record spans.
   */
  public static OpenTelemetry w3c() {
    return OpenTelemetry.propagating(
        ContextPropagators.create(W3CTraceContextPropagator.getInstance()));
  }

  @Override
  public void filter(FilterExchange exchange, Chain chain) throws Exception {
    Context parent = openTelemetry.getPropagators().getTextMapPropagator()
        .extract(Context.root(), exchange, HEADERS);
    MatchedRoute route = exchange.route().orElse(null);
    String method = exchange.method();
    Span span = tracer.spanBuilder(route == null ? method : method + " " + route.template())
        .setParent(parent)
        .setSpanKind(SpanKind.SERVER)
        .setAttribute(METHOD, method)
        .setAttribute(PATH, exchange.rawPath())
        .startSpan();
    String query = exchange.http().getRequestURI().getRawQuery();
    if (query != null) {
      span.setAttribute(QUERY, query);
    }
    if (route != null) {
      span.setAttribute(ROUTE, route.template());
      if (route.operationId() != null) {
        span.setAttribute(OPERATION_ID, route.operationId());
      }
    }
    remember(exchange.http(), span.getSpanContext());
    try (Scope scope = span.makeCurrent()) {
      chain.proceed();
    } catch (Exception | Error e) {
      span.recordException(e);
      span.setStatus(StatusCode.ERROR);
      span.setAttribute(ERROR_TYPE, e.getClass().getName());
      throw e;
    } finally {
      finish(span, exchange.http().getResponseCode());
    }
  }

  private static void remember(HttpExchange http, SpanContext context) {
    if (context.isValid()) {
      http.setAttribute(TRACE_ID, context.getTraceId());
      http.setAttribute(SPAN_ID, context.getSpanId());
    }
  }

  private static void finish(Span span, int status) {
    if (status >= 100) {
      span.setAttribute(STATUS, (long) status);
      if (status >= 500) {
        span.setStatus(StatusCode.ERROR);
        span.setAttribute(ERROR_TYPE, Integer.toString(status));
      }
    }
    span.end();
  }
}

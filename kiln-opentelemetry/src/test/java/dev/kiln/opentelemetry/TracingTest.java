package dev.kiln.opentelemetry;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.filter.AccessLog;
import dev.kiln.runtime.filter.RequestId;
import dev.kiln.runtime.generated.Route;
import io.opentelemetry.api.OpenTelemetry;
import io.opentelemetry.api.trace.Span;
import io.opentelemetry.api.trace.SpanKind;
import io.opentelemetry.api.trace.StatusCode;
import io.opentelemetry.api.trace.propagation.W3CTraceContextPropagator;
import io.opentelemetry.context.propagation.ContextPropagators;
import io.opentelemetry.sdk.OpenTelemetrySdk;
import io.opentelemetry.sdk.testing.exporter.InMemorySpanExporter;
import io.opentelemetry.sdk.trace.SdkTracerProvider;
import io.opentelemetry.sdk.trace.data.SpanData;
import io.opentelemetry.sdk.trace.export.SimpleSpanProcessor;
import java.lang.System.Logger;
import java.lang.System.Logger.Level;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.net.http.HttpResponse.BodyHandlers;
import java.time.Duration;
import java.util.List;
import java.util.ResourceBundle;
import java.util.concurrent.CopyOnWriteArrayList;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;

class TracingTest {
  private static final String TRACE_ID = "0af7651916cd43dd8448eb211c80319c";
  private static final String PARENT_ID = "b7ad6b7169203331";

  private final HttpClient client = HttpClient.newBuilder()
      .version(HttpClient.Version.HTTP_1_1).connectTimeout(Duration.ofSeconds(5)).build();
  private final InMemorySpanExporter exporter = InMemorySpanExporter.create();
  private final SdkTracerProvider tracerProvider = SdkTracerProvider.builder()
      .addSpanProcessor(SimpleSpanProcessor.create(exporter)).build();
  private final OpenTelemetry sdk = OpenTelemetrySdk.builder()
      .setTracerProvider(tracerProvider)
      .setPropagators(ContextPropagators.create(W3CTraceContextPropagator.getInstance()))
      .build();
  private final List<String> accessLog = new CopyOnWriteArrayList<>();
  private KilnServer server;

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(Duration.ZERO);
    }
    tracerProvider.close();
  }

  private void start(OpenTelemetry openTelemetry) throws Exception {
    server = KilnServer.builder().port(0)
        .filter(RequestId.filter())
        .filter(AccessLog.filter(new ListLogger(accessLog)))
        .filter(Tracing.filter(openTelemetry))
        // the handler answers the trace and span ids current while it runs
        .route(Route.of("GET", "/pet/{petId}", ex -> ex.respondText(200,
            Span.current().getSpanContext().getTraceId() + " "
                + Span.current().getSpanContext().getSpanId()), "getPetById"))
        .route(Route.of("POST", "/pet", ex -> {
          throw new IllegalStateException("planted bug");
        }, "addPet"))
        .start();
  }

  private HttpResponse<String> send(String method, String path, String... headers)
      throws Exception {
    HttpRequest.Builder request = HttpRequest.newBuilder(
            URI.create("http://127.0.0.1:" + server.port() + path + "?verbose=1"))
        .method(method, HttpRequest.BodyPublishers.noBody())
        .timeout(Duration.ofSeconds(10));
    if (headers.length > 0) {
      request.headers(headers);
    }
    return client.send(request.build(), BodyHandlers.ofString());
  }

  @Test
  void aRequestWithTraceparentGetsAServerSpanInThatTrace() throws Exception {
    start(sdk);
    HttpResponse<String> response = send("GET", "/pet/7",
        "traceparent", "00-" + TRACE_ID + "-" + PARENT_ID + "-01", "X-Request-Id", "req-1");
    assertThat(response.statusCode()).isEqualTo(200);

    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans).hasSize(1);
    SpanData span = spans.get(0);
    assertThat(span.getName()).isEqualTo("GET /pet/{petId}");
    assertThat(span.getKind()).isEqualTo(SpanKind.SERVER);
    assertThat(span.getTraceId()).isEqualTo(TRACE_ID);
    assertThat(span.getParentSpanId()).isEqualTo(PARENT_ID);
    assertThat(span.getParentSpanContext().isRemote()).isTrue();
    assertThat(span.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(span.getAttributes().get(Tracing.METHOD)).isEqualTo("GET");
    assertThat(span.getAttributes().get(Tracing.PATH)).isEqualTo("/pet/7");
    assertThat(span.getAttributes().get(Tracing.QUERY)).isEqualTo("verbose=1");
    assertThat(span.getAttributes().get(Tracing.ROUTE)).isEqualTo("/pet/{petId}");
    assertThat(span.getAttributes().get(Tracing.OPERATION_ID)).isEqualTo("getPetById");
    assertThat(span.getAttributes().get(Tracing.STATUS)).isEqualTo(200L);
    // the span is current in the handler
    assertThat(response.body()).isEqualTo(TRACE_ID + " " + span.getSpanId());
    // the access log names the request id and the trace id
    assertThat(accessLog).hasSize(1);
    assertThat(accessLog.get(0)).startsWith("GET /pet/7 200 ")
        .endsWith(" id=req-1 trace=" + TRACE_ID);
  }

  @Test
  void aRequestWithoutTraceparentStartsATraceAndAFailureMarksTheSpan() throws Exception {
    start(sdk);
    assertThat(send("POST", "/pet").statusCode()).isEqualTo(500);
    assertThat(send("GET", "/nowhere").statusCode()).isEqualTo(404);

    List<SpanData> spans = exporter.getFinishedSpanItems();
    assertThat(spans).hasSize(2);
    SpanData failed = spans.get(0);
    assertThat(failed.getName()).isEqualTo("POST /pet");
    assertThat(failed.getParentSpanContext().isValid()).isFalse();
    assertThat(failed.getTraceId()).hasSize(32).isNotEqualTo("0".repeat(32));
    assertThat(failed.getStatus().getStatusCode()).isEqualTo(StatusCode.ERROR);
    assertThat(failed.getAttributes().get(Tracing.STATUS)).isEqualTo(500L);
    assertThat(failed.getAttributes().get(Tracing.ERROR_TYPE)).isEqualTo("500");
    SpanData unmatched = spans.get(1);
    assertThat(unmatched.getName()).isEqualTo("GET");
    assertThat(unmatched.getAttributes().get(Tracing.ROUTE)).isNull();
    assertThat(unmatched.getAttributes().get(Tracing.STATUS)).isEqualTo(404L);
    assertThat(unmatched.getStatus().getStatusCode()).isEqualTo(StatusCode.UNSET);
    assertThat(accessLog.get(0)).endsWith(" trace=" + failed.getTraceId());
  }

  /** With the API alone (no SDK) nothing is recorded, but the caller's trace id is kept. */
  @Test
  void w3cWithoutTheSdkPropagatesTheTraceId() throws Exception {
    start(Tracing.w3c());
    HttpResponse<String> response = send("GET", "/pet/7",
        "traceparent", "00-" + TRACE_ID + "-" + PARENT_ID + "-01");
    assertThat(response.body()).isEqualTo(TRACE_ID + " " + PARENT_ID);
    assertThat(accessLog.get(0)).endsWith(" trace=" + TRACE_ID);
    assertThat(exporter.getFinishedSpanItems()).isEmpty();

    send("GET", "/pet/8");
    assertThat(accessLog.get(1)).doesNotContain("trace=");
  }

  /** A System.Logger collecting INFO messages. */
  private static final class ListLogger implements Logger {
    private final List<String> lines;

    ListLogger(List<String> lines) {
      this.lines = lines;
    }

    @Override
    public String getName() {
      return "test";
    }

    @Override
    public boolean isLoggable(Level level) {
      return level.getSeverity() >= Level.INFO.getSeverity();
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String msg, Throwable thrown) {
      lines.add(msg);
    }

    @Override
    public void log(Level level, ResourceBundle bundle, String format, Object... params) {
      lines.add(format);
    }
  }
}

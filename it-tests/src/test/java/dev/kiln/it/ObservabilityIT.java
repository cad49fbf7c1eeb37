package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.example.WebSettings;
import dev.kiln.it.support.Apps;
import dev.kiln.it.support.Http;
import dev.kiln.it.support.KilnLogCapture;
import dev.kiln.test.KilnTest;
import dev.kiln.test.WithoutContractCheck;
import java.util.logging.LogRecord;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/**
 * Issue 19: the example app's health, metrics and trace propagation, over HTTP. The health and
 * metrics routes are operational, hand-written routes outside the OpenAPI document, so their
 * tests do without the contract check.
 */
class ObservabilityIT {
  /** The example app with its access log and request ids on. */
  @RegisterExtension
  static final KilnTest APP =
      Apps.exampleApp(new WebSettings(WebSettings.defaults().corsOrigins(), true, true));

  @RegisterExtension
  final KilnLogCapture log = new KilnLogCapture();

  @Test
  @WithoutContractCheck
  void liveAtOnceAndReadyOnceTheDatabaseAnswers() throws Exception {
    Http http = Http.of(APP);
    Http.Response live = http.get("/health/live");
    assertThat(live.status()).isEqualTo(200);
    assertThat(live.body()).isEqualTo("{\"status\":\"UP\",\"checks\":[]}");

    Http.Response ready = http.get("/health/ready");
    for (int i = 0; i < 100 && ready.status() != 200; i++) {
      Thread.sleep(100);
      ready = http.get("/health/ready");
    }
    assertThat(ready.status()).isEqualTo(200);
    assertThat(ready.body()).isEqualTo("{\"status\":\"UP\",\"checks\":["
        + "{\"name\":\"started\",\"status\":\"UP\"},{\"name\":\"draining\",\"status\":\"UP\"},"
        + "{\"name\":\"database\",\"status\":\"UP\"}]}");
  }

  @Test
  @WithoutContractCheck
  void metricsCountPetstoreRequestsByOperationId() throws Exception {
    Http http = Http.of(APP).with(Http.PETSTORE_TOKEN);
    assertThat(http.postJson("/pet", "{\"id\":190001,\"name\":\"rex\",\"photoUrls\":[]}")
        .status()).isEqualTo(200);
    assertThat(http.get("/pet/190001").status()).isEqualTo(200);
    assertThat(http.get("/pet/190002").status()).isEqualTo(404);

    // a request is recorded just after its answer is written: scrape until the last one is there
    Http.Response metrics = http.get("/metrics");
    String last = "operation=\"getPetById\",status=\"4xx\"";
    for (int i = 0; i < 50 && !metrics.body().contains(last); i++) {
      Thread.sleep(100);
      metrics = http.get("/metrics");
    }
    assertThat(metrics.status()).isEqualTo(200);
    assertThat(metrics.contentType()).isEqualTo("text/plain; version=0.0.4; charset=utf-8");
    assertThat(metrics.body())
        .contains("http_server_requests_seconds_count{operation=\"addPet\",status=\"2xx\"} 1\n")
        .contains("http_server_requests_seconds_count{operation=\"getPetById\",status=\"2xx\"} 1\n")
        .contains("http_server_requests_seconds_count{operation=\"getPetById\",status=\"4xx\"} 1\n")
        .contains("http_server_active_requests ")
        .contains("jvm_memory_used_bytes{")
        .doesNotContain("/pet/190001");
  }

  @Test
  void theAccessLogNamesTheRequestIdAndTheCallersTraceId() throws Exception {
    String trace = "4bf92f3577b34da6a3ce929d0e0e4736";
    Http http = Http.of(APP);
    assertThat(http.get("/hello", "X-Request-Id", "obs-1",
        "traceparent", "00-" + trace + "-00f067aa0ba902b7-01").status()).isEqualTo(200);
    // a malformed traceparent is ignored: no trace id, still answered
    assertThat(http.get("/hello", "X-Request-Id", "obs-2",
        "traceparent", "00-zz-not-a-trace-01").status()).isEqualTo(200);

    assertThat(accessLine("id=obs-1")).endsWith(" id=obs-1 trace=" + trace)
        .startsWith("GET /hello 200 ");
    assertThat(accessLine("id=obs-2")).endsWith(" id=obs-2");
  }

  /** The access log line containing {@code text}, waiting up to 5 s (it is written after the answer). */
  private String accessLine(String text) throws InterruptedException {
    for (int i = 0; i < 100; i++) {
      for (LogRecord record : log.records()) {
        if (record.getLoggerName().equals("dev.kiln.access") && record.getMessage().contains(text)) {
          return record.getMessage();
        }
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no access log line with " + text + " in " + log.records());
  }
}

package dev.kiln.it;

import dev.kiln.it.support.Providers;
import dev.kiln.it.support.Providers.EachProvider;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.it.apps.FailingController;
import dev.kiln.it.apps.FailingController_Routes;
import dev.kiln.it.support.Http;
import dev.kiln.it.support.KilnLogCapture;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.time.Duration;
import java.util.List;
import java.util.logging.Level;
import java.util.logging.LogRecord;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.params.Parameter;
import tools.jackson.databind.node.ObjectNode;

/**
 * A handler that throws: 500 problem without any trace of the exception in the body, logged once
 * (with the exception) through {@code System.Logger} "dev.kiln", which the JDK backs with
 * java.util.logging.
 */
@EachProvider
class ServerErrorIT {
  @Parameter
  String provider;

  private static final Pattern DETAIL = Pattern.compile(
      "The server failed to answer this request\\. Request id: ([0-9a-f-]{36})\\.");

  @RegisterExtension
  final KilnLogCapture log = new KilnLogCapture();
  private KilnServer server;
  private Http http;

  @BeforeEach
  void start() throws IOException {
    server = KilnServer.builder().provider(Providers.named(provider)).port(0)
        .routes(new FailingController_Routes(new FailingController())).start();
    http = Http.of(server);
  }

  @AfterEach
  void stop() {
    server.stop(Duration.ofSeconds(5));
  }

  @Test
  void handlerExceptionIs500ProblemWithoutItsText() {
    assertInternalError(http.get("/fail"), "/fail", IllegalStateException.class);
  }

  @Test
  void handlerErrorIs500ProblemToo() {
    assertInternalError(http.post("/fail"), "/fail", AssertionError.class);
  }

  @Test
  void headOfAFailingRouteIs500WithoutBody() {
    Http.Response response = http.head("/fail");
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body()).isEmpty();
  }

  private void assertInternalError(Http.Response response, String path,
      Class<? extends Throwable> thrown) {
    assertThat(response.status()).isEqualTo(500);
    assertThat(response.contentType()).isEqualTo("application/problem+json");
    assertThat(response.body()).doesNotContain(FailingController.SECRET)
        .doesNotContain(thrown.getSimpleName()).doesNotContain("Exception")
        .doesNotContain("\tat ").doesNotContain("dev.kiln.it");

    ObjectNode problem = (ObjectNode) response.json();
    Matcher detail = DETAIL.matcher(problem.get("detail").asString());
    assertThat(detail.matches()).as("detail %s", problem.get("detail")).isTrue();
    problem.remove("detail");
    assertThat(problem).isEqualTo(Http.jsonQ("{'type':'https://kiln.dev/problems/internal-error',"
        + "'title':'Internal Server Error','status':500,'instance':'" + path + "'}"));

    List<LogRecord> failures = log.failures();
    assertThat(failures).as("log records with an exception").hasSize(1);
    LogRecord record = failures.get(0);
    assertThat(record.getLevel()).isEqualTo(Level.SEVERE);
    assertThat(record.getThrown()).isInstanceOf(thrown).hasMessage(FailingController.SECRET);
    assertThat(record.getMessage()).contains(detail.group(1)).contains(path);
  }
}

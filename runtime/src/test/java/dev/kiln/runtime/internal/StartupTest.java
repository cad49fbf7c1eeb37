package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.ForkedServer;
import dev.kiln.runtime.support.RawResponse;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.time.ZonedDateTime;
import java.time.format.DateTimeFormatter;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/** What start-up does and avoids on the path to the first answer. */
@Timeout(60)
class StartupTest {

  private static RawResponse get(int port, String path) throws Exception {
    try (Socket socket = new Socket("127.0.0.1", port)) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      out.write(("GET " + path + " HTTP/1.1\r\nHost: x\r\nConnection: close\r\n\r\n")
          .getBytes(StandardCharsets.ISO_8859_1));
      out.flush();
      return RawResponse.read(socket.getInputStream(), false);
    }
  }

  @Test
  void startingAndAnsweringLoadNeitherLoggingNorJsonBeforeTheyAreUsed(@TempDir Path dir) throws Exception {
    Path classes = dir.resolve("classes.log");
    List<String> loaded;
    try (ForkedServer server =
        new ForkedServer(10, "-Xlog:class+load=info:file=" + classes)) {
      assertThat(get(server.port, "/hello").status).isEqualTo(200);
      List<String> afterHello = Files.readAllLines(classes);
      assertThat(afterHello).anyMatch(line -> line.contains(" dev.kiln.runtime.internal.Dispatcher "));
      assertThat(afterHello).as("no JSON yet, so no JSON factory")
          .noneMatch(line -> line.contains(" tools.jackson.core.json.JsonFactory "));
      assertThat(get(server.port, "/nope").status).isEqualTo(404);
      loaded = Files.readAllLines(classes); // before the stop, which logs
    }
    assertThat(loaded).as("the 404 problem answer is JSON")
        .anyMatch(line -> line.contains(" tools.jackson.core.json.JsonFactory "));
    assertThat(loaded).noneMatch(line -> line.contains(" java.util.logging.LogManager "));
  }

  @Test
  void preinitializerFormatsDatesAsTheJdkServerDoes() throws Exception {
    KilnServer server = KilnServer.builder().port(0).shutdownHook(false)
        .route(Route.of("GET", "/hello", ex -> ex.respondText(200, "hello")))
        .start();
    try {
      String sent = get(server.port(), "/hello").headers.get("date");
      String warmed = Preinitializer.formatDate();
      DateTimeFormatter jdk =
          DateTimeFormatter.ofPattern(Preinitializer.JDK_DATE_PATTERN, Locale.US);
      ZonedDateTime sentTime = ZonedDateTime.parse(sent, jdk);
      ZonedDateTime warmedTime = ZonedDateTime.parse(warmed, jdk);
      assertThat(sent).endsWith(" GMT");
      assertThat(warmed).endsWith(" GMT").hasSameSizeAs(sent);
      assertThat(Duration.between(sentTime, warmedTime).abs()).isLessThan(Duration.ofSeconds(30));
    } finally {
      server.stop(Duration.ZERO);
    }
  }
}

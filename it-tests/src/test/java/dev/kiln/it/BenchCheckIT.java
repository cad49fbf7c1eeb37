package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.File;
import java.io.IOException;
import java.net.ServerSocket;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The packaged app as the benchmark runs it: {@code java -jar} with {@code HOST}/{@code PORT},
 * checked by the benchmark's own {@code check.py}, stopped by SIGTERM.
 */
class BenchCheckIT {

  @Test
  void shadedJarPassesTheBenchmarkCheckAndStopsOnSigterm(@TempDir Path tmp) throws Exception {
    Path check = Path.of(System.getProperty("kiln.benchCheck"));
    assumeTrue(Files.isRegularFile(check), "no check.py at " + check);
    assumeTrue(python3Available(), "no python3 on the PATH");

    Path appLog = tmp.resolve("app.log");
    int port = freePort();
    Process app = launch(port, appLog);
    try {
      if (!awaitHello(app, port, appLog)) {
        // The port may have been taken between freePort() and the bind, or the machine's other
        // builds may have disturbed the child: one more try on a new port, then fail.
        System.err.println("BenchCheckIT: the app exited with " + app.exitValue()
            + " before answering; retrying once. Log: " + Files.readString(appLog));
        port = freePort();
        app = launch(port, appLog);
        if (!awaitHello(app, port, appLog)) {
          throw new AssertionError("the app exited with " + app.exitValue() + ": "
              + Files.readString(appLog, StandardCharsets.UTF_8));
        }
      }

      Path checkLog = tmp.resolve("check.log");
      Process python = new ProcessBuilder("python3", check.toString(), "http://127.0.0.1:" + port)
          .redirectErrorStream(true).redirectOutput(checkLog.toFile()).start();
      assertThat(python.waitFor(60, TimeUnit.SECONDS)).as("check.py finished").isTrue();
      String output = Files.readString(checkLog);
      assertThat(output).as(output).contains("5 passed, 0 failed");
      assertThat(python.exitValue()).isZero();

      app.destroy(); // SIGTERM
      assertThat(app.waitFor(10, TimeUnit.SECONDS)).as("exited within 10 s of SIGTERM").isTrue();
    } finally {
      if (app.isAlive()) {
        app.destroyForcibly();
      }
    }
  }

  private static Process launch(int port, Path appLog) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-jar", System.getProperty("kiln.exampleJar"))
        .redirectErrorStream(true).redirectOutput(appLog.toFile());
    builder.environment().put("PORT", Integer.toString(port));
    builder.environment().put("HOST", "127.0.0.1");
    // the Petstore in memory: no database file in the working directory
    builder.environment().put("KILN_DB_URL", "jdbc:h2:mem:petstore");
    return builder.start();
  }

  /** Whether the app answered 200 on /hello; {@code false} if it exited first. */
  private static boolean awaitHello(Process app, int port, Path appLog) throws Exception {
    HttpClient client = HttpClient.newBuilder().connectTimeout(Duration.ofSeconds(1)).build();
    HttpRequest hello = HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + port + "/hello"))
        .timeout(Duration.ofSeconds(2)).build();
    long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(30);
    while (System.nanoTime() < deadline) {
      if (!app.isAlive()) {
        return false;
      }
      try {
        if (client.send(hello, HttpResponse.BodyHandlers.ofString()).statusCode() == 200) {
          return true;
        }
      } catch (IOException notYet) {
        // not listening yet
      }
      Thread.sleep(50);
    }
    throw new AssertionError("no answer on /hello within 30 s: " + Files.readString(appLog));
  }

  private static boolean python3Available() {
    try {
      Process process = new ProcessBuilder("python3", "--version")
          .redirectErrorStream(true).redirectOutput(new File(
              System.getProperty("os.name").startsWith("Windows") ? "NUL" : "/dev/null"))
          .start();
      return process.waitFor(10, TimeUnit.SECONDS) && process.exitValue() == 0;
    } catch (IOException | InterruptedException e) {
      return false;
    }
  }

  private static int freePort() throws IOException {
    try (ServerSocket socket = new ServerSocket(0)) {
      return socket.getLocalPort();
    }
  }
}

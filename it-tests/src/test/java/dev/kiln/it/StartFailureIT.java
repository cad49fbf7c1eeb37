package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a failing start-up hook, or a missing or malformed setting, stops the packaged example
 * app before it binds, with a clear message (no stack trace) and a non-zero exit.
 */
class StartFailureIT {
  @Test
  void aMalformedCorsOriginStopsTheStartWithItsReason() throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-jar", System.getProperty("kiln.exampleJar"))
        .redirectErrorStream(true);
    builder.environment().put("PORT", "0");
    builder.environment().put("KILN_DB_URL", "jdbc:h2:mem:petstore");
    builder.environment().put("KILN_CORS_ORIGINS", "https://ok.example, not-an-origin");
    Process app = builder.start();
    try {
      assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
      String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(app.exitValue()).as(output).isEqualTo(1);
      assertThat(output).contains("Kiln did not start: start-up hook 1 of 1 failed:"
          + " java.lang.IllegalArgumentException: KILN_CORS_ORIGINS: not-an-origin is not an"
          + " origin (scheme://host[:port], no path)")
          .doesNotContain("Kiln started on");
    } finally {
      if (app.isAlive()) {
        app.destroyForcibly();
      }
    }
  }

  @Test
  void aMalformedPortStopsTheStartNamingTheSetting() throws Exception {
    String output = runFailing(Map.of("PORT", "eighty"));

    assertThat(output).isEqualTo("Invalid configuration of ServerAddress (1 problem):\n"
        + "  - port (PORT): \"eighty\" from environment variable PORT is not an int (a whole "
        + "number from -2147483648 to 2147483647).\n");
  }

  @Test
  void everyBadDatabaseSettingIsNamedAtOnce() throws Exception {
    String output = runFailing(Map.of("PORT", "0", "KILN_DB_POOL_SIZE", "0",
        "KILN_BOARD_CALL_TIMEOUT", "2 seconds"));

    assertThat(output).isEqualTo("Invalid configuration of DatabaseConfig (1 problem):\n"
        + "  - kiln.db.pool-size (KILN_DB_POOL_SIZE): \"0\" from environment variable "
        + "KILN_DB_POOL_SIZE must be greater than or equal to 1.\n");
  }

  /** Runs the packaged app with {@code env}, expects exit status 1, returns its output. */
  private static String runFailing(Map<String, String> env) throws Exception {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    ProcessBuilder builder = new ProcessBuilder(java, "-jar", System.getProperty("kiln.exampleJar"))
        .redirectErrorStream(true);
    builder.environment().keySet().removeIf(name -> name.startsWith("KILN_")
        || name.equals("HOST") || name.equals("PORT"));
    builder.environment().putAll(env);
    Process app = builder.start();
    try {
      assertThat(app.waitFor(60, TimeUnit.SECONDS)).as("exited").isTrue();
      String output = new String(app.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
      assertThat(app.exitValue()).as(output).isEqualTo(1);
      return output;
    } finally {
      if (app.isAlive()) {
        app.destroyForcibly();
      }
    }
  }
}

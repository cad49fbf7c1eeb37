package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Issue 17: a failing start-up hook stops the packaged example app before it binds, with a clear
 * message and a non-zero exit.
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

}

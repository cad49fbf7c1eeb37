package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assumptions.assumeThat;

import java.io.File;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * Lints the example app's OpenAPI document with the Redocly CLI ({@code npx --yes @redocly/cli
 * lint --extends=minimal}), when {@code npx} is on the PATH; skipped otherwise, and when npm cannot
 * fetch the CLI (no registry). Errors fail; warnings (today: operations without security, no
 * servers, an unused component) are printed, not failed.
 *
 * <p>The CLI version is pinned for reproducible builds ({@code -Dkiln.redoclyCli=@redocly/cli@latest}
 * to try the newest; versions after 2.77 may require Node.js 22.12). {@code -Dkiln.redocly=false}
 * skips the test.
 */
class RedoclyLintIT {
  private static final Path CLASSES = Path.of(System.getProperty("kiln.exampleClasses",
      "../example-app/target/classes"));
  private static final String CLI = System.getProperty("kiln.redoclyCli", "@redocly/cli@2.77.0");

  @Test
  void theDocumentPassesRedoclyLintMinimal() throws IOException, InterruptedException {
    assumeThat(System.getProperty("kiln.redocly", "true")).as("-Dkiln.redocly").isEqualTo("true");
    assumeThat(onPath("npx")).as("npx on the PATH").isTrue();
    Path document = CLASSES.resolve("META-INF/kiln/openapi.json").toAbsolutePath();
    assertThat(document).isRegularFile();

    Path output = Files.createTempFile("kiln-redocly", ".log");
    try {
      Process process = new ProcessBuilder(List.of("npx", "--yes", CLI, "lint",
          "--extends=minimal", document.toString()))
          .redirectErrorStream(true).redirectOutput(output.toFile()).start();
      boolean finished = process.waitFor(5, TimeUnit.MINUTES);
      if (!finished) {
        process.destroyForcibly();
      }
      String log = Files.readString(output, StandardCharsets.UTF_8);
      assumeThat(finished).as("npx finished within 5 minutes").isTrue();
      assumeThat(log).as("npm could fetch %s", CLI)
          .doesNotContain("ENOTFOUND", "EAI_AGAIN", "ECONNREFUSED", "ETIMEDOUT", "ENETUNREACH",
              "npm error code E404");
      System.out.println(log);
      assertThat(process.exitValue()).as("redocly lint exit code; output:%n%s", log).isZero();
      assertThat(log).contains("Your API description is valid");
    } finally {
      Files.deleteIfExists(output);
    }
  }

  private static boolean onPath(String command) {
    String path = System.getenv("PATH");
    if (path == null) {
      return false;
    }
    for (String dir : path.split(File.pathSeparator)) {
      if (Files.isExecutable(Path.of(dir, command))) {
        return true;
      }
    }
    return false;
  }
}

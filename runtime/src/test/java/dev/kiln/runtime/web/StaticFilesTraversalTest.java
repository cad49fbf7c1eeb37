package dev.kiln.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.support.RawHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Every spelling of a path leaving the static folder answers 404 (or 400 where the router refuses
 * the encoding itself) and never the file outside it.
 */
class StaticFilesTraversalTest {
  @TempDir
  static Path root;
  static KilnServer server;

  @BeforeAll
  static void start() throws IOException {
    Path folder = Files.createDirectories(root.resolve("public"));
    Files.writeString(folder.resolve("index.html"), "<h1>home</h1>");
    Files.createDirectories(folder.resolve("sub"));
    Files.writeString(folder.resolve("sub/page.html"), "page");
    Files.writeString(root.resolve("secret.txt"), "SECRET");
    Files.createSymbolicLink(folder.resolve("leak.txt"), root.resolve("secret.txt"));
    Files.createSymbolicLink(folder.resolve("up"), root);
    Files.createSymbolicLink(folder.resolve("alias.html"), folder.resolve("sub/page.html"));
    server = KilnServer.builder().port(0)
        .routes(StaticFiles.directory("/static", folder)).start();
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  private static RawHttp get(String target) throws IOException {
    RawHttp answer = RawHttp.send(server.port(), "GET", target);
    assertThat(new String(answer.rest, StandardCharsets.UTF_8)).doesNotContain("SECRET");
    return answer;
  }

  @Test
  void dotDot() throws IOException {
    assertThat(get("/static/../secret.txt").status).isEqualTo(404);
    assertThat(get("/static/sub/../../secret.txt").status).isEqualTo(404);
  }

  @Test
  void singleDot() throws IOException {
    assertThat(get("/static/./index.html").status).isEqualTo(404);
  }

  @Test
  void percentEncodedDotDot() throws IOException {
    assertThat(get("/static/%2e%2e/secret.txt").status).isEqualTo(404);
    assertThat(get("/static/%2E%2E/secret.txt").status).isEqualTo(404);
    assertThat(get("/static/.%2e/secret.txt").status).isEqualTo(404);
  }

  @Test
  void doublyEncodedDotDotIsAPlainName() throws IOException {
    assertThat(get("/static/%252e%252e/secret.txt").status).isEqualTo(404);
  }

  @Test
  void encodedSlash() throws IOException {
    assertThat(get("/static/..%2fsecret.txt").status).isEqualTo(404);
    assertThat(get("/static/%2e%2e%2Fsecret.txt").status).isEqualTo(404);
    assertThat(get("/static/sub%2fpage.html").status).isEqualTo(404);
  }

  @Test
  void backslash() throws IOException {
    assertThat(get("/static/..%5csecret.txt").status).isEqualTo(404);
    assertThat(get("/static/sub%5Cpage.html").status).isEqualTo(404);
  }

  @Test
  void rawBackslashIsRefused() throws IOException {
    // not a valid URI character: the JDK server or the router refuses it
    assertThat(get("/static/..\\secret.txt").status).isIn(400, 404);
  }

  @Test
  void nul() throws IOException {
    assertThat(get("/static/index.html%00").status).isEqualTo(404);
    assertThat(get("/static/index.html%00.png").status).isEqualTo(404);
  }

  @Test
  void overlongUtf8IsRefusedByTheRouter() throws IOException {
    // %c0%ae is an overlong '.': not UTF-8, so the router answers 400 before any route runs
    RawHttp answer = get("/static/%c0%ae%c0%ae/secret.txt");
    assertThat(answer.status).isEqualTo(400);
    assertThat(get("/static/%c0%af").status).isEqualTo(400);
  }

  @Test
  void symbolicLinksLeavingTheFolder() throws IOException {
    assertThat(get("/static/leak.txt").status).isEqualTo(404);
    assertThat(get("/static/up/secret.txt").status).isEqualTo(404);
  }

  @Test
  void symbolicLinkInsideTheFolderIsServed() throws IOException {
    RawHttp answer = get("/static/alias.html");
    assertThat(answer.status).isEqualTo(200);
    assertThat(new String(answer.rest, StandardCharsets.UTF_8)).isEqualTo("page");
  }

  @Test
  void driveLetterAndControlCharacters() throws IOException {
    assertThat(get("/static/C:%5csecret.txt").status).isEqualTo(404);
    assertThat(get("/static/index.html%0a").status).isEqualTo(404);
  }
}

package dev.kiln.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.support.RawHttp;
import java.io.IOException;
import java.io.OutputStream;
import java.net.URL;
import java.net.URLClassLoader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StaticFiles} from a class-path folder: in a directory and in a jar. */
class StaticFilesClassPathTest {
  @TempDir
  Path root;

  @Test
  void servesFromAClassPathDirectory() throws IOException {
    Path classes = Files.createDirectories(root.resolve("classes"));
    Files.createDirectories(classes.resolve("web/css"));
    Files.writeString(classes.resolve("web/index.html"), "<h1>home</h1>");
    Files.writeString(classes.resolve("web/css/a.css"), "a{}");
    Files.writeString(classes.resolve("secret.txt"), "SECRET");
    Files.createSymbolicLink(classes.resolve("web/leak.txt"), classes.resolve("secret.txt"));
    try (URLClassLoader loader = new URLClassLoader(new URL[] {classes.toUri().toURL()}, null)) {
      check(StaticFiles.classPath("/assets", "web", loader));
      try (KilnServer server = KilnServer.builder().port(0)
          .routes(StaticFiles.classPath("/assets", "web", loader)).start()) {
        assertThat(RawHttp.send(server.port(), "GET", "/assets/leak.txt").status).isEqualTo(404);
      }
    }
  }

  @Test
  void servesFromAJar() throws IOException {
    Path jar = root.resolve("web.jar");
    try (JarOutputStream out = new JarOutputStream(Files.newOutputStream(jar))) {
      entry(out, "web/", null);
      entry(out, "web/index.html", "<h1>home</h1>");
      entry(out, "web/css/", null);
      entry(out, "web/css/a.css", "a{}");
      entry(out, "secret.txt", "SECRET");
    }
    try (URLClassLoader loader = new URLClassLoader(new URL[] {jar.toUri().toURL()}, null)) {
      check(StaticFiles.classPath("/assets", "/web/", loader));
    }
  }

  @Test
  void aMissingFolderFailsAtStart() {
    assertThatThrownBy(() -> StaticFiles.classPath("/assets", "no-such-folder").routes())
        .isInstanceOf(IllegalStateException.class).hasMessageContaining("no-such-folder");
  }

  private static void check(StaticFiles files) throws IOException {
    try (KilnServer server = KilnServer.builder().port(0).routes(files).start()) {
      RawHttp css = RawHttp.send(server.port(), "GET", "/assets/css/a.css");
      assertThat(css.status).isEqualTo(200);
      assertThat(css.headers).containsEntry("content-type", "text/css; charset=utf-8")
          .containsEntry("content-length", "3").containsKey("etag");
      assertThat(new String(css.rest, StandardCharsets.UTF_8)).isEqualTo("a{}");
      assertThat(RawHttp.send(server.port(), "GET", "/assets/css/a.css",
          "If-None-Match: " + css.headers.get("etag") + "\r\n").status).isEqualTo(304);
      RawHttp range = RawHttp.send(server.port(), "GET", "/assets/css/a.css",
          "Range: bytes=1-\r\n");
      assertThat(range.status).isEqualTo(206);
      assertThat(new String(range.rest, StandardCharsets.UTF_8)).isEqualTo("{}");
      assertThat(new String(RawHttp.send(server.port(), "GET", "/assets").rest,
          StandardCharsets.UTF_8)).isEqualTo("<h1>home</h1>");
      assertThat(RawHttp.send(server.port(), "GET", "/assets/css").status).isEqualTo(404);
      assertThat(RawHttp.send(server.port(), "GET", "/assets/../secret.txt").status)
          .isEqualTo(404);
      assertThat(RawHttp.send(server.port(), "GET", "/assets/%2e%2e/secret.txt").status)
          .isEqualTo(404);
      assertThat(RawHttp.send(server.port(), "GET", "/assets/missing.css").status)
          .isEqualTo(404);
    }
  }

  private static void entry(JarOutputStream out, String name, String text) throws IOException {
    out.putNextEntry(new JarEntry(name));
    if (text != null) {
      OutputStream body = out;
      body.write(text.getBytes(StandardCharsets.UTF_8));
    }
    out.closeEntry();
  }
}

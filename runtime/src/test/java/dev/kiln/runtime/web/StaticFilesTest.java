package dev.kiln.runtime.web;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.support.RawHttp;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.attribute.FileTime;
import java.time.Instant;
import java.util.Arrays;
import java.util.Random;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link StaticFiles} from a file-system folder over real HTTP (raw sockets: exact bytes). */
class StaticFilesTest {
  static final Instant MODIFIED = Instant.parse("2024-03-05T08:09:10Z");
  static final String MODIFIED_HTTP = "Tue, 05 Mar 2024 08:09:10 GMT";

  @TempDir
  Path root;
  Path folder;
  byte[] big;
  KilnServer server;

  @BeforeEach
  void files() throws IOException {
    folder = Files.createDirectories(root.resolve("public"));
    write("index.html", "<h1>home</h1>");
    write("css/site.css", "body { color: red; }");
    write("docs/index.html", "<h1>docs</h1>");
    write("data.unknownext", "??");
    write("empty.txt", "");
    big = new byte[100_000];
    new Random(7).nextBytes(big);
    Files.write(folder.resolve("big.bin"), big);
    Files.setLastModifiedTime(folder.resolve("big.bin"), FileTime.from(MODIFIED));
    Files.writeString(root.resolve("secret.txt"), "SECRET");
  }

  @AfterEach
  void stop() {
    if (server != null) {
      server.stop(java.time.Duration.ZERO);
    }
  }

  private void write(String name, String text) throws IOException {
    Path file = folder.resolve(name);
    Files.createDirectories(file.getParent());
    Files.writeString(file, text);
    Files.setLastModifiedTime(file, FileTime.from(MODIFIED));
  }

  private int start(StaticFiles files) throws IOException {
    server = KilnServer.builder().port(0).routes(files).start();
    return server.port();
  }

  private RawHttp get(String target) throws IOException {
    return RawHttp.send(server.port(), "GET", target);
  }

  private static String text(RawHttp answer) {
    return new String(answer.rest, StandardCharsets.UTF_8);
  }

  @Test
  void servesAFileWithItsHeaders() throws IOException {
    start(StaticFiles.directory("/static", folder));
    RawHttp css = get("/static/css/site.css");
    assertThat(css.status).isEqualTo(200);
    assertThat(text(css)).isEqualTo("body { color: red; }");
    assertThat(css.headers).containsEntry("content-type", "text/css; charset=utf-8")
        .containsEntry("content-length", "20")
        .containsEntry("last-modified", MODIFIED_HTTP)
        .containsEntry("cache-control", "no-cache")
        .containsEntry("accept-ranges", "bytes")
        .containsEntry("x-content-type-options", "nosniff");
    assertThat(css.headers.get("etag")).matches("\"14-[0-9a-f]+\"");
    assertThat(get("/static/data.unknownext").headers)
        .containsEntry("content-type", "application/octet-stream");
    RawHttp empty = get("/static/empty.txt");
    assertThat(empty.status).isEqualTo(200);
    assertThat(empty.headers).containsEntry("content-length", "0");
    assertThat(get("/static/missing.css").status).isEqualTo(404);
  }

  @Test
  void answersTheIndexFileForAFolder() throws IOException {
    start(StaticFiles.directory("/static", folder));
    RawHttp home = get("/static");
    assertThat(home.status).isEqualTo(200);
    assertThat(home.headers).containsEntry("content-type", "text/html; charset=utf-8");
    assertThat(text(home)).isEqualTo("<h1>home</h1>");
    assertThat(text(get("/static/docs"))).isEqualTo("<h1>docs</h1>");
    assertThat(get("/static/css").status).isEqualTo(404);
  }

  @Test
  void indexFileCanBeSwitchedOffAndCacheControlSet() throws IOException {
    start(StaticFiles.directory("/static", folder).indexFile(null)
        .cacheControl("public, max-age=60"));
    assertThat(get("/static").status).isEqualTo(404);
    assertThat(get("/static/docs").status).isEqualTo(404);
    assertThat(get("/static/index.html").headers)
        .containsEntry("cache-control", "public, max-age=60");
  }

  @Test
  void servesUnderTheRootPrefix() throws IOException {
    start(StaticFiles.directory("/", folder));
    assertThat(text(get("/"))).isEqualTo("<h1>home</h1>");
    assertThat(text(get("/css/site.css"))).isEqualTo("body { color: red; }");
  }

  @Test
  void headSendsTheHeadersOnly() throws IOException {
    start(StaticFiles.directory("/static", folder));
    RawHttp head = RawHttp.send(server.port(), "HEAD", "/static/big.bin");
    assertThat(head.status).isEqualTo(200);
    assertThat(head.headers).containsEntry("content-length", "100000")
        .containsEntry("content-type", "application/octet-stream");
    assertThat(head.rest).isEmpty();
  }

  @Test
  void answers304ForAMatchingEtagOrAnUnchangedDate() throws IOException {
    start(StaticFiles.directory("/static", folder));
    String etag = get("/static/css/site.css").headers.get("etag");
    RawHttp same = RawHttp.send(server.port(), "GET", "/static/css/site.css",
        "If-None-Match: \"other\", W/" + etag + "\r\n");
    assertThat(same.status).isEqualTo(304);
    assertThat(same.headers).containsEntry("etag", etag)
        .containsEntry("last-modified", MODIFIED_HTTP).containsEntry("cache-control", "no-cache");
    assertThat(same.rest).isEmpty();
    assertThat(RawHttp.send(server.port(), "GET", "/static/css/site.css",
        "If-None-Match: \"other\"\r\n").status).isEqualTo(200);
    assertThat(RawHttp.send(server.port(), "GET", "/static/css/site.css",
        "If-Modified-Since: " + MODIFIED_HTTP + "\r\n").status).isEqualTo(304);
    assertThat(RawHttp.send(server.port(), "GET", "/static/css/site.css",
        "If-Modified-Since: Tue, 05 Mar 2024 08:09:09 GMT\r\n").status).isEqualTo(200);
    assertThat(RawHttp.send(server.port(), "GET", "/static/css/site.css",
        "If-Modified-Since: yesterday\r\n").status).isEqualTo(200);
    // If-None-Match decides when both are present (RFC 9110 section 13.2.2)
    assertThat(RawHttp.send(server.port(), "GET", "/static/css/site.css",
        "If-None-Match: \"other\"\r\nIf-Modified-Since: " + MODIFIED_HTTP + "\r\n").status)
        .isEqualTo(200);
  }

  @Test
  void servesByteRanges() throws IOException {
    start(StaticFiles.directory("/static", folder));
    RawHttp middle = RawHttp.send(server.port(), "GET", "/static/big.bin",
        "Range: bytes=1000-1999\r\n");
    assertThat(middle.status).isEqualTo(206);
    assertThat(middle.headers).containsEntry("content-range", "bytes 1000-1999/100000")
        .containsEntry("content-length", "1000");
    assertThat(middle.rest).isEqualTo(Arrays.copyOfRange(big, 1000, 2000));

    RawHttp open = RawHttp.send(server.port(), "GET", "/static/big.bin", "Range: bytes=99990-");
    assertThat(open.headers).containsEntry("content-range", "bytes 99990-99999/100000");
    assertThat(open.rest).isEqualTo(Arrays.copyOfRange(big, 99990, 100000));

    RawHttp suffix = RawHttp.send(server.port(), "GET", "/static/big.bin", "Range: bytes=-5");
    assertThat(suffix.status).isEqualTo(206);
    assertThat(suffix.rest).isEqualTo(Arrays.copyOfRange(big, 99995, 100000));

    RawHttp beyond = RawHttp.send(server.port(), "GET", "/static/big.bin",
        "Range: bytes=100000-\r\n");
    assertThat(beyond.status).isEqualTo(416);
    assertThat(beyond.headers).containsEntry("content-range", "bytes */100000")
        .containsEntry("content-type", "application/problem+json");

    // several ranges, another unit or a stale If-Range: the whole file
    for (String header : new String[] {"Range: bytes=0-1,5-6\r\n", "Range: items=0-1\r\n",
        "Range: bytes=0-1\r\nIf-Range: \"stale\"\r\n"}) {
      RawHttp whole = RawHttp.send(server.port(), "GET", "/static/big.bin", header);
      assertThat(whole.status).as(header).isEqualTo(200);
      assertThat(whole.rest).isEqualTo(big);
    }
    String etag = get("/static/big.bin").headers.get("etag");
    assertThat(RawHttp.send(server.port(), "GET", "/static/big.bin",
        "Range: bytes=0-1\r\nIf-Range: " + etag + "\r\n").status).isEqualTo(206);
  }

  @Test
  void writesALargeFileWhole() throws IOException {
    byte[] large = new byte[3 * 1024 * 1024 + 17];
    new Random(3).nextBytes(large);
    Files.write(folder.resolve("large.bin"), large);
    start(StaticFiles.directory("/static", folder));
    RawHttp answer = get("/static/large.bin");
    assertThat(answer.headers).containsEntry("content-length", Integer.toString(large.length));
    assertThat(answer.rest).isEqualTo(large);
  }

  @Test
  void refusesBadConfiguration() {
    assertThatThrownBy(() -> StaticFiles.directory("static", folder))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StaticFiles.directory("/static/", folder))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StaticFiles.classPath("/static", "../x"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StaticFiles.directory("/s", folder).indexFile("../index.html"))
        .isInstanceOf(IllegalArgumentException.class);
    assertThatThrownBy(() -> StaticFiles.directory("/s", root.resolve("nothing")).routes())
        .hasMessageContaining("no folder");
  }
}

package dev.kiln.runtime.filter;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.RawHttp;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPInputStream;
import java.util.zip.InflaterInputStream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Issue 17: gzip and deflate by Accept-Encoding, over HTTP. */
class CompressionTest {
  private static final String LARGE = "{\"text\":\"" + "kiln ".repeat(400) + "\"}";
  private static FilterServer server;

  @BeforeAll
  static void start() throws Exception {
    byte[] png = new byte[4000];
    server = FilterServer.start(builder -> builder
        .route(Route.of("GET", "/large", ex -> ex.respond(200, "application/json",
            LARGE.getBytes(StandardCharsets.UTF_8))))
        .route(Route.of("GET", "/small", ex -> ex.respondText(200, "small")))
        .route(Route.of("GET", "/image", ex -> ex.respond(200, "image/png", png)))
        .route(Route.of("GET", "/streamed", ex -> ex.respondStream(200, "text/plain",
            new ByteArrayInputStream("line\n".repeat(50).getBytes(StandardCharsets.UTF_8)))))
        .route(Route.of("GET", "/empty", ex -> ex.respondEmpty(204)))
        .filter(Compression.filter()));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static HttpResponse<byte[]> get(String path, String acceptEncoding) throws Exception {
    return server.sendBytes(server.request(path).header("Accept-Encoding", acceptEncoding));
  }

  private static String gunzip(byte[] body) throws IOException {
    try (InputStream in = new GZIPInputStream(new ByteArrayInputStream(body))) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }

  @Test
  void aLargeJsonAnswerIsGzipped() throws Exception {
    HttpResponse<byte[]> answer = get("/large", "gzip, deflate");
    assertThat(answer.statusCode()).isEqualTo(200);
    assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(answer.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    assertThat(answer.headers().firstValue("Content-Length")).isEmpty();
    assertThat(answer.body().length).isLessThan(LARGE.length() / 10);
    assertThat(gunzip(answer.body())).isEqualTo(LARGE);
  }

  @Test
  void qualityValuesChooseDeflateOrNothing() throws Exception {
    HttpResponse<byte[]> deflated = get("/large", "gzip;q=0.5, deflate");
    assertThat(deflated.headers().firstValue("Content-Encoding")).hasValue("deflate");
    try (InputStream in = new InflaterInputStream(new ByteArrayInputStream(deflated.body()))) {
      assertThat(new String(in.readAllBytes(), StandardCharsets.UTF_8)).isEqualTo(LARGE);
    }

    HttpResponse<byte[]> refused = get("/large", "gzip;q=0, deflate;q=0");
    assertThat(refused.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(refused.headers().firstValue("Vary")).hasValue("Accept-Encoding");
    assertThat(new String(refused.body(), StandardCharsets.UTF_8)).isEqualTo(LARGE);

    assertThat(get("/large", "br, *;q=0.1").headers().firstValue("Content-Encoding"))
        .hasValue("gzip");
    assertThat(get("/large", "identity").headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void smallAndCompressedTypesAndEmptyAnswersPassUnchanged() throws Exception {
    HttpResponse<byte[]> small = get("/small", "gzip");
    assertThat(small.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(small.headers().firstValue("Vary")).isEmpty();
    assertThat(small.body()).asString(StandardCharsets.UTF_8).isEqualTo("small");

    HttpResponse<byte[]> image = get("/image", "gzip");
    assertThat(image.headers().firstValue("Content-Encoding")).isEmpty();
    assertThat(image.headers().firstValue("Content-Length")).hasValue("4000");
    assertThat(image.body()).hasSize(4000);

    HttpResponse<byte[]> empty = get("/empty", "gzip");
    assertThat(empty.statusCode()).isEqualTo(204);
    assertThat(empty.headers().firstValue("Content-Encoding")).isEmpty();
  }

  @Test
  void aStreamedAnswerIsGzippedWhateverItsLength() throws Exception {
    HttpResponse<byte[]> answer = get("/streamed", "gzip");
    assertThat(answer.headers().firstValue("Content-Encoding")).hasValue("gzip");
    assertThat(gunzip(answer.body())).isEqualTo("line\n".repeat(50));
  }

  @Test
  void headHasTheHeadersOfTheCompressedGetAndNoBody() throws Exception {
    RawHttp head = RawHttp.send(server.server.port(), "HEAD", "/large",
        "Accept-Encoding: gzip");
    assertThat(head.status).isEqualTo(200);
    assertThat(head.headers).containsEntry("content-encoding", "gzip")
        .containsEntry("vary", "Accept-Encoding").doesNotContainKey("content-length");
    assertThat(head.rest).isEmpty();
  }

  @Test
  void anAnswerOnAClosingConnectionIsComplete() throws Exception {
    RawHttp get = RawHttp.send(server.server.port(), "GET", "/large", "Accept-Encoding: gzip");
    assertThat(get.headers).containsEntry("content-encoding", "gzip")
        .containsEntry("transfer-encoding", "chunked");
    assertThat(gunzip(RawHttp.dechunk(get.rest))).isEqualTo(LARGE);
  }

  @Test
  void acceptEncodingChoices() {
    assertThat(AcceptEncoding.choose(null)).isNull();
    assertThat(AcceptEncoding.choose("deflate;q=0.9, gzip;q=0.8")).isEqualTo("deflate");
    assertThat(AcceptEncoding.choose("GZIP;Q=1")).isEqualTo("gzip");
    assertThat(AcceptEncoding.choose("gzip;q=abc")).isNull();
    assertThat(AcceptEncoding.choose("*;q=0")).isNull();
    assertThat(AcceptEncoding.choose("*, gzip;q=0")).isEqualTo("deflate");
  }
}

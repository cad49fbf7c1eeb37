package dev.kiln.runtime;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.support.RawResponse;
import java.io.IOException;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code multipart/form-data} bodies over real HTTP: parts read by a hand-written reader as the
 * generated ones read them, temporary files deleted after the answer whatever happened (success,
 * malformed body, a handler that throws, a limit), 413 while the client still sends, 415 for
 * another media type.
 */
@Timeout(30)
class MultipartTest {
  private static final String PART = "--b\r\nContent-Disposition: form-data; name=\"file\"; "
      + "filename=\"a.txt\"\r\nContent-Type: text/plain\r\n\r\n";

  @TempDir
  static Path folder;
  private static KilnServer server;

  /** What the routes read: the description and the files' names and sizes. */
  private static String read(Exchange exchange, boolean fail) throws IOException {
    dev.kiln.runtime.generated.RouteExchange ex = (dev.kiln.runtime.generated.RouteExchange) exchange;
    String read = ex.readMultipart((e, form) -> {
      StringBuilder out = new StringBuilder(String.valueOf(form.first(e.errors(), "description")));
      for (Upload upload : form.files("file")) {
        out.append(' ').append(upload.fileName()).append('=').append(upload.size());
      }
      form.file(e.errors(), "file", true);
      return out.toString();
    });
    if (fail) {
      throw new IllegalStateException("the handler failed");
    }
    return read;
  }

  @BeforeAll
  static void start() throws IOException {
    MultipartLimits limits = MultipartLimits.DEFAULTS.withDirectory(folder)
        .withMemoryThreshold(8).withMaxPartSize(100_000).withMaxParts(3);
    server = KilnServer.builder().port(0).maxBodySize(1_000_000).multipartLimits(limits)
        .route(Route.of("POST", "/read", ex -> ex.respondText(200, read(ex, false))))
        .route(Route.of("POST", "/fail", ex -> ex.respondText(200, read(ex, true))))
        .route(Route.of("POST", "/filtered/fail", ex -> ex.respondText(200, read(ex, true))))
        .filter("/filtered", (exchange, chain) -> chain.proceed())
        .start();
  }

  @AfterAll
  static void stop() {
    server.stop(Duration.ZERO);
  }

  private static RawResponse post(String path, String contentType, String body)
      throws IOException {
    byte[] bytes = body.getBytes(ISO_8859_1);
    return RawResponse.exchange(server.port(), "POST " + path + " HTTP/1.1\r\nHost: x\r\n"
        + "Content-Type: " + contentType + "\r\nContent-Length: " + bytes.length
        + "\r\nConnection: close\r\n\r\n" + body);
  }

  /** Waits (at most 5 s) for the temporary folder to be empty: deleted after the answer. */
  private static void assertNoTemporaryFiles() throws Exception {
    long deadline = System.nanoTime() + Duration.ofSeconds(5).toNanos();
    List<Path> left;
    do {
      try (Stream<Path> files = Files.list(folder)) {
        left = files.toList();
      }
      if (left.isEmpty()) {
        return;
      }
      Thread.sleep(10);
    } while (System.nanoTime() < deadline);
    assertThat(left).as("temporary files left after the answer").isEmpty();
  }

  @Test
  void readsFieldsAndFilesAndDeletesTheirFiles() throws Exception {
    RawResponse response = post("/read", "multipart/form-data; boundary=b",
        "--b\r\nContent-Disposition: form-data; name=\"description\"\r\n\r\nTwo files\r\n"
            + PART + "x".repeat(5_000) + "\r\n" + PART.replace("a.txt", "b.txt") + "12345\r\n"
            + "--b--\r\n");

    assertThat(response.status).as("%s", response).isEqualTo(200);
    assertThat(response.body).isEqualTo("Two files a.txt=5000 b.txt=5");
    assertNoTemporaryFiles();
  }

  @Test
  void aFailingHandlerStillHasItsFilesDeleted() throws Exception {
    RawResponse response = post("/fail", "multipart/form-data; boundary=b",
        PART + "x".repeat(5_000) + "\r\n--b--");

    assertThat(response.status).isEqualTo(500);
    assertNoTemporaryFiles();
  }

  @Test
  void aFailingHandlerBehindAFilterStillHasItsFilesDeleted() throws Exception {
    RawResponse response = post("/filtered/fail", "multipart/form-data; boundary=b",
        PART + "x".repeat(5_000) + "\r\n--b--");

    assertThat(response.status).isEqualTo(500);
    assertNoTemporaryFiles();
  }

  @Test
  void aTruncatedBodyIsAnswered400AndItsFilesDeleted() throws Exception {
    RawResponse response = post("/read", "multipart/form-data; boundary=b",
        PART + "x".repeat(5_000));

    assertThat(response.status).isEqualTo(400);
    assertThat(response.headers).containsEntry("content-type", "application/problem+json");
    assertThat(response.body).isEqualTo("{\"type\":\"https://kiln.dev/problems/invalid-request\","
        + "\"title\":\"Bad Request\",\"status\":400,\"detail\":\"The multipart body ends before "
        + "its closing boundary delimiter.\",\"instance\":\"/read\",\"errors\":[{\"in\":\"body\","
        + "\"pointer\":\"\",\"message\":\"The multipart body ends before its closing boundary "
        + "delimiter.\",\"code\":\"malformed_multipart\"}]}");
    assertNoTemporaryFiles();
  }

  @Test
  void aMissingBoundaryIsAnswered400() throws Exception {
    RawResponse response = post("/read", "multipart/form-data", "--b--");

    assertThat(response.status).isEqualTo(400);
    assertThat(response.body).contains("\"detail\":\"The multipart Content-Type has no boundary "
        + "parameter.\"", "\"code\":\"malformed_multipart\"");
  }

  @Test
  void aMissingFileIsAnswered422() throws Exception {
    RawResponse response = post("/read", "multipart/form-data; boundary=b",
        "--b\r\nContent-Disposition: form-data; name=\"file\"; filename=\"\"\r\n\r\n\r\n--b--");

    assertThat(response.status).isEqualTo(422);
    assertThat(response.body).contains("\"errors\":[{\"in\":\"body\",\"pointer\":\"/file\","
        + "\"message\":\"is required\",\"code\":\"missing\"}]");
  }

  @Test
  void anotherMediaTypeIsAnswered415() throws Exception {
    RawResponse response = post("/read", "application/json", "{}");

    assertThat(response.status).isEqualTo(415);
    assertThat(response.body).contains("\"detail\":\"The request body is application/json; "
        + "this operation reads multipart/form-data.\"");
  }

  @Test
  void tooManyPartsIsAnswered413() throws Exception {
    RawResponse response = post("/read", "multipart/form-data; boundary=b",
        (PART + "1\r\n").repeat(4) + "--b--");

    assertThat(response.status).isEqualTo(413);
    assertThat(response.headers).containsEntry("connection", "close");
    assertThat(response.body).contains("\"detail\":\"The multipart body has more than 3 parts.\"",
        "\"code\":\"content_too_large\"");
    assertNoTemporaryFiles();
  }

  @Test
  void aPartOverItsLimitIsAnswered413WhileTheClientStillSends() throws Exception {
    try (Socket socket = new Socket("127.0.0.1", server.port())) {
      socket.setSoTimeout(10_000);
      OutputStream out = socket.getOutputStream();
      // declares 900,000 bytes (under the body limit) and sends 150,000 of them: the part is over
      // its 100,000 bytes long before the body ends
      out.write(("POST /read HTTP/1.1\r\nHost: x\r\nContent-Type: multipart/form-data; boundary=b"
          + "\r\nContent-Length: 900000\r\n\r\n" + PART + "x".repeat(150_000)).getBytes(ISO_8859_1));
      out.flush();

      RawResponse response = RawResponse.read(socket.getInputStream(), false);

      assertThat(response.status).isEqualTo(413);
      assertThat(response.headers).containsEntry("connection", "close");
      assertThat(response.body).contains("\"detail\":\"The part file is larger than 100000 "
          + "bytes.\"");
    }
    assertNoTemporaryFiles();
  }
}

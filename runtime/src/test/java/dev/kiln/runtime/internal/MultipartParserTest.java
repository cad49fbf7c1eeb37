package dev.kiln.runtime.internal;

import static java.nio.charset.StandardCharsets.ISO_8859_1;
import static java.nio.charset.StandardCharsets.UTF_8;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.MultipartLimits;
import dev.kiln.runtime.ProblemException;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Kiln's {@code multipart/form-data} parser on exact bodies: parts, file names, preamble and
 * epilogue, padding, delimiters split across reads (every body is also read 1, 2, 3 and 7 bytes
 * at a time), the 400 answers of malformed bodies and the 413 answers of the limits.
 */
class MultipartParserTest {
  private static final String CT = "multipart/form-data; boundary=XyZ";

  @TempDir
  Path folder;

  private static String body(String... lines) {
    return String.join("\r\n", lines);
  }

  /** Parses {@code body} whole and in small reads; every way must give the same parts. */
  private List<MultipartPart> parse(String contentType, String body, MultipartLimits limits)
      throws IOException {
    List<MultipartPart> whole = parse(contentType, body.getBytes(ISO_8859_1), limits, 0);
    for (int chunk : new int[] {1, 2, 3, 7}) {
      List<MultipartPart> split = parse(contentType, body.getBytes(ISO_8859_1), limits, chunk);
      assertThat(split).hasSameSizeAs(whole);
      for (int i = 0; i < whole.size(); i++) {
        assertThat(split.get(i).name()).isEqualTo(whole.get(i).name());
        assertThat(split.get(i).bytes()).isEqualTo(whole.get(i).bytes());
      }
    }
    return whole;
  }

  private List<MultipartPart> parse(String body) throws IOException {
    return parse(CT, body, MultipartLimits.DEFAULTS.withDirectory(folder));
  }

  private List<MultipartPart> parse(String contentType, byte[] body, MultipartLimits limits,
      int chunk) throws IOException {
    InputStream in = chunk == 0 ? new ByteArrayInputStream(body) : new Trickle(body, chunk);
    return MultipartFieldsAccess.parts(in, contentType, limits, new UploadFiles(folder));
  }

  private static String text(MultipartPart part) throws IOException {
    return part.text();
  }

  @Test
  void fieldsAndAFile() throws IOException {
    List<MultipartPart> parts = parse(body(
        "--XyZ",
        "Content-Disposition: form-data; name=\"description\"",
        "",
        "Two photos",
        "--XyZ",
        "Content-Disposition: form-data; name=\"file\"; filename=\"a.png\"",
        "Content-Type: image/png",
        "",
        "PNG\r\ndata",
        "--XyZ--",
        ""));

    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).name()).isEqualTo("description");
    assertThat(text(parts.get(0))).isEqualTo("Two photos");
    assertThat(parts.get(0).fileName()).isEmpty();
    assertThat(parts.get(0).contentType()).isEqualTo("application/octet-stream");
    assertThat(parts.get(1).name()).isEqualTo("file");
    assertThat(parts.get(1).fileName()).isEqualTo("a.png");
    assertThat(parts.get(1).contentType()).isEqualTo("image/png");
    assertThat(parts.get(1).size()).isEqualTo(9);
    assertThat(new String(parts.get(1).bytes(), ISO_8859_1)).isEqualTo("PNG\r\ndata");
  }

  @Test
  void preambleEpilogueAndTransportPadding() throws IOException {
    List<MultipartPart> parts = parse(body(
        "This is the preamble; --XyZ inside a line is no delimiter.",
        "--XyZ \t ",
        "content-disposition: FORM-DATA; NAME=a",
        "",
        "1",
        "--XyZ--   ",
        "this is the epilogue",
        "--XyZ",
        "not read"));

    assertThat(parts).hasSize(1);
    assertThat(parts.get(0).name()).isEqualTo("a");
    assertThat(text(parts.get(0))).isEqualTo("1");
  }

  @Test
  void firstDelimiterAfterACrlfPreamble() throws IOException {
    List<MultipartPart> parts = parse("\r\n" + body(
        "--XyZ",
        "Content-Disposition: form-data; name=a",
        "",
        "x",
        "--XyZ--"));

    assertThat(parts).extracting(MultipartPart::name).containsExactly("a");
  }

  @Test
  void emptyPartsAndAnEmptyForm() throws IOException {
    List<MultipartPart> parts = parse(body(
        "--XyZ",
        "Content-Disposition: form-data; name=\"empty\"",
        "",
        "",
        "--XyZ",
        "Content-Disposition: form-data; name=\"photo\"; filename=\"\"",
        "Content-Type: application/octet-stream",
        "",
        "",
        "--XyZ--"));

    assertThat(parts).hasSize(2);
    assertThat(parts.get(0).size()).isZero();
    assertThat(text(parts.get(0))).isEmpty();
    assertThat(parts.get(1).isEmptyFile()).isTrue();
    assertThat(parse("--XyZ--")).isEmpty();
  }

  @Test
  void contentThatLooksLikeADelimiter() throws IOException {
    String content = "a\r\n--XyY\r\n--Xy\r\n\r\n--\r-XyZ";
    List<MultipartPart> parts = parse(body(
        "--XyZ",
        "Content-Disposition: form-data; name=\"f\"",
        "",
        content,
        "--XyZ--"));

    assertThat(text(parts.get(0))).isEqualTo(content);
  }

  @Test
  void contentEndingInCrlf() throws IOException {
    List<MultipartPart> parts = parse(body(
        "--XyZ",
        "Content-Disposition: form-data; name=\"f\"",
        "",
        "line\r\n\r\n",
        "--XyZ--"));

    assertThat(text(parts.get(0))).isEqualTo("line\r\n\r\n");
  }

  @Test
  void quotedBoundaryWithSpacesAndOtherParameters() throws IOException {
    String contentType = "Multipart/Form-Data; charset=utf-8; BOUNDARY=\"a b:c'(?)\"";
    List<MultipartPart> parts = parse(contentType, body(
        "--a b:c'(?)",
        "Content-Disposition: form-data; name=x",
        "",
        "1",
        "--a b:c'(?)--"), MultipartLimits.DEFAULTS);

    assertThat(text(parts.get(0))).isEqualTo("1");
  }

  @Test
  void fileNames() throws IOException {
    List<MultipartPart> parts = parse(body(
        "--XyZ",
        "Content-Disposition: form-data; name=\"a\"; filename=\"C:\\\\photos\\\\cat \\\"1\\\".png\"",
        "",
        "",
        "--XyZ",
        "Content-Disposition: form-data; name=\"b\"; filename=\"../../etc/passwd\"",
        "",
        "",
        "--XyZ",
        "Content-Disposition: form-data; name=\"c\"; filename=\"euro.txt\"; "
            + "filename*=UTF-8''%E2%82%AC%20rates.txt",
        "",
        "",
        "--XyZ",
        "Content-Disposition: form-data; name=\"d\"; filename=\"caf\u00c3\u00a9.txt\"",
        "",
        "",
        "--XyZ",
        "Content-Disposition: form-data; name=\"e\"; filename*=iso-8859-1'en'%E9t%E9.txt",
        "",
        "",
        "--XyZ--"));

    assertThat(parts).extracting(MultipartPart::fileName)
        .containsExactly("cat \"1\".png", "passwd", "\u20ac rates.txt", "caf\u00e9.txt",
            "\u00e9t\u00e9.txt");
  }

  @Test
  void contentOverTheThresholdGoesToAFileAndIsDeletedWithTheRequest() throws IOException {
    String big = "x".repeat(5_000);
    UploadFiles files = new UploadFiles(folder);
    List<MultipartPart> parts = MultipartFieldsAccess.parts(new Trickle(body(
        "--XyZ",
        "Content-Disposition: form-data; name=\"small\"",
        "",
        "tiny",
        "--XyZ",
        "Content-Disposition: form-data; name=\"big\"; filename=\"big.txt\"",
        "",
        big,
        "--XyZ--").getBytes(ISO_8859_1), 999), CT,
        MultipartLimits.DEFAULTS.withMemoryThreshold(1_000), files);

    assertThat(files.count()).isEqualTo(1);
    Path file = parts.get(1).path();
    assertThat(file.getParent()).isEqualTo(folder);
    assertThat(Files.readString(file)).isEqualTo(big);
    assertThat(new String(parts.get(1).inputStream().readAllBytes(), UTF_8)).isEqualTo(big);
    Path written = parts.get(0).path(); // in memory: written to a file on demand
    assertThat(Files.readString(written)).isEqualTo("tiny");
    assertThat(files.count()).isEqualTo(2);

    files.deleteAll();

    assertThat(file).doesNotExist();
    assertThat(written).doesNotExist();
    try (Stream<Path> left = Files.list(folder)) {
      assertThat(left).isEmpty();
    }
  }

  @Test
  void textThatIsNotUtf8IsAnInvalidField() throws IOException {
    List<MultipartPart> parts = parse(body(
        "--XyZ",
        "Content-Disposition: form-data; name=\"a\"",
        "",
        "\u00ff\u00fe",
        "--XyZ--"));
    dev.kiln.runtime.generated.RequestErrors errors = new dev.kiln.runtime.generated.RequestErrors();

    assertThat(new MultipartFields(parts).first(errors, "a")).isNull();
    assertThat(errors.list()).singleElement().satisfies(error -> {
      assertThat(error.code()).isEqualTo("invalid_format");
      assertThat(error.pointer()).isEqualTo("/a");
      assertThat(error.message()).isEqualTo("must be UTF-8 text");
    });
  }

  @ParameterizedTest
  @ValueSource(strings = {"multipart/form-data", "multipart/form-data; charset=utf-8",
      "multipart/form-data; boundary=", "multipart/form-data; boundary=\"\"",
      "multipart/form-data; boundary=a{b}", "multipart/form-data; boundary=\"ends in space \"",
      "multipart/form-data; boundary=\"unterminated", "multipart/form-data; boundary",
      "multipart/form-data; boundary=aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa"})
  void missingOrBadBoundary(String contentType) {
    assertMalformed(contentType, "--XyZ--");
  }

  @ParameterizedTest
  @ValueSource(strings = {
      "",                                   // nothing at all
      "--XyZ",                              // no part headers
      "no delimiter at all",
      "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nabc",   // no close delimiter
      "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nabc\r\n--XyZ",
      "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nabc\r\n--XyZ-",
      "--XyZ\r\nContent-Disposition: form-data; name=a",               // headers cut off
      "--XyZ\r\nContent-Disposition: form-data; name=a\nx: y\r\n\r\n\r\n--XyZ--",   // bare LF
      "--XyZ\r\nContent-Disposition: form-data\r\n\r\n\r\n--XyZ--",  // no name
      "--XyZ\r\nContent-Type: text/plain\r\n\r\n\r\n--XyZ--",         // no disposition
      "--XyZ\r\nContent-Disposition: attachment; name=a\r\n\r\n\r\n--XyZ--",
      "--XyZ\r\nContent-Disposition: form-data; name=\"a\r\n\r\n\r\n--XyZ--",
      "--XyZ\r\nContent-Disposition: form-data; name=a; =b\r\n\r\n\r\n--XyZ--",
      "--XyZ\r\nContent-Disposition: form-data; name=a; filename*=nope\r\n\r\n\r\n--XyZ--",
      "--XyZ\r\nContent-Disposition: form-data; name=a; filename*=UTF-8''%FF\r\n\r\n\r\n--XyZ--",
      "--XyZ\r\nContent-Disposition: form-data; name=a\r\n folded\r\n\r\n\r\n--XyZ--",
      "--XyZ\r\nno colon\r\n\r\n\r\n--XyZ--",
      "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n--XyZzz\r\n",  // longer boundary
      "--XyZ\r\nContent-Disposition: form-data; name=a\r\nContent-Disposition: form-data; "
          + "name=b\r\n\r\n\r\n--XyZ--"})
  void malformedBodies(String body) {
    assertMalformed(CT, body);
  }

  private void assertMalformed(String contentType, String body) {
    for (int chunk : new int[] {0, 1, 3}) {
      assertThatThrownBy(() -> parse(contentType, body.getBytes(ISO_8859_1),
          MultipartLimits.DEFAULTS, chunk))
          .as("%s / %s", contentType, body)
          .isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(400);
            assertThat(e.problem().errors()).singleElement().satisfies(error -> {
              assertThat(error.code()).isEqualTo("malformed_multipart");
              assertThat(error.pointer()).isEmpty();
            });
          });
    }
  }

  @Test
  void moreThanTheMostParts() {
    String part = "--XyZ\r\nContent-Disposition: form-data; name=a\r\n\r\nx\r\n";
    ProblemException e = tooLarge(part.repeat(3) + "--XyZ--",
        MultipartLimits.DEFAULTS.withMaxParts(2));

    assertThat(e.problem().detail()).isEqualTo("The multipart body has more than 2 parts.");
    assertThat(e.problem().errors().get(0).message()).isEqualTo("must have at most 2 parts");
  }

  @Test
  void aPartOverThePartSizeLimitWhileItArrives() throws IOException {
    MultipartLimits limits = MultipartLimits.DEFAULTS.withMaxPartSize(10).withMemoryThreshold(4);
    String exact = body("--XyZ", "Content-Disposition: form-data; name=a", "", "0123456789",
        "--XyZ--");
    assertThat(parse(CT, exact, limits.withDirectory(folder)).get(0).size()).isEqualTo(10);

    // no close delimiter: the 413 comes as soon as 11 bytes are known to be content (more than
    // the delimiter's length after them), before the end of the body is looked for
    ProblemException e = tooLarge(body("--XyZ", "Content-Disposition: form-data; name=a", "",
        "0123456789ABCDEFG"), limits);

    assertThat(e.problem().detail()).isEqualTo("The part a is larger than 10 bytes.");
  }

  @Test
  void partHeadersOverTheirLimit() {
    ProblemException e = tooLarge(body("--XyZ", "Content-Disposition: form-data; name=a",
        "X-Long: " + "y".repeat(MultipartParser.MAX_HEADER_BYTES), "", "", "--XyZ--"),
        MultipartLimits.DEFAULTS);

    assertThat(e.problem().detail())
        .isEqualTo("The headers of a part are longer than 16384 bytes.");
  }

  private ProblemException tooLarge(String body, MultipartLimits limits) {
    ProblemException[] thrown = new ProblemException[1];
    for (int chunk : new int[] {0, 1, 5}) {
      assertThatThrownBy(() -> parse(CT, body.getBytes(ISO_8859_1), limits.withDirectory(folder),
          chunk)).isInstanceOfSatisfying(ProblemException.class, e -> {
            assertThat(e.problem().status()).isEqualTo(413);
            assertThat(e.headers()).containsEntry("Connection", "close");
            assertThat(e.problem().errors()).singleElement()
                .satisfies(error -> assertThat(error.code()).isEqualTo("content_too_large"));
            thrown[0] = e;
          });
    }
    return thrown[0];
  }

  /** A stream that returns at most {@code chunk} bytes a read. */
  static final class Trickle extends InputStream {
    private final byte[] data;
    private final int chunk;
    private int at;

    Trickle(byte[] data, int chunk) {
      this.data = data;
      this.chunk = chunk;
    }

    @Override
    public int read() {
      return at < data.length ? data[at++] & 0xff : -1;
    }

    @Override
    public int read(byte[] buffer, int offset, int length) {
      if (at == data.length) {
        return -1;
      }
      int n = Math.min(Math.min(length, chunk), data.length - at);
      System.arraycopy(data, at, buffer, offset, n);
      at += n;
      return n;
    }
  }
}

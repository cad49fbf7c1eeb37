package dev.kiln.runtime.internal;

import static org.assertj.core.api.Assertions.assertThat;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.generated.JsonInput;
import dev.kiln.runtime.generated.Params;
import dev.kiln.runtime.generated.RequestErrors;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.RouteExchange;
import dev.kiln.runtime.generated.Responder;
import dev.kiln.runtime.generated.Scalars;
import dev.kiln.runtime.support.FakeHttpExchange;
import java.math.BigInteger;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.exc.JacksonIOException;
import tools.jackson.core.exc.StreamConstraintsException;
import tools.jackson.core.exc.StreamReadException;

/**
 * Jazzer fuzz targets for the code that reads untrusted input: route matching on the raw path,
 * percent-decoding, query strings, parameter conversion, JSON reading and multipart parsing.
 * Each asserts the exact allowed outcomes; any other exception is a finding.
 *
 * <p>Without {@code JAZZER_FUZZ} (CI), each target replays its committed inputs under {@code
 * src/test/resources/dev/kiln/runtime/internal/RuntimeFuzzTestInputs/<target>/}. Fuzzing one target
 * open-ended: see docs/reliability.md.
 */
class RuntimeFuzzTest {
  private static final Set<String> PARAM_CODES =
      Set.of(ErrorCodes.INVALID_FORMAT, ErrorCodes.OUT_OF_RANGE, ErrorCodes.MISSING);

  private static final Responder NOOP = exchange -> {};
  private static final Router ROUTER = new Router(List.of(
      Route.of("GET", "/", NOOP),
      Route.of("GET", "/items", NOOP),
      Route.of("GET", "/items/{id}", NOOP),
      Route.of("GET", "/items/new", NOOP),
      Route.of("GET", "/items/{id}/tags/{tag}", NOOP)));

  @FuzzTest(maxDuration = "60s")
  void routeMatching(byte[] data) {
    String rawPath = "/" + new String(data, StandardCharsets.ISO_8859_1);
    // the oracle: decode every segment, then match the table by hand
    String[] raw = rawPath.equals("/") ? new String[0] : rawPath.substring(1).split("/", -1);
    List<String> segments = new ArrayList<>();
    for (String segment : raw) {
      segments.add(PercentDecoder.decode(segment, 0, segment.length(), false));
    }
    Router.Match match;
    try {
      match = ROUTER.match(rawPath);
    } catch (ProblemException e) {
      // malformed escape or not UTF-8: answered 400
      assertThat(segments).containsNull();
      assertThat(e.problem().status()).isEqualTo(400);
      return;
    }
    assertThat(segments).doesNotContainNull();
    List<String> expected = expectedValues(segments);
    if (expected == null) {
      assertThat(match).isNull();
      return;
    }
    assertThat(match).isNotNull();
    assertThat(match.responder("GET")).isSameAs(NOOP);
    assertThat(match.allow()).isEqualTo("GET, HEAD, OPTIONS");
    assertThat(match.values()).containsExactlyElementsOf(expected);
  }

  /** The values {@link #ROUTER} binds for decoded {@code segments}, or {@code null} for no match. */
  private static List<String> expectedValues(List<String> segments) {
    int n = segments.size();
    if (n == 0 || !segments.get(0).equals("items")) {
      return n == 0 ? List.of() : null;
    }
    if (n == 1) {
      return List.of();
    }
    String id = segments.get(1);
    if (id.isEmpty()) {
      return null;
    }
    if (n == 2) {
      return id.equals("new") ? List.of() : List.of(id);
    }
    if (n == 4 && segments.get(2).equals("tags") && !segments.get(3).isEmpty()) {
      return List.of(id, segments.get(3)); // /items/new/tags/x too: the literal has no tags
    }
    return null;
  }

  @FuzzTest(maxDuration = "60s")
  void percentDecoding(FuzzedDataProvider data) {
    boolean plusIsSpace = data.consumeBoolean();
    String text = data.consumeRemainingAsString();
    String decoded = PercentDecoder.decode(text, 0, text.length(), plusIsSpace);
    if (decoded == null) {
      return;
    }
    boolean plain = text.chars().allMatch(c -> c < 0x80 && c != '%' && (c != '+' || !plusIsSpace));
    if (plain) {
      assertThat(decoded).isEqualTo(text);
      return;
    }
    // only ASCII may be decoded, and what was decoded is exactly the UTF-8 text it encodes
    assertThat(text.chars().allMatch(c -> c < 0x80)).as("ASCII input %s", text).isTrue();
    assertThat(PercentDecoder.decode(encode(decoded), 0, encode(decoded).length(), false))
        .isEqualTo(decoded);
    assertThat(StandardCharsets.UTF_8.newEncoder().canEncode(decoded)).isTrue();
  }

  @FuzzTest(maxDuration = "60s")
  void queryParsing(FuzzedDataProvider data) {
    String name = data.consumeString(8);
    String query = data.consumeRemainingAsString();
    String first = QueryString.first(query, name);
    List<String> all = QueryString.all(query, name);
    if (all.isEmpty()) {
      assertThat(first).isNull();
    } else if (all.get(0) == QueryString.MALFORMED) {
      assertThat(first).isSameAs(QueryString.MALFORMED);
    } else {
      assertThat(first).isEqualTo(all.get(0));
    }
    RouteExchange exchange = FakeHttpExchange.exchange("/q");
    for (String value : all) {
      assertThat(value).isNotNull();
      if (value != QueryString.MALFORMED) {
        assertThat(value).doesNotContain("\u0000malformed");
      }
    }
    assertThat(exchange.errors().isEmpty()).isTrue();
  }

  @FuzzTest(maxDuration = "60s")
  void parameterConversion(FuzzedDataProvider data) {
    int target = data.consumeInt(0, 7);
    String raw = data.consumeRemainingAsString();
    RouteExchange exchange = FakeHttpExchange.exchange("/p");
    Object value;
    switch (target) {
      case 0: {
        int n = Params.toInt(exchange.errors(), ParamIn.QUERY, "n", raw);
        value = n;
        if (exchange.errors().isEmpty()) {
          assertThat(BigInteger.valueOf(n)).isEqualTo(new BigInteger(raw));
        }
        break;
      }
      case 1: {
        long n = Params.toLong(exchange.errors(), ParamIn.QUERY, "n", raw);
        value = n;
        if (exchange.errors().isEmpty()) {
          assertThat(BigInteger.valueOf(n)).isEqualTo(new BigInteger(raw));
        }
        break;
      }
      case 2: {
        double d = Params.toDouble(exchange.errors(), ParamIn.QUERY, "n", raw);
        value = d;
        if (exchange.errors().isEmpty()) {
          assertThat(Double.isFinite(d)).as("%s -> %s", raw, d).isTrue();
        }
        break;
      }
      case 3:
        value = Params.toBoolean(exchange.errors(), ParamIn.QUERY, "n", raw);
        if (exchange.errors().isEmpty()) {
          assertThat(raw.toLowerCase(java.util.Locale.ROOT)).isIn("true", "false");
        }
        break;
      case 4:
        value = Params.toBigDecimal(exchange.errors(), ParamIn.QUERY, "n", raw);
        break;
      case 5:
        value = Params.toBigInteger(exchange.errors(), ParamIn.QUERY, "n", raw);
        break;
      case 6:
        value = Params.toText(exchange.errors(), ParamIn.QUERY, "n", raw, Scalars::uuid,
            Scalars.UUID_MESSAGE);
        break;
      default:
        value = Params.toText(exchange.errors(), ParamIn.QUERY, "n", raw, Scalars::instant,
            Scalars.INSTANT_MESSAGE);
        break;
    }
    List<RequestError> errors = exchange.errors().list();
    assertThat(errors).hasSizeLessThanOrEqualTo(1);
    for (RequestError error : errors) {
      assertThat(error.code()).isIn(PARAM_CODES);
      assertThat(error.name()).isEqualTo("n");
    }
    if (errors.isEmpty() && target >= 4) {
      assertThat(value).isNotNull();
    }
  }

  @FuzzTest(maxDuration = "60s")
  void jsonReading(byte[] data) {
    RequestErrors errors = new RequestErrors();
    try (JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), data)) {
      if (parser.nextToken() == null) {
        return;
      }
      Object value = readValue(JsonInput.of(parser, errors));
      if (errors.isEmpty()) {
        assertThat(value).isNotNull();
      }
    } catch (StreamReadException | StreamConstraintsException e) {
      return; // malformed JSON or over a limit: answered 400
    } catch (JacksonIOException e) {
      // with bytes in memory, only bytes that are not text in the encoding Jackson detects
      // (UTF-16/32 by their zero bytes): answered 400
      assertThat(e.getCause()).isInstanceOf(java.io.IOException.class);
      return;
    }
    for (RequestError error : errors.list()) {
      assertThat(error.in()).isEqualTo(ParamIn.BODY);
      assertThat(error.pointer()).matches("(/[^/]*)*");
    }
  }

  @FuzzTest(maxDuration = "60s")
  void readJsonAnswers(byte[] data) throws Exception {
    FakeHttpExchange http = new FakeHttpExchange("POST", "/j")
        .body("application/json", data);
    RouteExchange exchange = InternalFixtures.exchange(http, "/j", 4_096);
    try {
      exchange.readJson(RuntimeFuzzTest::readValue);
    } catch (ProblemException e) {
      assertThat(e.problem().status()).isIn(400, 413, 422);
      assertThat(e.problem().errors()).isNotEmpty();
    }
  }

  /**
   * The multipart parser: the input's first line is the {@code Content-Type}, the rest the body.
   * Either the parts come back (names set, contents within the limits and the body), or a 400
   * {@code malformed_multipart} or 413 {@code content_too_large} problem; temporary files are
   * deleted either way.
   */
  @FuzzTest(maxDuration = "60s")
  void multipartParsing(byte[] data) throws Exception {
    int newline = 0;
    while (newline < data.length && data[newline] != '\n') {
      newline++;
    }
    String contentType = new String(data, 0, newline, StandardCharsets.ISO_8859_1);
    byte[] body = java.util.Arrays.copyOfRange(data, Math.min(newline + 1, data.length),
        data.length);
    dev.kiln.runtime.MultipartLimits limits = dev.kiln.runtime.MultipartLimits.DEFAULTS
        .withMaxParts(8).withMaxPartSize(2_000).withMemoryThreshold(64).withDirectory(FUZZ_DIR);
    UploadFiles files = new UploadFiles(FUZZ_DIR);
    try {
      List<MultipartPart> parts = MultipartFieldsAccess.parts(
          new java.io.ByteArrayInputStream(body), contentType, limits, files);
      assertThat(parts).hasSizeLessThanOrEqualTo(8);
      long total = 0;
      for (MultipartPart part : parts) {
        assertThat(part.name()).isNotNull();
        assertThat(part.size()).isBetween(0L, 2_000L).isEqualTo(part.bytes().length);
        total += part.size();
      }
      assertThat(total).isLessThanOrEqualTo(body.length);
    } catch (ProblemException e) {
      assertThat(e.problem().status()).isIn(400, 413);
      assertThat(e.problem().errors()).singleElement().satisfies(error ->
          assertThat(error.code()).isIn(ErrorCodes.MALFORMED_MULTIPART,
              ErrorCodes.CONTENT_TOO_LARGE));
    } finally {
      files.deleteAll();
    }
    assertThat(files.count()).isZero();
  }

  /** Where {@link #multipartParsing}'s temporary files go (each run deletes its own). */
  private static final java.nio.file.Path FUZZ_DIR = fuzzDir();

  private static java.nio.file.Path fuzzDir() {
    try {
      return java.nio.file.Files.createDirectories(
          java.nio.file.Path.of("target", "fuzz-multipart"));
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    }
  }

  /** A hand-written reader of every kind JsonInput reads: {"i":int,"l":long,...} or a list. */
  private static Object readValue(JsonInput in) {
    if (in.parser().currentToken() == tools.jackson.core.JsonToken.START_ARRAY) {
      List<Object> list = new ArrayList<>();
      while (in.nextElement()) {
        list.add(readValue(in));
      }
      return list;
    }
    if (!in.beginObject()) {
      return null;
    }
    List<Object> fields = new ArrayList<>();
    int seen = 0;
    String field;
    while ((field = in.nextField()) != null) {
      int bit;
      switch (field) {
        case "i": bit = 1; fields.add(in.readInt()); break;
        case "l": bit = 2; fields.add(in.readLong()); break;
        case "d": bit = 4; fields.add(in.readDouble()); break;
        case "s": bit = 8; fields.add(in.readString()); break;
        case "b": bit = 16; fields.add(in.readBoolean()); break;
        case "m": bit = 32; fields.add(in.readBigDecimal()); break;
        case "g": bit = 64; fields.add(in.readBigInteger()); break;
        case "u": bit = 128; fields.add(in.readText(Scalars::uuid, Scalars.UUID_MESSAGE)); break;
        case "o": bit = 256; fields.add(readValue(in)); break;
        default: bit = 0; in.skipValue(); break;
      }
      if ((seen & bit) != 0) {
        in.duplicate();
      }
      seen |= bit;
    }
    if ((seen & 1) == 0) {
      in.missing("i");
    }
    return fields;
  }

  private static String encode(String text) {
    StringBuilder out = new StringBuilder();
    for (byte b : text.getBytes(StandardCharsets.UTF_8)) {
      out.append('%').append(String.format("%02X", b & 0xff));
    }
    return out.toString();
  }
}

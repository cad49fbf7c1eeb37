package dev.kiln.bench;

import dev.kiln.example.Item;
import dev.kiln.example.ItemRef;
import dev.kiln.example.ItemRef_JsonWriter;
import dev.kiln.example.Item_JsonReader;
import dev.kiln.example.Item_JsonWriter;
import dev.kiln.runtime.generated.Json;
import dev.kiln.runtime.generated.JsonInput;
import dev.kiln.runtime.generated.RequestErrors;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/**
 * The generated {@code Item_JsonReader} (with its inline validation) and {@code Item_JsonWriter}
 * / {@code ItemRef_JsonWriter} against the hand-written jackson-core code of the jdk-raw peer
 * ({@link HandWritten}), on the bench's request body, with the same {@link Json#FACTORY}, read
 * from an {@code InputStream} and written to a {@code ByteArrayOutputStream(128)} as the server
 * does.
 *
 * <p>The server reads a body with the request's {@code Exchange} as the {@link JsonInput}, so it
 * allocates no input per body; {@link BodyInput}, made once per thread and pointed at each new
 * parser, is that cost exactly (its errors, too, are created only on the first error).
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class JsonBenchmark {
  static final byte[] BODY = HandWritten.utf8("{\"name\":\"widget\",\"price\":9.5,\"tags\":[\"a\",\"b\"]}");
  static final byte[] INVALID = HandWritten.utf8("{\"name\":\" \",\"price\":0,\"tags\":[\"a\",\"b\"]}");
  static final Item ITEM = new Item("widget", 9.5, List.of("a", "b"));
  static final ItemRef REF = new ItemRef(42, "foo");

  private final BodyInput input = new BodyInput();

  @Benchmark
  public Item readGenerated() {
    return readGenerated(BODY);
  }

  @Benchmark
  public Item readHandWritten() {
    return readHandWritten(BODY);
  }

  /** The 422 path: blank name and price 0, every error collected with its JSON pointer. */
  @Benchmark
  public Object readInvalidGenerated() {
    try (JsonParser parser = parser(INVALID)) {
      parser.nextToken();
      Item item = Item_JsonReader.read(input.reading(parser));
      return item != null ? item : input.errors();
    }
  }

  @Benchmark
  public Item readInvalidHandWritten() {
    return readHandWritten(INVALID);
  }

  @Benchmark
  public byte[] writeItemGenerated() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      Item_JsonWriter.write(g, ITEM);
    }
    return out.toByteArray();
  }

  @Benchmark
  public byte[] writeItemHandWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      HandWritten.writeItem(g, ITEM);
    }
    return out.toByteArray();
  }

  @Benchmark
  public byte[] writeItemRefGenerated() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      ItemRef_JsonWriter.write(g, REF);
    }
    return out.toByteArray();
  }

  @Benchmark
  public byte[] writeItemRefHandWritten() {
    ByteArrayOutputStream out = new ByteArrayOutputStream(128);
    try (JsonGenerator g = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      HandWritten.writeItemRef(g, REF);
    }
    return out.toByteArray();
  }

  Item readGenerated(byte[] body) {
    try (JsonParser parser = parser(body)) {
      parser.nextToken();
      return Item_JsonReader.read(input.reading(parser));
    }
  }

  static Item readHandWritten(byte[] body) {
    try (JsonParser parser = parser(body)) {
      parser.nextToken();
      return HandWritten.readItem(parser);
    }
  }

  private static JsonParser parser(byte[] body) {
    return Json.FACTORY.createParser(ObjectReadContext.empty(), new ByteArrayInputStream(body));
  }

  /** The input as the server's {@code Exchange} implements it: a parser, lazily created errors. */
  static final class BodyInput implements JsonInput {
    private JsonParser parser;
    private RequestErrors errors;

    /** Points this input at a new body's parser, with no errors yet. */
    BodyInput reading(JsonParser parser) {
      this.parser = parser;
      this.errors = null;
      return this;
    }

    @Override
    public JsonParser parser() {
      return parser;
    }

    @Override
    public RequestErrors errors() {
      if (errors == null) {
        errors = new RequestErrors();
      }
      return errors;
    }

    @Override
    public int errorCount() {
      return errors == null ? 0 : errors.count();
    }
  }
}

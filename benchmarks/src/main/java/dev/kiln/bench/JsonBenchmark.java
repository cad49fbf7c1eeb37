package dev.kiln.bench;

import dev.kiln.example.Item;
import dev.kiln.example.ItemRef;
import dev.kiln.example.ItemRef_JsonWriter;
import dev.kiln.example.Item_JsonReader;
import dev.kiln.example.Item_JsonWriter;
import dev.kiln.runtime.JsonInput;
import dev.kiln.runtime.Json;
import dev.kiln.runtime.RequestErrors;
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
    RequestErrors errors = new RequestErrors();
    try (JsonParser parser = parser(INVALID)) {
      parser.nextToken();
      Item item = Item_JsonReader.read(new JsonInput(parser, errors));
      return item != null ? item : errors;
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

  static Item readGenerated(byte[] body) {
    try (JsonParser parser = parser(body)) {
      parser.nextToken();
      return Item_JsonReader.read(new JsonInput(parser, new RequestErrors()));
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
}

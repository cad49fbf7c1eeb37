package dev.kiln.runtime.generated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.RequestError;
import java.io.StringWriter;
import java.math.BigDecimal;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.ZoneOffset;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.UUID;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonGenerator;
import tools.jackson.core.JsonParser;
import tools.jackson.core.ObjectReadContext;
import tools.jackson.core.ObjectWriteContext;

/** The runtime's JSON writers and readers that generated codecs call instead of copying them. */
class JsonCodecsTest {
  private final RequestErrors errors = new RequestErrors();

  private static <T> String write(T value, JsonWriter<T> writer) {
    StringWriter out = new StringWriter();
    try (JsonGenerator g = Json.FACTORY.createGenerator(ObjectWriteContext.empty(), out)) {
      writer.write(g, value);
    }
    return out.toString();
  }

  private <T> T read(String json, JsonReader<T> reader) {
    JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), json);
    parser.nextToken();
    return reader.read(JsonInput.of(parser, errors));
  }

  @Test
  void scalarsAreNullSafeAndUseTheDocumentFormats() {
    assertThat(write(null, JsonWriters::writeInteger)).isEqualTo("null");
    assertThat(write(null, JsonWriters::writeString)).isEqualTo("null");
    assertThat(write(null, JsonWriters::writeBigDecimal)).isEqualTo("null");
    assertThat(write(new BigDecimal("1.50"), JsonWriters::writeBigDecimal)).isEqualTo("1.50");
    assertThat(write(UUID.fromString("0c4a1e8e-0000-4000-8000-00000000002a"),
        JsonWriters::writeUuid)).isEqualTo("\"0c4a1e8e-0000-4000-8000-00000000002a\"");
    // seconds always written (toString() drops ":00")
    assertThat(write(LocalDateTime.of(2024, 1, 31, 13, 45), JsonWriters::writeLocalDateTime))
        .isEqualTo("\"2024-01-31T13:45:00\"");
    assertThat(write(OffsetDateTime.of(2024, 1, 31, 13, 45, 0, 0, ZoneOffset.ofHours(1)),
        JsonWriters::writeOffsetDateTime)).isEqualTo("\"2024-01-31T13:45:00+01:00\"");
  }

  @Test
  void containersNestAndWriteNullElements() {
    assertThat(write(List.of(List.of("a"), List.of()),
        JsonWriters.listOf(JsonWriters.listOf(JsonWriters::writeString))))
        .isEqualTo("[[\"a\"],[]]");
    Map<String, Optional<Integer>> map = new LinkedHashMap<>();
    map.put("x", Optional.of(1));
    map.put("y", Optional.empty());
    assertThat(write(map, JsonWriters.mapOf(JsonWriters.optionalOf(JsonWriters::writeInteger))))
        .isEqualTo("{\"x\":1,\"y\":null}");
    assertThat(write(new Integer[] {1, null}, JsonWriters.arrayOf(JsonWriters::writeInteger)))
        .isEqualTo("[1,null]");
    assertThat(write(new int[] {1, 2}, JsonWriters::writeIntArray)).isEqualTo("[1,2]");
    assertThat(write(new boolean[] {true}, JsonWriters::writeBooleanArray)).isEqualTo("[true]");
    assertThat(write(null, JsonWriters.listOf(JsonWriters::writeString))).isEqualTo("null");
  }

  @Test
  void containersReadInOrderAndReportEachWrongElementAtItsPointer() {
    assertThat(read("[[1,2],[3]]", JsonReaders.listOf(JsonReaders.listOf(JsonInput::readInt))))
        .containsExactly(List.of(1, 2), List.of(3));
    assertThat(read("[\"b\",\"a\",\"b\"]", JsonReaders.setOf(JsonInput::readString)))
        .containsExactly("b", "a");
    assertThat(read("{\"k\":null,\"j\":2}",
        JsonReaders.mapOf(JsonReaders.optionalOf(JsonInput::readInt))))
        .containsExactly(Map.entry("k", Optional.empty()), Map.entry("j", Optional.of(2)));
    assertThat(read("[1,2]", JsonReaders::readLongArray)).containsExactly(1L, 2L);
    assertThat(errors.count()).isZero();

    Set<String> names = read("[\"a\",7,null]", JsonReaders.setOf(JsonInput::readString));

    assertThat(names).containsExactly("a", null);
    assertThat(errors.list()).containsExactly(
        RequestError.body("/1", ErrorCodes.TYPE, "must be a string", false),
        RequestError.body("/2", ErrorCodes.NOT_NULL, "must not be null", false));
  }

  @Test
  void nullableArraysAndTextValues() {
    String[] words = read("[\"x\",null]",
        JsonReaders.arrayOf(JsonReaders.nullable(JsonInput::readString), String[]::new));
    assertThat(Arrays.asList(words)).containsExactly("x", null);
    assertThat(read("null", JsonReaders.nullable(JsonReaders.listOf(JsonInput::readInt))))
        .isNull();
    assertThat(read("\"2024-01-31\"",
        JsonReaders.textOf(Scalars::localDate, Scalars.LOCAL_DATE_MESSAGE)))
        .hasToString("2024-01-31");
    assertThat(errors.count()).isZero();

    assertThat(read("\"31.1.2024\"",
        JsonReaders.textOf(Scalars::localDate, Scalars.LOCAL_DATE_MESSAGE))).isNull();
    assertThat(errors.list()).containsExactly(RequestError.body("", ErrorCodes.INVALID_FORMAT,
        Scalars.LOCAL_DATE_MESSAGE, false));
  }

  @Test
  void seenRecordsADuplicateProperty() {
    JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), "{\"a\":1,\"a\":2}");
    parser.nextToken();
    JsonInput in = JsonInput.of(parser, errors);
    in.beginObject();
    long seen = 0L;
    in.nextField();
    seen = in.seen(seen, 0x1L);
    in.readInt();
    assertThat(errors.count()).isZero();
    in.nextField();
    seen = in.seen(seen, 0x1L);

    assertThat(seen).isEqualTo(0x1L);
    assertThat(errors.list()).containsExactly(RequestError.body("/a", ErrorCodes.DUPLICATE_FIELD,
        "must not appear twice in the object", false));
  }
}

package dev.kiln.runtime.generated;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeFormatter;
import java.util.Arrays;
import java.util.Collection;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.function.Function;
import tools.jackson.core.JsonGenerator;

/**
 * Null-safe JSON writers of the values Kiln maps (RFC 8259, text formats as in OpenAPI 3.1's
 * {@code format}s), called by generated code only. Each {@code write*} method writes JSON {@code
 * null} for {@code null} and is a {@link JsonWriter} by method reference; the {@code *Of}
 * factories compose writers for containers, e.g. {@code listOf(Item_JsonWriter::write)}.
 */
public final class JsonWriters {
  private JsonWriters() {}

  /** A string, or {@code null}. */
  public static void writeString(JsonGenerator g, String value) {
    g.writeString(value); // jackson-core writes JSON null for a null string
  }

  /** An {@code Integer} as a JSON number, or {@code null}. */
  public static void writeInteger(JsonGenerator g, Integer value) {
    writeNullable(g, value, (generator, v) -> generator.writeNumber(v.intValue()));
  }

  /** A {@code Long} as a JSON number, or {@code null}. */
  public static void writeLong(JsonGenerator g, Long value) {
    writeNullable(g, value, (generator, v) -> generator.writeNumber(v.longValue()));
  }

  /** A {@code Double} as a JSON number, or {@code null}. */
  public static void writeDouble(JsonGenerator g, Double value) {
    writeNullable(g, value, (generator, v) -> generator.writeNumber(v.doubleValue()));
  }

  /** A {@code Boolean}, or {@code null}. */
  public static void writeBoolean(JsonGenerator g, Boolean value) {
    writeNullable(g, value, (generator, v) -> generator.writeBoolean(v));
  }

  /** A {@code BigDecimal} as an exact JSON number, or {@code null}. */
  public static void writeBigDecimal(JsonGenerator g, BigDecimal value) {
    writeNullable(g, value, JsonGenerator::writeNumber);
  }

  /** A {@code BigInteger} as a JSON integer, or {@code null}. */
  public static void writeBigInteger(JsonGenerator g, BigInteger value) {
    writeNullable(g, value, JsonGenerator::writeNumber);
  }

  /** A UUID as {@code "8-4-4-4-12"} lower-case hexadecimal digits (format {@code uuid}). */
  public static void writeUuid(JsonGenerator g, UUID value) {
    writeText(g, value, UUID::toString);
  }

  /** A date as {@code "2024-01-31"} (format {@code date}). */
  public static void writeLocalDate(JsonGenerator g, LocalDate value) {
    writeText(g, value, LocalDate::toString);
  }

  /** A local date-time as {@code "2024-01-31T13:45:00"}, seconds always written. */
  public static void writeLocalDateTime(JsonGenerator g, LocalDateTime value) {
    // toString() drops zero seconds ("13:45"); the ISO formatter always writes them
    writeText(g, value, DateTimeFormatter.ISO_LOCAL_DATE_TIME::format);
  }

  /** An instant as {@code "2024-01-31T12:45:00Z"} (format {@code date-time}). */
  public static void writeInstant(JsonGenerator g, Instant value) {
    writeText(g, value, Instant::toString);
  }

  /**
   * A date-time with offset as {@code "2024-01-31T13:45:00+01:00"} (format {@code date-time}):
   * RFC 3339 requires the seconds, which {@code toString()} drops when zero.
   */
  public static void writeOffsetDateTime(JsonGenerator g, OffsetDateTime value) {
    writeText(g, value, DateTimeFormatter.ISO_OFFSET_DATE_TIME::format);
  }

  /** A duration as ISO 8601 {@code "PT15M"} (format {@code duration}). */
  public static void writeDuration(JsonGenerator g, Duration value) {
    writeText(g, value, Duration::toString);
  }

  /** An {@code int[]} as an array of numbers, or {@code null}. */
  public static void writeIntArray(JsonGenerator g, int[] value) {
    writeNullable(g, value, (generator, v) -> generator.writeArray(v, 0, v.length));
  }

  /** A {@code long[]} as an array of numbers, or {@code null}. */
  public static void writeLongArray(JsonGenerator g, long[] value) {
    writeNullable(g, value, (generator, v) -> generator.writeArray(v, 0, v.length));
  }

  /** A {@code double[]} as an array of numbers, or {@code null}. */
  public static void writeDoubleArray(JsonGenerator g, double[] value) {
    writeNullable(g, value, (generator, v) -> generator.writeArray(v, 0, v.length));
  }

  /** A {@code boolean[]} as an array of booleans, or {@code null}. */
  public static void writeBooleanArray(JsonGenerator g, boolean[] value) {
    writeNullable(g, value, (generator, v) -> {
      generator.writeStartArray();
      for (boolean element : v) {
        generator.writeBoolean(element);
      }
      generator.writeEndArray();
    });
  }

  /** A list or set as an array, each element written by {@code element}; or {@code null}. */
  public static <T> void writeList(JsonGenerator g, Collection<? extends T> value,
      JsonWriter<? super T> element) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartArray();
    for (T item : value) {
      element.write(g, item);
    }
    g.writeEndArray();
  }

  /** An object array as a JSON array, each element written by {@code element}; or null. */
  public static <T> void writeArray(JsonGenerator g, T[] value, JsonWriter<? super T> element) {
    writeList(g, value == null ? null : Arrays.asList(value), element);
  }

  /** A map as an object, each value written by {@code element}; or {@code null}. */
  public static <T> void writeMap(JsonGenerator g, Map<String, ? extends T> value,
      JsonWriter<? super T> element) {
    if (value == null) {
      g.writeNull();
      return;
    }
    g.writeStartObject();
    for (Map.Entry<String, ? extends T> entry : value.entrySet()) {
      g.writeName(entry.getKey());
      element.write(g, entry.getValue());
    }
    g.writeEndObject();
  }

  /** An optional's value written by {@code element}; {@code null} if empty or {@code null}. */
  public static <T> void writeOptional(JsonGenerator g, Optional<? extends T> value,
      JsonWriter<? super T> element) {
    if (value == null || value.isEmpty()) {
      g.writeNull();
    } else {
      element.write(g, value.get());
    }
  }

  /** The writer of a list or set whose elements {@code element} writes. */
  public static <T> JsonWriter<Collection<? extends T>> listOf(JsonWriter<? super T> element) {
    return (g, value) -> writeList(g, value, element);
  }

  /** The writer of an object array whose elements {@code element} writes. */
  public static <T> JsonWriter<T[]> arrayOf(JsonWriter<? super T> element) {
    return (g, value) -> writeArray(g, value, element);
  }

  /** The writer of a map whose values {@code element} writes. */
  public static <T> JsonWriter<Map<String, ? extends T>> mapOf(JsonWriter<? super T> element) {
    return (g, value) -> writeMap(g, value, element);
  }

  /** The writer of an optional whose value {@code element} writes. */
  public static <T> JsonWriter<Optional<? extends T>> optionalOf(JsonWriter<? super T> element) {
    return (g, value) -> writeOptional(g, value, element);
  }

  /**
   * The writer of an enum's constants as strings.
   *
   * @param wireName the generated codec's {@code wireName}, e.g. {@code Color_EnumCodec::wireName}
   */
  public static <E extends Enum<E>> JsonWriter<E> enumOf(Function<? super E, String> wireName) {
    return (g, value) -> writeString(g, value == null ? null : wireName.apply(value));
  }

  private static <T> void writeText(JsonGenerator g, T value, Function<T, String> format) {
    writeNullable(g, value, (generator, v) -> generator.writeString(format.apply(v)));
  }

  private static <T> void writeNullable(JsonGenerator g, T value, JsonWriter<T> present) {
    if (value == null) {
      g.writeNull();
    } else {
      present.write(g, value);
    }
  }
}

package dev.kiln.runtime.generated;

import java.util.ArrayList;
import java.util.Collection;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.IntFunction;

/**
 * JSON readers of containers and of values read through a parser function, called by generated
 * code only. Each {@code read*} method reads the value at the input's current token like {@link
 * JsonInput}'s own: a wrong value is recorded with its JSON pointer and yields {@code null}; the
 * {@code *Of} factories make {@link JsonReader}s of them for nested types, e.g. {@code
 * listOf(Item_JsonReader::read)}.
 */
public final class JsonReaders {
  private JsonReaders() {}

  /** Reads an array into a list (in order), each element read by {@code element}. */
  public static <T> List<T> readList(JsonInput in, JsonReader<? extends T> element) {
    return readInto(in, element, new ArrayList<>());
  }

  /** Reads an array into a set that keeps the first occurrence's order. */
  public static <T> Set<T> readSet(JsonInput in, JsonReader<? extends T> element) {
    return readInto(in, element, new LinkedHashSet<>());
  }

  /** Reads an object into a map (in order), each value read by {@code element}. */
  public static <T> Map<String, T> readMap(JsonInput in, JsonReader<? extends T> element) {
    if (!in.beginObject()) {
      return null;
    }
    Map<String, T> map = new LinkedHashMap<>();
    for (String key = in.nextField(); key != null; key = in.nextField()) {
      map.put(key, element.read(in));
    }
    return map;
  }

  /** Reads JSON {@code null} as {@code null}, anything else with {@code value}. */
  public static <T> T readNullable(JsonInput in, JsonReader<? extends T> value) {
    return in.isNull() ? null : value.read(in);
  }

  /** Reads JSON {@code null} as empty, anything else with {@code value}. */
  public static <T> Optional<T> readOptional(JsonInput in, JsonReader<? extends T> value) {
    return in.isNull() ? Optional.empty() : Optional.ofNullable(value.read(in));
  }

  /** The reader of a JSON array as a list. */
  public static <T> JsonReader<List<T>> listOf(JsonReader<? extends T> element) {
    return in -> readList(in, element);
  }

  /** The reader of a JSON array as a set. */
  public static <T> JsonReader<Set<T>> setOf(JsonReader<? extends T> element) {
    return in -> readSet(in, element);
  }

  /** The reader of a JSON object as a map. */
  public static <T> JsonReader<Map<String, T>> mapOf(JsonReader<? extends T> element) {
    return in -> readMap(in, element);
  }

  /** The reader of a value that may be JSON {@code null}. */
  public static <T> JsonReader<T> nullable(JsonReader<? extends T> value) {
    return in -> readNullable(in, value);
  }

  /** The reader of an {@code Optional}: JSON {@code null} is empty. */
  public static <T> JsonReader<Optional<T>> optionalOf(JsonReader<? extends T> value) {
    return in -> readOptional(in, value);
  }

  /** The reader of an object array: a list first, then {@code array} sized to it. */
  public static <T> JsonReader<T[]> arrayOf(JsonReader<? extends T> element,
      IntFunction<T[]> array) {
    return in -> toArray(readList(in, element), array);
  }

  /** The reader of an enum constant by its wire name; see {@link JsonInput#readEnum}. */
  public static <E extends Enum<E>> JsonReader<E> enumOf(Function<String, E> parse,
      String allowed) {
    return in -> in.readEnum(parse, allowed);
  }

  /** The reader of a string in a type's text format; see {@link JsonInput#readText}. */
  public static <T> JsonReader<T> textOf(Function<String, T> parse, String message) {
    return in -> in.readText(parse, message);
  }

  /** {@code list} as an array made by {@code array}, or {@code null} for {@code null}. */
  public static <T> T[] toArray(List<? extends T> list, IntFunction<T[]> array) {
    return list == null ? null : list.toArray(array.apply(list.size()));
  }

  /** {@code list} as an {@code int[]}, or {@code null}; a {@code null} element reads as 0. */
  public static int[] toIntArray(List<Integer> list) {
    return list == null ? null : list.stream().mapToInt(JsonReaders::orZero).toArray();
  }

  /** {@code list} as a {@code long[]}, or {@code null}; a {@code null} element reads as 0. */
  public static long[] toLongArray(List<Long> list) {
    return list == null ? null : list.stream().mapToLong(v -> v == null ? 0L : v).toArray();
  }

  /** {@code list} as a {@code double[]}, or {@code null}; a {@code null} element reads as 0. */
  public static double[] toDoubleArray(List<Double> list) {
    return list == null ? null : list.stream().mapToDouble(v -> v == null ? 0d : v).toArray();
  }

  /** {@code list} as a {@code boolean[]}, or {@code null}; a {@code null} element is false. */
  public static boolean[] toBooleanArray(List<Boolean> list) {
    if (list == null) {
      return null;
    }
    boolean[] array = new boolean[list.size()];
    for (int i = 0; i < array.length; i++) {
      array[i] = Boolean.TRUE.equals(list.get(i));
    }
    return array;
  }

  /** Reads an array of integers into an {@code int[]}. */
  public static int[] readIntArray(JsonInput in) {
    return toIntArray(readList(in, JsonInput::readInt));
  }

  /** Reads an array of integers into a {@code long[]}. */
  public static long[] readLongArray(JsonInput in) {
    return toLongArray(readList(in, JsonInput::readLong));
  }

  /** Reads an array of numbers into a {@code double[]}. */
  public static double[] readDoubleArray(JsonInput in) {
    return toDoubleArray(readList(in, JsonInput::readDouble));
  }

  /** Reads an array of booleans into a {@code boolean[]}. */
  public static boolean[] readBooleanArray(JsonInput in) {
    return toBooleanArray(readList(in, JsonInput::readBoolean));
  }

  private static <T, C extends Collection<T>> C readInto(JsonInput in,
      JsonReader<? extends T> element, C collection) {
    if (!in.beginArray()) {
      return null;
    }
    while (in.nextElement()) {
      collection.add(element.read(in));
    }
    return collection;
  }

  private static int orZero(Integer value) {
    return value == null ? 0 : value;
  }
}

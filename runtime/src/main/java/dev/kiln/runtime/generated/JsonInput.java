package dev.kiln.runtime.generated;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.RequestError;
import java.util.Objects;
import java.util.function.Function;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonPointer;
import tools.jackson.core.JsonToken;
import tools.jackson.core.TokenStreamContext;

/**
 * The small API generated JSON readers use: typed reads of the parser's <em>current</em> token
 * that collect {@link RequestError}s (with RFC 6901 pointers) instead of stopping at the first.
 *
 * <p>Each {@code read*} method reads the value at the current token and leaves the parser on its
 * last token, also after an error; a wrong value is recorded and yields a default ({@code 0},
 * {@code false} or {@code null}). Object and array loops advance with {@link #nextField()} and
 * {@link #nextElement()}. Malformed JSON surfaces as Jackson's {@code StreamReadException}.
 *
 * <p>Every method but {@link #parser()}, {@link #errors()} and {@link #errorCount()} is a default
 * built on those three. The server's input is the request's exchange while {@link
 * RouteExchange#readJson} runs, so a body allocates no input object; {@link #of} makes one for
 * other callers. An input is valid only while its reader's {@code read} runs: keep none.
 */
public interface JsonInput {
  /** An input reading from {@code parser}, adding errors to {@code errors}. */
  static JsonInput of(JsonParser parser, RequestErrors errors) {
    Objects.requireNonNull(parser, "parser");
    Objects.requireNonNull(errors, "errors");
    return new JsonInput() {
      @Override
      public JsonParser parser() {
        return parser;
      }

      @Override
      public RequestErrors errors() {
        return errors;
      }

      @Override
      public int errorCount() {
        return errors.count();
      }
    };
  }

  /**
   * The parser of the JSON being read.
   *
   * @throws IllegalStateException if no JSON is being read (an exchange outside {@link
   *     RouteExchange#readJson})
   */
  JsonParser parser();

  /** The errors of this request; errors found while reading are added here. */
  RequestErrors errors();

  /** The number of errors found so far in this request, without creating {@link #errors()}. */
  int errorCount();

  /** Whether the current token is JSON {@code null}. */
  default boolean isNull() {
    return parser().currentToken() == JsonToken.VALUE_NULL;
  }

  /**
   * Checks that the current token starts an object; if not, records a type error ({@code
   * must be an object}), skips the value and returns {@code false}.
   */
  default boolean beginObject() {
    return expect(JsonToken.START_OBJECT, "must be an object");
  }

  /**
   * Checks that the current token starts an array; if not, records a type error ({@code must be
   * an array}), skips the value and returns {@code false}.
   */
  default boolean beginArray() {
    return expect(JsonToken.START_ARRAY, "must be an array");
  }

  /**
   * Moves to the next property of the current object and then to its value; returns the
   * property's name, or {@code null} at the end of the object.
   */
  default String nextField() {
    JsonParser parser = parser();
    String name = parser.nextName();
    if (name != null) {
      parser.nextToken();
    }
    return name;
  }

  /** Moves to the next element of the current array; {@code false} at the end of the array. */
  default boolean nextElement() {
    return parser().nextToken() != JsonToken.END_ARRAY;
  }

  /** Skips the current value (an unknown property), including any children. */
  default void skipValue() {
    parser().skipChildren();
  }

  /** Reads a string. */
  default String readString() {
    JsonParser parser = parser();
    if (parser.currentToken() == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    wrongType("must be a string");
    return null;
  }

  /** Reads a boolean. */
  default boolean readBoolean() {
    JsonToken token = parser().currentToken();
    if (token == JsonToken.VALUE_TRUE || token == JsonToken.VALUE_FALSE) {
      return token == JsonToken.VALUE_TRUE;
    }
    wrongType("must be a boolean");
    return false;
  }

  /** Reads an integer in the range of {@code int}. */
  default int readInt() {
    JsonParser parser = parser();
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      wrongType("must be an integer");
      return 0;
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type != JsonParser.NumberType.INT) {
      error(ErrorCodes.OUT_OF_RANGE, "must be between -2147483648 and 2147483647", false);
      return 0;
    }
    return parser.getIntValue();
  }

  /** Reads an integer in the range of {@code long}. */
  default long readLong() {
    JsonParser parser = parser();
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      wrongType("must be an integer");
      return 0L;
    }
    JsonParser.NumberType type = parser.getNumberType();
    if (type == JsonParser.NumberType.BIG_INTEGER) {
      error(ErrorCodes.OUT_OF_RANGE,
          "must be between -9223372036854775808 and 9223372036854775807", false);
      return 0L;
    }
    return parser.getLongValue();
  }

  /** Reads a finite number (JSON integer or decimal) as a {@code double}. */
  default double readDouble() {
    JsonParser parser = parser();
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType("must be a number");
      return 0d;
    }
    double value = parser.getDoubleValue();
    if (Double.isInfinite(value)) {
      error(ErrorCodes.OUT_OF_RANGE, "must be a finite double-precision number", false);
      return 0d;
    }
    return value;
  }

  /** Reads a JSON number as an exact {@code BigDecimal}. */
  default java.math.BigDecimal readBigDecimal() {
    JsonParser parser = parser();
    JsonToken token = parser.currentToken();
    if (token != JsonToken.VALUE_NUMBER_INT && token != JsonToken.VALUE_NUMBER_FLOAT) {
      wrongType("must be a number");
      return null;
    }
    try {
      return parser.getDecimalValue();
    } catch (NumberFormatException e) {
      // an exponent beyond the range of int (1e99999999999), found by fuzzing
      error(ErrorCodes.OUT_OF_RANGE,
          "must have an exponent between -2147483648 and 2147483647", false);
      return null;
    }
  }

  /** Reads a JSON integer as a {@code BigInteger}. */
  default java.math.BigInteger readBigInteger() {
    JsonParser parser = parser();
    if (parser.currentToken() != JsonToken.VALUE_NUMBER_INT) {
      wrongType("must be an integer");
      return null;
    }
    return parser.getBigIntegerValue();
  }

  /**
   * Reads a JSON string in a type's text format (see {@link Scalars}).
   *
   * @param parse the strict parser, {@code null} for text not in the format
   * @param message the error message when it is not, e.g. {@link Scalars#UUID_MESSAGE}
   */
  default <T> T readText(Function<String, T> parse, String message) {
    String text = readString();
    if (text == null) {
      return null;
    }
    T value = parse.apply(text);
    if (value == null) {
      error(ErrorCodes.INVALID_FORMAT, message, false);
    }
    return value;
  }

  /**
   * Records a constraint violation at the current value (e.g. {@code not_blank}), unless that
   * value or a value inside it already has an error (a type error makes constraints moot).
   */
  default void violation(String code, String message) {
    String pointer = currentPointer();
    RequestErrors errors = errors();
    if (!errors.hasErrorAt(pointer)) {
      errors.add(RequestError.body(pointer, code, message, false));
    }
  }

  /**
   * Records a constraint violation of the property {@code field}, absent from the object just
   * read (the parser is on its {@code END_OBJECT}), whose default value ({@code null}, an empty
   * list or {@code Optional}) breaks the constraint, e.g. {@code @NotEmpty} on a list.
   */
  default void absentViolation(String field, String code, String message) {
    String pointer = currentPointer() + "/" + escape(field);
    errors().add(RequestError.body(pointer, code, message, false));
  }

  /**
   * Reads an enum constant from a string.
   *
   * @param parse the generated lookup from wire name to constant, {@code null} if unknown
   * @param allowed the wire names, comma-separated, for the error message
   */
  default <E extends Enum<E>> E readEnum(Function<String, E> parse, String allowed) {
    String text = readString();
    if (text == null) {
      return null;
    }
    E value = parse.apply(text);
    if (value == null) {
      error(ErrorCodes.ENUM, "must be one of: " + allowed, false);
    }
    return value;
  }

  /** Records that the current value is JSON {@code null} where a value is required. */
  default void nullNotAllowed() {
    error(ErrorCodes.NOT_NULL, "must not be null", false);
  }

  /**
   * Records that the object just read (the parser is on its {@code END_OBJECT}) lacks the
   * required property {@code field}.
   */
  default void missing(String field) {
    String pointer = currentPointer() + "/" + escape(field);
    errors().add(RequestError.body(pointer, ErrorCodes.MISSING, "is required", false));
  }

  /** Records that the current property appeared twice in its object. */
  default void duplicate() {
    error(ErrorCodes.DUPLICATE_FIELD, "must not appear twice in the object", false);
  }

  /**
   * Notes that the property with bit {@code bit} of {@code seen} was read (one bit per property
   * of a record, 64 to a mask), recording a duplicate if it was read before.
   *
   * @return {@code seen} with {@code bit} set
   */
  default long seen(long seen, long bit) {
    if ((seen & bit) != 0) {
      duplicate();
    }
    return seen | bit;
  }

  /** Records an error at the current value. */
  default void error(String code, String message, boolean syntax) {
    errors().add(RequestError.body(currentPointer(), code, message, syntax));
  }

  private boolean expect(JsonToken token, String message) {
    if (parser().currentToken() == token) {
      return true;
    }
    wrongType(message);
    return false;
  }

  private void wrongType(String message) {
    JsonParser parser = parser();
    if (parser.currentToken() == JsonToken.VALUE_NULL) {
      nullNotAllowed();
    } else {
      error(ErrorCodes.TYPE, message, false);
      parser.skipChildren();
    }
  }

  /**
   * The RFC 6901 pointer of the current value. Jackson's context path already points at the
   * value, also on the {@code START_*} and {@code END_*} tokens of a container.
   */
  private String currentPointer() {
    return pointerOf(parser().streamReadContext());
  }

  private static String pointerOf(TokenStreamContext context) {
    JsonPointer pointer = context.pathAsPointer();
    return pointer.toString();
  }

  private static String escape(String field) {
    if (field.indexOf('~') < 0 && field.indexOf('/') < 0) {
      return field;
    }
    return field.replace("~", "~0").replace("/", "~1");
  }
}

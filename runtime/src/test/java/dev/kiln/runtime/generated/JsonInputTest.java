package dev.kiln.runtime.generated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.RequestError;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

class JsonInputTest {
  private static final String INT_RANGE = "must be between -2147483648 and 2147483647";
  private static final String LONG_RANGE =
      "must be between -9223372036854775808 and 9223372036854775807";

  private final RequestErrors errors = new RequestErrors();
  private JsonParser parser;

  enum Color {
    RED, GREEN;

    static Color parse(String wire) {
      switch (wire) {
        case "red": return RED;
        case "green": return GREEN;
        default: return null;
      }
    }
  }

  /** An input on the first token of {@code json}. */
  private JsonInput input(String json) {
    parser = Json.FACTORY.createParser(ObjectReadContext.empty(), json);
    parser.nextToken();
    return JsonInput.of(parser, errors);
  }

  /** An input on the value of the root object's first property. */
  private JsonInput inputAtFirstField(String json) {
    JsonInput input = input(json);
    assertThat(input.beginObject()).isTrue();
    assertThat(input.nextField()).isNotNull();
    return input;
  }

  private static RequestError body(String pointer, String code, String message) {
    return RequestError.body(pointer, code, message, false);
  }

  /** A generic reader: objects, arrays and ints; records every wrong leaf. */
  private static void readInts(JsonInput in) {
    JsonToken token = in.parser().currentToken();
    if (token == JsonToken.START_OBJECT) {
      while (in.nextField() != null) {
        readInts(in);
      }
    } else if (token == JsonToken.START_ARRAY) {
      while (in.nextElement()) {
        readInts(in);
      }
    } else {
      in.readInt();
    }
  }

  @Test
  void pointersOfNestedObjectsAndArrays() {
    JsonInput in = input("{\"a\":{\"b\":[1,2,\"x\",[4,true]]},\"c\":[{\"d\":null}],\"e\":1.5}");
    readInts(in);
    assertThat(parser.nextToken()).isNull();
    assertThat(errors.list()).containsExactly(
        body("/a/b/2", ErrorCodes.TYPE, "must be an integer"),
        body("/a/b/3/1", ErrorCodes.TYPE, "must be an integer"),
        body("/c/0/d", ErrorCodes.NOT_NULL, "must not be null"),
        body("/e", ErrorCodes.TYPE, "must be an integer"));
    assertThat(in.errorCount()).isEqualTo(4);
  }

  @Test
  void rootValuePointerIsEmpty() {
    input("\"x\"").readInt();
    assertThat(errors.list()).containsExactly(body("", ErrorCodes.TYPE, "must be an integer"));
  }

  @Test
  void rootArrayElementPointers() {
    JsonInput in = input("[0,\"x\"]");
    readInts(in);
    assertThat(errors.list()).containsExactly(body("/1", ErrorCodes.TYPE, "must be an integer"));
  }

  @Test
  void missingAfterTheRootObject() {
    JsonInput in = input("{\"a\":1}");
    while (in.nextField() != null) {
      in.skipValue();
    }
    assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
    in.missing("name");
    assertThat(errors.list()).containsExactly(body("/name", ErrorCodes.MISSING, "is required"));
  }

  @Test
  void missingAfterAnEmptyRootObject() {
    JsonInput in = input("{}");
    assertThat(in.nextField()).isNull();
    in.missing("name");
    assertThat(errors.list()).containsExactly(body("/name", ErrorCodes.MISSING, "is required"));
  }

  @Test
  void missingAfterNestedObjects() {
    JsonInput in = input("{\"a\":{\"b\":{\"x\":1},\"c\":{}},\"z\":0}");
    assertThat(in.nextField()).isEqualTo("a");
    assertThat(in.beginObject()).isTrue();
    assertThat(in.nextField()).isEqualTo("b");
    assertThat(in.beginObject()).isTrue();
    assertThat(in.nextField()).isEqualTo("x");
    assertThat(in.readInt()).isEqualTo(1);
    assertThat(in.nextField()).isNull();
    in.missing("y"); // end of /a/b
    assertThat(in.nextField()).isEqualTo("c");
    assertThat(in.beginObject()).isTrue();
    assertThat(in.nextField()).isNull();
    in.missing("y"); // end of the empty /a/c
    assertThat(in.nextField()).isNull();
    in.missing("d"); // end of /a
    assertThat(in.nextField()).isEqualTo("z");
    in.skipValue();
    assertThat(in.nextField()).isNull();
    in.missing("w"); // end of the root
    assertThat(errors.list()).extracting(RequestError::pointer)
        .containsExactly("/a/b/y", "/a/c/y", "/a/d", "/w");
  }

  @Test
  void missingAfterObjectsInArrays() {
    JsonInput in = input("{\"items\":[{\"x\":1},{},[{}]]}");
    assertThat(in.nextField()).isEqualTo("items");
    assertThat(in.beginArray()).isTrue();
    List<String> pointers = new ArrayList<>();
    assertThat(in.nextElement()).isTrue();
    in.skipValue();
    in.missing("y");
    assertThat(in.nextElement()).isTrue();
    assertThat(in.beginObject()).isTrue();
    assertThat(in.nextField()).isNull();
    in.missing("y");
    assertThat(in.nextElement()).isTrue();
    assertThat(in.beginArray()).isTrue();
    assertThat(in.nextElement()).isTrue();
    assertThat(in.beginObject()).isTrue();
    assertThat(in.nextField()).isNull();
    in.missing("y");
    assertThat(in.nextElement()).isFalse();
    assertThat(in.nextElement()).isFalse();
    assertThat(in.nextField()).isNull();
    for (RequestError error : errors.list()) {
      pointers.add(error.pointer());
    }
    assertThat(pointers).containsExactly("/items/0/y", "/items/1/y", "/items/2/0/y");
  }

  @Test
  void missingInARootArray() {
    JsonInput in = input("[{}]");
    assertThat(in.nextElement()).isTrue();
    assertThat(in.beginObject()).isTrue();
    assertThat(in.nextField()).isNull();
    in.missing("id");
    assertThat(errors.list()).extracting(RequestError::pointer).containsExactly("/0/id");
  }

  @Test
  void fieldNamesAreEscapedPerRfc6901() {
    JsonInput in = input("{\"a/b\":{\"m~n\":\"x\",\"~1\":{}}}");
    assertThat(in.nextField()).isEqualTo("a/b");
    assertThat(in.beginObject()).isTrue();
    assertThat(in.nextField()).isEqualTo("m~n");
    in.readInt();
    assertThat(in.nextField()).isEqualTo("~1");
    assertThat(in.beginObject()).isTrue();
    assertThat(in.nextField()).isNull();
    in.missing("c/d~e");
    assertThat(in.nextField()).isNull();
    in.missing("/");
    assertThat(errors.list()).extracting(RequestError::pointer)
        .containsExactly("/a~1b/m~0n", "/a~1b/~01/c~1d~0e", "/a~1b/~1");
  }

  @Test
  void emptyAndNumericFieldNames() {
    JsonInput in = input("{\"\":{\"0\":\"x\"}}");
    assertThat(in.nextField()).isEmpty();
    assertThat(in.beginObject()).isTrue();
    assertThat(in.nextField()).isEqualTo("0");
    in.readInt();
    assertThat(errors.list()).extracting(RequestError::pointer).containsExactly("//0");
  }

  @Test
  void ints() {
    assertThat(inputAtFirstField("{\"n\":2147483647}").readInt()).isEqualTo(Integer.MAX_VALUE);
    assertThat(inputAtFirstField("{\"n\":-2147483648}").readInt()).isEqualTo(Integer.MIN_VALUE);
    assertThat(inputAtFirstField("{\"n\":-0}").readInt()).isZero();
    assertThat(errors.list()).isEmpty();
  }

  @Test
  void intOverflow() {
    assertThat(inputAtFirstField("{\"n\":2147483648}").readInt()).isZero();
    assertThat(inputAtFirstField("{\"n\":-2147483649}").readInt()).isZero();
    assertThat(inputAtFirstField("{\"n\":99999999999999999999}").readInt()).isZero();
    assertThat(errors.list()).containsOnly(body("/n", ErrorCodes.OUT_OF_RANGE, INT_RANGE))
        .hasSize(3);
  }

  @Test
  void longs() {
    assertThat(inputAtFirstField("{\"n\":9223372036854775807}").readLong())
        .isEqualTo(Long.MAX_VALUE);
    assertThat(inputAtFirstField("{\"n\":-9223372036854775808}").readLong())
        .isEqualTo(Long.MIN_VALUE);
    assertThat(inputAtFirstField("{\"n\":7}").readLong()).isEqualTo(7L);
    assertThat(errors.list()).isEmpty();
  }

  @Test
  void longOverflow() {
    assertThat(inputAtFirstField("{\"n\":9223372036854775808}").readLong()).isZero();
    assertThat(inputAtFirstField("{\"n\":-9223372036854775809}").readLong()).isZero();
    assertThat(errors.list()).containsOnly(body("/n", ErrorCodes.OUT_OF_RANGE, LONG_RANGE))
        .hasSize(2);
  }

  @Test
  void doubles() {
    assertThat(inputAtFirstField("{\"n\":9.5}").readDouble()).isEqualTo(9.5);
    assertThat(inputAtFirstField("{\"n\":3}").readDouble()).isEqualTo(3d);
    assertThat(inputAtFirstField("{\"n\":-1e3}").readDouble()).isEqualTo(-1000d);
    assertThat(inputAtFirstField("{\"n\":1e-400}").readDouble()).isZero();
    assertThat(errors.list()).isEmpty();
  }

  @Test
  void infiniteDoubleIsOutOfRange() {
    assertThat(inputAtFirstField("{\"n\":1e999}").readDouble()).isZero();
    assertThat(inputAtFirstField("{\"n\":-1e999}").readDouble()).isZero();
    assertThat(errors.list()).containsOnly(
        body("/n", ErrorCodes.OUT_OF_RANGE, "must be a finite double-precision number"))
        .hasSize(2);
  }

  @Test
  void nullIsNotNullForEveryRead() {
    String json = "{\"n\":null}";
    assertThat(inputAtFirstField(json).isNull()).isTrue();
    assertThat(inputAtFirstField(json).readString()).isNull();
    assertThat(inputAtFirstField(json).readInt()).isZero();
    assertThat(inputAtFirstField(json).readLong()).isZero();
    assertThat(inputAtFirstField(json).readDouble()).isZero();
    assertThat(inputAtFirstField(json).readBoolean()).isFalse();
    assertThat(inputAtFirstField(json).beginObject()).isFalse();
    assertThat(inputAtFirstField(json).beginArray()).isFalse();
    assertThat(inputAtFirstField(json).readEnum(Color::parse, "red, green")).isNull();
    assertThat(errors.list()).containsOnly(body("/n", ErrorCodes.NOT_NULL, "must not be null"))
        .hasSize(8);
  }

  @Test
  void wrongTypes() {
    assertThat(inputAtFirstField("{\"n\":1}").readString()).isNull();
    assertThat(inputAtFirstField("{\"n\":\"1\"}").readInt()).isZero();
    assertThat(inputAtFirstField("{\"n\":1.0}").readInt()).isZero();
    assertThat(inputAtFirstField("{\"n\":1.0}").readLong()).isZero();
    assertThat(inputAtFirstField("{\"n\":\"1.5\"}").readDouble()).isZero();
    assertThat(inputAtFirstField("{\"n\":\"true\"}").readBoolean()).isFalse();
    assertThat(inputAtFirstField("{\"n\":0}").readBoolean()).isFalse();
    assertThat(inputAtFirstField("{\"n\":[]}").beginObject()).isFalse();
    assertThat(inputAtFirstField("{\"n\":{}}").beginArray()).isFalse();
    assertThat(errors.list()).containsExactly(
        body("/n", ErrorCodes.TYPE, "must be a string"),
        body("/n", ErrorCodes.TYPE, "must be an integer"),
        body("/n", ErrorCodes.TYPE, "must be an integer"),
        body("/n", ErrorCodes.TYPE, "must be an integer"),
        body("/n", ErrorCodes.TYPE, "must be a number"),
        body("/n", ErrorCodes.TYPE, "must be a boolean"),
        body("/n", ErrorCodes.TYPE, "must be a boolean"),
        body("/n", ErrorCodes.TYPE, "must be an object"),
        body("/n", ErrorCodes.TYPE, "must be an array"));
  }

  @Test
  void wrongTypeSkipsTheWholeValueAndReadingGoesOn() {
    JsonInput in = input("{\"a\":{\"x\":[1,{\"y\":2}]},\"b\":[[1],{}],\"c\":3}");
    assertThat(in.nextField()).isEqualTo("a");
    assertThat(in.readString()).isNull();
    assertThat(parser.currentToken()).isEqualTo(JsonToken.END_OBJECT);
    assertThat(in.nextField()).isEqualTo("b");
    assertThat(in.readInt()).isZero();
    assertThat(parser.currentToken()).isEqualTo(JsonToken.END_ARRAY);
    assertThat(in.nextField()).isEqualTo("c");
    assertThat(in.readInt()).isEqualTo(3);
    assertThat(in.nextField()).isNull();
    assertThat(parser.nextToken()).isNull();
    assertThat(errors.list()).containsExactly(
        body("/a", ErrorCodes.TYPE, "must be a string"),
        body("/b", ErrorCodes.TYPE, "must be an integer"));
  }

  @Test
  void stringsAndBooleans() {
    assertThat(inputAtFirstField("{\"s\":\"caf\\u00e9\"}").readString()).isEqualTo("café");
    assertThat(inputAtFirstField("{\"b\":true}").readBoolean()).isTrue();
    assertThat(inputAtFirstField("{\"b\":false}").readBoolean()).isFalse();
    assertThat(errors.list()).isEmpty();
  }

  @Test
  void readEnum() {
    assertThat(inputAtFirstField("{\"c\":\"green\"}").readEnum(Color::parse, "red, green"))
        .isEqualTo(Color.GREEN);
    assertThat(errors.list()).isEmpty();
    assertThat(inputAtFirstField("{\"c\":\"GREEN\"}").readEnum(Color::parse, "red, green"))
        .isNull();
    assertThat(inputAtFirstField("{\"c\":1}").readEnum(Color::parse, "red, green")).isNull();
    assertThat(errors.list()).containsExactly(
        body("/c", ErrorCodes.ENUM, "must be one of: red, green"),
        body("/c", ErrorCodes.TYPE, "must be a string"));
  }

  @Test
  void duplicateAndCustomErrors() {
    JsonInput in = inputAtFirstField("{\"a\":{\"b\":1}}");
    assertThat(in.nextField()).isEqualTo("b");
    in.duplicate();
    in.error("custom", "is odd", true);
    assertThat(errors.list()).containsExactly(
        body("/a/b", ErrorCodes.DUPLICATE_FIELD, "must not appear twice in the object"),
        RequestError.body("/a/b", "custom", "is odd", true));
    assertThat(errors.status()).isEqualTo(400);
  }
}

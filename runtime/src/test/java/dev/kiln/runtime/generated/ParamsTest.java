package dev.kiln.runtime.generated;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.Exchange;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.support.FakeHttpExchange;
import java.util.Locale;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class ParamsTest {
  private static final String INT_RANGE = "must be between -2147483648 and 2147483647";
  private static final String LONG_RANGE =
      "must be between -9223372036854775808 and 9223372036854775807";

  private final RouteExchange exchange = FakeHttpExchange.exchange("/x");

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

  private static RequestError error(String code, String message, boolean syntax) {
    return RequestError.param(ParamIn.QUERY, "n", code, message, syntax);
  }

  private void assertNoErrors() {
    assertThat(exchange.errors().list()).isEmpty();
  }

  private void assertOnlyError(String code, String message, boolean syntax) {
    assertThat(exchange.errors().list()).containsExactly(error(code, message, syntax));
  }

  // int

  @Test
  void intValues() {
    assertThat(Params.toInt(exchange.errors(), ParamIn.QUERY, "n", "42")).isEqualTo(42);
    assertThat(Params.toInt(exchange.errors(), ParamIn.QUERY, "n", "-7")).isEqualTo(-7);
    assertThat(Params.toInt(exchange.errors(), ParamIn.QUERY, "n", "+5")).isEqualTo(5);
    assertThat(Params.toInt(exchange.errors(), ParamIn.QUERY, "n", "007")).isEqualTo(7);
    assertThat(Params.toInt(exchange.errors(), ParamIn.QUERY, "n", "-0")).isZero();
    assertThat(Params.toInt(exchange.errors(), ParamIn.QUERY, "n", "2147483647"))
        .isEqualTo(Integer.MAX_VALUE);
    assertThat(Params.toInt(exchange.errors(), ParamIn.QUERY, "n", "-2147483648"))
        .isEqualTo(Integer.MIN_VALUE);
    assertNoErrors();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "+", "1e3", "0x10", "1.0", "1.", " 1", "1 ", "--1", "+-1", "1_000",
      "NaN", "Infinity", "abc", "١٢"})
  void unparsableIntIsInvalidFormat(String raw) {
    assertThat(Params.toInt(exchange.errors(), ParamIn.QUERY, "n", raw)).isZero();
    assertOnlyError(ErrorCodes.INVALID_FORMAT, "must be an integer", true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"2147483648", "-2147483649", "9223372036854775807",
      "9223372036854775808", "-99999999999999999999999"})
  void intOutOfRange(String raw) {
    assertThat(Params.toInt(exchange.errors(), ParamIn.QUERY, "n", raw)).isZero();
    assertOnlyError(ErrorCodes.OUT_OF_RANGE, INT_RANGE, false);
  }

  @Test
  void absentIntIsMissing() {
    assertThat(Params.toInt(exchange.errors(), ParamIn.QUERY, "n", null)).isZero();
    assertOnlyError(ErrorCodes.MISSING, "is required", false);
  }

  // long

  @Test
  void longValues() {
    assertThat(Params.toLong(exchange.errors(), ParamIn.QUERY, "n", "9223372036854775807"))
        .isEqualTo(Long.MAX_VALUE);
    assertThat(Params.toLong(exchange.errors(), ParamIn.QUERY, "n", "-9223372036854775808"))
        .isEqualTo(Long.MIN_VALUE);
    assertThat(Params.toLong(exchange.errors(), ParamIn.QUERY, "n", "+5")).isEqualTo(5L);
    assertNoErrors();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "1e3", "0x10", "NaN", "Infinity", "5L"})
  void unparsableLongIsInvalidFormat(String raw) {
    assertThat(Params.toLong(exchange.errors(), ParamIn.QUERY, "n", raw)).isZero();
    assertOnlyError(ErrorCodes.INVALID_FORMAT, "must be an integer", true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"9223372036854775808", "-9223372036854775809", "1000000000000000000000"})
  void longOutOfRange(String raw) {
    assertThat(Params.toLong(exchange.errors(), ParamIn.QUERY, "n", raw)).isZero();
    assertOnlyError(ErrorCodes.OUT_OF_RANGE, LONG_RANGE, false);
  }

  @Test
  void absentLongIsMissing() {
    assertThat(Params.toLong(exchange.errors(), ParamIn.QUERY, "n", null)).isZero();
    assertOnlyError(ErrorCodes.MISSING, "is required", false);
  }

  // double

  @Test
  void doubleValues() {
    assertThat(Params.toDouble(exchange.errors(), ParamIn.QUERY, "n", "9.5")).isEqualTo(9.5);
    assertThat(Params.toDouble(exchange.errors(), ParamIn.QUERY, "n", "1e3")).isEqualTo(1000d);
    assertThat(Params.toDouble(exchange.errors(), ParamIn.QUERY, "n", "-1E-3")).isEqualTo(-0.001);
    assertThat(Params.toDouble(exchange.errors(), ParamIn.QUERY, "n", "+5")).isEqualTo(5d);
    assertThat(Params.toDouble(exchange.errors(), ParamIn.QUERY, "n", "2.5e+2")).isEqualTo(250d);
    assertThat(Params.toDouble(exchange.errors(), ParamIn.QUERY, "n", "42")).isEqualTo(42d);
    assertNoErrors();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "-", "+", ".", "e3", "1e", "1e+", "NaN", "-NaN", "Infinity",
      "-Infinity", "0x10", "0x1p3", "1d", "1f", "1.5D", " 1", "1,5", "1..2", "1e3.5"})
  void unparsableDoubleIsInvalidFormat(String raw) {
    assertThat(Params.toDouble(exchange.errors(), ParamIn.QUERY, "n", raw)).isZero();
    assertOnlyError(ErrorCodes.INVALID_FORMAT, "must be a number", true);
  }

  @ParameterizedTest
  @ValueSource(strings = {"1e999", "-1e999", "1.8e308"})
  void infiniteDoubleIsOutOfRange(String raw) {
    assertThat(Params.toDouble(exchange.errors(), ParamIn.QUERY, "n", raw)).isZero();
    assertOnlyError(ErrorCodes.OUT_OF_RANGE, "must be a finite double-precision number", false);
  }

  @Test
  void absentDoubleIsMissing() {
    assertThat(Params.toDouble(exchange.errors(), ParamIn.QUERY, "n", null)).isZero();
    assertOnlyError(ErrorCodes.MISSING, "is required", false);
  }

  // boolean

  @Test
  void booleanValuesIgnoreCase() {
    assertThat(Params.toBoolean(exchange.errors(), ParamIn.QUERY, "n", "true")).isTrue();
    assertThat(Params.toBoolean(exchange.errors(), ParamIn.QUERY, "n", "TRUE")).isTrue();
    assertThat(Params.toBoolean(exchange.errors(), ParamIn.QUERY, "n", "False")).isFalse();
    assertNoErrors();
  }

  @ParameterizedTest
  @ValueSource(strings = {"", "1", "0", "yes", "on", "t", "truee", " true"})
  void unparsableBooleanIsInvalidFormat(String raw) {
    assertThat(Params.toBoolean(exchange.errors(), ParamIn.QUERY, "n", raw)).isFalse();
    assertOnlyError(ErrorCodes.INVALID_FORMAT, "must be true or false", true);
  }

  @Test
  void booleanIgnoresTheDefaultLocale() {
    Locale saved = Locale.getDefault();
    Locale.setDefault(new Locale("tr", "TR"));
    try {
      assertThat(Params.toBoolean(exchange.errors(), ParamIn.QUERY, "n", "TRUE")).isTrue();
      assertThat(Params.toBoolean(exchange.errors(), ParamIn.QUERY, "n", "tRuE")).isTrue();
    } finally {
      Locale.setDefault(saved);
    }
    assertNoErrors();
  }

  @Test
  void absentBooleanIsMissing() {
    assertThat(Params.toBoolean(exchange.errors(), ParamIn.QUERY, "n", null)).isFalse();
    assertOnlyError(ErrorCodes.MISSING, "is required", false);
  }

  // string

  @Test
  void stringValues() {
    assertThat(Params.toString(exchange.errors(), ParamIn.QUERY, "n", "")).isEmpty();
    assertThat(Params.toString(exchange.errors(), ParamIn.QUERY, "n", "a b")).isEqualTo("a b");
    assertNoErrors();
  }

  @Test
  void absentStringIsMissing() {
    assertThat(Params.toString(exchange.errors(), ParamIn.QUERY, "n", null)).isNull();
    assertOnlyError(ErrorCodes.MISSING, "is required", false);
  }

  // enum

  @Test
  void enumValues() {
    assertThat(Params.toEnum(exchange.errors(), ParamIn.QUERY, "n",
        "red", Color::parse, "red, green"))
        .isEqualTo(Color.RED);
    assertNoErrors();
  }

  @Test
  void unknownEnumNameIsAnEnumError() {
    assertThat(Params.toEnum(exchange.errors(), ParamIn.QUERY, "n",
        "RED", Color::parse, "red, green"))
        .isNull();
    assertOnlyError(ErrorCodes.ENUM, "must be one of: red, green", false);
  }

  @Test
  void absentEnumIsMissing() {
    assertThat(Params.toEnum(exchange.errors(), ParamIn.QUERY, "n",
        null, Color::parse, "red, green"))
        .isNull();
    assertOnlyError(ErrorCodes.MISSING, "is required", false);
  }

  // where and how errors are recorded

  @Test
  void errorsCarryWhereTheValueCameFrom() {
    Params.toInt(exchange.errors(), ParamIn.PATH, "id", "x");
    Params.toInt(exchange.errors(), ParamIn.HEADER, "X-Count", null);
    assertThat(exchange.errors().list()).containsExactly(
        new RequestError(ParamIn.PATH, null, "id", "must be an integer",
            ErrorCodes.INVALID_FORMAT, true),
        new RequestError(ParamIn.HEADER, null, "X-Count", "is required",
            ErrorCodes.MISSING, false));
  }

  @Test
  void everyErrorIsCollected() {
    Params.toInt(exchange.errors(), ParamIn.QUERY, "a", "x");
    Params.toInt(exchange.errors(), ParamIn.QUERY, "b", "99999999999");
    Params.toString(exchange.errors(), ParamIn.QUERY, "c", null);
    assertThat(exchange.errors().list()).extracting(RequestError::name, RequestError::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple("a", ErrorCodes.INVALID_FORMAT),
            org.assertj.core.groups.Tuple.tuple("b", ErrorCodes.OUT_OF_RANGE),
            org.assertj.core.groups.Tuple.tuple("c", ErrorCodes.MISSING));
    assertThat(exchange.errors().status()).isEqualTo(400);
  }

  @Test
  void malformedQueryEncodingIsNotAlsoReportedMissing() {
    RouteExchange malformed = FakeHttpExchange.exchange("/x?n=%C3%28&m=1");
    String raw = malformed.queryParam("n");
    assertThat(raw).isNull();
    assertThat(Params.toInt(malformed.errors(), ParamIn.QUERY, "n", raw)).isZero();
    assertThat(malformed.errors().list()).containsExactly(
        RequestError.param(ParamIn.QUERY, "n", ErrorCodes.INVALID_FORMAT,
            "must be correctly percent-encoded UTF-8", true));
  }

  @Test
  void missingIsStillReportedForAnotherNameOrPlace() {
    RouteExchange malformed = FakeHttpExchange.exchange("/x?n=%FF");
    assertThat(malformed.queryParam("n")).isNull();
    Params.toString(malformed.errors(), ParamIn.QUERY, "m", null);
    Params.toString(malformed.errors(), ParamIn.HEADER, "n", null);
    assertThat(malformed.errors().list()).extracting(RequestError::in, RequestError::name,
            RequestError::code)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(ParamIn.QUERY, "n", ErrorCodes.INVALID_FORMAT),
            org.assertj.core.groups.Tuple.tuple(ParamIn.QUERY, "m", ErrorCodes.MISSING),
            org.assertj.core.groups.Tuple.tuple(ParamIn.HEADER, "n", ErrorCodes.MISSING));
  }

  @Test
  void throwIfInvalidAnswers422ForNonSyntaxErrors() {
    exchange.throwIfInvalid(); // no errors: returns
    Params.toInt(exchange.errors(), ParamIn.QUERY, "n", null);
    org.assertj.core.api.Assertions.assertThatThrownBy(exchange::throwIfInvalid)
        .isInstanceOfSatisfying(ProblemException.class, e -> {
          assertThat(e.problem().status()).isEqualTo(422);
          assertThat(e.problem().detail()).isEqualTo("The request has 1 error.");
          assertThat(e.problem().errors()).containsExactly(
              error(ErrorCodes.MISSING, "is required", false));
        });
  }

  @Test
  void decimalWithAnExponentBeyondIntIsOutOfRangeNotA500() {
    assertThat(Params.toBigDecimal(exchange.errors(), ParamIn.QUERY, "n", "1e99999999999"))
        .isNull();
    assertOnlyError(ErrorCodes.OUT_OF_RANGE,
        "must have an exponent between -2147483648 and 2147483647", false);
  }
}

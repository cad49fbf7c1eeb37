package dev.kiln.runtime.generated;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Duration;
import java.util.Locale;

/**
 * Strict parsers of settings' text, as called by generated {@code <Record>_Binder}s only: each
 * returns {@code null} for text not in its type's format, and has a matching description of the
 * format for the error ({@link #INT}, ...). UUIDs and dates use {@link Scalars}.
 */
public final class SettingParsers {
  /** What an {@code int} setting must be. */
  public static final String INT = "an int (a whole number from -2147483648 to 2147483647)";
  /** What a {@code long} setting must be. */
  public static final String LONG =
      "a long (a whole number from -9223372036854775808 to 9223372036854775807)";
  /** What a {@code double} setting must be. */
  public static final String DOUBLE = "a number (e.g. 0.75 or 1e3)";
  /** What a {@code boolean} setting must be. */
  public static final String BOOLEAN = "a boolean (true or false)";
  /** What a {@code BigDecimal} setting must be. */
  public static final String BIG_DECIMAL = "a decimal number (e.g. 12.50)";
  /** What a {@code BigInteger} setting must be. */
  public static final String BIG_INTEGER = "a whole number";
  /** What a {@code Duration} setting must be. */
  public static final String DURATION =
      "a duration (500ms, 30s, 5m, 2h, 1d, or ISO-8601 such as PT1M30S)";
  /** What a {@code UUID} setting must be. */
  public static final String UUID = "a UUID (8-4-4-4-12 hexadecimal digits)";
  /** What a {@code LocalDate} setting must be. */
  public static final String LOCAL_DATE = "an ISO-8601 date (2024-01-31)";
  /** What a {@code LocalDateTime} setting must be. */
  public static final String LOCAL_DATE_TIME =
      "an ISO-8601 local date-time (2024-01-31T13:45:00)";
  /** What an {@code Instant} setting must be. */
  public static final String INSTANT = "an ISO-8601 UTC instant (2024-01-31T13:45:00Z)";
  /** What an {@code OffsetDateTime} setting must be. */
  public static final String OFFSET_DATE_TIME =
      "an RFC 3339 date-time with offset (2024-01-31T13:45:00+01:00)";
  /** What a {@code String} setting must be: any text. */
  public static final String STRING = "text";

  private SettingParsers() {}

  /** The text itself: any text is a string. */
  public static String toString(String text) {
    return text;
  }

  /** An {@code int}: optional sign and decimal digits, in range. */
  public static Integer toInteger(String text) {
    try {
      return Params.isInteger(text) ? Integer.valueOf(text) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A {@code long}: optional sign and decimal digits, in range. */
  public static Long toLong(String text) {
    try {
      return Params.isInteger(text) ? Long.valueOf(text) : null;
    } catch (NumberFormatException e) {
      return null;
    }
  }

  /** A finite {@code double} in decimal notation. */
  public static Double toDouble(String text) {
    if (!Params.isDecimal(text)) {
      return null;
    }
    double value = Double.parseDouble(text);
    return Double.isInfinite(value) ? null : value;
  }

  /** {@code true} or {@code false}, in any case. */
  public static Boolean toBoolean(String text) {
    if (text.equalsIgnoreCase("true")) {
      return Boolean.TRUE;
    }
    return text.equalsIgnoreCase("false") ? Boolean.FALSE : null;
  }

  /** A decimal number in JSON's notation. */
  public static BigDecimal toBigDecimal(String text) {
    return Params.isDecimal(text) && text.length() <= 1_000 ? new BigDecimal(text) : null;
  }

  /** A whole number of any size. */
  public static BigInteger toBigInteger(String text) {
    return Params.isInteger(text) && text.length() <= 1_000 ? new BigInteger(text) : null;
  }

  /**
   * A duration: a whole number and a unit ({@code ms}, {@code s}, {@code m}, {@code h}, {@code
   * d}: {@code 500ms}, {@code 30s}), or ISO-8601 ({@code PT1M30S}).
   */
  public static Duration toDuration(String text) {
    if (text.startsWith("P") || text.startsWith("p") || text.startsWith("-P")) {
      return Scalars.duration(text);
    }
    String lower = text.toLowerCase(Locale.ROOT);
    int unit = 0;
    while (unit < lower.length() && Character.isDigit(lower.charAt(unit))) {
      unit++;
    }
    if (unit == 0 || unit > 18) {
      return null;
    }
    long amount = Long.parseLong(lower.substring(0, unit));
    try {
      switch (lower.substring(unit)) {
        case "ms":
          return Duration.ofMillis(amount);
        case "s":
          return Duration.ofSeconds(amount);
        case "m":
          return Duration.ofMinutes(amount);
        case "h":
          return Duration.ofHours(amount);
        case "d":
          return Duration.ofDays(amount);
        default:
          return null;
      }
    } catch (ArithmeticException e) {
      return null;
    }
  }
}

package dev.kiln.runtime.generated;

import dev.kiln.runtime.ErrorCodes;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.RequestError;
import java.util.function.Function;

/**
 * Converts raw parameter values (path variables, query parameters) to handler parameter types,
 * as called by generated routes; errors go to the request's {@link RequestErrors}, passed as the
 * first argument. A {@code null} raw value is an absent parameter: it is recorded
 * as {@code missing} (422), unless the value's encoding was already reported. An unparsable value
 * is recorded as {@code invalid_format} (400), a value out of the type's range as {@code
 * out_of_range} (422), an unknown enum name as {@code enum} (422). After an error the result is
 * {@code 0}, {@code false} or {@code null}; the route calls {@link RouteExchange#throwIfInvalid()}
 * before the handler runs.
 */
public final class Params {
  private Params() {}

  /** A required string parameter. */
  public static String toString(RequestErrors errors, ParamIn in, String name, String raw) {
    if (raw == null) {
      missing(errors, in, name);
    }
    return raw;
  }

  /** An {@code int} parameter: optional sign and decimal digits. */
  public static int toInt(RequestErrors errors, ParamIn in, String name, String raw) {
    if (raw == null) {
      missing(errors, in, name);
      return 0;
    }
    if (!isInteger(raw)) {
      invalid(errors, in, name, "must be an integer");
      return 0;
    }
    try {
      return Integer.parseInt(raw);
    } catch (NumberFormatException e) {
      outOfRange(errors, in, name, "must be between -2147483648 and 2147483647");
      return 0;
    }
  }

  /** A {@code long} parameter: optional sign and decimal digits. */
  public static long toLong(RequestErrors errors, ParamIn in, String name, String raw) {
    if (raw == null) {
      missing(errors, in, name);
      return 0L;
    }
    if (!isInteger(raw)) {
      invalid(errors, in, name, "must be an integer");
      return 0L;
    }
    try {
      return Long.parseLong(raw);
    } catch (NumberFormatException e) {
      outOfRange(errors, in, name,
          "must be between -9223372036854775808 and 9223372036854775807");
      return 0L;
    }
  }

  /** A finite {@code double} parameter in decimal notation (e.g. {@code 9.5}, {@code -1e3}). */
  public static double toDouble(RequestErrors errors, ParamIn in, String name, String raw) {
    if (raw == null) {
      missing(errors, in, name);
      return 0d;
    }
    if (!isDecimal(raw)) {
      invalid(errors, in, name, "must be a number");
      return 0d;
    }
    double value = Double.parseDouble(raw);
    if (Double.isInfinite(value)) {
      outOfRange(errors, in, name, "must be a finite double-precision number");
      return 0d;
    }
    return value;
  }

  /** A {@code boolean} parameter: {@code true} or {@code false}, case-insensitive. */
  public static boolean toBoolean(RequestErrors errors, ParamIn in, String name, String raw) {
    if (raw == null) {
      missing(errors, in, name);
      return false;
    }
    if (raw.equalsIgnoreCase("true")) {
      return true;
    }
    if (!raw.equalsIgnoreCase("false")) {
      invalid(errors, in, name, "must be true or false");
    }
    return false;
  }

  /**
   * An enum parameter.
   *
   * @param parse the generated lookup from wire name to constant, {@code null} if unknown
   * @param allowed the wire names, comma-separated, for the error message
   */
  public static <E extends Enum<E>> E toEnum(RequestErrors errors, ParamIn in, String name,
      String raw, Function<String, E> parse, String allowed) {
    if (raw == null) {
      missing(errors, in, name);
      return null;
    }
    E value = parse.apply(raw);
    if (value == null) {
      errors.add(RequestError.param(in, name, ErrorCodes.ENUM,
          "must be one of: " + allowed, false));
    }
    return value;
  }

  /** A {@code BigDecimal} parameter in decimal notation. */
  public static java.math.BigDecimal toBigDecimal(RequestErrors errors, ParamIn in, String name,
      String raw) {
    if (raw == null) {
      missing(errors, in, name);
      return null;
    }
    if (!isDecimal(raw) || raw.length() > 1_000) {
      invalid(errors, in, name, "must be a number");
      return null;
    }
    try {
      return new java.math.BigDecimal(raw);
    } catch (NumberFormatException e) {
      // an exponent beyond the range of int (1e99999999999), found by fuzzing
      errors.add(RequestError.param(in, name, ErrorCodes.OUT_OF_RANGE,
          "must have an exponent between -2147483648 and 2147483647", false));
      return null;
    }
  }

  /** A {@code BigInteger} parameter: optional sign and decimal digits. */
  public static java.math.BigInteger toBigInteger(RequestErrors errors, ParamIn in, String name,
      String raw) {
    if (raw == null) {
      missing(errors, in, name);
      return null;
    }
    if (!isInteger(raw) || raw.length() > 1_000) {
      invalid(errors, in, name, "must be an integer");
      return null;
    }
    return new java.math.BigInteger(raw);
  }

  /**
   * A parameter in a type's text format (see {@link Scalars}).
   *
   * @param parse the strict parser, {@code null} for text not in the format
   * @param message the error message when it is not, e.g. {@link Scalars#UUID_MESSAGE}
   */
  public static <T> T toText(RequestErrors errors, ParamIn in, String name, String raw,
      Function<String, T> parse, String message) {
    if (raw == null) {
      missing(errors, in, name);
      return null;
    }
    T value = parse.apply(raw);
    if (value == null) {
      invalid(errors, in, name, message);
    }
    return value;
  }

  /**
   * Records a constraint violation of the parameter {@code name} (e.g. {@code min}), unless the
   * parameter already has an error.
   */
  public static void violation(RequestErrors errors, ParamIn in, String name, String code,
      String message) {
    if (!errors.hasErrorFor(in, name)) {
      errors.add(RequestError.param(in, name, code, message, false));
    }
  }

  /** Converts one raw value of a parameter; the shape of the {@code to*} methods. */
  @FunctionalInterface
  public interface Converter<T> {
    /** The converted value; errors are added to {@code errors}. */
    T convert(RequestErrors errors, ParamIn in, String name, String raw);
  }

  /**
   * The {@link Converter} of one enum value, as {@link #toEnum} converts it (for a repeated
   * parameter; no lambda in generated code, whose names could clash with the handler's).
   */
  public static <E extends Enum<E>> Converter<E> enumConverter(Function<String, E> parse,
      String allowed) {
    return (errors, in, name, raw) -> toEnum(errors, in, name, raw, parse, allowed);
  }

  /** The {@link Converter} of one value read by {@code parse}, as {@link #toText} converts it. */
  public static <T> Converter<T> textConverter(Function<String, T> parse, String message) {
    return (errors, in, name, raw) -> toText(errors, in, name, raw, parse, message);
  }

  /** A repeated parameter ({@code ?tag=a&tag=b}) as a list, each value converted. */
  public static <T> java.util.List<T> toList(RequestErrors errors, ParamIn in, String name,
      java.util.List<String> raws, Converter<T> converter) {
    java.util.List<T> values = new java.util.ArrayList<>(raws.size());
    for (String raw : raws) {
      values.add(converter.convert(errors, in, name, raw));
    }
    return values;
  }

  /** A repeated parameter as a set in first-seen order, each value converted. */
  public static <T> java.util.Set<T> toSet(RequestErrors errors, ParamIn in, String name,
      java.util.List<String> raws, Converter<T> converter) {
    java.util.Set<T> values = new java.util.LinkedHashSet<>();
    for (String raw : raws) {
      values.add(converter.convert(errors, in, name, raw));
    }
    return values;
  }

  static boolean isInteger(String raw) {
    int start = raw.startsWith("-") || raw.startsWith("+") ? 1 : 0;
    if (start == raw.length()) {
      return false;
    }
    for (int i = start; i < raw.length(); i++) {
      char c = raw.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  static boolean isDecimal(String raw) {
    // JSON number grammar with an optional leading '+': no NaN, Infinity, hex or 'd'/'f' suffixes
    int i = raw.startsWith("-") || raw.startsWith("+") ? 1 : 0;
    int digits = 0;
    while (i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
      i++;
      digits++;
    }
    if (i < raw.length() && raw.charAt(i) == '.') {
      i++;
      while (i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
        i++;
        digits++;
      }
    }
    if (digits == 0) {
      return false;
    }
    if (i < raw.length() && (raw.charAt(i) == 'e' || raw.charAt(i) == 'E')) {
      i++;
      if (i < raw.length() && (raw.charAt(i) == '-' || raw.charAt(i) == '+')) {
        i++;
      }
      int expDigits = 0;
      while (i < raw.length() && raw.charAt(i) >= '0' && raw.charAt(i) <= '9') {
        i++;
        expDigits++;
      }
      if (expDigits == 0) {
        return false;
      }
    }
    return i == raw.length();
  }

  private static void missing(RequestErrors errors, ParamIn in, String name) {
    if (!errors.hasErrorFor(in, name)) { // not already reported as malformed percent-encoding
      errors.add(RequestError.param(in, name, ErrorCodes.MISSING, "is required", false));
    }
  }

  private static void invalid(RequestErrors errors, ParamIn in, String name, String message) {
    errors.add(
        RequestError.param(in, name, ErrorCodes.INVALID_FORMAT, message, true));
  }

  private static void outOfRange(RequestErrors errors, ParamIn in, String name, String message) {
    errors.add(
        RequestError.param(in, name, ErrorCodes.OUT_OF_RANGE, message, false));
  }
}

package dev.kiln.runtime.generated;

import java.math.BigDecimal;
import java.math.BigInteger;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.temporal.Temporal;
import java.util.Collection;
import java.util.Map;
import java.util.regex.Pattern;

/**
 * The predicates behind the {@code jakarta.validation.constraints} Kiln compiles: generated code
 * calls them and reports a violation when one returns {@code false}. As in Jakarta Validation,
 * {@code null} is valid for every constraint except {@code @NotNull}, {@code @NotBlank} and
 * {@code @NotEmpty}. Text sizes count Unicode code points, as JSON Schema's {@code minLength} and
 * {@code maxLength} do (an emoji outside the BMP is one, not two UTF-16 units).
 */
public final class Checks {
  // local@domain: no spaces, dot-separated domain labels (the shape Hibernate Validator accepts)
  private static final Pattern EMAIL = Pattern.compile(
      "[^\\s@\"(),:;<>\\[\\\\\\]]+@[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?"
          + "(?:\\.[A-Za-z0-9](?:[A-Za-z0-9-]*[A-Za-z0-9])?)*");

  private Checks() {}

  /** {@code @NotBlank}: not null and at least one non-whitespace character. */
  public static boolean notBlank(CharSequence value) {
    if (value == null) {
      return false;
    }
    for (int i = 0; i < value.length(); i++) {
      if (!Character.isWhitespace(value.charAt(i))) {
        return true;
      }
    }
    return false;
  }

  /** {@code @NotEmpty} on text. */
  public static boolean notEmpty(CharSequence value) {
    return value != null && value.length() > 0;
  }

  /** {@code @NotEmpty} on a collection. */
  public static boolean notEmpty(Collection<?> value) {
    return value != null && !value.isEmpty();
  }

  /** {@code @NotEmpty} on a map. */
  public static boolean notEmpty(Map<?, ?> value) {
    return value != null && !value.isEmpty();
  }

  /** {@code @Size} on text: length in code points within [min, max]. */
  public static boolean size(CharSequence value, int min, int max) {
    if (value == null) {
      return true;
    }
    int length = Character.codePointCount(value, 0, value.length());
    return length >= min && length <= max;
  }

  /** {@code @Size} on a collection. */
  public static boolean size(Collection<?> value, int min, int max) {
    return value == null || (value.size() >= min && value.size() <= max);
  }

  /** {@code @Size} on a map. */
  public static boolean size(Map<?, ?> value, int min, int max) {
    return value == null || (value.size() >= min && value.size() <= max);
  }

  /** {@code @Min}: {@code value >= min}. */
  public static boolean min(long value, long min) {
    return value >= min;
  }

  /** {@code @Min} on a double: {@code value >= min}; NaN is invalid. */
  public static boolean min(double value, long min) {
    return value >= min;
  }

  /** {@code @Min} on a boxed or big number. */
  public static boolean min(Number value, long min) {
    int c = value == null ? 0 : compare(value, BigDecimal.valueOf(min));
    return c >= 0;
  }

  /** {@code @Max}: {@code value <= max}. */
  public static boolean max(long value, long max) {
    return value <= max;
  }

  /** {@code @Max} on a double: {@code value <= max}; NaN is invalid. */
  public static boolean max(double value, long max) {
    return value <= max;
  }

  /** {@code @Max} on a boxed or big number. */
  public static boolean max(Number value, long max) {
    int c = value == null ? 0 : compare(value, BigDecimal.valueOf(max));
    return c <= 0 && c != NOT_FINITE;
  }

  /** {@code @DecimalMin}: {@code value >= min} (or {@code >} when not inclusive). */
  public static boolean decimalMin(Number value, BigDecimal min, boolean inclusive) {
    if (value == null) {
      return true;
    }
    int c = compare(value, min);
    return c != NOT_FINITE && (inclusive ? c >= 0 : c > 0);
  }

  /** {@code @DecimalMax}: {@code value <= max} (or {@code <} when not inclusive). */
  public static boolean decimalMax(Number value, BigDecimal max, boolean inclusive) {
    if (value == null) {
      return true;
    }
    int c = compare(value, max);
    return c != NOT_FINITE && (inclusive ? c <= 0 : c < 0);
  }

  /** The sign of a number: -1, 0 or 1; NaN yields 2 (fails every sign check). */
  public static int signum(Number value) {
    if (value instanceof BigDecimal) {
      return ((BigDecimal) value).signum();
    }
    if (value instanceof BigInteger) {
      return ((BigInteger) value).signum();
    }
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      return Double.isNaN(d) ? 2 : d > 0 ? 1 : d < 0 ? -1 : 0;
    }
    return Long.signum(value.longValue());
  }

  /** {@code @Positive} on a primitive integer. */
  public static boolean positive(long value) {
    return value > 0;
  }

  /** {@code @Positive} on a primitive double; NaN is invalid. */
  public static boolean positive(double value) {
    return value > 0;
  }

  /** {@code @PositiveOrZero} on a primitive integer. */
  public static boolean positiveOrZero(long value) {
    return value >= 0;
  }

  /** {@code @PositiveOrZero} on a primitive double; NaN is invalid. */
  public static boolean positiveOrZero(double value) {
    return value >= 0;
  }

  /** {@code @Negative} on a primitive integer. */
  public static boolean negative(long value) {
    return value < 0;
  }

  /** {@code @Negative} on a primitive double; NaN is invalid. */
  public static boolean negative(double value) {
    return value < 0;
  }

  /** {@code @NegativeOrZero} on a primitive integer. */
  public static boolean negativeOrZero(long value) {
    return value <= 0;
  }

  /** {@code @NegativeOrZero} on a primitive double; NaN is invalid. */
  public static boolean negativeOrZero(double value) {
    return value <= 0;
  }

  /** {@code @Positive}. */
  public static boolean positive(Number value) {
    return value == null || signum(value) == 1;
  }

  /** {@code @PositiveOrZero}. */
  public static boolean positiveOrZero(Number value) {
    return value == null || signum(value) == 1 || signum(value) == 0;
  }

  /** {@code @Negative}. */
  public static boolean negative(Number value) {
    return value == null || signum(value) == -1;
  }

  /** {@code @NegativeOrZero}. */
  public static boolean negativeOrZero(Number value) {
    return value == null || signum(value) == -1 || signum(value) == 0;
  }

  /**
   * {@code @Digits}: at most {@code integer} digits before the decimal point and {@code
   * fraction} after it.
   */
  public static boolean digits(Number value, int integer, int fraction) {
    if (value == null) {
      return true;
    }
    BigDecimal decimal = toBigDecimal(value);
    if (decimal == null) {
      return false;
    }
    decimal = decimal.stripTrailingZeros();
    int fractionDigits = Math.max(0, decimal.scale());
    int integerDigits = decimal.precision() - decimal.scale();
    return integerDigits <= integer && fractionDigits <= fraction;
  }

  /** {@code @Pattern}: the whole text matches {@code pattern}. */
  public static boolean pattern(CharSequence value, Pattern pattern) {
    return value == null || pattern.matcher(value).matches();
  }

  /** {@code @Email}: {@code local@domain} with no spaces and dot-separated domain labels. */
  public static boolean email(CharSequence value) {
    return value == null || EMAIL.matcher(value).matches();
  }

  /**
   * {@code @Past} ({@code present = false}) or {@code @PastOrPresent}: compared with now in the
   * system clock and zone.
   */
  public static boolean past(Temporal value, boolean present) {
    if (value == null) {
      return true;
    }
    int c = compareToNow(value);
    return present ? c <= 0 : c < 0;
  }

  /** {@code @Future} ({@code present = false}) or {@code @FutureOrPresent}; see {@link #past}. */
  public static boolean future(Temporal value, boolean present) {
    if (value == null) {
      return true;
    }
    int c = compareToNow(value);
    return present ? c >= 0 : c > 0;
  }

  private static int compareToNow(Temporal value) {
    if (value instanceof LocalDate) {
      return ((LocalDate) value).compareTo(LocalDate.now());
    }
    if (value instanceof LocalDateTime) {
      return ((LocalDateTime) value).compareTo(LocalDateTime.now());
    }
    if (value instanceof Instant) {
      return ((Instant) value).compareTo(Instant.now());
    }
    if (value instanceof OffsetDateTime) {
      return ((OffsetDateTime) value).toInstant().compareTo(Instant.now());
    }
    throw new IllegalArgumentException("not a supported date/time type: " + value.getClass());
  }

  /** {@link #compare}'s answer for NaN and infinities, which fail every bound. */
  private static final int NOT_FINITE = Integer.MIN_VALUE;

  private static int compare(Number value, BigDecimal bound) {
    BigDecimal decimal = toBigDecimal(value);
    return decimal == null ? NOT_FINITE : decimal.compareTo(bound);
  }

  private static BigDecimal toBigDecimal(Number value) {
    if (value instanceof BigDecimal) {
      return (BigDecimal) value;
    }
    if (value instanceof BigInteger) {
      return new BigDecimal((BigInteger) value);
    }
    if (value instanceof Double || value instanceof Float) {
      double d = value.doubleValue();
      return Double.isFinite(d) ? BigDecimal.valueOf(d) : null;
    }
    return BigDecimal.valueOf(value.longValue());
  }
}

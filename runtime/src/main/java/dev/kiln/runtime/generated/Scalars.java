package dev.kiln.runtime.generated;

import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.OffsetDateTime;
import java.time.format.DateTimeParseException;
import java.util.UUID;

/**
 * Strict parsers of the scalar types that travel as text (in parameters and as JSON strings):
 * each returns {@code null} when the text is not in the type's one accepted format, and has a
 * matching {@code *_MESSAGE} for the error.
 */
public final class Scalars {
  /** Error message for {@link #uuid}. */
  public static final String UUID_MESSAGE = "must be a UUID (8-4-4-4-12 hexadecimal digits)";
  /** Error message for {@link #localDate}. */
  public static final String LOCAL_DATE_MESSAGE = "must be an ISO-8601 date (2024-01-31)";
  /** Error message for {@link #localDateTime}. */
  public static final String LOCAL_DATE_TIME_MESSAGE =
      "must be an ISO-8601 local date-time (2024-01-31T13:45:00)";
  /** Error message for {@link #instant}. */
  public static final String INSTANT_MESSAGE =
      "must be an ISO-8601 UTC instant (2024-01-31T13:45:00Z)";
  /** Error message for {@link #offsetDateTime}. */
  public static final String OFFSET_DATE_TIME_MESSAGE =
      "must be an RFC 3339 date-time with offset (2024-01-31T13:45:00+01:00)";
  /** Error message for {@link #duration}. */
  public static final String DURATION_MESSAGE = "must be an ISO-8601 duration (PT15M)";

  private Scalars() {}

  /** A UUID in the canonical 36-character form, any case. */
  public static UUID uuid(String text) {
    if (text.length() != 36) {
      return null;
    }
    for (int i = 0; i < 36; i++) {
      char c = text.charAt(i);
      boolean dash = i == 8 || i == 13 || i == 18 || i == 23;
      if (dash ? c != '-' : Character.digit(c, 16) < 0 || c > 'f') {
        return null;
      }
    }
    return UUID.fromString(text);
  }

  /** An ISO-8601 date, e.g. {@code 2024-01-31}. */
  public static LocalDate localDate(String text) {
    try {
      return LocalDate.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** An ISO-8601 local date-time, e.g. {@code 2024-01-31T13:45:00}. */
  public static LocalDateTime localDateTime(String text) {
    try {
      return LocalDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** An ISO-8601 instant in UTC, e.g. {@code 2024-01-31T13:45:00Z}. */
  public static Instant instant(String text) {
    try {
      return Instant.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** An RFC 3339 date-time with offset, e.g. {@code 2024-01-31T13:45:00+01:00}. */
  public static OffsetDateTime offsetDateTime(String text) {
    try {
      return OffsetDateTime.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }

  /** An ISO-8601 duration, e.g. {@code PT15M}. */
  public static Duration duration(String text) {
    try {
      return Duration.parse(text);
    } catch (DateTimeParseException e) {
      return null;
    }
  }
}

package dev.kiln.processor.validation;

import dev.kiln.processor.model.TypeModel;

/** Checks {@code @DefaultValue} texts against their parameter types, as the runtime parses them. */
public final class DefaultValues {
  private DefaultValues() {}

  /** Whether {@code value} parses as {@code type} (a scalar). */
  public static boolean isValid(TypeModel type, String value) {
    try {
      switch (type.kind().unboxed()) {
        case STRING:
          return true;
        case INT:
          Integer.parseInt(value);
          return true;
        case LONG:
          Long.parseLong(value);
          return true;
        case DOUBLE:
          return Double.isFinite(Double.parseDouble(value)) && !value.matches(".*[a-zA-Z&&[^eE]].*");
        case BOOLEAN:
          return value.equals("true") || value.equals("false");
        case ENUM:
          return type.enumConstants().stream().anyMatch(c -> c.wireName().equals(value));
        case BIG_DECIMAL:
          new java.math.BigDecimal(value);
          return true;
        case BIG_INTEGER:
          new java.math.BigInteger(value);
          return true;
        case UUID:
          return value.matches("[0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}"
              + "-[0-9a-fA-F]{12}");
        case LOCAL_DATE:
          java.time.LocalDate.parse(value);
          return true;
        case LOCAL_DATE_TIME:
          java.time.LocalDateTime.parse(value);
          return true;
        case INSTANT:
          java.time.Instant.parse(value);
          return true;
        case OFFSET_DATE_TIME:
          java.time.OffsetDateTime.parse(value);
          return true;
        case DURATION:
          java.time.Duration.parse(value);
          return true;
        default:
          return false;
      }
    } catch (NumberFormatException | java.time.format.DateTimeParseException e) {
      return false;
    }
  }
}

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
          return type.enumConstants().contains(value);
        default:
          return false;
      }
    } catch (NumberFormatException e) {
      return false;
    }
  }
}

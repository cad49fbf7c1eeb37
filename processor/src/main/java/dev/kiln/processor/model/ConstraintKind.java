package dev.kiln.processor.model;

/** The {@code jakarta.validation.constraints} Kiln compiles, with their stable error codes. */
public enum ConstraintKind {
  NOT_NULL("NotNull", "not_null"),
  NULL("Null", "null"),
  NOT_BLANK("NotBlank", "not_blank"),
  NOT_EMPTY("NotEmpty", "not_empty"),
  SIZE("Size", "size"),
  MIN("Min", "min"),
  MAX("Max", "max"),
  DECIMAL_MIN("DecimalMin", "decimal_min"),
  DECIMAL_MAX("DecimalMax", "decimal_max"),
  POSITIVE("Positive", "positive"),
  POSITIVE_OR_ZERO("PositiveOrZero", "positive_or_zero"),
  NEGATIVE("Negative", "negative"),
  NEGATIVE_OR_ZERO("NegativeOrZero", "negative_or_zero"),
  DIGITS("Digits", "digits"),
  PATTERN("Pattern", "pattern"),
  EMAIL("Email", "email"),
  PAST("Past", "past"),
  PAST_OR_PRESENT("PastOrPresent", "past_or_present"),
  FUTURE("Future", "future"),
  FUTURE_OR_PRESENT("FutureOrPresent", "future_or_present"),
  ASSERT_TRUE("AssertTrue", "assert_true"),
  ASSERT_FALSE("AssertFalse", "assert_false");

  /** The package of the constraint annotations. */
  public static final String PACKAGE = "jakarta.validation.constraints.";

  private final String simpleName;
  private final String code;

  ConstraintKind(String simpleName, String code) {
    this.simpleName = simpleName;
    this.code = code;
  }

  /** The annotation's simple name, e.g. {@code NotBlank}. */
  public String simpleName() {
    return simpleName;
  }

  /** The stable error code, e.g. {@code not_blank}. */
  public String code() {
    return code;
  }

  /** The kind for an annotation's qualified name, or {@code null}. */
  public static ConstraintKind forAnnotation(String qualifiedName) {
    if (!qualifiedName.startsWith(PACKAGE)) {
      return null;
    }
    String simple = qualifiedName.substring(PACKAGE.length());
    for (ConstraintKind kind : values()) {
      if (kind.simpleName.equals(simple)) {
        return kind;
      }
    }
    return null;
  }
}

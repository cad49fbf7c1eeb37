package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import dev.kiln.processor.model.ConstraintKind;
import dev.kiln.processor.model.ConstraintModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.function.BiFunction;
import javax.lang.model.element.Modifier;

/**
 * Compiles {@code jakarta.validation} constraints into plain checks on a value:
 * {@code if (!Checks.notBlank(name)) { <report "not_blank", "must not be blank"> }}. Messages
 * are computed here, at compile time; patterns and decimal bounds become constants of the class
 * being written.
 */
final class ConstraintCode {
  private static final ClassName CHECKS = ClassName.get(RuntimeTypes.GENERATED, "Checks");
  private static final ClassName PATTERN = ClassName.get("java.util.regex", "Pattern");

  private final HelperMethods helpers;

  ConstraintCode(HelperMethods helpers) {
    this.helpers = helpers;
  }

  /**
   * The checks of {@code type}'s own constraints on {@code value} (for an {@code Optional}, also
   * those on its type argument, {@code Optional<@Size(max = 3) String>}: both apply to the
   * contained value, or {@code null} when empty); {@code report} makes the statement reporting a
   * violation from its code and message literals. {@code hint} names constants (e.g. the
   * component name).
   */
  CodeBlock checks(TypeModel type, CodeBlock value, String hint,
      BiFunction<String, String, CodeBlock> report) {
    CodeBlock.Builder code = CodeBlock.builder();
    boolean optional = type.kind() == TypeKindModel.OPTIONAL;
    TypeModel target = optional ? type.element() : type;
    CodeBlock subject = optional ? CodeBlock.of("$L.orElse(null)", value) : value;
    addChecks(code, type.constraints(), target, subject, hint, report);
    if (optional) {
      addChecks(code, target.constraints(), target, subject, hint + "Value", report);
    }
    return code.build();
  }

  /**
   * The constraints of {@code type} that its default value breaks (decided here, at compile
   * time): the value of an absent property is an empty list or set, an empty {@code Optional}, or
   * {@code null}; e.g. {@code @NotEmpty} or {@code @Size(min = 1)} on a list.
   */
  static List<ConstraintModel> brokenByDefault(TypeModel type) {
    List<ConstraintModel> constraints = new java.util.ArrayList<>(type.constraints());
    if (type.kind() == TypeKindModel.OPTIONAL) {
      constraints.addAll(type.element().constraints());
    }
    boolean collection = type.kind() == TypeKindModel.LIST || type.kind() == TypeKindModel.SET;
    List<ConstraintModel> broken = new java.util.ArrayList<>();
    for (ConstraintModel c : constraints) {
      boolean breaks;
      switch (c.kind()) {
        case NOT_EMPTY:
          breaks = true;
          break;
        case SIZE:
          breaks = collection && c.longValue("min") > 0;
          break;
        case NULL:
          breaks = collection;
          break;
        case NOT_NULL:
        case NOT_BLANK:
          breaks = !collection;
          break;
        default:
          breaks = false;
      }
      if (breaks) {
        broken.add(c);
      }
    }
    return broken;
  }

  private void addChecks(CodeBlock.Builder code, List<ConstraintModel> constraints,
      TypeModel target, CodeBlock subject, String hint,
      BiFunction<String, String, CodeBlock> report) {
    for (ConstraintModel constraint : constraints) {
      code.beginControlFlow("if ($L)", failure(constraint, target, subject, hint))
          .addStatement("$L", report.apply(constraint.kind().code(), message(constraint)))
          .endControlFlow();
    }
  }

  /** The expression that is true when {@code v} breaks {@code c}. */
  private CodeBlock failure(ConstraintModel c, TypeModel type, CodeBlock v, String hint) {
    boolean primitive = type.kind().isPrimitive();
    switch (c.kind()) {
      case NOT_NULL:
        return CodeBlock.of("$L == null", v);
      case NULL:
        return CodeBlock.of("$L != null", v);
      case ASSERT_TRUE:
        return primitive ? CodeBlock.of("!$L", v)
            : CodeBlock.of("$T.FALSE.equals($L)", Boolean.class, v);
      case ASSERT_FALSE:
        return primitive ? v : CodeBlock.of("$T.TRUE.equals($L)", Boolean.class, v);
      default:
        return CodeBlock.of("!$L", condition(c, type, v, hint));
    }
  }

  private CodeBlock condition(ConstraintModel c, TypeModel type, CodeBlock v, String hint) {
    boolean primitive = type.kind().isPrimitive();
    switch (c.kind()) {
      case NOT_NULL:
        return CodeBlock.of("($L != null)", v);
      case NULL:
        return CodeBlock.of("($L == null)", v);
      case NOT_BLANK:
        return CodeBlock.of("$T.notBlank($L)", CHECKS, v);
      case NOT_EMPTY:
        return CodeBlock.of("$T.notEmpty($L)", CHECKS, v);
      case SIZE:
        return CodeBlock.of("$T.size($L, $L, $L)", CHECKS, v, c.longValue("min"),
            c.longValue("max"));
      case MIN:
        return CodeBlock.of("$T.min($L, $LL)", CHECKS, v, c.longValue("value"));
      case MAX:
        return CodeBlock.of("$T.max($L, $LL)", CHECKS, v, c.longValue("value"));
      case DECIMAL_MIN:
      case DECIMAL_MAX: {
        String bound = decimalConstant(c, hint);
        String method = c.kind() == ConstraintKind.DECIMAL_MIN ? "decimalMin" : "decimalMax";
        return CodeBlock.of("$T.$N($L, $N, $L)", CHECKS, method, v, bound,
            c.booleanValue("inclusive"));
      }
      case POSITIVE:
        return CodeBlock.of("$T.positive($L)", CHECKS, v);
      case POSITIVE_OR_ZERO:
        return CodeBlock.of("$T.positiveOrZero($L)", CHECKS, v);
      case NEGATIVE:
        return CodeBlock.of("$T.negative($L)", CHECKS, v);
      case NEGATIVE_OR_ZERO:
        return CodeBlock.of("$T.negativeOrZero($L)", CHECKS, v);
      case DIGITS:
        return CodeBlock.of("$T.digits($L, $L, $L)", CHECKS, v, c.longValue("integer"),
            c.longValue("fraction"));
      case PATTERN:
        return CodeBlock.of("$T.pattern($L, $N)", CHECKS, v, patternConstant(c, hint));
      case EMAIL:
        return CodeBlock.of("$T.email($L)", CHECKS, v);
      case PAST:
        return CodeBlock.of("$T.past($L, false)", CHECKS, v);
      case PAST_OR_PRESENT:
        return CodeBlock.of("$T.past($L, true)", CHECKS, v);
      case FUTURE:
        return CodeBlock.of("$T.future($L, false)", CHECKS, v);
      case FUTURE_OR_PRESENT:
        return CodeBlock.of("$T.future($L, true)", CHECKS, v);
      case ASSERT_TRUE:
        return primitive ? v : CodeBlock.of("!$T.FALSE.equals($L)", Boolean.class, v);
      case ASSERT_FALSE:
        return primitive ? CodeBlock.of("!$L", v)
            : CodeBlock.of("!$T.TRUE.equals($L)", Boolean.class, v);
      default:
        throw new AssertionError(c.kind());
    }
  }

  // private static final Pattern NAME_PATTERN = Pattern.compile("[a-z]+", Pattern.CASE_INSENSITIVE);
  private String patternConstant(ConstraintModel c, String hint) {
    String name = constantName(hint, "PATTERN");
    @SuppressWarnings("unchecked")
    List<String> flags = (List<String>) c.attributes().get("flags");
    CodeBlock flagCode = flags.isEmpty() ? CodeBlock.of("") : CodeBlock.of(",$W$L",
        flags.stream().map(f -> CodeBlock.of("$T.$N", PATTERN, f))
            .collect(CodeBlock.joining(" | ")));
    return helpers.constant(name, n -> FieldSpec.builder(PATTERN, n, Modifier.PRIVATE,
            Modifier.STATIC, Modifier.FINAL)
        .initializer("$T.compile($S$L)", PATTERN, c.stringValue("regexp"), flagCode)
        .build());
  }

  private String decimalConstant(ConstraintModel c, String hint) {
    String name = constantName(hint, c.kind() == ConstraintKind.DECIMAL_MIN ? "MIN" : "MAX");
    return helpers.constant(name, n -> FieldSpec.builder(BigDecimal.class, n,
            Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .initializer("new $T($S)", BigDecimal.class, c.stringValue("value").trim())
        .build());
  }

  private static String constantName(String hint, String role) {
    return hint.replaceAll("([a-z0-9])([A-Z])", "$1_$2").toUpperCase(Locale.ROOT) + "_" + role;
  }

  /** The violation message: the {@code message} attribute ({@code {attr}} replaced) or the default. */
  static String message(ConstraintModel c) {
    if (c.customMessage() != null) {
      String text = c.customMessage();
      for (var attribute : c.attributes().entrySet()) {
        text = text.replace("{" + attribute.getKey() + "}", String.valueOf(attribute.getValue()));
      }
      return text;
    }
    switch (c.kind()) {
      case NOT_NULL:
        return "must not be null";
      case NULL:
        return "must be null";
      case NOT_BLANK:
        return "must not be blank";
      case NOT_EMPTY:
        return "must not be empty";
      case SIZE: {
        long min = c.longValue("min");
        long max = c.longValue("max");
        if (max == Integer.MAX_VALUE) {
          return "size must be at least " + min;
        }
        return min == 0 ? "size must be at most " + max
            : "size must be between " + min + " and " + max;
      }
      case MIN:
        return "must be greater than or equal to " + c.longValue("value");
      case MAX:
        return "must be less than or equal to " + c.longValue("value");
      case DECIMAL_MIN:
        return (c.booleanValue("inclusive") ? "must be greater than or equal to "
            : "must be greater than ") + c.stringValue("value").trim();
      case DECIMAL_MAX:
        return (c.booleanValue("inclusive") ? "must be less than or equal to "
            : "must be less than ") + c.stringValue("value").trim();
      case POSITIVE:
        return "must be greater than 0";
      case POSITIVE_OR_ZERO:
        return "must be greater than or equal to 0";
      case NEGATIVE:
        return "must be less than 0";
      case NEGATIVE_OR_ZERO:
        return "must be less than or equal to 0";
      case DIGITS:
        return "must have at most " + c.longValue("integer") + " integer digits and "
            + c.longValue("fraction") + " fraction digits";
      case PATTERN:
        return "must match \"" + c.stringValue("regexp") + "\"";
      case EMAIL:
        return "must be a well-formed email address";
      case PAST:
        return "must be in the past";
      case PAST_OR_PRESENT:
        return "must be in the past or the present";
      case FUTURE:
        return "must be in the future";
      case FUTURE_OR_PRESENT:
        return "must be in the present or the future";
      case ASSERT_TRUE:
        return "must be true";
      case ASSERT_FALSE:
        return "must be false";
      default:
        throw new AssertionError(c.kind());
    }
  }
}

package dev.kiln.processor.validation;

import dev.kiln.processor.model.ConstraintKind;
import dev.kiln.processor.model.ConstraintModel;
import dev.kiln.processor.model.MethodCheckModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.math.BigDecimal;
import java.util.List;
import java.util.Locale;
import java.util.StringJoiner;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Checks constraint annotations: that each applies to the type it is on, and that its
 * attributes make sense (a valid regex, {@code min <= max}, a parsable decimal).
 */
public final class ConstraintValidator {

  /** Adds the problems of the constraints on {@code type} and inside it; {@code where} names the spot. */
  public void validate(TypeModel type, String where, Report report) {
    TypeModel target = type.kind() == TypeKindModel.OPTIONAL ? type.element() : type;
    for (ConstraintModel constraint : type.constraints()) {
      String appliesTo = appliesTo(constraint.kind(), target);
      if (appliesTo != null) {
        report.error(constraint.element(), constraint.mirror(), null,
            Messages.constraintNotApplicable(constraint.kind().simpleName(),
                plain(type.mirror()), where, appliesTo));
      } else {
        validateAttributes(constraint, report);
      }
    }
    validatePairs(type.constraints(), report);
    if (type.element() != null) {
      validate(type.element(), where, report);
    }
  }

  /** Adds the problems of a record's {@code @AssertTrue}/{@code @AssertFalse} methods. */
  public void validate(MethodCheckModel check, Report report) {
    var method = check.method();
    boolean ok = method.getParameters().isEmpty()
        && method.getReturnType().getKind() == TypeKind.BOOLEAN
        && !method.getModifiers().contains(Modifier.PRIVATE)
        && !method.getModifiers().contains(Modifier.STATIC);
    if (!ok) {
      report.error(method, check.constraint().mirror(), null,
          Messages.badCheckMethod(method.getSimpleName().toString()));
    }
  }

  /**
   * {@code mirror} as source text without its type-use annotations (a {@link TypeMirror}'s own
   * text includes them: {@code @jakarta.validation.constraints.Size(max=3) int}).
   */
  static String plain(TypeMirror mirror) {
    if (mirror.getKind().isPrimitive()) {
      return mirror.getKind().name().toLowerCase(Locale.ROOT);
    }
    if (mirror.getKind() != TypeKind.DECLARED) {
      return String.valueOf(mirror);
    }
    DeclaredType declared = (DeclaredType) mirror;
    String name = ((TypeElement) declared.asElement()).getQualifiedName().toString();
    if (declared.getTypeArguments().isEmpty()) {
      return name;
    }
    StringJoiner arguments = new StringJoiner(",", name + "<", ">");
    declared.getTypeArguments().forEach(argument -> arguments.add(plain(argument)));
    return arguments.toString();
  }

  /** {@code null} if {@code kind} applies to {@code type}, else the types it applies to. */
  static String appliesTo(ConstraintKind kind, TypeModel type) {
    TypeKindModel k = type.kind();
    switch (kind) {
      case NOT_NULL:
      case NULL:
        return k.isPrimitive() ? "reference types (a primitive is never null)" : null;
      case NOT_BLANK:
      case PATTERN:
      case EMAIL:
        return k == TypeKindModel.STRING ? null : "String";
      case NOT_EMPTY:
      case SIZE:
        return k == TypeKindModel.STRING || k == TypeKindModel.LIST || k == TypeKindModel.SET
            || k == TypeKindModel.MAP ? null : "String, List, Set and Map";
      case MIN:
      case MAX:
      case DECIMAL_MIN:
      case DECIMAL_MAX:
      case POSITIVE:
      case POSITIVE_OR_ZERO:
      case NEGATIVE:
      case NEGATIVE_OR_ZERO:
      case DIGITS:
        return k.isNumber()
            ? null : "int, long, double, their boxes, BigDecimal and BigInteger";
      case PAST:
      case PAST_OR_PRESENT:
      case FUTURE:
      case FUTURE_OR_PRESENT:
        return k.isTemporal() ? null : "LocalDate, LocalDateTime, Instant and OffsetDateTime";
      case ASSERT_TRUE:
      case ASSERT_FALSE:
        return k.unboxed() == TypeKindModel.BOOLEAN ? null : "boolean and Boolean";
      default:
        throw new AssertionError(kind);
    }
  }

  private void validateAttributes(ConstraintModel constraint, Report report) {
    String name = constraint.kind().simpleName();
    switch (constraint.kind()) {
      case SIZE: {
        long min = constraint.longValue("min");
        long max = constraint.longValue("max");
        if (min < 0) {
          report.error(constraint.element(), constraint.mirror(),
              constraint.annotationValue("min"), Messages.negativeBound(name, "min", min));
        } else if (max < min) {
          report.error(constraint.element(), constraint.mirror(), null,
              Messages.minAboveMax(name, min, max));
        }
        break;
      }
      case DIGITS:
        for (String attribute : List.of("integer", "fraction")) {
          if (constraint.longValue(attribute) < 0) {
            report.error(constraint.element(), constraint.mirror(),
                constraint.annotationValue(attribute),
                Messages.negativeBound(name, attribute, constraint.longValue(attribute)));
          }
        }
        break;
      case DECIMAL_MIN:
      case DECIMAL_MAX: {
        String value = constraint.stringValue("value");
        try {
          new BigDecimal(value.trim());
        } catch (NumberFormatException e) {
          report.error(constraint.element(), constraint.mirror(),
              constraint.annotationValue("value"), Messages.badDecimal(name, value));
        }
        break;
      }
      case PATTERN: {
        String regex = constraint.stringValue("regexp");
        try {
          Pattern.compile(regex);
        } catch (PatternSyntaxException e) {
          report.error(constraint.element(), constraint.mirror(),
              constraint.annotationValue("regexp"),
              Messages.badRegex(regex, e.getDescription() + " near index " + e.getIndex()));
        }
        break;
      }
      default:
        break;
    }
  }

  private void validatePairs(List<ConstraintModel> constraints, Report report) {
    ConstraintModel min = find(constraints, ConstraintKind.MIN);
    ConstraintModel max = find(constraints, ConstraintKind.MAX);
    if (min != null && max != null && min.longValue("value") > max.longValue("value")) {
      report.error(min.element(), min.mirror(), min.annotationValue("value"),
          Messages.minAboveMax("Min/@Max", min.longValue("value"), max.longValue("value")));
    }
  }

  private static ConstraintModel find(List<ConstraintModel> constraints, ConstraintKind kind) {
    for (ConstraintModel constraint : constraints) {
      if (constraint.kind() == kind) {
        return constraint;
      }
    }
    return null;
  }
}

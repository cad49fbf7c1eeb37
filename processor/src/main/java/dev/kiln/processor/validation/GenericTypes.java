package dev.kiln.processor.validation;

import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * Tells why a generic type is unsupported: Kiln writes one codec per concrete use ({@code
 * Page<Item>}), so a raw use ({@code Page}) or a type variable or wildcard argument ({@code
 * Page<T>}, {@code Page<?>}) cannot be resolved.
 */
final class GenericTypes {
  /** What {@link #unresolvedArgument} returns for a raw use. */
  static final String RAW = "";

  private GenericTypes() {}

  /**
   * The first type argument of {@code type} that is not concrete (e.g. {@code T}), {@link #RAW}
   * if {@code type} is a raw use of a generic type, or {@code null} if neither.
   */
  static String unresolvedArgument(TypeMirror type) {
    if (type == null || type.getKind() != TypeKind.DECLARED) {
      return null;
    }
    DeclaredType declared = (DeclaredType) type;
    TypeElement element = (TypeElement) declared.asElement();
    if (element.getTypeParameters().isEmpty()) {
      return null;
    }
    if (declared.getTypeArguments().isEmpty()) {
      return RAW;
    }
    for (TypeMirror argument : declared.getTypeArguments()) {
      if (argument.getKind() == TypeKind.TYPEVAR || argument.getKind() == TypeKind.WILDCARD) {
        return argument.toString();
      }
      String nested = unresolvedArgument(argument);
      if (nested != null) {
        return nested.equals(RAW) ? argument.toString() : nested;
      }
    }
    return null;
  }

  /**
   * The {@code [kiln:unresolvable-generic]} message for {@code subject} (e.g. {@code "list()"},
   * {@code "Parameter page"}) using {@code type}, or {@code null} if {@code type} is not an
   * unresolvable generic type.
   */
  static String message(String subject, TypeMirror type) {
    String argument = unresolvedArgument(type);
    if (argument == null) {
      return null;
    }
    String simpleName = ((DeclaredType) type).asElement().getSimpleName().toString();
    return Messages.unresolvableGeneric(subject, String.valueOf(type), simpleName,
        argument.equals(RAW) ? null : argument);
  }
}

package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.TypeKindModel;

/** The runtime {@code Scalars} parser and message of each text-format scalar type. */
final class ScalarCode {
  static final ClassName SCALARS = ClassName.get(RuntimeTypes.GENERATED, "Scalars");

  private ScalarCode() {}

  /** {@code Scalars::uuid} for UUID, and so on. */
  static CodeBlock parser(TypeKindModel kind) {
    return CodeBlock.of("$T::$N", SCALARS, method(kind));
  }

  /** {@code Scalars.UUID_MESSAGE} for UUID, and so on. */
  static CodeBlock message(TypeKindModel kind) {
    return CodeBlock.of("$T.$N", SCALARS, kind.name() + "_MESSAGE");
  }

  /** {@code Scalars.uuid("...")}: the value of a default written as text. */
  static CodeBlock parse(TypeKindModel kind, String text) {
    return CodeBlock.of("$T.$N($S)", SCALARS, method(kind), text);
  }

  private static String method(TypeKindModel kind) {
    switch (kind) {
      case UUID:
        return "uuid";
      case LOCAL_DATE:
        return "localDate";
      case LOCAL_DATE_TIME:
        return "localDateTime";
      case INSTANT:
        return "instant";
      case OFFSET_DATE_TIME:
        return "offsetDateTime";
      case DURATION:
        return "duration";
      default:
        throw new IllegalArgumentException("not a text scalar: " + kind);
    }
  }
}

package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.NameAllocator;
import dev.kiln.processor.model.EnumConstantModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.util.stream.Collectors;

/**
 * The code reading one setting through the runtime's {@code SettingsReader}, and checking its
 * constraints: {@code in.toInt(portValue)}, {@code in.list(originsValue,
 * SettingParsers::toString, SettingParsers.STRING)}.
 */
final class SettingCode {
  static final ClassName PARSERS = ClassName.get(RuntimeTypes.GENERATED, "SettingParsers");

  private final ConstraintCode constraints;

  SettingCode(ConstraintCode constraints) {
    this.constraints = constraints;
  }

  /** The expression reading {@code type} from the {@code ConfigValue} local {@code value}. */
  CodeBlock read(TypeModel type, String value) {
    switch (type.kind()) {
      case INT:
        return CodeBlock.of("in.toInt($N)", value);
      case LONG:
        return CodeBlock.of("in.toLong($N)", value);
      case DOUBLE:
        return CodeBlock.of("in.toDouble($N)", value);
      case BOOLEAN:
        return CodeBlock.of("in.toBoolean($N)", value);
      case OPTIONAL:
        return CodeBlock.of("in.optional($N, $L)", value, parser(type.element()));
      case LIST:
        return CodeBlock.of("in.list($N, $L)", value, parser(type.element()));
      case SET:
        return CodeBlock.of("in.set($N, $L)", value, parser(type.element()));
      default:
        return CodeBlock.of("in.$N($N, $L)", type.nullable() ? "nullable" : "required", value,
            parser(type));
    }
  }

  /**
   * The checks of {@code type}'s constraints on the local {@code local} (each item's, for a list
   * or set), run when it was read without a problem:
   * {@code if (in.isValid(portValue)) { if (!Checks.min(port, 1L)) { in.violation(...); } }}.
   */
  CodeBlock checks(TypeModel type, String local, String value, String hint,
      NameAllocator locals) {
    if (!type.hasConstraints()) {
      return CodeBlock.of("");
    }
    CodeBlock.Builder code = CodeBlock.builder().beginControlFlow("if (in.isValid($N))", value);
    code.add(constraints.checks(type, CodeBlock.of("$N", local), hint,
        (errorCode, message) -> CodeBlock.of("in.violation($N, $S)", value, message)));
    boolean collection = type.kind() == TypeKindModel.LIST || type.kind() == TypeKindModel.SET;
    if (collection && !type.element().constraints().isEmpty()) {
      String item = locals.newName(hint + "Item");
      code.beginControlFlow("for ($T $N : $N)", TypeNames.of(type.element()), item, local)
          .add(constraints.checks(type.element(), CodeBlock.of("$N", item), hint + "Item",
              (errorCode, message) -> CodeBlock.of("in.itemViolation($N, $N, $S)", value, item,
                  message)))
          .endControlFlow();
    }
    return code.endControlFlow().build();
  }

  /** {@code SettingParsers::toInteger, SettingParsers.INT} for an integer, and so on. */
  private static CodeBlock parser(TypeModel type) {
    switch (type.kind().unboxed()) {
      case STRING:
        return parsers("toString", "STRING");
      case INT:
        return parsers("toInteger", "INT");
      case LONG:
        return parsers("toLong", "LONG");
      case DOUBLE:
        return parsers("toDouble", "DOUBLE");
      case BOOLEAN:
        return parsers("toBoolean", "BOOLEAN");
      case BIG_DECIMAL:
        return parsers("toBigDecimal", "BIG_DECIMAL");
      case BIG_INTEGER:
        return parsers("toBigInteger", "BIG_INTEGER");
      case DURATION:
        return parsers("toDuration", "DURATION");
      case ENUM: {
        ClassName codec = Names.enumCodec(TypeNames.className(type));
        String names = type.enumConstants().stream().map(EnumConstantModel::wireName)
            .collect(Collectors.joining(", "));
        return CodeBlock.of("$T::parse,$W$S", codec, "one of " + names);
      }
      default:
        return CodeBlock.of("$L,$W$T.$N", ScalarCode.parser(type.kind()), PARSERS,
            type.kind().name());
    }
  }

  private static CodeBlock parsers(String method, String expected) {
    return CodeBlock.of("$T::$N,$W$T.$N", PARSERS, method, PARSERS, expected);
  }
}

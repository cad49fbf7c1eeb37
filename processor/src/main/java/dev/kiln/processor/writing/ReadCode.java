package dev.kiln.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import javax.lang.model.element.Modifier;

/**
 * Expressions that read one JSON value of a type from a {@code JsonInput} named {@code in},
 * at its current token. Lists get a helper method in the class being written.
 */
final class ReadCode {
  private final HelperMethods helpers;

  ReadCode(HelperMethods helpers) {
    this.helpers = helpers;
  }

  /** An expression reading {@code type}; JSON {@code null} yields {@code null} if nullable. */
  CodeBlock read(TypeModel type) {
    CodeBlock value = readValue(type);
    if (type.nullable() && !type.kind().isPrimitive()) {
      return CodeBlock.of("in.isNull() ? null : $L", value);
    }
    return value;
  }

  private CodeBlock readValue(TypeModel type) {
    switch (type.kind()) {
      case STRING:
        return CodeBlock.of("in.readString()");
      case INT:
      case BOXED_INT:
        return CodeBlock.of("in.readInt()");
      case LONG:
      case BOXED_LONG:
        return CodeBlock.of("in.readLong()");
      case DOUBLE:
      case BOXED_DOUBLE:
        return CodeBlock.of("in.readDouble()");
      case BOOLEAN:
      case BOXED_BOOLEAN:
        return CodeBlock.of("in.readBoolean()");
      case ENUM: {
        var codec = Names.enumCodec(type.className());
        return CodeBlock.of("in.readEnum($T::parse, $T.ALLOWED)", codec, codec);
      }
      case RECORD:
        return CodeBlock.of("$T.read(in)", Names.jsonReader(type.className()));
      case LIST:
        return CodeBlock.of("$N(in)", listHelper(type));
      case OPTIONAL:
        return CodeBlock.of("in.isNull() ? $T.empty() : $T.ofNullable($L)",
            RuntimeTypes.OPTIONAL, RuntimeTypes.OPTIONAL, readValue(type.element()));
      default:
        throw new IllegalArgumentException("not a JSON type: " + type);
    }
  }

  /** The name of a helper {@code static T readX(JsonInput in)}, for method references. */
  String helper(TypeModel type) {
    if (type.kind() == TypeKindModel.LIST && !type.nullable()) {
      return listHelper(type); // already a helper; a wrapper of the same name would call itself
    }
    String name = "read" + (type.nullable() ? "Nullable" : "") + Names.label(type);
    return helpers.ensure(name, () -> MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(type.typeName().box())
        .addParameter(RuntimeTypes.JSON_INPUT, "in")
        .addStatement("return $L", read(type))
        .build());
  }

  // private static List<String> readListOfString(JsonInput in) {
  //   if (!in.beginArray()) {
  //     return null;
  //   }
  //   List<String> list = new ArrayList<>();
  //   while (in.nextElement()) {
  //     list.add(in.readString());
  //   }
  //   return list;
  // }
  private String listHelper(TypeModel list) {
    String name = "read" + Names.label(list);
    return helpers.ensure(name, () -> {
      TypeModel element = list.element();
      return MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(list.typeName())
          .addParameter(RuntimeTypes.JSON_INPUT, "in")
          .beginControlFlow("if (!in.beginArray())")
          .addStatement("return null")
          .endControlFlow()
          .addStatement("$T list = new $T<>()", ParameterizedTypeName.get(RuntimeTypes.LIST,
              element.typeName().box()), RuntimeTypes.ARRAY_LIST)
          .beginControlFlow("while (in.nextElement())")
          .addStatement("list.add($L)", read(element))
          .endControlFlow()
          .addStatement("return list")
          .build();
    });
  }

  /** Whether {@code type} is a primitive, whose absence cannot be told by {@code null}. */
  static boolean isPrimitive(TypeModel type) {
    return type.kind().isPrimitive() && type.kind() != TypeKindModel.VOID;
  }
}

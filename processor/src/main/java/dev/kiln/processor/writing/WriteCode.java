package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import javax.lang.model.element.Modifier;

/**
 * Statements that write one value of a type to a {@code JsonGenerator} named {@code g}. Boxes,
 * lists and optionals get a null-safe helper method in the class being written.
 */
final class WriteCode {
  private static final ClassName DATE_TIME_FORMATTER =
      ClassName.get("java.time.format", "DateTimeFormatter");
  private final HelperMethods helpers;

  WriteCode(HelperMethods helpers) {
    this.helpers = helpers;
  }

  /** A statement writing {@code value} (an expression of {@code type}). */
  CodeBlock write(TypeModel type, CodeBlock value) {
    switch (type.kind()) {
      case STRING:
        return CodeBlock.of("g.writeString($L)", value);
      case INT:
      case LONG:
      case DOUBLE:
        return CodeBlock.of("g.writeNumber($L)", value);
      case BOOLEAN:
        return CodeBlock.of("g.writeBoolean($L)", value);
      case ENUM:
        return CodeBlock.of("g.writeString($T.wireName($L))",
            Names.enumCodec(TypeNames.className(type)), value);
      case RECORD:
        return CodeBlock.of("$T.write(g, $L)", Names.jsonWriter(type), value);
      default:
        return CodeBlock.of("$N(g, $L)", helper(type), value);
    }
  }

  /** Statements writing the property {@code name} with {@code value} of {@code type}. */
  CodeBlock property(String name, TypeModel type, CodeBlock value) {
    CodeBlock.Builder code = CodeBlock.builder();
    switch (type.kind()) {
      case STRING:
        return code.addStatement("g.writeStringProperty($S, $L)", name, value).build();
      case INT:
      case LONG:
      case DOUBLE:
        return code.addStatement("g.writeNumberProperty($S, $L)", name, value).build();
      case BOOLEAN:
        return code.addStatement("g.writeBooleanProperty($S, $L)", name, value).build();
      default:
        return code.addStatement("g.writeName($S)", name)
            .addStatement("$L", write(type, value))
            .build();
    }
  }

  /**
   * The name of a null-safe helper {@code static void writeX(JsonGenerator g, T value)}: for
   * lists, optionals and boxes inline, and for any type used as a method reference.
   */
  String helper(TypeModel type) {
    String name = "write" + Names.label(type);
    return helpers.ensure(name, () -> {
      TypeName valueType = TypeNames.of(type);
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .addParameter(RuntimeTypes.JSON_GENERATOR, "g")
          .addParameter(valueType, "value");
      boolean primitive = type.kind().isPrimitive();
      if (!primitive) {
        method.beginControlFlow("if (value == null)")
            .addStatement("g.writeNull()")
            .addStatement("return")
            .endControlFlow();
      }
      switch (type.kind()) {
        case MAP:
          // g.writeStartObject(); for (Map.Entry<String, V> entry : value.entrySet()) { ... }
          method.addStatement("g.writeStartObject()")
              .beginControlFlow("for ($T<String, $T> entry : value.entrySet())",
                  ClassName.get("java.util", "Map", "Entry"), TypeNames.of(type.element()).box())
              .addStatement("g.writeName(entry.getKey())")
              .addStatement("$L", write(type.element(), CodeBlock.of("entry.getValue()")))
              .endControlFlow()
              .addStatement("g.writeEndObject()");
          break;
        case ARRAY:
        case LIST:
        case SET:
          // g.writeStartArray(); for (String element : value) { g.writeString(element); } ...
          method.addStatement("g.writeStartArray()")
              .beginControlFlow("for ($T element : value)", type.kind() == TypeKindModel.ARRAY
                  ? TypeNames.of(type.element()) : TypeNames.of(type.element()).box())
              .addStatement("$L", write(type.element(), CodeBlock.of("element")))
              .endControlFlow()
              .addStatement("g.writeEndArray()");
          break;
        case OPTIONAL:
          method.beginControlFlow("if (value.isEmpty())")
              .addStatement("g.writeNull()")
              .nextControlFlow("else")
              .addStatement("$L", write(type.element(), CodeBlock.of("value.get()")))
              .endControlFlow();
          break;
        case BIG_DECIMAL:
        case BIG_INTEGER:
          method.addStatement("g.writeNumber(value)");
          break;
        case LOCAL_DATE_TIME:
          // toString() drops zero seconds ("13:45"); ISO formatters always write them
          method.addStatement("g.writeString($T.ISO_LOCAL_DATE_TIME.format(value))",
              DATE_TIME_FORMATTER);
          break;
        case OFFSET_DATE_TIME:
          // RFC 3339 requires seconds: "2024-01-31T13:45:00+01:00", never "13:45+01:00"
          method.addStatement("g.writeString($T.ISO_OFFSET_DATE_TIME.format(value))",
              DATE_TIME_FORMATTER);
          break;
        case UUID:
        case LOCAL_DATE:
        case INSTANT:
        case DURATION:
          method.addStatement("g.writeString(value.toString())");
          break;
        default:
          method.addStatement("$L", write(unboxed(type), CodeBlock.of("value")));
          break;
      }
      return method.build();
    });
  }

  private static TypeModel unboxed(TypeModel type) {
    return new TypeModel(type.kind().unboxed(), type.mirror(), type.element(),
        type.enumConstants(), false);
  }
}

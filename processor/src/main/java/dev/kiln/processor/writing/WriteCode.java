package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;

/**
 * Statements that write one value of a type to a {@code JsonGenerator} named {@code g}: the
 * generator's own methods for primitives and strings, the generated codecs for records and
 * enums, and the runtime's null-safe {@code JsonWriters} for everything else.
 */
final class WriteCode {
  static final ClassName JSON_WRITERS = ClassName.get(RuntimeTypes.GENERATED, "JsonWriters");

  private WriteCode() {}

  // g.writeString(value.name())
  // Item_JsonWriter.write(g, value.item())
  // JsonWriters.writeList(g, value.tags(), JsonWriters::writeString)
  /** An expression statement writing {@code value} (an expression of {@code type}). */
  static CodeBlock write(TypeModel type, CodeBlock value) {
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
      case LIST:
      case SET:
        return container("writeList", type, value);
      case MAP:
        return container("writeMap", type, value);
      case OPTIONAL:
        return container("writeOptional", type, value);
      case ARRAY:
        return type.element().kind().isPrimitive()
            ? CodeBlock.of("$T.$N(g, $L)", JSON_WRITERS, scalarWriter(type), value)
            : container("writeArray", type, value);
      default:
        return CodeBlock.of("$T.$N(g, $L)", JSON_WRITERS, scalarWriter(type), value);
    }
  }

  /** Statements writing the property {@code name} with {@code value} of {@code type}. */
  static CodeBlock property(String name, TypeModel type, CodeBlock value) {
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

  // Item_JsonWriter::write, JsonWriters::writeUuid, JsonWriters.listOf(JsonWriters::writeString)
  /** A {@code JsonWriter} of {@code type}: a method reference, or a composed writer. */
  static CodeBlock writer(TypeModel type) {
    switch (type.kind()) {
      case RECORD:
        return CodeBlock.of("$T::write", Names.jsonWriter(type));
      case ENUM:
        return CodeBlock.of("$T.enumOf($T::wireName)", JSON_WRITERS,
            Names.enumCodec(TypeNames.className(type)));
      case LIST:
      case SET:
        return CodeBlock.of("$T.listOf($L)", JSON_WRITERS, writer(type.element()));
      case MAP:
        return CodeBlock.of("$T.mapOf($L)", JSON_WRITERS, writer(type.element()));
      case OPTIONAL:
        return CodeBlock.of("$T.optionalOf($L)", JSON_WRITERS, writer(type.element()));
      case ARRAY:
        if (!type.element().kind().isPrimitive()) {
          return CodeBlock.of("$T.arrayOf($L)", JSON_WRITERS, writer(type.element()));
        }
        return CodeBlock.of("$T::$N", JSON_WRITERS, scalarWriter(type));
      default:
        return CodeBlock.of("$T::$N", JSON_WRITERS, scalarWriter(type));
    }
  }

  private static CodeBlock container(String method, TypeModel type, CodeBlock value) {
    return CodeBlock.of("$T.$N(g, $L,$W$L)", JSON_WRITERS, method, value,
        writer(type.element()));
  }

  /** The {@code JsonWriters} method writing a scalar (or primitive array) of {@code type}. */
  private static String scalarWriter(TypeModel type) {
    switch (type.kind()) {
      case STRING:
        return "writeString";
      case INT:
      case BOXED_INT:
        return "writeInteger";
      case LONG:
      case BOXED_LONG:
        return "writeLong";
      case DOUBLE:
      case BOXED_DOUBLE:
        return "writeDouble";
      case BOOLEAN:
      case BOXED_BOOLEAN:
        return "writeBoolean";
      case BIG_DECIMAL:
        return "writeBigDecimal";
      case BIG_INTEGER:
        return "writeBigInteger";
      case UUID:
        return "writeUuid";
      case LOCAL_DATE:
        return "writeLocalDate";
      case LOCAL_DATE_TIME:
        return "writeLocalDateTime";
      case INSTANT:
        return "writeInstant";
      case OFFSET_DATE_TIME:
        return "writeOffsetDateTime";
      case DURATION:
        return "writeDuration";
      case ARRAY:
        // int[] and the like: JsonWriters.writeIntArray, ...
        return "write" + Names.label(type.element()) + "Array";
      default:
        throw new IllegalArgumentException("not a JSON scalar: " + type);
    }
  }
}

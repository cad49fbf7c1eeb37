package dev.kiln.processor.writing;

import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
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
  private final ConstraintCode constraints;

  ReadCode(HelperMethods helpers) {
    this.helpers = helpers;
    this.constraints = new ConstraintCode(helpers);
  }

  /** The statements reporting violations of {@code type}'s constraints on {@code value}. */
  CodeBlock checks(TypeModel type, CodeBlock value, String hint) {
    return constraints.checks(type, value, hint,
        (code, message) -> CodeBlock.of("in.violation($S, $S)", code, message));
  }

  // name = in.readString();
  // if (!Checks.notBlank(name)) { in.violation("not_blank", "must not be blank"); }
  //
  // int addressErrors = in.errorCount();        for a record (or Optional of one) with constraints:
  // address = Address_JsonReader.read(in);      its reader answers null after errors inside it,
  // if (in.errorCount() == addressErrors) {...} which @NotNull must not report again
  /**
   * Statements assigning {@code type} read from the input to the local {@code target} (declared
   * if {@code declare}), then checking its constraints; {@code names} allocates a local when one
   * is needed.
   */
  CodeBlock readAndCheck(TypeModel type, String target, boolean declare, String hint,
      NameAllocator names) {
    CodeBlock assign = declare
        ? CodeBlock.of("$T $N = $L", TypeNames.of(type), target, read(type, hint))
        : CodeBlock.of("$N = $L", target, read(type, hint));
    CodeBlock checks = checks(type, CodeBlock.of("$N", target), hint);
    CodeBlock.Builder code = CodeBlock.builder();
    if (checks.isEmpty() || !readsRecord(type)) {
      return code.addStatement("$L", assign).add(checks).build();
    }
    String count = names.newName(hint + "Errors");
    return code.addStatement("int $N = in.errorCount()", count)
        .addStatement("$L", assign)
        .beginControlFlow("if (in.errorCount() == $N)", count)
        .add(checks)
        .endControlFlow()
        .build();
  }

  /** Whether {@code type} is a record or an {@code Optional} of one. */
  private static boolean readsRecord(TypeModel type) {
    TypeModel target = type.kind() == TypeKindModel.OPTIONAL ? type.element() : type;
    return target.kind() == TypeKindModel.RECORD;
  }

  /** An expression reading {@code type}; JSON {@code null} yields {@code null} if nullable. */
  CodeBlock read(TypeModel type) {
    return read(type, "value");
  }

  /**
   * An expression reading {@code type}; {@code hint} (e.g. the component name) names helpers
   * that check constraints on elements.
   */
  CodeBlock read(TypeModel type, String hint) {
    CodeBlock value = readValue(type, hint);
    if (type.nullable() && !type.kind().isPrimitive()) {
      return CodeBlock.of("in.isNull() ? null : $L", value);
    }
    return value;
  }

  private CodeBlock readValue(TypeModel type, String hint) {
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
        var codec = Names.enumCodec(TypeNames.className(type));
        return CodeBlock.of("in.readEnum($T::parse, $T.ALLOWED)", codec, codec);
      }
      case BIG_DECIMAL:
        return CodeBlock.of("in.readBigDecimal()");
      case BIG_INTEGER:
        return CodeBlock.of("in.readBigInteger()");
      case UUID:
      case LOCAL_DATE:
      case LOCAL_DATE_TIME:
      case INSTANT:
      case OFFSET_DATE_TIME:
      case DURATION:
        return CodeBlock.of("in.readText($L, $L)", ScalarCode.parser(type.kind()),
            ScalarCode.message(type.kind()));
      case RECORD:
        return CodeBlock.of("$T.read(in)", Names.jsonReader(type));
      case MAP:
        return CodeBlock.of("$N(in)", mapHelper(type, hint));
      case ARRAY:
        return CodeBlock.of("$N(in)", arrayHelper(type, hint));
      case LIST:
      case SET:
        return CodeBlock.of("$N(in)", listHelper(type, hint));
      case OPTIONAL:
        return CodeBlock.of("in.isNull() ? $T.empty() : $T.ofNullable($L)",
            RuntimeTypes.OPTIONAL, RuntimeTypes.OPTIONAL, readValue(type.element(), hint));
      default:
        throw new IllegalArgumentException("not a JSON type: " + type);
    }
  }

  /** The name of a helper {@code static T readX(JsonInput in)}, for method references. */
  String helper(TypeModel type) {
    // lists, sets, maps and arrays are read by a helper already; a wrapper of the same name
    // would call itself
    if (!type.nullable()) {
      switch (type.kind()) {
        case LIST:
        case SET:
          return listHelper(type, "value");
        case MAP:
          return mapHelper(type, "value");
        case ARRAY:
          return arrayHelper(type, "value");
        default:
          break;
      }
    }
    String name = "read" + (type.nullable() ? "Nullable" : "") + Names.label(type);
    return helpers.ensure(name, () -> MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeNames.of(type).box())
        .addParameter(RuntimeTypes.JSON_INPUT, "in")
        .addStatement("return $L", read(type, "value"))
        .build());
  }

  // private static List<String> readListOfString(JsonInput in) {
  //   if (!in.beginArray()) {
  //     return null;
  //   }
  //   List<String> list = new ArrayList<>();
  //   while (in.nextElement()) {
  //     list.add(in.readString());   // or: String element = ...; <checks>; list.add(element);
  //   }
  //   return list;
  // }
  private String listHelper(TypeModel list, String hint) {
    TypeModel element = list.element();
    boolean checked = element.hasConstraints();
    String elementHint = hint + "Element";
    boolean set = list.kind() == TypeKindModel.SET;
    String name = checked
        ? "read" + Character.toUpperCase(hint.charAt(0)) + hint.substring(1)
            + (set ? "Set" : "List")
        : "read" + Names.label(list);
    return helpers.ensure(name, () -> {
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(TypeNames.of(list))
          .addParameter(RuntimeTypes.JSON_INPUT, "in")
          .beginControlFlow("if (!in.beginArray())")
          .addStatement("return null")
          .endControlFlow()
          .addStatement("$T list = new $T<>()", ParameterizedTypeName.get(
              set ? RuntimeTypes.SET : RuntimeTypes.LIST, TypeNames.of(element).box()),
              set ? RuntimeTypes.LINKED_HASH_SET : RuntimeTypes.ARRAY_LIST)
          .beginControlFlow("while (in.nextElement())");
      if (checked) {
        NameAllocator names = new NameAllocator();
        for (String reserved : java.util.List.of("in", "list", "element")) {
          names.newName(reserved, reserved);
        }
        method.addCode(readAndCheck(element, "element", true, elementHint, names))
            .addStatement("list.add(element)");
      } else {
        method.addStatement("list.add($L)", read(element, elementHint));
      }
      return method.endControlFlow()
          .addStatement("return list")
          .build();
    });
  }

  // private static Map<String, Integer> readMapOfInteger(JsonInput in) {
  //   if (!in.beginObject()) { return null; }
  //   Map<String, Integer> map = new LinkedHashMap<>();
  //   for (String key = in.nextField(); key != null; key = in.nextField()) {
  //     map.put(key, in.readInt());
  //   }
  //   return map;
  // }
  private String mapHelper(TypeModel map, String hint) {
    TypeModel element = map.element();
    boolean checked = element.hasConstraints();
    String elementHint = hint + "Value";
    String name = checked
        ? "read" + Character.toUpperCase(hint.charAt(0)) + hint.substring(1) + "Map"
        : "read" + Names.label(map);
    return helpers.ensure(name, () -> {
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(TypeNames.of(map))
          .addParameter(RuntimeTypes.JSON_INPUT, "in")
          .beginControlFlow("if (!in.beginObject())")
          .addStatement("return null")
          .endControlFlow()
          .addStatement("$T map = new $T<>()", TypeNames.of(map), RuntimeTypes.LINKED_HASH_MAP)
          .beginControlFlow("for (String key = in.nextField(); key != null; "
              + "key = in.nextField())");
      if (checked) {
        method.addStatement("$T value = $L", TypeNames.of(element), read(element, elementHint))
            .addCode(checks(element, CodeBlock.of("value"), elementHint))
            .addStatement("map.put(key, value)");
      } else {
        method.addStatement("map.put(key, $L)", read(element, elementHint));
      }
      return method.endControlFlow().addStatement("return map").build();
    });
  }

  // private static Item[] readArrayOfItem(JsonInput in) {
  //   List<Item> list = readListOfItem(in);
  //   return list == null ? null : list.toArray(new Item[0]);
  // }
  private String arrayHelper(TypeModel array, String hint) {
    TypeModel element = array.element();
    String name = "read" + Names.label(array)
        + (element.hasConstraints() ? "_" + hint : "");
    // the array's elements are read as a list first (its mirror stays the array's)
    TypeModel list = new TypeModel(TypeKindModel.LIST, array.mirror(), element,
        java.util.List.of(), false);
    return helpers.ensure(name, () -> {
      MethodSpec.Builder method = MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(TypeNames.of(array))
          .addParameter(RuntimeTypes.JSON_INPUT, "in")
          .addStatement("$T list = $N(in)", TypeNames.of(list), listHelper(list, hint))
          .beginControlFlow("if (list == null)")
          .addStatement("return null")
          .endControlFlow();
      if (element.kind().isPrimitive()) {
        method.addStatement("$T array = new $T[list.size()]", TypeNames.of(array),
            TypeNames.of(element))
            .beginControlFlow("for (int i = 0; i < array.length; i++)")
            .addStatement("array[i] = list.get(i)")
            .endControlFlow()
            .addStatement("return array");
      } else {
        method.addStatement("return list.toArray(new $T[0])", TypeNames.of(element));
      }
      return method.build();
    });
  }

  /** Whether {@code type} is a primitive, whose absence cannot be told by {@code null}. */
  static boolean isPrimitive(TypeModel type) {
    return type.kind().isPrimitive() && type.kind() != TypeKindModel.VOID;
  }
}

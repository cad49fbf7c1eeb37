package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.ParameterizedTypeName;
import com.palantir.javapoet.TypeName;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import javax.lang.model.element.Modifier;

/**
 * Expressions that read one JSON value of a type from a {@code JsonInput} named {@code in},
 * at its current token, and {@code JsonReader}s of it: containers through the runtime's {@code
 * JsonReaders}; only a container whose elements have constraints gets a helper method in the
 * class being written, which checks them.
 */
final class ReadCode {
  static final ClassName JSON_READERS = ClassName.get(RuntimeTypes.GENERATED, "JsonReaders");

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
    if (type.kind().isText()) {
      return CodeBlock.of("in.readText($L,$W$L)", ScalarCode.parser(type.kind()),
          ScalarCode.message(type.kind()));
    }
    switch (type.kind()) {
      case ENUM: {
        var codec = Names.enumCodec(TypeNames.className(type));
        return CodeBlock.of("in.readEnum($T::parse,$W$T.ALLOWED)", codec, codec);
      }
      case RECORD:
        return CodeBlock.of("$T.read(in)", Names.jsonReader(type));
      case LIST:
      case SET:
      case MAP:
        if (type.element().hasConstraints()) {
          return CodeBlock.of("$N(in)", checkedHelper(type, hint));
        }
        return CodeBlock.of("$T.$N(in,$W$L)", JSON_READERS, containerMethod(type, "read"),
            reader(type.element(), elementHint(type, hint)));
      case ARRAY:
        return readArray(type, hint);
      case OPTIONAL:
        return CodeBlock.of("in.isNull() ? $T.empty() :$W$T.ofNullable($L)",
            RuntimeTypes.OPTIONAL, RuntimeTypes.OPTIONAL, readValue(type.element(), hint));
      default:
        return CodeBlock.of("in.$N()", inputMethod(type.kind()));
    }
  }

  // JsonReaders.readIntArray(in)
  // JsonReaders.toArray(JsonReaders.readList(in, Item_JsonReader::read), Item[]::new)
  // JsonReaders.toIntArray(readScoresList(in))                    elements with constraints
  private CodeBlock readArray(TypeModel array, String hint) {
    TypeModel element = array.element();
    // the array's elements are read as a list first (its mirror stays the array's)
    TypeModel list = new TypeModel(TypeKindModel.LIST, array.mirror(), element,
        java.util.List.of(), false);
    if (element.kind().isPrimitive()) {
      String label = Names.label(element);
      if (!element.hasConstraints()) {
        return CodeBlock.of("$T.$N(in)", JSON_READERS, "read" + label + "Array");
      }
      return CodeBlock.of("$T.$N($N(in))", JSON_READERS, "to" + label + "Array",
          checkedHelper(list, hint));
    }
    return CodeBlock.of("$T.toArray($L,$W$L)", JSON_READERS, readValue(list, hint),
        arrayConstructor(element));
  }

  // JsonInput::readString, Item_JsonReader::read, JsonReaders.listOf(JsonInput::readInt),
  // JsonReaders.nullable(...), Self::readTagsList (elements with constraints)
  /**
   * A {@code JsonReader} of {@code type}, for method arguments; {@code hint} (e.g. the component
   * name) names the helper that checks constraints on elements.
   */
  CodeBlock reader(TypeModel type, String hint) {
    CodeBlock reader = valueReader(type, hint);
    if (type.nullable() && !type.kind().isPrimitive()) {
      return CodeBlock.of("$T.nullable($L)", JSON_READERS, reader);
    }
    return reader;
  }

  private CodeBlock valueReader(TypeModel type, String hint) {
    TypeModel element = type.element();
    if (type.kind().isText()) {
      return CodeBlock.of("$T.textOf($L,$W$L)", JSON_READERS, ScalarCode.parser(type.kind()),
          ScalarCode.message(type.kind()));
    }
    switch (type.kind()) {
      case ENUM: {
        var codec = Names.enumCodec(TypeNames.className(type));
        return CodeBlock.of("$T.enumOf($T::parse,$W$T.ALLOWED)", JSON_READERS, codec, codec);
      }
      case RECORD:
        return CodeBlock.of("$T::read", Names.jsonReader(type));
      case LIST:
      case SET:
      case MAP:
        if (element.hasConstraints()) {
          return CodeBlock.of("$T::$N", helpers.self(), checkedHelper(type, hint));
        }
        return CodeBlock.of("$T.$N($L)", JSON_READERS, containerMethod(type, "of"),
            reader(element, elementHint(type, hint)));
      case ARRAY:
        if (element.hasConstraints()) {
          return CodeBlock.of("$T::$N", helpers.self(), arrayHelper(type, hint));
        }
        if (element.kind().isPrimitive()) {
          return CodeBlock.of("$T::$N", JSON_READERS, "read" + Names.label(element) + "Array");
        }
        return CodeBlock.of("$T.arrayOf($L,$W$L)", JSON_READERS,
            reader(element, hint + "Element"), arrayConstructor(element));
      case OPTIONAL:
        return CodeBlock.of("$T.optionalOf($L)", JSON_READERS, reader(element, hint));
      default:
        return CodeBlock.of("$T::$N", RuntimeTypes.JSON_INPUT, inputMethod(type.kind()));
    }
  }

  /** {@code readList}/{@code listOf}, {@code readSet}/{@code setOf}, {@code readMap}/... */
  private static String containerMethod(TypeModel type, String role) {
    String noun = type.kind() == TypeKindModel.MAP ? "Map"
        : type.kind() == TypeKindModel.SET ? "Set" : "List";
    return role.equals("read") ? "read" + noun : noun.toLowerCase(java.util.Locale.ROOT) + "Of";
  }

  private static String elementHint(TypeModel container, String hint) {
    return hint + (container.kind() == TypeKindModel.MAP ? "Value" : "Element");
  }

  private static CodeBlock arrayConstructor(TypeModel element) {
    TypeName name = TypeNames.of(element);
    if (name instanceof ParameterizedTypeName) {
      name = ((ParameterizedTypeName) name).rawType();
    }
    return CodeBlock.of("$T[]::new", name);
  }

  private static String inputMethod(TypeKindModel kind) {
    switch (kind.unboxed()) {
      case STRING:
        return "readString";
      case INT:
        return "readInt";
      case LONG:
        return "readLong";
      case DOUBLE:
        return "readDouble";
      case BOOLEAN:
        return "readBoolean";
      case BIG_DECIMAL:
        return "readBigDecimal";
      case BIG_INTEGER:
        return "readBigInteger";
      default:
        throw new IllegalArgumentException("not a JSON type: " + kind);
    }
  }

  /** A helper reading a list, set or map whose elements have constraints, checking them. */
  private String checkedHelper(TypeModel type, String hint) {
    return type.kind() == TypeKindModel.MAP ? mapHelper(type, hint) : listHelper(type, hint);
  }

  private static String helperName(String hint, String noun) {
    return "read" + Character.toUpperCase(hint.charAt(0)) + hint.substring(1) + noun;
  }

  // private static List<String> readTagsList(JsonInput in) {
  //   if (!in.beginArray()) {
  //     return null;
  //   }
  //   List<String> list = new ArrayList<>();
  //   while (in.nextElement()) {
  //     String element = in.readString();
  //     if (!Checks.notBlank(element)) { in.violation("not_blank", "must not be blank"); }
  //     list.add(element);
  //   }
  //   return list;
  // }
  private String listHelper(TypeModel list, String hint) {
    TypeModel element = list.element();
    boolean set = list.kind() == TypeKindModel.SET;
    String name = helperName(hint, set ? "Set" : "List");
    return helpers.ensure(name, () -> {
      NameAllocator names = new NameAllocator();
      for (String reserved : java.util.List.of("in", "list", "element")) {
        names.newName(reserved, reserved);
      }
      TypeName type = ParameterizedTypeName.get(set ? RuntimeTypes.SET : RuntimeTypes.LIST,
          TypeNames.of(element).box());
      return MethodSpec.methodBuilder(name)
          .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
          .returns(type)
          .addParameter(RuntimeTypes.JSON_INPUT, "in")
          .beginControlFlow("if (!in.beginArray())")
          .addStatement("return null")
          .endControlFlow()
          .addStatement("$T list = new $T<>()", type,
              set ? RuntimeTypes.LINKED_HASH_SET : RuntimeTypes.ARRAY_LIST)
          .beginControlFlow("while (in.nextElement())")
          .addCode(readAndCheck(element, "element", true, hint + "Element", names))
          .addStatement("list.add(element)")
          .endControlFlow()
          .addStatement("return list")
          .build();
    });
  }

  // private static Map<String, Integer> readScoresMap(JsonInput in) {
  //   if (!in.beginObject()) { return null; }
  //   Map<String, Integer> map = new LinkedHashMap<>();
  //   for (String key = in.nextField(); key != null; key = in.nextField()) {
  //     Integer value = in.readInt();
  //     <checks of value>
  //     map.put(key, value);
  //   }
  //   return map;
  // }
  private String mapHelper(TypeModel map, String hint) {
    TypeModel element = map.element();
    String name = helperName(hint, "Map");
    return helpers.ensure(name, () -> MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeNames.of(map))
        .addParameter(RuntimeTypes.JSON_INPUT, "in")
        .beginControlFlow("if (!in.beginObject())")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("$T map = new $T<>()", TypeNames.of(map), RuntimeTypes.LINKED_HASH_MAP)
        .beginControlFlow("for (String key = in.nextField(); key != null; "
            + "key = in.nextField())")
        .addStatement("$T value = $L", TypeNames.of(element), read(element, hint + "Value"))
        .addCode(checks(element, CodeBlock.of("value"), hint + "Value"))
        .addStatement("map.put(key, value)")
        .endControlFlow()
        .addStatement("return map")
        .build());
  }

  // private static int[] readScoresArray(JsonInput in) {
  //   return JsonReaders.toIntArray(readScoresList(in));
  // }
  private String arrayHelper(TypeModel array, String hint) {
    String name = helperName(hint, "Array");
    return helpers.ensure(name, () -> MethodSpec.methodBuilder(name)
        .addModifiers(Modifier.PRIVATE, Modifier.STATIC)
        .returns(TypeNames.of(array))
        .addParameter(RuntimeTypes.JSON_INPUT, "in")
        .addStatement("return $L", readArray(array, hint))
        .build());
  }

  /** Whether {@code type} is a primitive, whose absence cannot be told by {@code null}. */
  static boolean isPrimitive(TypeModel type) {
    return type.kind().isPrimitive() && type.kind() != TypeKindModel.VOID;
  }
}

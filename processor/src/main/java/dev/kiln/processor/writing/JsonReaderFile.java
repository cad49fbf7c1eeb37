package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.ConstraintKind;
import dev.kiln.processor.model.MethodCheckModel;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;

/**
 * Writes {@code Item_JsonReader}: a JSON object to a record on jackson-core streaming, through
 * the runtime's {@code JsonInput}. Unknown properties are skipped; missing, duplicate and
 * wrongly typed properties are all reported, each with its JSON pointer.
 */
public final class JsonReaderFile {

  // public static Item read(JsonInput in) {
  //   if (!in.beginObject()) { return null; }
  //   int errors = in.errorCount();
  //   String name = null; ... long seen = 0L;
  //   for (String field = in.nextField(); field != null; field = in.nextField()) {
  //     switch (field) {
  //       case "name":
  //         seen = in.seen(seen, 0x1L);    // records a duplicate if the bit was set
  //         name = in.readString();
  //         break;
  //       default:
  //         in.skipValue();
  //     }
  //   }
  //   if ((seen & 0x1L) == 0) { in.missing("name"); }
  //   return in.errorCount() == errors ? new Item(name, ...) : null;
  // }
  /** The reader file of {@code record}. */
  public JavaFile write(RecordModel record) {
    ClassName rawType = TypeNames.className(record.type());
    TypeName type = TypeNames.of(record.type());
    ClassName reader = Names.jsonReader(record.type());
    HelperMethods helpers = new HelperMethods(reader);
    ReadCode code = new ReadCode(helpers);

    NameAllocator names = new NameAllocator();
    for (String reserved : List.of("in", "field", "errors")) {
      names.newName(reserved, reserved);
    }
    List<ComponentModel> components = record.components();
    List<String> masks = new ArrayList<>();
    for (int i = 0; i < components.size(); i += 64) {
      masks.add(names.newName(components.size() > 64 ? "seen" + (i / 64) : "seen"));
    }
    List<String> locals = new ArrayList<>();
    for (ComponentModel component : components) {
      locals.add(names.newName(component.javaName()));
    }

    MethodSpec.Builder read = MethodSpec.methodBuilder("read")
        .addJavadoc("Reads a {@link $T} from the JSON object at the input's current token.\n"
            + "Properties: $L; unknown ones are skipped.\n\n"
            + "@return the record, or {@code null} if the object had errors (added to the "
            + "input's errors)\n", rawType, JsonWriterFile.propertyList(record))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(RuntimeTypes.JSON_INPUT, "in")
        .beginControlFlow("if (!in.beginObject())")
        .addStatement("return null")
        .endControlFlow()
        .addStatement("int errors = in.errorCount()");
    for (int i = 0; i < components.size(); i++) {
      TypeModel componentType = components.get(i).type();
      read.addStatement("$T $N = $L", TypeNames.of(componentType), locals.get(i),
          initialValue(componentType));
    }
    for (String mask : masks) {
      read.addStatement("long $N = 0L", mask);
    }

    read.beginControlFlow("for (String field = in.nextField(); field != null; "
        + "field = in.nextField())");
    read.beginControlFlow("switch (field)");
    for (int i = 0; i < components.size(); i++) {
      ComponentModel component = components.get(i);
      String mask = masks.get(i / 64);
      String bit = bit(i);
      read.addCode("case $S:\n", component.jsonName()).addCode(CodeBlock.builder().indent()
          .addStatement("$N = in.seen($N, $L)", mask, mask, bit)
          .add(code.readAndCheck(component.type(), locals.get(i), false,
              component.javaName(), names))
          .addStatement("break")
          .unindent().build());
    }
    read.addCode("default:\n").addCode(CodeBlock.builder().indent()
        .addStatement("in.skipValue()")
        .unindent().build());
    read.endControlFlow().endControlFlow();

    for (int i = 0; i < components.size(); i++) {
      ComponentModel component = components.get(i);
      if (component.required()) {
        read.beginControlFlow("if (($N & $L) == 0)", masks.get(i / 64), bit(i))
            .addStatement("in.missing($S)", component.jsonName())
            .endControlFlow();
      } else if (!ConstraintCode.brokenByDefault(component.type()).isEmpty()) {
        // an absent list reads as empty, an absent Optional as empty, others as null
        read.beginControlFlow("if (($N & $L) == 0)", masks.get(i / 64), bit(i));
        for (var constraint : ConstraintCode.brokenByDefault(component.type())) {
          read.addStatement("in.absentViolation($S, $S, $S)", component.jsonName(),
              constraint.kind().code(), ConstraintCode.message(constraint));
        }
        read.endControlFlow();
      }
    }
    CodeBlock construct = CodeBlock.of(record.type().arguments().isEmpty() ? "new $T($L)"
        : "new $T<>($L)", rawType, locals.stream()
        .map(local -> CodeBlock.of("$N", local)).collect(CodeBlock.joining(",$W")));
    if (record.checks().isEmpty()) {
      read.addStatement("return in.errorCount() == errors ? $L : null", construct);
    } else {
      // cross-field rules: @AssertTrue/@AssertFalse methods run on the built record
      String value = names.newName("value");
      read.beginControlFlow("if (in.errorCount() != errors)")
          .addStatement("return null")
          .endControlFlow()
          .addStatement("$T $N = $L", type, value, construct);
      for (MethodCheckModel check : record.checks()) {
        String method = check.method().getSimpleName().toString();
        boolean expected = check.constraint().kind() == ConstraintKind.ASSERT_TRUE;
        read.beginControlFlow(expected ? "if (!$N.$N())" : "if ($N.$N())", value, method)
            .addStatement("in.violation($S, $S)", check.constraint().kind().code(),
                ConstraintCode.message(check.constraint()))
            .endControlFlow();
      }
      read.addStatement("return in.errorCount() == errors ? $N : null", value);
    }

    TypeSpec.Builder spec = Generated.type(reader, record.element())
        .addJavadoc("Reads {@link $T} from JSON (RFC 8259) with jackson-core streaming.\n",
            rawType)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(read.build());
    helpers.addTo(spec);
    return Generated.file(reader.packageName(), spec.build());
  }

  private static String bit(int index) {
    return "0x" + Long.toHexString(1L << (index % 64)) + "L";
  }

  private static CodeBlock initialValue(TypeModel type) {
    switch (type.kind()) {
      case INT:
      case LONG:
        return CodeBlock.of("0");
      case DOUBLE:
        return CodeBlock.of("0.0");
      case BOOLEAN:
        return CodeBlock.of("false");
      case LIST:
        return CodeBlock.of("$T.of()", RuntimeTypes.LIST);
      case SET:
        return CodeBlock.of("$T.of()", RuntimeTypes.SET);
      case MAP:
        return CodeBlock.of("$T.of()", ClassName.get("java.util", "Map"));
      case OPTIONAL:
        return CodeBlock.of("$T.empty()", RuntimeTypes.OPTIONAL);
      default:
        return CodeBlock.of("null");
    }
  }
}

package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeName;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.RecordModel;
import javax.lang.model.element.Modifier;

/** Writes {@code Item_JsonWriter}: a record to a JSON object on jackson-core streaming. */
public final class JsonWriterFile {

  // public static void write(JsonGenerator g, Item value) {
  //   if (value == null) { g.writeNull(); return; }
  //   g.writeStartObject();
  //   g.writeStringProperty("name", value.name());
  //   ...
  //   g.writeEndObject();
  // }
  /** The writer file of {@code record}. */
  public JavaFile write(RecordModel record) {
    ClassName rawType = TypeNames.className(record.type());
    TypeName type = TypeNames.of(record.type());
    ClassName writer = Names.jsonWriter(record.type());

    MethodSpec.Builder write = MethodSpec.methodBuilder("write")
        .addJavadoc("Writes {@code value} as a JSON object with the properties $L, or JSON "
            + "{@code null} for {@code null}.\n", propertyList(record))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .addParameter(RuntimeTypes.JSON_GENERATOR, "g")
        .addParameter(type, "value")
        .beginControlFlow("if (value == null)")
        .addStatement("g.writeNull()")
        .addStatement("return")
        .endControlFlow()
        .addStatement("g.writeStartObject()");
    for (ComponentModel component : record.components()) {
      write.addCode(WriteCode.property(component.jsonName(), component.type(),
          CodeBlock.of(component.field() ? "value.$N" : "value.$N()", component.accessor())));
    }
    write.addStatement("g.writeEndObject()");

    TypeSpec.Builder spec = Generated.type(writer, record.element())
        .addJavadoc("Writes {@link $T} as JSON (RFC 8259) with jackson-core streaming.\n",
            rawType)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(write.build());
    return Generated.file(writer.packageName(), spec.build());
  }

  static String propertyList(RecordModel record) {
    StringBuilder names = new StringBuilder();
    for (ComponentModel component : record.components()) {
      if (names.length() > 0) {
        names.append(", ");
      }
      names.append("{@code ").append(component.jsonName()).append('}');
    }
    return names.length() == 0 ? "(none)" : names.toString();
  }
}

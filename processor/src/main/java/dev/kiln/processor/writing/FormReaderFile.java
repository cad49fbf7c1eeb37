package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.JavaFile;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.NameAllocator;
import com.palantir.javapoet.TypeSpec;
import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RecordModel;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.VariableElement;

/**
 * Writes {@code Item_FormReader}: an {@code application/x-www-form-urlencoded} body to a record,
 * each component bound like a query parameter (same conversions, same errors, pointers {@code
 * /name}); or {@code Item_MultipartReader}: the same from a {@code multipart/form-data} body,
 * where {@code Upload} components bind file parts ({@link UploadCode}).
 */
public final class FormReaderFile {
  private final boolean multipart;

  /** A writer of form readers. */
  public FormReaderFile() {
    this(false);
  }

  /** {@code multipart}: a writer of multipart readers instead. */
  public FormReaderFile(boolean multipart) {
    this.multipart = multipart;
  }

  // public static Item read(RouteExchange exchange, FormInput form) {
  //   int errors = exchange.errors().count();
  //   String name = Params.toString(exchange.errors(), ParamIn.BODY, "name",
  //       form.first(exchange.errors(), "name"));
  //   ...
  //   return exchange.errors().count() == errors ? new Item(name, ...) : null;
  // }
  /** The form reader file of {@code record}. */
  public JavaFile write(RecordModel record) {
    ClassName type = TypeNames.className(record.type());
    ClassName reader = multipart ? Names.multipartReader(record.type())
        : Names.formReader(record.type());
    HelperMethods helpers = new HelperMethods(reader);
    ParamBinding binding = new ParamBinding(helpers);
    NameAllocator locals = new NameAllocator();
    locals.newName("exchange", "exchange");
    locals.newName("form", "form");
    locals.newName("errors", "errors");

    MethodSpec.Builder read = MethodSpec.methodBuilder("read")
        .addJavadoc("Reads a {@link $T} from the fields $L of an HTML form.\n\n"
            + "@return the record, or {@code null} if a field had errors (added to the "
            + "exchange's errors)\n", type, JsonWriterFile.propertyList(record))
        .addModifiers(Modifier.PUBLIC, Modifier.STATIC)
        .returns(type)
        .addParameter(RuntimeTypes.EXCHANGE, "exchange")
        .addParameter(ClassName.get(RuntimeTypes.GENERATED,
            multipart ? "MultipartInput" : "FormInput"), "form")
        .addStatement("int errors = exchange.errors().count()");
    List<CodeBlock> arguments = new ArrayList<>();
    for (ComponentModel component : record.components()) {
      ParamModel field = new ParamModel((VariableElement) component.element(),
          component.javaName(), ParamKind.FORM, component.jsonName(), component.type(), null,
          null, List.of(), false);
      String local = locals.newName(component.javaName());
      if (UploadCode.isUpload(field)) {
        read.addCode(UploadCode.bind(field, local)).addCode(binding.checks(field, local, locals));
      } else {
        read.addCode(binding.bind(field, local, locals, List.of()));
      }
      arguments.add(CodeBlock.of("$N", local));
    }
    read.addStatement("return exchange.errors().count() == errors ? new $T($L) : null", type,
        CodeBlock.join(arguments, ",$W"));

    TypeSpec.Builder spec = Generated.type(reader, record.element())
        .addJavadoc(multipart
            ? "Reads {@link $T} from a {@code multipart/form-data} body (RFC 7578).\n"
            : "Reads {@link $T} from an {@code application/x-www-form-urlencoded} body "
            + "(the HTML form encoding).\n", type)
        .addMethod(MethodSpec.constructorBuilder().addModifiers(Modifier.PRIVATE).build())
        .addMethod(read.build());
    helpers.addTo(spec);
    return Generated.file(reader.packageName(), spec.build());
  }
}

package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.util.List;

/**
 * The expression that reads a handler's request body: JSON (the default), an HTML form, both
 * (by {@code Content-Type}), raw bytes or a stream, following the route's {@code @Consumes}.
 */
final class BodyCode {
  private final ClassName self;
  private final HelperMethods helpers;

  BodyCode(ClassName self, HelperMethods helpers) {
    this.self = self;
    this.helpers = helpers;
  }

  // Item item = exchange.readJson(Item_JsonReader::read);
  // Item item = exchange.readFormOrJson(Item_FormReader::read, Item_JsonReader::read);
  // Item item = exchange.readMultipart(Item_MultipartReader::read);
  /** The statement reading {@code body} into {@code local}. */
  CodeBlock read(RouteModel route, ParamModel body, String local) {
    TypeModel type = body.type();
    List<String> consumes = route.consumes();
    CodeBlock.Builder code = CodeBlock.builder();
    if (body.isRawBody()) {
      if (!consumes.isEmpty()) {
        code.addStatement("exchange.requireContentType($L)", literals(consumes));
      }
      return code.addStatement("$T $N = exchange.$N()", TypeNames.of(type), local,
          type.kind() == TypeKindModel.BYTES ? "readBytes" : "requestBody").build();
    }
    if (route.readsMultipartBody()) {
      return code.addStatement("$T $N = exchange.readMultipart($T::read)", TypeNames.of(type),
          local, Names.multipartReader(type)).build();
    }
    boolean form = route.readsFormBody();
    boolean json = route.readsJsonBody();
    // only a record has a form reader (validation rejects other form bodies): name it only then
    CodeBlock readJson = json ? CodeBlock.of("exchange.readJson($L)", jsonReader(type)) : null;
    CodeBlock readForm = form
        ? CodeBlock.of("exchange.readForm($T::read)", Names.formReader(type)) : null;
    if (form && json) {
      return code.addStatement("$T $N = exchange.readFormOrJson($T::read, $L)", TypeNames.of(type),
          local, Names.formReader(type), jsonReader(type)).build();
    }
    return code.addStatement("$T $N = $L", TypeNames.of(type), local, form ? readForm : readJson)
        .build();
  }

  /**
   * Whether reading {@code body} answers the errors found so far itself (JSON and form readers
   * do; raw bodies do not, so the route still calls {@code throwIfInvalid}).
   */
  boolean readsErrors(ParamModel body) {
    return !body.isRawBody();
  }

  private CodeBlock jsonReader(TypeModel type) {
    return new ReadCode(helpers).reader(type, "value");
  }

  private static CodeBlock literals(List<String> values) {
    return values.stream().map(v -> CodeBlock.of("$S", v)).collect(CodeBlock.joining(",$W"));
  }
}

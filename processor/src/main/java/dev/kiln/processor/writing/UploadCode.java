package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.TypeKindModel;

/** Statements that bind a file part of a {@code multipart/form-data} body to an {@code Upload}. */
final class UploadCode {
  private static final CodeBlock ERRORS = CodeBlock.of("exchange.errors()");

  private UploadCode() {}

  /** Whether {@code field} binds file parts: {@code Upload}, {@code Optional<Upload>}, {@code List<Upload>}. */
  static boolean isUpload(ParamModel field) {
    return field.valueType().kind() == TypeKindModel.UPLOAD;
  }

  // Upload photo = form.file(exchange.errors(), "photo", true);
  // Optional<Upload> photo = Optional.ofNullable(form.file(exchange.errors(), "photo", false));
  // List<Upload> files = form.files("file");
  /** The statement binding {@code field} to the local {@code local}. */
  static CodeBlock bind(ParamModel field, String local) {
    ClassName upload = ClassName.get(RuntimeTypes.RUNTIME, "Upload");
    if (field.repeated()) {
      return CodeBlock.builder().addStatement("$T<$T> $N = form.files($S)", RuntimeTypes.LIST,
          upload, local, field.wireName()).build();
    }
    CodeBlock file = CodeBlock.of("form.file($L, $S, $L)", ERRORS, field.wireName(),
        field.required());
    if (field.type().kind() == TypeKindModel.OPTIONAL) {
      return CodeBlock.builder().addStatement("$T<$T> $N = $T.ofNullable($W$L)",
          RuntimeTypes.OPTIONAL, upload, local, RuntimeTypes.OPTIONAL, file).build();
    }
    return CodeBlock.builder().addStatement("$T $N = $L", upload, local, file).build();
  }
}

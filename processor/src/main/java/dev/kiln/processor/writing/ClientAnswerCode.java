package dev.kiln.processor.writing;

import com.palantir.javapoet.CodeBlock;
import dev.kiln.processor.model.TypeModel;

/**
 * The {@code Answer} expression that reads what a client method returns: no content, text,
 * bytes, a stream or JSON, inside {@code Response<T>} and {@code Optional<T>} (404 is empty).
 */
final class ClientAnswerCode {
  private final HelperMethods helpers;

  ClientAnswerCode(HelperMethods helpers) {
    this.helpers = helpers;
  }

  // Answers.optional(Answers.json(Todo_JsonReader::read))
  /** The answer of {@code type} (the return type, a {@code CompletionStage} unwrapped). */
  CodeBlock answer(TypeModel type) {
    switch (type.kind()) {
      case RESPONSE:
        return CodeBlock.of("$T.response($L)", ClientTypes.ANSWERS, answer(type.element()));
      case OPTIONAL:
        return CodeBlock.of("$T.optional($L)", ClientTypes.ANSWERS, answer(type.element()));
      case VOID:
        return CodeBlock.of("$T.none()", ClientTypes.ANSWERS);
      case STRING:
        return CodeBlock.of("$T.text()", ClientTypes.ANSWERS);
      case BYTES:
        return CodeBlock.of("$T.bytes()", ClientTypes.ANSWERS);
      case INPUT_STREAM:
        return CodeBlock.of("$T.stream()", ClientTypes.ANSWERS);
      default:
        return CodeBlock.of("$T.json($L)", ClientTypes.ANSWERS, reader(type));
    }
  }

  private CodeBlock reader(TypeModel type) {
    return new ReadCode(helpers).reader(type, "value");
  }
}

package dev.kiln.processor.validation;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.util.Locale;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks that a handler answering JSON declares a JSON media type with {@code @Produces}, if any:
 * the answer is sent with the declared type (RFC 9110 section 8.3), so it must be one a JSON
 * body can have ({@code application/json} or a {@code +json} structured syntax suffix, RFC 6839).
 */
final class AnswerMediaTypes {
  private AnswerMediaTypes() {}

  /** Reports a non-JSON {@code @Produces} on {@code route}'s JSON answer. */
  static void check(RouteModel route, Report report) {
    if (route.produces() == null || !answersJson(route.returnType()) || isJson(route.produces())) {
      return;
    }
    AnnotationMirror produces = Annotations.find(route.method(), Annotations.PRODUCES);
    report.error(route.method(), produces, Annotations.explicitValue(produces, "value"),
        AnswerMessages.jsonMediaType(route.methodName(), route.produces()));
  }

  /** Whether {@code mediaType} is JSON: {@code application/json} or {@code type/x+json}. */
  static boolean isJson(String mediaType) {
    int parameters = mediaType.indexOf(';');
    String essence = (parameters < 0 ? mediaType : mediaType.substring(0, parameters)).strip()
        .toLowerCase(Locale.ROOT);
    return essence.equals("application/json") || essence.endsWith("+json");
  }

  private static boolean answersJson(TypeModel type) {
    switch (type.kind()) {
      case COMPLETION_STAGE:
      case RESPONSE:
      case OPTIONAL:
        return type.element() != null && answersJson(type.element());
      case VOID:
      case STRING:
      case BYTES:
      case INPUT_STREAM:
      case EVENT_STREAM:
      case HTML_PAGE: // text/html; WebValidator checks its @Produces
      case UNSUPPORTED:
      case UNRESOLVED:
        return false;
      default:
        return true;
    }
  }
}

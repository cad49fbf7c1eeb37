package dev.kiln.processor.validation;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.DeclaredResponseModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeModel;

/**
 * Checks the body types routes declare with {@code @ApiResponse(body = ...)}: a type Kiln
 * writes and reads as JSON, on a response that has content and is not the handler's own
 * success answer (whose body is the return type).
 */
final class DeclaredBodyCheck {
  private DeclaredBodyCheck() {}

  /** Reports each misused {@code body} of {@code route}'s declared responses, on its value. */
  static void check(RouteModel route, Report report) {
    for (DeclaredResponseModel declared : route.declaredResponses()) {
      TypeModel body = declared.body();
      if (body == null) {
        continue;
      }
      String message = null;
      if (body.firstProblem() != null || !body.isJson()) {
        message = AnswerMessages.declaredBodyType(route.methodName(), declared.status(),
            String.valueOf(body.mirror()));
      } else if (declared.empty()) {
        message = AnswerMessages.declaredBodyEmpty(route.methodName(), declared.status());
      } else if (declared.status() >= 200 && declared.status() < 300) {
        message = AnswerMessages.declaredBodySuccess(route.methodName(), declared.status());
      }
      if (message != null) {
        report.error(route.method(), declared.annotation(),
            Annotations.explicitValue(declared.annotation(), "body"), message);
      }
    }
  }
}

package dev.kiln.processor.validation;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.DeclaredResponseModel;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks what a route says about web pages and background tasks: an {@code HtmlPage} answer is
 * {@code text/html}, an {@code @ApiResponse(mediaType)} is a text type of a response with content,
 * a {@code BackgroundTasks} parameter carries no binding annotation, and a {@code @Client}
 * interface uses neither. Never writes.
 */
final class WebValidator {
  /** The media type of a page, without parameters. */
  private static final String HTML = "text/html";
  /** A text media type, with parameters: {@code text/html; charset=utf-8}. */
  private static final String TEXT_TYPE =
      "(?i)text/[a-z0-9][a-z0-9!#$&^_.+-]*(\\s*;\\s*[a-z0-9!#$&^_.+-]+=[^;\\s]+)*";

  private WebValidator() {}

  /** Adds the problems of {@code route}, a controller's or a client's, to {@code report}. */
  static void validate(RouteModel route, Report report) {
    if (route.responseType().kind() == TypeKindModel.HTML_PAGE && route.produces() != null
        && !route.produces().split(";")[0].strip().equalsIgnoreCase(HTML)) {
      AnnotationMirror produces = Annotations.find(route.method(), Annotations.PRODUCES);
      report.error(route.method(), produces, Annotations.explicitValue(produces, "value"),
          WebMessages.pageMediaType(route.methodName(),
              String.valueOf(route.responseType().mirror()), route.produces()));
    }
    for (DeclaredResponseModel declared : route.declaredResponses()) {
      String mediaType = declared.mediaType();
      if (!mediaType.isEmpty() && (declared.empty() || !mediaType.matches(TEXT_TYPE))) {
        report.error(route.method(), declared.annotation(),
            Annotations.explicitValue(declared.annotation(), "mediaType"),
            WebMessages.badResponseMediaType(route.methodName(), declared.status(), mediaType,
                declared.empty()));
      }
    }
    for (ParamModel param : route.params()) {
      if (param.kind() == ParamKind.BACKGROUND_TASKS && param.explicitAnnotation() != null) {
        AnnotationMirror annotation = param.explicitAnnotation();
        report.error(param.element(), annotation, null, WebMessages.backgroundTasksAnnotated(
            param.javaName(), annotation.getAnnotationType().asElement().getSimpleName()
                .toString()));
      }
      for (ParamModel member : param.members()) {
        if (member.kind() == ParamKind.BACKGROUND_TASKS) {
          report.error(param.element(),
              WebMessages.backgroundTasksInBean(param.javaName(), member.javaName()));
        }
      }
    }
  }

  /** Adds the problems of {@code route}, a {@code @Client} interface's, to {@code report}. */
  static void validateClient(RouteModel route, Report report) {
    if (route.responseType().kind() == TypeKindModel.HTML_PAGE) {
      report.error(route.method(), WebMessages.clientPage(route.methodName(),
          String.valueOf(route.responseType().mirror())));
    }
    for (ParamModel param : route.params()) {
      if (param.kind() == ParamKind.BACKGROUND_TASKS) {
        report.error(param.element(),
            WebMessages.clientBackgroundTasks(route.methodName(), param.javaName()));
      }
    }
  }
}

package dev.kiln.processor.validation;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TimeoutModel;
import dev.kiln.processor.model.TypeKindModel;

/** Checks a route's {@code @Timeout}: positive, on a handler returning a {@code CompletionStage}. */
final class TimeoutValidator {
  private TimeoutValidator() {}

  static void validate(RouteModel route, Report report) {
    TimeoutModel timeout = route.timeout();
    if (timeout == null) {
      return;
    }
    if (timeout.value() <= 0) {
      report.error(route.method(), timeout.annotation(),
          Annotations.explicitValue(timeout.annotation(), "value"),
          Messages.badTimeout(timeout.value()));
    } else if (route.returnType().kind() != TypeKindModel.COMPLETION_STAGE) {
      report.error(route.method(), timeout.annotation(), null,
          Messages.timeoutNotAsync(route.methodName()));
    }
  }
}

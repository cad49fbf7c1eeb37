package dev.kiln.processor.step;

import dev.kiln.processor.model.DeclaredResponseModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeModel;
import dev.kiln.processor.validation.Report;
import java.util.function.BiConsumer;

/**
 * The codecs of the JSON bodies a route declares with {@code @ApiResponse(body = ...)}: the
 * server writes them, a client reads them from its {@code ApiException}.
 */
final class DeclaredBodies {
  private DeclaredBodies() {}

  /** Adds each valid declared body type of {@code route} with {@code add}. */
  static void plan(RouteModel route, BiConsumer<TypeModel, Report> add, Report report) {
    for (DeclaredResponseModel declared : route.declaredResponses()) {
      TypeModel body = declared.body();
      if (body != null && body.firstProblem() == null && body.isJson()) {
        add.accept(body, report);
      }
    }
  }
}

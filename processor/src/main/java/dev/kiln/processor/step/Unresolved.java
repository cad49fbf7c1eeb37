package dev.kiln.processor.step;

import dev.kiln.processor.model.ControllerModel;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;

/** Whether a model uses a type not generated yet (its step defers it to the next round). */
final class Unresolved {
  private Unresolved() {}

  /** Whether a route of {@code handler} returns or binds an unresolved type. */
  static boolean in(ControllerModel handler) {
    for (RouteModel route : handler.routes()) {
      if (isUnresolved(route.returnType())) {
        return true;
      }
      for (ParamModel param : route.params()) {
        if (isUnresolved(param.type())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isUnresolved(TypeModel type) {
    TypeModel problem = type.firstProblem();
    return problem != null && problem.kind() == TypeKindModel.UNRESOLVED;
  }
}

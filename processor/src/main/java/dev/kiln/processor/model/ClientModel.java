package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * A {@code @Client} interface: the operations its methods call.
 *
 * @param element the interface
 * @param handler its route methods as a handler model (the server side's checks apply to it)
 * @param withoutRoute its abstract methods that have no HTTP method annotation (an error)
 */
public record ClientModel(TypeElement element, ControllerModel handler,
    List<ExecutableElement> withoutRoute) {

  public ClientModel {
    withoutRoute = List.copyOf(withoutRoute);
  }

  /** The interface's routes. */
  public List<RouteModel> routes() {
    return handler.routes();
  }
}

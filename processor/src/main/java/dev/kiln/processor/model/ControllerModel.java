package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A controller (the user's class of handler methods): every route its methods answer.
 *
 * @param element the class
 * @param tag the OpenAPI tag of its operations unless a method has its own
 * @param routes its routes in source order
 */
public record ControllerModel(TypeElement element, TagModel tag, List<RouteModel> routes) {

  public ControllerModel {
    routes = List.copyOf(routes);
  }

  /** The class's qualified name: {@code com.example.PetsController}. */
  public String qualifiedName() {
    return element.getQualifiedName().toString();
  }

  /** The class's simple name: {@code PetsController}. */
  public String simpleName() {
    return element.getSimpleName().toString();
  }
}

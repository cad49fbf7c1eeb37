package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A handler class: every route its methods answer.
 *
 * @param element the class
 * @param className its name
 * @param routes its routes in source order
 */
public record HandlerModel(TypeElement element, ClassName className, List<RouteModel> routes) {

  public HandlerModel {
    routes = List.copyOf(routes);
  }
}

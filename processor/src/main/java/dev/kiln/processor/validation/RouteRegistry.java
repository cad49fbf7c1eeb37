package dev.kiln.processor.validation;

import dev.kiln.processor.model.PathTemplateModel;
import dev.kiln.processor.model.RouteModel;
import java.util.HashMap;
import java.util.Map;

/**
 * Finds two handlers on one route (same method, same template up to variable names) across the
 * whole compilation. One instance per processor.
 */
public final class RouteRegistry {
  private final Map<String, String> owners = new HashMap<>();

  /** Registers {@code route} of {@code owner}; reports a duplicate if the route is taken. */
  public void register(String owner, RouteModel route, Report report) {
    if (!route.template().isValid()) {
      return;
    }
    StringBuilder key = new StringBuilder(route.httpMethod()).append(' ');
    for (String segment : route.template().segments()) {
      key.append('/').append(PathTemplateModel.isVariable(segment) ? "{}" : segment);
    }
    String self = owner + "." + route.methodName() + "()";
    String other = owners.putIfAbsent(key.toString(), self);
    if (other != null) {
      report.error(route.method(), route.annotation(), null,
          Messages.duplicateRoute(route.describe(), other));
    }
  }
}

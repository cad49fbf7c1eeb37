package dev.kiln.processor.validation;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.ClientModel;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RouteModel;
import java.util.List;
import java.util.Objects;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.VariableElement;

/**
 * Checks a {@code @Client} interface (with the server side's checks of its routes, so a client
 * accepts exactly what a route accepts) and that a controller serving one agrees with it.
 */
public final class ClientValidator {
  private static final List<String> BINDINGS = List.of(Annotations.PATH_PARAM,
      Annotations.QUERY_PARAM, Annotations.HEADER, Annotations.COOKIE, Annotations.BEAN_PARAM,
      Annotations.DEFAULT_VALUE);

  private final ControllerValidator handlers = new ControllerValidator();

  /** Adds every problem of {@code client} to {@code report}. */
  public void validate(ClientModel client, Report report) {
    handlers.validate(client.handler(), report);
    client.handler().routes().forEach(route -> WebValidator.validateClient(route, report));
    for (ExecutableElement method : client.withoutRoute()) {
      report.error(method, Messages.clientMethodWithoutRoute(method.getSimpleName().toString(),
          client.element().getSimpleName().toString()));
    }
  }

  /**
   * Checks that {@code served}, a controller's route overriding a {@code @Client} method with
   * annotations of its own, binds like {@code declared}, the interface's route.
   */
  public void validateAgreement(RouteModel served, RouteModel declared, Report report) {
    String servedName = name(served.method());
    String declaredName = name(declared.method());
    Mismatch mismatch = new Mismatch(served, servedName, declaredName, report);
    mismatch.check("route", declared.describe(), served.describe());
    mismatch.check("success status", declared.status(), served.status());
    mismatch.check("@Consumes", declared.consumes(), served.consumes());
    mismatch.check("@Produces", declared.produces(), served.produces());
    mismatch.check("return type", declared.returnType().key(), served.returnType().key());
    List<ParamModel> servedParams = served.flatParams();
    List<ParamModel> declaredParams = declared.flatParams();
    mismatch.check("number of bound values", declaredParams.size(), servedParams.size());
    for (int i = 0; i < Math.min(servedParams.size(), declaredParams.size()); i++) {
      ParamModel mine = servedParams.get(i);
      ParamModel theirs = declaredParams.get(i);
      mismatch.check("parameter " + mine.javaName(), binding(theirs), binding(mine));
    }
  }

  /**
   * Checks that {@code served}, which overrides the {@code @Client} route method {@code declared}
   * without an HTTP method annotation, does not annotate its parameters either (Java does not
   * inherit them, and the interface's would be served).
   */
  public void validateInherited(ExecutableElement served, ExecutableElement declared,
      Report report) {
    for (VariableElement parameter : served.getParameters()) {
      for (String binding : BINDINGS) {
        if (Annotations.find(parameter, binding) != null) {
          report.error(parameter, Messages.bindingWithoutRoute(name(served), name(declared)));
          return;
        }
      }
    }
  }

  private static String binding(ParamModel param) {
    String text = param.kind().name().toLowerCase(java.util.Locale.ROOT)
        + (param.wireName() == null ? "" : " \"" + param.wireName() + "\"") + " of type "
        + param.type().key();
    return param.defaultValue() == null ? text : text + " default \"" + param.defaultValue() + "\"";
  }

  private static String name(ExecutableElement method) {
    return method.getEnclosingElement().getSimpleName() + "." + method.getSimpleName() + "()";
  }

  /** Reports the first difference only: later ones usually follow from it. */
  private static final class Mismatch {
    private final RouteModel served;
    private final String servedName;
    private final String declaredName;
    private final Report report;
    private boolean found;

    Mismatch(RouteModel served, String servedName, String declaredName, Report report) {
      this.served = served;
      this.servedName = servedName;
      this.declaredName = declaredName;
      this.report = report;
    }

    void check(String aspect, Object expected, Object actual) {
      if (!found && !Objects.equals(expected, actual)) {
        found = true;
        report.error(served.method(), served.annotation(), null, Messages.clientServerMismatch(
            servedName, declaredName, aspect, String.valueOf(expected), String.valueOf(actual)));
      }
    }
  }
}

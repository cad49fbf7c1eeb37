package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;

/**
 * The providers each route of one controller calls, resolved at compile time.
 *
 * @param routes per handler method, the providers its route calls: each once, every provider
 *     after those it depends on
 * @param instanceClasses per class of providers the routes call, whether its generated {@code
 *     _Providers} class needs an instance of it (it has instance {@code @Provides} methods)
 */
public record DependencyPlan(Map<ExecutableElement, List<ProviderModel>> routes,
    Map<TypeElement, Boolean> instanceClasses) {
  /** No route calls a provider. */
  public static final DependencyPlan NONE = new DependencyPlan(Map.of(), Map.of());

  public DependencyPlan {
    routes = Map.copyOf(routes);
    instanceClasses = Map.copyOf(instanceClasses);
  }

  /** The providers {@code route} calls, in calling order. */
  public List<ProviderModel> of(RouteModel route) {
    return routes.getOrDefault(route.method(), List.of());
  }

  /** The classes of providers the routes call, by qualified name. */
  public List<TypeElement> classes() {
    List<TypeElement> classes = new ArrayList<>(instanceClasses.keySet());
    classes.sort(Comparator.comparing(type -> type.getQualifiedName().toString()));
    return classes;
  }

  /** Whether every class of providers the routes call has static methods only. */
  public boolean allStatic() {
    return !instanceClasses.containsValue(true);
  }

  /**
   * {@code controller} as the OpenAPI document and the checks see it: each route's provided
   * parameters replaced by what its providers read from the request (each parameter once, the
   * handler's own first), the providers' {@code @ApiResponse}s added to the route's (a status the
   * route declares itself keeps its), and, when the route states no security requirement, the
   * providers'.
   */
  public ControllerModel documented(ControllerModel controller) {
    List<RouteModel> routes = new ArrayList<>();
    for (RouteModel route : controller.routes()) {
      routes.add(documented(route, of(route)));
    }
    return new ControllerModel(controller.element(), controller.tag(), routes);
  }

  private static RouteModel documented(RouteModel route, List<ProviderModel> providers) {
    Map<String, ParamModel> params = new LinkedHashMap<>();
    for (ParamModel param : route.params()) {
      put(params, param);
    }
    List<DeclaredResponseModel> responses = new ArrayList<>(route.declaredResponses());
    List<SecurityRequirementModel> security = new ArrayList<>();
    for (ProviderModel provider : providers) {
      provider.params().forEach(param -> put(params, param));
      provider.declaredResponses().stream()
          .filter(response -> responses.stream().noneMatch(r -> r.status() == response.status()))
          .map(DependencyPlan::failure)
          .forEach(responses::add);
      provider.security().stream()
          .filter(requirement -> security.stream().noneMatch(
              known -> known.scheme().equals(requirement.scheme())
                  && known.scopes().equals(requirement.scopes())))
          .forEach(security::add);
    }
    OperationModel operation = route.operation();
    if (operation.security().isEmpty() && !security.isEmpty()) {
      operation = new OperationModel(operation.operationId(), operation.operationIdValue(),
          operation.doc(), operation.tag(), operation.deprecated(), security);
    }
    return new RouteModel(route.method(), route.httpMethod(), route.annotation(),
        route.template(), new ArrayList<>(params.values()), route.returnType(), route.status(),
        route.statusAnnotation(), route.otherHttpAnnotations(), route.consumes(),
        route.produces(), responses, operation);
  }

  /**
   * A provider's declared response as the operation's: a failure (4xx, 5xx) is a problem, not
   * the handler's answer.
   */
  private static DeclaredResponseModel failure(DeclaredResponseModel response) {
    return response.status() < 400 ? response : new DeclaredResponseModel(response.status(),
        response.description(), response.headers(), true, response.annotation());
  }

  /** Adds a request parameter unless one of its name and place is there; drops provided ones. */
  private static void put(Map<String, ParamModel> params, ParamModel param) {
    if (param.kind() == ParamKind.DEPENDENCY) {
      return;
    }
    String key = param.wireName() == null
        ? param.kind() + " " + param.element() : param.kind() + " " + param.wireName();
    params.putIfAbsent(param.kind() == ParamKind.HEADER
        ? key.toLowerCase(java.util.Locale.ROOT) : key, param);
  }
}

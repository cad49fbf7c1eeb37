package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.Elements;

/**
 * Builds the {@link ProviderModel} of a {@code @Provides} method. Its parameters bind as a
 * handler's do, except that a parameter a handler would read as its request body is another
 * provider's value: providers never read the body.
 */
public final class ProviderModelFactory {
  /** The annotation marking provider methods. */
  public static final String PROVIDES = Annotations.PACKAGE + "Provides";
  /** The annotation marking a parameter as a provided value. */
  public static final String DEPENDS = Annotations.PACKAGE + "Depends";

  private final ControllerModelFactory params;
  private final ApiModelFactory api;

  public ProviderModelFactory(Elements elements, TypeModelFactory types) {
    this.params = new ControllerModelFactory(elements, types,
        ProviderModelFactory::explicitDependency);
    this.api = new ApiModelFactory(elements);
  }

  /** The model of the provider method {@code method}. */
  public ProviderModel of(ExecutableElement method) {
    List<ParamModel> bound = new ArrayList<>();
    for (VariableElement parameter : method.getParameters()) {
      ParamModel param = params.param(parameter);
      if (param.kind() == ParamKind.BODY) {
        param = new ParamModel(parameter, param.javaName(), ParamKind.DEPENDENCY, null,
            param.type(), null, null, List.of(), param.deprecated());
      }
      bound.add(param);
    }
    return new ProviderModel(method, (TypeElement) method.getEnclosingElement(),
        ProviderKey.of(method.getReturnType(), method), bound, params.declaredResponses(method),
        api.requirements(method));
  }

  /**
   * Whether {@code parameter} says itself that it receives a provided value: it is {@code
   * @Depends}, has a {@code @Qualifier} annotation, or is the request's {@code Exchange} or
   * {@code Principal}.
   */
  public static boolean explicitDependency(VariableElement parameter) {
    return Annotations.find(parameter, DEPENDS) != null
        || ProviderKey.qualifier(parameter) != null
        || ProviderKey.of(parameter).builtIn();
  }
}

package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Modifier;
import javax.lang.model.element.TypeElement;

/**
 * One {@code @Provides} method: what it makes and what it needs.
 *
 * @param method the method, for diagnostics and the generated call
 * @param owner the class declaring it
 * @param key the type (and qualifier) it makes
 * @param params its parameters in declaration order: request parameters (path, query, header,
 *     cookie, bean) and {@link ParamKind#DEPENDENCY} ones (other providers' values, the exchange)
 * @param declaredResponses its {@code @ApiResponse}s, added to every operation using it
 * @param security its {@code @SecurityRequirement}s, the requirements of every operation using it
 *     that states none itself
 */
public record ProviderModel(ExecutableElement method, TypeElement owner, ProviderKey key,
    List<ParamModel> params, List<DeclaredResponseModel> declaredResponses,
    List<SecurityRequirementModel> security) {

  public ProviderModel {
    params = List.copyOf(params);
    declaredResponses = List.copyOf(declaredResponses);
    security = List.copyOf(security);
  }

  /** Whether the method is static (called on the class, not on an instance). */
  public boolean isStatic() {
    return method.getModifiers().contains(Modifier.STATIC);
  }

  /** The method's simple name. */
  public String methodName() {
    return method.getSimpleName().toString();
  }

  /** {@code Auth.currentUser}: how messages name the provider. */
  public String describe() {
    return owner.getSimpleName() + "." + methodName();
  }

  /** The key each dependency parameter asks for (request parameters are left out). */
  public List<ProviderKey> dependencies() {
    return params.stream().filter(p -> p.kind() == ParamKind.DEPENDENCY)
        .map(p -> ProviderKey.of(p.element())).toList();
  }
}

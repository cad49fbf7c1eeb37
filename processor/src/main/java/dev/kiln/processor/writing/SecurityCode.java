package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.CodeBlock;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.ParameterizedTypeName;
import dev.kiln.processor.model.DependencyPlan;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.ProviderKey;
import dev.kiln.processor.model.ProviderModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.SecurityRequirementModel;
import dev.kiln.processor.model.SecuritySchemeModel;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.Modifier;

/**
 * The enforcement of a route's {@code @SecurityRequirement}s: one {@code Authentication} constant
 * per distinct security (shared by the routes with the same), checked first in the route method,
 * and the routes class's {@code security()} listing them for the server's start check.
 */
final class SecurityCode {
  static final ClassName AUTHENTICATION =
      ClassName.get(RuntimeTypes.GENERATED, "Authentication");
  static final ClassName REQUIREMENT = ClassName.get(RuntimeTypes.GENERATED, "Requirement");
  static final ClassName KIND = REQUIREMENT.nestedClass("Kind");
  static final ClassName PRINCIPAL = ClassName.bestGuess(ProviderKey.PRINCIPAL.type());

  private final Map<String, SecuritySchemeModel> schemes;

  /** Enforcement of requirements naming {@code schemes} (already validated). */
  SecurityCode(Map<String, SecuritySchemeModel> schemes) {
    this.schemes = schemes;
  }

  /** Whether {@code route} is secured: it has a requirement (maybe only optional ones). */
  static boolean secured(RouteModel route) {
    return !route.operation().security().isEmpty();
  }

  /**
   * Whether {@code route}'s handler, or a provider it calls, takes the authenticated {@code
   * Principal}.
   */
  static boolean usesPrincipal(RouteModel route, DependencyPlan plan) {
    for (ParamModel param : route.params()) {
      if (param.kind() == ParamKind.DEPENDENCY
          && ProviderKey.of(param.element()).equals(ProviderKey.PRINCIPAL)) {
        return true;
      }
    }
    for (ProviderModel provider : plan.of(route)) {
      if (provider.dependencies().contains(ProviderKey.PRINCIPAL)) {
        return true;
      }
    }
    return false;
  }

  // private static final Authentication API_KEY_OR_PETSTORE_AUTH = Authentication.anyOf(
  //     Requirement.apiKey("api_key", ParamIn.HEADER, "api_key"),
  //     Requirement.token("petstore_auth", Requirement.Kind.OAUTH2, "write:pets", "read:pets"));
  /** The name of the constant holding {@code route}'s security, added to {@code helpers}. */
  String constant(RouteModel route, HelperMethods helpers) {
    List<CodeBlock> requirements = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (SecurityRequirementModel requirement : route.operation().security()) {
      requirements.add(requirement(requirement));
      names.add(requirement.anonymous() ? "anonymous" : requirement.scheme());
    }
    CodeBlock initializer = CodeBlock.of("$T.anyOf($>\n$L$<)", AUTHENTICATION,
        CodeBlock.join(requirements, ",\n"));
    return helpers.constant(constantName(names), name -> FieldSpec.builder(AUTHENTICATION, name,
        Modifier.PRIVATE, Modifier.STATIC, Modifier.FINAL)
        .addJavadoc("The security of $L: any one of the requirements.\n",
            String.join(", ", names))
        .initializer(initializer)
        .build());
  }

  // Principal principal = API_KEY_OR_PETSTORE_AUTH.authenticate(exchange);
  /** The statement checking the credentials, keeping the principal in {@code local} if any. */
  static CodeBlock check(String constant, String local) {
    if (local == null) {
      return CodeBlock.builder().addStatement("$N.authenticate(exchange)", constant).build();
    }
    return CodeBlock.builder()
        .addStatement("$T $N = $N.authenticate(exchange)", PRINCIPAL, local, constant).build();
  }

  // @Override public List<Authentication> security() { return List.of(PETSTORE_AUTH, ...); }
  /** The routes class's {@code security()}: the constants, for the server's start check. */
  static MethodSpec securityMethod(Collection<String> constants) {
    return MethodSpec.methodBuilder("security")
        .addAnnotation(Override.class)
        .addModifiers(Modifier.PUBLIC)
        .returns(ParameterizedTypeName.get(RuntimeTypes.LIST, AUTHENTICATION))
        .addStatement("return $T.of($L)", RuntimeTypes.LIST, constants.stream()
            .map(constant -> CodeBlock.of("$N", constant)).collect(CodeBlock.joining(", ")))
        .build();
  }

  private CodeBlock requirement(SecurityRequirementModel requirement) {
    if (requirement.anonymous()) {
      return CodeBlock.of("$T.anonymous()", REQUIREMENT);
    }
    SecuritySchemeModel scheme = schemes.get(requirement.scheme());
    CodeBlock scopes = requirement.scopes().stream().map(scope -> CodeBlock.of(", $S", scope))
        .collect(CodeBlock.joining(""));
    switch (scheme.type()) {
      case "API_KEY":
        return CodeBlock.of("$T.apiKey($S, $T.$N, $S$L)", REQUIREMENT, scheme.name(),
            RuntimeTypes.PARAM_IN, scheme.in(), scheme.paramName(), scopes);
      case "HTTP":
        if (scheme.scheme().equalsIgnoreCase("basic")) {
          return CodeBlock.of("$T.basic($S$L)", REQUIREMENT, scheme.name(), scopes);
        }
        return CodeBlock.of("$T.token($S, $T.HTTP_BEARER$L)", REQUIREMENT, scheme.name(), KIND,
            scopes);
      default: // OAUTH2, OPEN_ID_CONNECT
        return CodeBlock.of("$T.token($S, $T.$N$L)", REQUIREMENT, scheme.name(), KIND,
            scheme.type(), scopes);
    }
  }

  /** {@code API_KEY_OR_PETSTORE_AUTH}: the schemes as a constant's name. */
  private static String constantName(List<String> names) {
    String joined = String.join("_or_", names).toUpperCase(Locale.ROOT)
        .replaceAll("[^A-Z0-9_]", "_");
    return Character.isJavaIdentifierStart(joined.charAt(0)) ? joined : "SECURITY_" + joined;
  }
}

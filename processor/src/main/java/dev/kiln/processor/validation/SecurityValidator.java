package dev.kiln.processor.validation;

import dev.kiln.processor.model.ControllerModel;
import dev.kiln.processor.model.DependencyPlan;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.ProviderKey;
import dev.kiln.processor.model.ProviderModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.SecurityRequirementModel;
import dev.kiln.processor.model.SecuritySchemeModel;
import java.util.Collections;
import java.util.IdentityHashMap;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;

/**
 * Checks that every {@code @SecurityRequirement} of a controller's operations names a declared
 * {@code @SecurityScheme} that Kiln can enforce. Each annotation is reported once, however many
 * operations of its class it applies to. Never writes.
 */
public final class SecurityValidator {

  /** Adds every problem of {@code controller}'s requirements, given the declared schemes. */
  public void validate(ControllerModel controller, Map<String, SecuritySchemeModel> schemes,
      Report report) {
    Set<AnnotationMirror> reported = Collections.newSetFromMap(new IdentityHashMap<>());
    for (RouteModel route : controller.routes()) {
      for (SecurityRequirementModel requirement : route.operation().security()) {
        if (requirement.anonymous()) {
          continue;
        }
        SecuritySchemeModel scheme = schemes.get(requirement.scheme());
        String message = scheme == null
            ? Messages.unknownSecurityScheme(requirement.scheme(),
                String.join(", ", schemes.keySet()))
            : unenforceable(scheme);
        if (message != null && reported.add(requirement.annotation())) {
          report.error(requirement.holder(), requirement.annotation(), null, message);
        }
      }
    }
  }

  /**
   * Checks that every route whose handler or providers take the authenticated {@code Principal}
   * is secured ({@code documented}: its security, the providers' included).
   */
  public void validatePrincipals(ControllerModel called, ControllerModel documented,
      DependencyPlan plan, Report report) {
    for (int i = 0; i < called.routes().size(); i++) {
      RouteModel route = called.routes().get(i);
      if (!documented.routes().get(i).operation().security().isEmpty()) {
        continue;
      }
      for (ParamModel param : route.params()) {
        if (isPrincipal(param)) {
          report.error(param.element(), SecurityMessages.principalWithoutSecurity(
              route.methodName() + "(" + param.javaName() + ")", route.describe()));
        }
      }
      for (ProviderModel provider : plan.of(route)) {
        for (ParamModel param : provider.params()) {
          if (isPrincipal(param)) {
            report.error(param.element(), SecurityMessages.principalWithoutSecurity(
                provider.describe() + "(" + param.javaName() + ")", route.describe()));
          }
        }
      }
    }
  }

  private static boolean isPrincipal(ParamModel param) {
    return param.kind() == ParamKind.DEPENDENCY
        && ProviderKey.of(param.element()).equals(ProviderKey.PRINCIPAL);
  }

  /** The message saying why {@code scheme} cannot be enforced, or {@code null} when it can. */
  private static String unenforceable(SecuritySchemeModel scheme) {
    switch (scheme.type()) {
      case "API_KEY":
        return scheme.paramName() != null ? null : SecurityMessages.unenforceableScheme(
            scheme.name(), "an API key without a paramName (where does it travel?)");
      case "HTTP": {
        String name = scheme.scheme() == null ? "" : scheme.scheme().toLowerCase(Locale.ROOT);
        return name.equals("bearer") || name.equals("basic") ? null
            : SecurityMessages.unenforceableScheme(scheme.name(),
                "the HTTP authentication scheme \"" + scheme.scheme() + "\"");
      }
      case "OAUTH2":
      case "OPEN_ID_CONNECT":
        return null;
      default:
        return SecurityMessages.unenforceableScheme(scheme.name(), "mutual TLS");
    }
  }
}

package dev.kiln.processor.validation;

import dev.kiln.processor.model.ControllerModel;
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

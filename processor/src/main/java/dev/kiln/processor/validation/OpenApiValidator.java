package dev.kiln.processor.validation;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.ApiInfoModel;
import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.ConstraintKind;
import dev.kiln.processor.model.ConstraintModel;
import dev.kiln.processor.model.DeclaredResponseModel;
import dev.kiln.processor.model.ControllerModel;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.PatternFlags;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.SchemaTypeModel;
import dev.kiln.processor.model.SecurityRequirementModel;
import dev.kiln.processor.model.SecuritySchemeModel;
import dev.kiln.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import java.util.List;
import java.util.Locale;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;

/**
 * Checks what would keep the OpenAPI document from stating an application faithfully: two
 * operations with one {@code operationId}, a security requirement naming no scheme, two schemes
 * or two {@code @OpenApiInfo}s, a {@code @Pattern} only Java understands. One instance per
 * compilation: it remembers the operationIds, schemes and info seen so far. Never writes.
 */
public final class OpenApiValidator {
  private final Map<String, String> operationIds = new HashMap<>();
  private final Map<String, SecuritySchemeModel> schemes = new TreeMap<>();
  private final Set<String> reported = new HashSet<>();
  private ApiInfoModel info;

  /** Registers the application's {@code @OpenApiInfo}; a second one is an error. */
  public void checkInfo(ApiInfoModel candidate, Report report) {
    if (info == null) {
      info = candidate;
    } else {
      report.error(candidate.holder(), Messages.duplicateInfo(name(info.holder())));
    }
  }

  /** Registers security schemes; a name declared twice is an error. */
  public void checkSchemes(List<SecuritySchemeModel> declared, Report report) {
    for (SecuritySchemeModel scheme : declared) {
      if (schemes.putIfAbsent(scheme.name(), scheme) != null) {
        report.error(scheme.holder(), scheme.annotation(), null,
            Messages.duplicateSecurityScheme(scheme.name()));
      }
    }
  }

  /**
   * Checks the operations of {@code controller} against those seen before and the schemes declared
   * so far, and the patterns of the types it states ({@code schemas}: its records and enums).
   */
  public void checkController(ControllerModel controller, List<SchemaTypeModel> schemas, Report report) {
    for (RouteModel route : controller.routes()) {
      checkOperationId(controller, route, report);
      for (SecurityRequirementModel requirement : route.operation().security()) {
        if (!requirement.anonymous() && !schemes.containsKey(requirement.scheme())) {
          report.error(requirement.holder(), requirement.annotation(), null,
              Messages.unknownSecurityScheme(requirement.scheme(),
                  String.join(", ", schemes.keySet())));
        }
      }
      for (ParamModel param : route.flatParams()) {
        checkPatterns(param.type(), report);
      }
      checkPatterns(route.responseType(), report);
      for (DeclaredResponseModel declared : route.declaredResponses()) {
        declared.headers().forEach(header -> checkPatterns(header.type(), report));
      }
    }
    for (SchemaTypeModel schema : schemas) {
      if (schema.record() != null) {
        for (ComponentModel component : schema.record().components()) {
          checkPatterns(component.type(), report);
        }
      }
    }
  }

  private void checkOperationId(ControllerModel controller, RouteModel route, Report report) {
    String id = route.operation().operationId();
    String self = controller.simpleName() + "." + route.methodName() + "()";
    String other = operationIds.putIfAbsent(id, self);
    if (other == null) {
      return;
    }
    String annotation = route.httpMethod().charAt(0)
        + route.httpMethod().substring(1).toLowerCase(Locale.ROOT);
    String suggestion = "@" + annotation + "(value = \""
        + Annotations.stringValue(route.annotation(), "value", "") + "\", operationId = \""
        + route.methodName() + controller.simpleName().replace("Controller", "") + "\")";
    boolean named = route.operation().operationIdValue() != null;
    String message = Messages.duplicateOperationId(id, self, other, suggestion, named);
    if (named) {
      report.error(route.method(), route.annotation(), route.operation().operationIdValue(),
          message);
    } else {
      report.error(route.method(), message);
    }
  }

  /** Reports each Java-only {@code @Pattern} of {@code type} and the types inside it once. */
  private void checkPatterns(TypeModel type, Report report) {
    if (type == null) {
      return;
    }
    for (ConstraintModel constraint : type.constraints()) {
      if (constraint.kind() != ConstraintKind.PATTERN) {
        continue;
      }
      String regex = constraint.stringValue("regexp");
      String javaOnly = RegexDialect.javaOnly(regex);
      String flag = javaOnly == null ? PatternFlags.inexpressible(flags(constraint)) : null;
      if (flag != null) {
        javaOnly = "flags = " + flag + " (JSON Schema patterns take no flags, and this one has "
            + "no rewrite into the expression)";
      }
      String message = javaOnly == null ? null : Messages.javaOnlyRegex(regex, javaOnly);
      if (message != null && reported.add(message + constraint.element())) {
        report.error(constraint.element(), constraint.mirror(),
            constraint.annotationValue(flag != null ? "flags" : "regexp"), message);
      }
    }
    checkPatterns(type.element(), report);
  }

  /** The {@code flags} of a {@code @Pattern}, by name. */
  private static List<String> flags(ConstraintModel pattern) {
    List<String> names = new ArrayList<>();
    Object flags = pattern.attributes().get("flags");
    if (flags instanceof List<?>) {
      ((List<?>) flags).forEach(flag -> names.add(String.valueOf(flag)));
    }
    return names;
  }

  private static String name(Element element) {
    if (element instanceof TypeElement) {
      return ((TypeElement) element).getQualifiedName().toString();
    }
    if (element instanceof PackageElement) {
      return ((PackageElement) element).getQualifiedName().toString();
    }
    return element.toString();
  }
}

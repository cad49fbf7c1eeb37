package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Reads what the OpenAPI document says besides the bindings, once, from the round's elements:
 * Javadoc, tags, security requirements and schemes, {@code @OpenApiInfo}. Lenient like the other
 * factories: it records what it finds for validation to judge.
 */
public final class ApiModelFactory {
  public static final String OPEN_API_INFO = Annotations.PACKAGE + "OpenApiInfo";
  public static final String SECURITY_SCHEME = Annotations.PACKAGE + "SecurityScheme";
  public static final String SECURITY_SCHEMES = Annotations.PACKAGE + "SecuritySchemes";
  static final String SECURITY_REQUIREMENT = Annotations.PACKAGE + "SecurityRequirement";
  static final String SECURITY_REQUIREMENTS = Annotations.PACKAGE + "SecurityRequirements";
  static final String TAG = Annotations.PACKAGE + "Tag";

  private final Elements elements;

  public ApiModelFactory(Elements elements) {
    this.elements = elements;
  }

  /** The Javadoc of {@code element}, split for OpenAPI. */
  public DocModel doc(Element element) {
    return DocModel.parse(elements.getDocComment(element));
  }

  /** The tag of a controller's operations: its {@code @Tag}, else its simple name. */
  TagModel handlerTag(TypeElement handler) {
    AnnotationMirror tag = Annotations.find(handler, TAG);
    String summary = doc(handler).summary();
    if (tag == null) {
      return new TagModel(handler.getSimpleName().toString(), summary);
    }
    AnnotationValues values = AnnotationValues.of(elements, tag);
    String description = values.string("description");
    return new TagModel(values.string("value"), description != null ? description : summary);
  }

  /** The OpenAPI facts of {@code method}, whose HTTP method annotation is {@code annotation}. */
  OperationModel operation(ExecutableElement method, AnnotationMirror annotation,
      TypeElement handler, TagModel handlerTag) {
    AnnotationValue written = Annotations.explicitValue(annotation, "operationId");
    String operationId = written == null ? "" : (String) written.getValue();
    if (operationId.isEmpty()) {
      operationId = method.getSimpleName().toString();
      written = null;
    }
    AnnotationMirror tag = Annotations.find(method, TAG);
    TagModel operationTag = handlerTag;
    if (tag != null) {
      AnnotationValues values = AnnotationValues.of(elements, tag);
      operationTag = new TagModel(values.string("value"), values.string("description"));
    }
    // @SecurityRequirements({}) on the method: public, whatever the class requires
    List<SecurityRequirementModel> security = requirements(method);
    if (security.isEmpty() && Annotations.find(method, SECURITY_REQUIREMENTS) == null) {
      security = requirements(handler);
    }
    return new OperationModel(operationId, written, doc(method), operationTag,
        elements.isDeprecated(method), security);
  }

  /** The {@code @SecurityRequirement}s on a method or class, in declaration order. */
  public List<SecurityRequirementModel> requirements(Element holder) {
    List<SecurityRequirementModel> requirements = new ArrayList<>();
    for (AnnotationValues requirement
        : AnnotationValues.all(elements, holder, SECURITY_REQUIREMENT, SECURITY_REQUIREMENTS)) {
      requirements.add(new SecurityRequirementModel(requirement.string("value"),
          requirement.strings("scopes"), holder, requirement.mirror()));
    }
    AnnotationMirror container = Annotations.find(holder, SECURITY_REQUIREMENTS);
    AnnotationValue optional =
        container == null ? null : Annotations.explicitValue(container, "optional");
    if (optional != null && (Boolean) optional.getValue() && !requirements.isEmpty()) {
      requirements.add(SecurityRequirementModel.anonymous(holder, container));
    }
    return requirements;
  }

  /** The {@code @SecurityScheme}s on a class or package, in declaration order. */
  public List<SecuritySchemeModel> securitySchemes(Element holder) {
    List<SecuritySchemeModel> schemes = new ArrayList<>();
    for (AnnotationValues scheme
        : AnnotationValues.all(elements, holder, SECURITY_SCHEME, SECURITY_SCHEMES)) {
      List<SecuritySchemeModel.FlowModel> flows = new ArrayList<>();
      for (Object item : scheme.list("flows")) {
        AnnotationValues flow = (AnnotationValues) item;
        Map<String, String> scopes = new LinkedHashMap<>();
        for (String scope : flow.strings("scopes")) {
          // "write:pets: modify pets" names the scope write:pets; split at ": "
          int split = scope.indexOf(": ");
          scopes.put(split < 0 ? scope : scope.substring(0, split),
              split < 0 ? "" : scope.substring(split + 2).strip());
        }
        flows.add(new SecuritySchemeModel.FlowModel(flow.string("type"),
            flow.string("authorizationUrl"), flow.string("tokenUrl"), flow.string("refreshUrl"),
            scopes));
      }
      schemes.add(new SecuritySchemeModel(scheme.string("name"), scheme.string("type"),
          scheme.string("paramName"), scheme.string("in"), scheme.string("scheme"),
          scheme.string("bearerFormat"), flows, scheme.string("openIdConnectUrl"),
          scheme.string("description"), holder, scheme.mirror()));
    }
    return schemes;
  }

  /** The {@code @OpenApiInfo} on a class or package. */
  public ApiInfoModel info(Element holder) {
    AnnotationValues values =
        AnnotationValues.of(elements, Annotations.find(holder, OPEN_API_INFO));
    return new ApiInfoModel(values.string("title"), values.string("version"),
        values.string("description"), values.strings("servers"), holder);
  }
}

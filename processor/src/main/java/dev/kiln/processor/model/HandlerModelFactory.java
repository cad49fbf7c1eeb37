package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;

/**
 * Builds the {@link HandlerModel} of a handler class from its annotated methods. Lenient: it
 * records what it finds (including unsupported types and invalid templates) for validation to
 * judge, and never reports itself.
 */
public final class HandlerModelFactory {
  private final TypeModelFactory types;

  public HandlerModelFactory(TypeModelFactory types) {
    this.types = types;
  }

  /** The model of {@code handler} with the routes of {@code methods} (in the given order). */
  public HandlerModel of(TypeElement handler, List<ExecutableElement> methods) {
    AnnotationMirror pathAnnotation = Annotations.find(handler, Annotations.PATH);
    String prefix = pathAnnotation == null
        ? "" : Annotations.stringValue(pathAnnotation, "value", "");
    List<RouteModel> routes = new ArrayList<>();
    for (ExecutableElement method : methods) {
      routes.add(route(method, prefix));
    }
    return new HandlerModel(handler, ClassName.get(handler), routes);
  }

  private RouteModel route(ExecutableElement method, String prefix) {
    List<AnnotationMirror> httpAnnotations = new ArrayList<>();
    List<String> httpNames = new ArrayList<>();
    for (String name : HttpMethods.ANNOTATIONS) {
      AnnotationMirror mirror = Annotations.find(method, name);
      if (mirror != null) {
        httpAnnotations.add(mirror);
        httpNames.add(name);
      }
    }
    AnnotationMirror annotation = httpAnnotations.get(0);
    String httpMethod = HttpMethods.requestMethod(httpNames.get(0));
    String path = Annotations.stringValue(annotation, "value", "");
    PathTemplateModel template = PathTemplateModel.parse(PathTemplateModel.join(prefix, path));

    List<ParamModel> params = new ArrayList<>();
    List<String> variables = template.variables();
    for (VariableElement parameter : method.getParameters()) {
      params.add(param(parameter, variables));
    }
    TypeModel returnType = types.of(method.getReturnType());
    AnnotationMirror statusAnnotation = Annotations.find(method, Annotations.STATUS);
    int status;
    if (statusAnnotation != null) {
      AnnotationValue value = Annotations.explicitValue(statusAnnotation, "value");
      status = value == null ? 200 : (Integer) value.getValue();
    } else {
      status = returnType.kind() == TypeKindModel.VOID ? 204 : 200;
    }
    return new RouteModel(method, httpMethod, annotation, template, params, returnType, status,
        statusAnnotation, httpAnnotations.subList(1, httpAnnotations.size()));
  }

  private ParamModel param(VariableElement parameter, List<String> variables) {
    String javaName = parameter.getSimpleName().toString();
    TypeModel type = types.of(parameter.asType(), parameter);
    AnnotationMirror defaultAnnotation = Annotations.find(parameter, Annotations.DEFAULT_VALUE);
    String defaultValue = defaultAnnotation == null
        ? null : Annotations.stringValue(defaultAnnotation, "value", "");
    AnnotationMirror pathParam = Annotations.find(parameter, Annotations.PATH_PARAM);
    if (pathParam != null) {
      String name = Annotations.stringValue(pathParam, "value", "");
      return new ParamModel(parameter, javaName, ParamKind.PATH,
          name.isEmpty() ? javaName : name, type, defaultValue, pathParam);
    }
    AnnotationMirror queryParam = Annotations.find(parameter, Annotations.QUERY_PARAM);
    if (queryParam != null) {
      String name = Annotations.stringValue(queryParam, "value", "");
      return new ParamModel(parameter, javaName, ParamKind.QUERY,
          name.isEmpty() ? javaName : name, type, defaultValue, queryParam);
    }
    if (variables.contains(javaName)) {
      return new ParamModel(parameter, javaName, ParamKind.PATH, javaName, type, defaultValue,
          null);
    }
    TypeKindModel valueKind = type.kind() == TypeKindModel.OPTIONAL && type.element() != null
        ? type.element().kind() : type.kind();
    if (valueKind.isScalar()) {
      return new ParamModel(parameter, javaName, ParamKind.QUERY, javaName, type, defaultValue,
          null);
    }
    return new ParamModel(parameter, javaName, ParamKind.BODY, null, type, defaultValue, null);
  }
}

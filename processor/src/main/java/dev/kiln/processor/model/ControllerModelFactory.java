package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.Predicate;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Builds the {@link ControllerModel} of a controller from its annotated methods. Lenient: it
 * records what it finds (including unsupported types and invalid templates) for validation to
 * judge, and never reports itself.
 */
public final class ControllerModelFactory {
  /** The parameter annotations naming where a value comes from, in the order they are tried. */
  private static final List<Map.Entry<String, ParamKind>> SOURCES = List.of(
      Map.entry(Annotations.PATH_PARAM, ParamKind.PATH),
      Map.entry(Annotations.QUERY_PARAM, ParamKind.QUERY),
      Map.entry(Annotations.HEADER, ParamKind.HEADER),
      Map.entry(Annotations.COOKIE, ParamKind.COOKIE));

  private final TypeModelFactory types;
  private final ApiModelFactory api;
  private final Elements elements;
  /** Which parameters receive a provided value ({@link ParamKind#DEPENDENCY}); none by default. */
  private final Predicate<VariableElement> provided;

  public ControllerModelFactory(Elements elements, TypeModelFactory types) {
    this(elements, types, parameter -> false);
  }

  /** A factory binding the parameters {@code provided} accepts to provided values. */
  public ControllerModelFactory(Elements elements, TypeModelFactory types,
      Predicate<VariableElement> provided) {
    this.elements = elements;
    this.types = types;
    this.api = new ApiModelFactory(elements);
    this.provided = provided;
  }

  /** The model of {@code handler} with the routes of {@code methods} (in the given order). */
  public ControllerModel of(TypeElement handler, List<ExecutableElement> methods) {
    TagModel tag = api.handlerTag(handler);
    List<RouteModel> routes = new ArrayList<>();
    for (ExecutableElement method : methods) {
      // a route inherited from a @Client interface has the interface's prefix
      routes.add(route(handler, tag, method,
          prefix((TypeElement) method.getEnclosingElement())));
    }
    return new ControllerModel(handler, tag, routes);
  }

  /** The {@code @Path} prefix of {@code type}, or {@code ""}. */
  public static String prefix(TypeElement type) {
    AnnotationMirror pathAnnotation = Annotations.find(type, Annotations.PATH);
    return pathAnnotation == null ? "" : Annotations.stringValue(pathAnnotation, "value", "");
  }

  private RouteModel route(TypeElement handler, TagModel tag, ExecutableElement method,
      String prefix) {
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
      status = RouteModel.responseType(returnType).kind() == TypeKindModel.VOID ? 204 : 200;
    }
    AnnotationMirror consumesAnnotation = Annotations.find(method, Annotations.CONSUMES);
    List<String> consumes = consumesAnnotation == null
        ? List.of() : Annotations.stringList(consumesAnnotation, "value");
    AnnotationMirror producesAnnotation = Annotations.find(method, Annotations.PRODUCES);
    String produces = producesAnnotation == null
        ? null : Annotations.stringValue(producesAnnotation, "value", null);
    return new RouteModel(method, httpMethod, annotation, template, params, returnType, status,
        statusAnnotation, httpAnnotations.subList(1, httpAnnotations.size()), consumes, produces,
        declaredResponses(method), api.operation(method, annotation, handler, tag));
  }

  /** The {@code @ApiResponse}s of {@code method} (a handler or provider method). */
  public List<DeclaredResponseModel> declaredResponses(ExecutableElement method) {
    List<AnnotationMirror> annotations = new ArrayList<>();
    AnnotationMirror single = Annotations.find(method, Annotations.API_RESPONSE);
    if (single != null) {
      annotations.add(single);
    }
    AnnotationMirror container = Annotations.find(method, Annotations.API_RESPONSES);
    if (container != null) {
      annotations.addAll(Annotations.annotationList(container, "value"));
    }
    List<DeclaredResponseModel> responses = new ArrayList<>();
    for (AnnotationMirror response : annotations) {
      List<DeclaredResponseModel.ResponseHeaderModel> headers = new ArrayList<>();
      for (AnnotationMirror header : Annotations.annotationList(response, "headers")) {
        AnnotationValue typeValue = Annotations.explicitValue(header, "type");
        TypeModel headerType = typeValue == null
            ? null : types.of((javax.lang.model.type.TypeMirror) typeValue.getValue());
        AnnotationValue required = Annotations.explicitValue(header, "required");
        headers.add(new DeclaredResponseModel.ResponseHeaderModel(
            Annotations.stringValue(header, "name", ""),
            Annotations.stringValue(header, "description", ""), headerType,
            required != null && (Boolean) required.getValue()));
      }
      AnnotationValue empty = Annotations.explicitValue(response, "empty");
      AnnotationValue body = Annotations.explicitValue(response, "body");
      javax.lang.model.type.TypeMirror bodyType = body == null
          ? null : (javax.lang.model.type.TypeMirror) body.getValue();
      responses.add(new DeclaredResponseModel(
          (Integer) Annotations.explicitValue(response, "status").getValue(),
          Annotations.stringValue(response, "description", ""), headers,
          empty != null && (Boolean) empty.getValue(), response,
          bodyType == null || bodyType.getKind() == javax.lang.model.type.TypeKind.VOID
              ? null : types.of(bodyType, method),
          Annotations.stringValue(response, "mediaType", "")));
    }
    return responses;
  }

  /** A parameter bound outside a route (a provider's): path variables only by annotation. */
  public ParamModel param(VariableElement parameter) {
    return param(parameter, List.of());
  }

  private ParamModel param(VariableElement parameter, List<String> variables) {
    String javaName = parameter.getSimpleName().toString();
    TypeModel type = types.of(parameter.asType(), parameter);
    boolean deprecated = elements.isDeprecated(parameter);
    if (RuntimeTypeNames.isBackgroundTasks(parameter.asType())) {
      return BackgroundTasksParam.of(parameter, type, SOURCES);
    }
    if (provided.test(parameter)) {
      return new ParamModel(parameter, javaName, ParamKind.DEPENDENCY, null, type, null, null,
          List.of(), deprecated);
    }
    AnnotationMirror defaultAnnotation = Annotations.find(parameter, Annotations.DEFAULT_VALUE);
    String defaultValue = defaultAnnotation == null
        ? null : Annotations.stringValue(defaultAnnotation, "value", "");
    for (Map.Entry<String, ParamKind> source : SOURCES) {
      AnnotationMirror annotation = Annotations.find(parameter, source.getKey());
      if (annotation != null) {
        String name = Annotations.stringValue(annotation, "value", "");
        ParamKind kind = source.getValue();
        String derived = kind == ParamKind.HEADER ? headerName(javaName) : javaName;
        return new ParamModel(parameter, javaName, kind, name.isEmpty() ? derived : name, type,
            defaultValue, annotation, List.of(), deprecated);
      }
    }
    AnnotationMirror bean = Annotations.find(parameter, Annotations.BEAN_PARAM);
    if (bean != null) {
      return new ParamModel(parameter, javaName, ParamKind.BEAN, null, type, null, bean,
          beanMembers(parameter, variables), deprecated);
    }
    if (variables.contains(javaName)) {
      return new ParamModel(parameter, javaName, ParamKind.PATH, javaName, type, defaultValue,
          null, List.of(), deprecated);
    }
    boolean wrapper = type.kind() == TypeKindModel.OPTIONAL || type.kind() == TypeKindModel.LIST
        || type.kind() == TypeKindModel.SET;
    TypeKindModel valueKind = wrapper && type.element() != null
        ? type.element().kind() : type.kind();
    if (valueKind.isScalar()) {
      return new ParamModel(parameter, javaName, ParamKind.QUERY, javaName, type, defaultValue,
          null, List.of(), deprecated);
    }
    return new ParamModel(parameter, javaName, ParamKind.BODY, null, type, defaultValue, null,
        List.of(), deprecated);
  }

  /** The parameters of a {@code @BeanParam} record: its canonical constructor's parameters. */
  private List<ParamModel> beanMembers(VariableElement parameter, List<String> variables) {
    List<ParamModel> members = new ArrayList<>();
    if (!(parameter.asType() instanceof DeclaredType)) {
      return members;
    }
    TypeElement record = (TypeElement) ((DeclaredType) parameter.asType()).asElement();
    if (record.getKind() != ElementKind.RECORD) {
      return members;
    }
    int components = record.getRecordComponents().size();
    for (ExecutableElement constructor : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      if (constructor.getParameters().size() == components) {
        for (VariableElement member : constructor.getParameters()) {
          members.add(param(member, variables));
        }
        break;
      }
    }
    return members;
  }

  /** {@code requestId} becomes {@code Request-Id}: words at capitals, joined with {@code -}. */
  static String headerName(String javaName) {
    StringBuilder name = new StringBuilder();
    for (int i = 0; i < javaName.length(); i++) {
      char c = javaName.charAt(i);
      if (i == 0) {
        name.append(Character.toUpperCase(c));
      } else if (Character.isUpperCase(c)) {
        name.append('-').append(c);
      } else {
        name.append(c);
      }
    }
    return name.toString();
  }
}

package dev.kiln.processor.validation;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.ControllerModel;
import dev.kiln.processor.model.MediaTypes;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.PathTemplateModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Modifier;

/** Checks a {@link ControllerModel}: templates, parameter binding, types, statuses. Never writes. */
public final class ControllerValidator {
  private final ConstraintValidator constraints = new ConstraintValidator();

  /** Adds every problem of {@code controller} to {@code report}. */
  public void validate(ControllerModel controller, Report report) {
    if (controller.element().getModifiers().contains(Modifier.PRIVATE)) {
      report.error(controller.element(), Messages.privateClass(controller.simpleName()));
    }
    AnnotationMirror path = Annotations.find(controller.element(), Annotations.PATH);
    boolean prefixValid = true;
    if (path != null) {
      String prefix = Annotations.stringValue(path, "value", "");
      PathTemplateModel parsed = PathTemplateModel.parse(prefix);
      if (!parsed.isValid()) {
        prefixValid = false;
        report.error(controller.element(), path, Annotations.explicitValue(path, "value"),
            Messages.badPathTemplate(prefix, parsed.error()));
      }
    }
    for (RouteModel route : controller.routes()) {
      validateRoute(route, prefixValid, report);
    }
  }

  private void validateRoute(RouteModel route, boolean prefixValid, Report report) {
    String name = route.methodName();
    if (!route.otherHttpAnnotations().isEmpty()) {
      report.error(route.method(), route.otherHttpAnnotations().get(0), null,
          Messages.multipleHttpMethods(name));
    }
    if (route.method().getModifiers().contains(Modifier.PRIVATE)) {
      report.error(route.method(), Messages.privateHandler(name));
    }
    if (route.method().getModifiers().contains(Modifier.STATIC)) {
      report.error(route.method(), Messages.staticHandler(name));
    }
    if (!route.template().isValid()) {
      if (prefixValid) {
        report.error(route.method(), route.annotation(),
            Annotations.explicitValue(route.annotation(), "value"),
            Messages.badPathTemplate(route.template().text(), route.template().error()));
      }
    } else {
      validatePathBinding(route, report);
    }
    validateStatus(route, report);
    validateReturn(route, report);
    WebValidator.validate(route, report);
    AnswerMediaTypes.check(route, report);
    DeclaredBodyCheck.check(route, report);
    TimeoutValidator.validate(route, report);
    ParamModel body = null;
    for (ParamModel param : route.params()) {
      validateParam(route, param, report);
      if (param.kind() == ParamKind.BODY && param.type().firstProblem() == null) {
        if (body != null) {
          report.error(param.element(), Messages.multipleBodies(param.javaName(), body.javaName()));
        }
        body = body == null ? param : body;
      }
    }
  }

  private void validatePathBinding(RouteModel route, Report report) {
    List<String> variables = route.template().variables();
    List<ParamModel> flat = route.flatParams();
    for (String variable : variables) {
      boolean bound = flat.stream()
          .anyMatch(p -> p.kind() == ParamKind.PATH && p.wireName().equals(variable));
      if (!bound) {
        report.error(route.method(), route.annotation(),
            Annotations.explicitValue(route.annotation(), "value"),
            Messages.unboundPathVariable(variable, route.describe()));
      }
    }
    for (ParamModel param : flat) {
      if (param.kind() == ParamKind.PATH && !variables.contains(param.wireName())) {
        String suggestion = Suggestions.closest(param.wireName(), variables);
        report.error(param.element(), param.explicitAnnotation(), null,
            Messages.unknownPathVariable(param.wireName(), route.describe(), suggestion));
      }
    }
  }

  private void validateStatus(RouteModel route, Report report) {
    if (route.statusAnnotation() == null) {
      return;
    }
    int status = route.status();
    if (status < 200 || status > 299) {
      report.error(route.method(), route.statusAnnotation(),
          Annotations.explicitValue(route.statusAnnotation(), "value"), Messages.badStatus(status));
    } else if (status == 204 && !route.respondsNoContent()) {
      report.error(route.method(), route.statusAnnotation(),
          Annotations.explicitValue(route.statusAnnotation(), "value"),
          Messages.bodyOnNoContent(status));
    }
  }

  private void validateReturn(RouteModel route, Report report) {
    TypeModel type = route.returnType();
    TypeModel problem = type.firstProblem();
    if (problem != null && problem.kind() == TypeKindModel.UNRESOLVED) {
      report.error(route.method(), Messages.unresolvedType(route.methodName() + "()",
          String.valueOf(problem.mirror())));
    } else if (!isAnswerable(type, true, true, true)) {
      String generic = problem == null
          ? null : GenericTypes.message(route.methodName() + "()", problem.mirror());
      report.error(route.method(), generic != null ? generic
          : Messages.unsupportedReturnType(route.methodName(), String.valueOf(type.mirror())));
    } else if (type.kind() == TypeKindModel.EVENT_STREAM && route.produces() != null
        && !route.produces().equals(MediaTypes.EVENT_STREAM)
        && !route.produces().equals(MediaTypes.NDJSON)) {
      AnnotationMirror produces = Annotations.find(route.method(), Annotations.PRODUCES);
      report.error(route.method(), produces, Annotations.explicitValue(produces, "value"),
          Messages.eventStreamMediaType(route.methodName(), route.produces()));
    }
  }

  /**
   * Whether a handler may return {@code type}: void, String, byte[], InputStream, a JSON type,
   * or one of those inside (in this order) {@code CompletionStage}, {@code Response}, {@code
   * Optional}; or an {@code EventStream} of a JSON type.
   */
  private static boolean isAnswerable(TypeModel type, boolean stage, boolean response,
      boolean optional) {
    if (type.firstProblem() != null) {
      return false;
    }
    switch (type.kind()) {
      case VOID:
      case STRING:
      case BYTES:
      case INPUT_STREAM:
      case HTML_PAGE:
        return true;
      case EVENT_STREAM:
        // the whole answer: not inside CompletionStage, Response or Optional
        return stage && response && optional && type.element().isJson()
            && type.element().kind() != TypeKindModel.OPTIONAL;
      case COMPLETION_STAGE:
        return stage && isAnswerable(type.element(), false, true, true);
      case RESPONSE:
        return response && isAnswerable(type.element(), false, false, true);
      case OPTIONAL:
        return optional && type.element().kind() != TypeKindModel.VOID
            && isAnswerable(type.element(), false, false, false);
      default:
        return type.isJson();
    }
  }

  private void validateParam(RouteModel route, ParamModel param, Report report) {
    TypeModel type = param.type();
    TypeModel problem = type.firstProblem();
    if (problem != null && problem.kind() == TypeKindModel.UNRESOLVED) {
      report.error(param.element(),
          Messages.unresolvedType(param.javaName(), String.valueOf(problem.mirror())));
      return;
    }
    if (param.valueType().kind() == TypeKindModel.UPLOAD) {
      report.error(param.element(), MultipartMessages.uploadOutsideMultipart("Parameter "
          + param.javaName()));
      return;
    }
    switch (param.kind()) {
      case PATH:
        if (param.repeated()) {
          report.error(param.element(), Messages.repeatedPathVariable(param.javaName(),
              String.valueOf(type.mirror())));
        } else if (!param.valueType().kind().isScalar()) {
          report.error(param.element(), Messages.unsupportedParamType(param.javaName(),
              String.valueOf(type.mirror()), "a path variable"));
        } else if (!param.required()) {
          report.error(param.element(), Messages.optionalPathVariable(param.javaName()));
        } else {
          constraints.validate(type, "path variable " + param.javaName(), report);
        }
        break;
      case QUERY:
      case HEADER:
      case COOKIE:
        if (!param.valueType().kind().isScalar() || param.valueType().element() != null
            || (param.repeated() && param.kind() == ParamKind.COOKIE)) {
          report.error(param.element(), Messages.unsupportedParamType(param.javaName(),
              String.valueOf(type.mirror()), where(param.kind())));
        } else if (param.repeated() && param.defaultValue() != null) {
          report.error(param.element(), Messages.defaultOnRepeated(param.javaName()));
        } else {
          if (param.defaultValue() != null) {
            validateDefault(param, report);
          }
          constraints.validate(type, label(param.kind()) + " " + param.javaName(), report);
        }
        break;
      case BEAN:
        if (type.kind() != TypeKindModel.RECORD || param.members().isEmpty()) {
          report.error(param.element(), Messages.badBeanParam(param.javaName(),
              String.valueOf(type.mirror())));
        }
        for (ParamModel member : param.members()) {
          if (member.kind() == ParamKind.BACKGROUND_TASKS) {
            continue; // WebValidator reports it
          } else if (member.kind() == ParamKind.BODY || member.kind() == ParamKind.BEAN) {
            report.error(param.element(), Messages.badBeanMember(param.javaName(),
                member.javaName()));
          } else {
            validateParam(route, member, report);
          }
        }
        break;
      case BODY:
        if (problem != null || !(type.isJson() || type.isRaw())) {
          String generic = problem == null
              ? null : GenericTypes.message("Parameter " + param.javaName(), problem.mirror());
          report.error(param.element(), generic != null ? generic
              : Messages.unsupportedBodyType(param.javaName(), String.valueOf(type.mirror())));
        } else if (MultipartShapes.bodyProblem(route, param.javaName(), type) != null) {
          report.error(param.element(), MultipartShapes.bodyProblem(route, param.javaName(),
              type));
        } else if (route.readsFormBody()
            && (type.kind() != TypeKindModel.RECORD || !type.arguments().isEmpty())) {
          report.error(param.element(), Messages.formNotFlat(param.javaName(),
              String.valueOf(type.mirror()), null));
        } else if (!dev.kiln.processor.model.HttpMethods.allowsBody(route.httpMethod())) {
          report.error(param.element(),
              Messages.bodyNotAllowed(route.httpMethod(), param.javaName()));
        } else {
          type.constraints().forEach(c -> report.error(c.element(), c.mirror(), null,
              Messages.constraintOnBody(c.kind().simpleName(), param.javaName())));
        }
        break;
      case BACKGROUND_TASKS:
        break; // supplied by the server; WebValidator checks its annotations
      case DEPENDENCY:
        break; // a provided value: the provider graph checks it
      default:
        throw new AssertionError(param.kind());
    }
  }

  /** How a constraint diagnostic names a parameter of {@code kind}: {@code header}, ... */
  private static String label(ParamKind kind) {
    switch (kind) {
      case HEADER:
        return "header";
      case COOKIE:
        return "cookie";
      default:
        return "query parameter";
    }
  }

  private static String where(ParamKind kind) {
    switch (kind) {
      case HEADER:
        return "a header";
      case COOKIE:
        return "a cookie";
      default:
        return "a query parameter";
    }
  }

  private void validateDefault(ParamModel param, Report report) {
    TypeModel type = param.valueType();
    String value = param.defaultValue();
    if (!DefaultValues.isValid(type, value)) {
      AnnotationMirror annotation = Annotations.find(param.element(), Annotations.DEFAULT_VALUE);
      report.error(param.element(), annotation, Annotations.explicitValue(annotation, "value"),
          Messages.badDefaultValue(param.javaName(), value, type.kind().label()));
    }
  }
}

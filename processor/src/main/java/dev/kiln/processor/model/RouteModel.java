package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;

/**
 * One handler method and the route it answers.
 *
 * @param method the handler method
 * @param httpMethod the request method, e.g. {@code GET}
 * @param annotation the HTTP method annotation, for diagnostics on its value
 * @param template the full path template (class prefix + method template)
 * @param params the parameters in declaration order
 * @param returnType the return type
 * @param status the success status ({@code @Status}, else 200, or 204 when the answer has no
 *     content: {@code void}, {@code CompletionStage<Void>}, {@code Response<Void>})
 * @param statusAnnotation the {@code @Status} annotation, or {@code null}
 * @param otherHttpAnnotations further HTTP method annotations on the same method (an error)
 * @param consumes the {@code @Consumes} media types, empty for the default of the body type
 * @param produces the {@code @Produces} media type, or {@code null} for the default
 * @param declaredResponses the {@code @ApiResponse}s
 */
public record RouteModel(ExecutableElement method, String httpMethod, AnnotationMirror annotation,
    PathTemplateModel template, List<ParamModel> params, TypeModel returnType, int status,
    AnnotationMirror statusAnnotation, List<AnnotationMirror> otherHttpAnnotations,
    List<String> consumes, String produces, List<DeclaredResponseModel> declaredResponses) {

  public RouteModel {
    params = List.copyOf(params);
    otherHttpAnnotations = List.copyOf(otherHttpAnnotations);
    consumes = List.copyOf(consumes);
    declaredResponses = List.copyOf(declaredResponses);
  }

  /**
   * The answer's type once unwrapped: {@code CompletionStage<T>}, {@code Response<T>} and
   * {@code Optional<T>} (in that order) give {@code T}.
   */
  public TypeModel answerType() {
    return answerType(returnType);
  }

  /** {@link #answerType()} of a handler returning {@code returnType}. */
  public static TypeModel answerType(TypeModel returnType) {
    TypeModel type = returnType;
    for (TypeKindModel wrapper : List.of(TypeKindModel.COMPLETION_STAGE, TypeKindModel.RESPONSE,
        TypeKindModel.OPTIONAL)) {
      if (type.kind() == wrapper && type.element() != null) {
        type = type.element();
      }
    }
    return type;
  }

  /**
   * Whether the handler answers without content: it returns {@code void}, or a {@code
   * CompletionStage<Void>}, {@code Response<Void>} or both.
   */
  public boolean answersNoContent() {
    return answerType().kind() == TypeKindModel.VOID;
  }

  /** The handler method's simple name, also the generated route method's name. */
  public String methodName() {
    return method.getSimpleName().toString();
  }

  /** {@code GET /items/{id}}, for messages and Javadoc. */
  public String describe() {
    return httpMethod + " " + template.text();
  }

  /** The request-body parameter, or {@code null}. */
  public ParamModel body() {
    for (ParamModel param : params) {
      if (param.kind() == ParamKind.BODY) {
        return param;
      }
    }
    return null;
  }
}

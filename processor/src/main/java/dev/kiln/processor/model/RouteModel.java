package dev.kiln.processor.model;

import java.util.ArrayList;
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
 * @param operation what the OpenAPI document says of it besides the binding
 */
public record RouteModel(ExecutableElement method, String httpMethod, AnnotationMirror annotation,
    PathTemplateModel template, List<ParamModel> params, TypeModel returnType, int status,
    AnnotationMirror statusAnnotation, List<AnnotationMirror> otherHttpAnnotations,
    List<String> consumes, String produces, List<DeclaredResponseModel> declaredResponses,
    OperationModel operation) {

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
  public TypeModel responseType() {
    return responseType(returnType);
  }

  /** {@link #responseType()} of a handler returning {@code returnType}. */
  public static TypeModel responseType(TypeModel returnType) {
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
  public boolean respondsNoContent() {
    return responseType().kind() == TypeKindModel.VOID;
  }

  /** The route's {@code @Timeout}, or {@code null} when it has none. */
  public TimeoutModel timeout() {
    return TimeoutModel.of(method);
  }

  /** The handler method's simple name, also the generated route method's name. */
  public String methodName() {
    return method.getSimpleName().toString();
  }

  /** {@code GET /items/{id}}, for messages and Javadoc. */
  public String describe() {
    return httpMethod + " " + template.text();
  }

  /** The parameters with each {@code @BeanParam} replaced by its members (at any depth). */
  public List<ParamModel> flatParams() {
    return flatten(params);
  }

  private static List<ParamModel> flatten(List<ParamModel> params) {
    List<ParamModel> flat = new ArrayList<>();
    for (ParamModel param : params) {
      if (param.kind() == ParamKind.BEAN) {
        flat.addAll(flatten(param.members()));
      } else {
        flat.add(param);
      }
    }
    return flat;
  }

  /** Whether a (non-raw) body is read as JSON: no {@code @Consumes}, or one naming JSON. */
  public boolean readsJsonBody() {
    return consumes.isEmpty() || consumes.contains(MediaTypes.JSON);
  }

  /** Whether a (non-raw) body is read from an HTML form: {@code @Consumes} names the form type. */
  public boolean readsFormBody() {
    return consumes.contains(MediaTypes.FORM);
  }

  /** Whether the body is read from {@code multipart/form-data}: {@code @Consumes} names it. */
  public boolean readsMultipartBody() {
    return consumes.contains(MediaTypes.MULTIPART);
  }

  /**
   * The media types of the request body: the {@code @Consumes} types, else {@code
   * application/octet-stream} for a raw body and {@code application/json} for any other.
   */
  public List<String> requestMediaTypes() {
    if (!consumes.isEmpty()) {
      return consumes;
    }
    ParamModel body = body();
    return List.of(body != null && body.type().isRaw() ? MediaTypes.OCTET_STREAM : MediaTypes.JSON);
  }

  /**
   * The media type of the answer's content: the {@code @Produces} type, else {@code
   * text/event-stream} for an {@code EventStream}, {@code text/plain} for a {@code String},
   * {@code application/octet-stream} for raw bytes and {@code application/json} for any other.
   */
  public String responseMediaType() {
    if (produces != null) {
      return produces;
    }
    TypeModel type = responseType();
    if (type.kind() == TypeKindModel.EVENT_STREAM) {
      return MediaTypes.EVENT_STREAM;
    }
    return type.kind() == TypeKindModel.STRING ? MediaTypes.TEXT_PLAIN
        : type.isRaw() ? MediaTypes.OCTET_STREAM : MediaTypes.JSON;
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

package dev.kiln.processor.writing.openapi;

import dev.kiln.processor.model.DeclaredResponseModel;
import dev.kiln.processor.model.MediaTypes;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.SecurityRequirementModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;

/**
 * Writes an operation's {@code responses}: its success answer, the problem answers Kiln gives
 * itself (400, 401, 403, 404, 415, 422 as {@code $ref}s to shared {@code components/responses})
 * and the
 * {@code @ApiResponse}s it declares.
 */
final class ResponsesWriter {
  private final SchemaWriter schemas;
  private final Map<String, Object> problems = new TreeMap<>();
  private final Set<RouteModel> answered405;

  /**
   * A writer of responses whose schemas {@code schemas} names; {@code answered405} are the routes
   * a request can reach on a path another template takes ({@link MethodNotAllowed}).
   */
  ResponsesWriter(SchemaWriter schemas, Set<RouteModel> answered405) {
    this.schemas = schemas;
    this.answered405 = answered405;
  }

  /** The shared problem responses the operations written so far refer to, by name. */
  Map<String, Object> problems() {
    return problems;
  }

  /**
   * The responses of {@code route}.
   *
   * @param parses whether reading the request can fail to parse (400)
   * @param checks whether it can be invalid (422)
   */
  Map<String, Object> write(RouteModel route, boolean parses, boolean checks) {
    Map<String, Object> answers = new TreeMap<>();
    if (!declaresItsSuccess(route)) {
      answers.put(String.valueOf(route.status()), success(route));
    }
    if (PageAnswers.revalidates(route)) {
      answers.put("304", PageAnswers.notModified());
    }
    if (parses) {
      answers.put("400", problem(400));
    }
    // @SecurityRequirement: 401 without valid credentials, 403 without a required scope
    for (SecurityRequirementModel requirement : route.operation().security()) {
      if (!requirement.anonymous()) {
        answers.put("401", problem(401));
      }
      if (!requirement.scopes().isEmpty()) {
        answers.put("403", problem(403));
      }
    }
    if (!route.template().variables().isEmpty() || respondsOptional(route.returnType())) {
      answers.put("404", problem(404));
    }
    if (answered405.contains(route)) {
      answers.put("405", problem(405));
    }
    if (route.body() != null) {
      answers.put("415", problem(415));
    }
    if (route.readsMultipartBody()) { // its part limits are part of the contract
      answers.put("413", problem(413));
    }
    if (checks) {
      answers.put("422", problem(422));
    }
    // a declared status replaces Kiln's own answer for it
    for (DeclaredResponseModel declared : route.declaredResponses()) {
      answers.put(declared.status() == 0 ? "default" : String.valueOf(declared.status()),
          declared(route, declared));
    }
    return answers;
  }

  private Map<String, Object> success(RouteModel route) {
    Map<String, Object> response = Json.obj("description", ProblemAnswers.reason(route.status()));
    if (!route.respondsNoContent()) {
      response.put("content", responseContent(route));
    }
    return response;
  }

  // @ApiResponse(status = 200, description = "Logged in",
  //     headers = @ResponseHeader(name = "X-Rate-Limit", type = int.class)) is written as
  // "200": {"description": "Logged in", "headers": {"X-Rate-Limit": {"schema": {"type":
  //   "integer", "format": "int32"}}}, "content": {...the answer's...}}
  private Map<String, Object> declared(RouteModel route, DeclaredResponseModel declared) {
    String description = declared.description();
    if (description.isEmpty()) {
      description = declared.status() == 0
          ? "Any other answer." : ProblemAnswers.reason(declared.status());
    }
    Map<String, Object> response = Json.obj("description", description);
    if (!declared.headers().isEmpty()) {
      Map<String, Object> headers = new LinkedHashMap<>();
      for (DeclaredResponseModel.ResponseHeaderModel header : declared.headers()) {
        Map<String, Object> out = new LinkedHashMap<>();
        if (!header.description().isEmpty()) {
          out.put("description", header.description());
        }
        if (header.required()) {
          out.put("required", true);
        }
        // no type stated: String
        out.put("schema", header.type() == null
            ? Json.obj("type", "string") : schemas.schema(header.type().withNullable(false)));
        headers.put(header.name(), out);
      }
      response.put("headers", headers);
    }
    if (!declared.mediaType().isEmpty()) {
      // text of its own, e.g. the HTML form page a wrapper answers 422 with
      response.put("content", Json.obj(declared.mediaType(),
          Json.obj("schema", PageAnswers.schema())));
    } else if (declared.body() != null && !declared.empty()) {
      // @ApiResponse(status = 404, body = NotFound.class): its JSON, or a problem Kiln answers
      Map<String, Object> content = new TreeMap<>(Json.obj(MediaTypes.JSON,
          Json.obj("schema", schemas.schema(declared.body().withNullable(false)))));
      if (declared.status() >= 400 || declared.status() == 0) {
        content.putAll(ProblemAnswers.content(schemas.problemName()));
      }
      response.put("content", content);
    } else if (declared.empty() && (declared.status() >= 400 || declared.status() == 0)) {
      // Kiln answers every error as a problem, whatever the declaration says about content
      response.put("content", ProblemAnswers.content(schemas.problemName()));
    } else if (!declared.empty() && declared.status() != 204 && !route.respondsNoContent()) {
      response.put("content", responseContent(route));
    }
    return response;
  }

  /**
   * The content of a route's answer under its media type. The schema is the Java type's whatever
   * the media type: a String under {@code @Produces("application/json")} is a JSON string.
   */
  private Map<String, Object> responseContent(RouteModel route) {
    TypeModel type = route.responseType().withNullable(false);
    if (type.kind() == TypeKindModel.EVENT_STREAM) {
      return Json.obj(route.responseMediaType(),
          Json.obj("schema", eventsSchema(route.responseMediaType(), type.element())));
    }
    if (type.kind() == TypeKindModel.HTML_PAGE) {
      return Json.obj(route.responseMediaType(), Json.obj("schema", PageAnswers.schema()));
    }
    return Json.obj(route.responseMediaType(), Json.obj("schema", schemas.schema(type)));
  }

  /**
   * A stream of {@code data} events as OpenAPI 3.1 can state it (its media type registry: the
   * whole stream as an array): JSON lines an array of the data; server-sent events an array of
   * events with the {@code id}, {@code event} and {@code retry} fields and the data as a string
   * of JSON ({@code contentMediaType}, {@code contentSchema}).
   */
  private Map<String, Object> eventsSchema(String mediaType, TypeModel data) {
    if (mediaType.equals(MediaTypes.NDJSON)) {
      return Json.obj("type", "array", "items", schemas.schema(data));
    }
    Map<String, Object> fields = Json.obj(
        "id", Json.obj("type", "string"),
        "event", Json.obj("type", "string"),
        "retry", Json.obj("type", "integer", "minimum", 0),
        "data", Json.obj("type", "string", "contentMediaType", MediaTypes.JSON,
            "contentSchema", schemas.schema(data)));
    return Json.obj("type", "array", "items",
        Json.obj("type", "object", "required", List.of("data"), "properties", fields));
  }

  /**
   * Whether a {@code Response<T>} handler without {@code @Status} states its successes with
   * {@code @ApiResponse}s: then they, not the implicit 200 (or 204), are its success answers.
   */
  private static boolean declaresItsSuccess(RouteModel route) {
    TypeModel type = route.returnType();
    if (type.kind() == TypeKindModel.COMPLETION_STAGE && type.element() != null) {
      type = type.element();
    }
    if (route.statusAnnotation() != null || type.kind() != TypeKindModel.RESPONSE) {
      return false;
    }
    for (DeclaredResponseModel declared : route.declaredResponses()) {
      if (declared.status() >= 200 && declared.status() < 300) {
        return true;
      }
    }
    return false;
  }

  /** Whether the handler may answer an empty {@code Optional} (a 404). */
  private static boolean respondsOptional(TypeModel returnType) {
    TypeModel type = returnType;
    while (type != null && (type.kind() == TypeKindModel.COMPLETION_STAGE
        || type.kind() == TypeKindModel.RESPONSE || type.kind() == TypeKindModel.OPTIONAL)) {
      if (type.kind() == TypeKindModel.OPTIONAL) {
        return true;
      }
      type = type.element();
    }
    return false;
  }

  private Map<String, Object> problem(int status) {
    String name = ProblemAnswers.responseName(status);
    problems.computeIfAbsent(name, n -> ProblemAnswers.response(status,
        schemas.problemName()));
    return Json.obj("$ref", "#/components/responses/" + name);
  }
}

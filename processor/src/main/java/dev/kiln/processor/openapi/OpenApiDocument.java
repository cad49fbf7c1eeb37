package dev.kiln.processor.openapi;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.DeclaredResponseModel;
import dev.kiln.processor.model.HandlerModel;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RecordModelFactory;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.util.Elements;

/**
 * Builds the OpenAPI 3.1 document of an application from its validated handler models, as a JSON
 * tree whose maps are ordered (paths and components sorted by name, operations in the
 * specification's method order) so the same source always gives the same bytes. Problems that
 * prevent a faithful document (a duplicate operationId, a Java-only regex, an unknown security
 * scheme) go to {@link Problems}.
 */
final class OpenApiDocument {
  /** Where the document's problems go. */
  interface Problems extends Schemas.Problems {
    void error(Element element, AnnotationMirror annotation, String message);
  }

  static final String SECURITY_SCHEME = Annotations.PACKAGE + "SecurityScheme";
  static final String SECURITY_SCHEMES = Annotations.PACKAGE + "SecuritySchemes";
  static final String SECURITY_REQUIREMENT = Annotations.PACKAGE + "SecurityRequirement";
  static final String SECURITY_REQUIREMENTS = Annotations.PACKAGE + "SecurityRequirements";
  static final String OPEN_API_INFO = Annotations.PACKAGE + "OpenApiInfo";
  static final String TAG = Annotations.PACKAGE + "Tag";
  private static final String JSON = "application/json";
  private static final String OCTET_STREAM = "application/octet-stream";
  private static final List<String> METHOD_ORDER =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private final Elements elements;
  private final Problems problems;
  private final Schemas schemas;

  OpenApiDocument(Elements elements, RecordModelFactory records, Problems problems) {
    this.elements = elements;
    this.problems = problems;
    this.schemas = new Schemas(elements, records, problems);
  }

  /**
   * The document.
   *
   * @param handlers the valid handlers, in any order
   * @param info the {@code @OpenApiInfo} annotation's holder, or {@code null}
   * @param schemeHolders the classes and packages carrying {@code @SecurityScheme}s
   */
  Map<String, Object> build(List<HandlerModel> handlers, Element info,
      List<Element> schemeHolders, OpenApiOptions options) {
    List<HandlerModel> sorted = new ArrayList<>(handlers);
    sorted.sort((a, b) -> a.className().canonicalName().compareTo(b.className().canonicalName()));
    for (HandlerModel handler : sorted) {
      for (RouteModel route : handler.routes()) {
        for (ParamModel param : params(route)) {
          schemas.collect(param.type());
        }
        schemas.collect(route.returnType());
        for (DeclaredResponseModel declared : route.declaredResponses()) {
          declared.headers().forEach(header -> schemas.collect(header.type()));
        }
      }
    }
    schemas.assignNames();

    Map<String, Object> securitySchemes = securitySchemes(schemeHolders);
    Map<String, RouteModel> operationIds = new LinkedHashMap<>();
    Map<String, Map<String, Object>> paths = new TreeMap<>();
    Map<String, Object> tags = new TreeMap<>();
    Map<String, Object> responses = new TreeMap<>();
    for (HandlerModel handler : sorted) {
      for (RouteModel route : handler.routes()) {
        RouteModel other = operationIds.putIfAbsent(route.methodName(), route);
        if (other != null) {
          problems.error(route.method(), null, OpenApiMessages.duplicateOperationId(
              route.methodName(), describe(route), describe(other)));
          continue;
        }
        paths.computeIfAbsent(route.template().text(), t -> new TreeMap<>())
            .put(route.httpMethod().toLowerCase(java.util.Locale.ROOT),
                operation(handler, route, tags, responses, securitySchemes));
      }
    }

    Map<String, Object> document = Json.obj("openapi", "3.1.0", "info", info(info, options));
    List<String> servers = options.servers();
    if (servers.isEmpty() && info != null) {
      servers = annotation(info, OPEN_API_INFO).strings("servers");
    }
    if (!servers.isEmpty()) {
      List<Object> list = new ArrayList<>();
      servers.forEach(url -> list.add(Json.obj("url", url)));
      document.put("servers", list);
    }
    if (!tags.isEmpty()) {
      List<Object> list = new ArrayList<>();
      tags.forEach((name, description) -> list.add(description == null
          ? Json.obj("name", name) : Json.obj("name", name, "description", description)));
      document.put("tags", list);
    }
    Map<String, Object> orderedPaths = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
      Map<String, Object> item = new LinkedHashMap<>();
      for (String method : METHOD_ORDER) {
        if (path.getValue().containsKey(method)) {
          item.put(method, path.getValue().get(method));
        }
      }
      orderedPaths.put(path.getKey(), item);
    }
    document.put("paths", orderedPaths);

    Map<String, Object> components = new LinkedHashMap<>();
    Map<String, Object> componentSchemas = new TreeMap<>(schemas.components());
    if (!responses.isEmpty()) {
      componentSchemas.put(ProblemAnswers.SCHEMA, ProblemAnswers.schema());
      components.put("responses", responses);
    }
    if (!componentSchemas.isEmpty()) {
      components.put("schemas", componentSchemas);
    }
    if (!securitySchemes.isEmpty()) {
      components.put("securitySchemes", securitySchemes);
    }
    // responses, schemas, securitySchemes: in the specification's order
    if (!components.isEmpty()) {
      Map<String, Object> ordered = new LinkedHashMap<>();
      for (String key : List.of("schemas", "responses", "securitySchemes")) {
        if (components.containsKey(key)) {
          ordered.put(key, components.get(key));
        }
      }
      document.put("components", ordered);
    }
    return document;
  }

  private Map<String, Object> info(Element holder, OpenApiOptions options) {
    AnnotationValues values = holder == null ? null : annotation(holder, OPEN_API_INFO);
    String title = first(options.title(), values == null ? null : values.string("title"), "API");
    String version =
        first(options.version(), values == null ? null : values.string("version"), "0.0.0");
    String description = first(options.description(),
        values == null ? null : values.string("description"), null);
    Map<String, Object> info = Json.obj("title", title, "version", version);
    if (description != null) {
      info.put("description", description);
    }
    return info;
  }

  private Map<String, Object> operation(HandlerModel handler, RouteModel route,
      Map<String, Object> tags, Map<String, Object> responses,
      Map<String, Object> securitySchemes) {
    ExecutableElement method = route.method();
    Javadoc doc = Javadoc.parse(elements.getDocComment(method));
    Map<String, Object> operation = new LinkedHashMap<>();
    operation.put("tags", List.of(tag(handler, route, tags)));
    putIfPresent(operation, "summary", doc.summary());
    putIfPresent(operation, "description", doc.description());
    operation.put("operationId", route.methodName());

    List<Object> parameters = new ArrayList<>();
    boolean parses = false;
    boolean checks = false;
    for (ParamModel param : params(route)) {
      if (param.kind() == ParamKind.BODY) {
        boolean raw = isRaw(param.type());
        parses |= !raw;
        checks |= !raw;
        Map<String, Object> body = new LinkedHashMap<>();
        putIfPresent(body, "description", doc.params().get(param.javaName()));
        body.put("content", requestContent(route, param.type()));
        body.put("required", true);
        operation.put("requestBody", body);
        continue;
      }
      parameters.add(parameter(param, doc));
      parses |= param.valueType().kind() != TypeKindModel.STRING;
      // a path variable is always present; other required parameters can be missing
      checks |= (param.required() && param.kind() != ParamKind.PATH)
          || param.type().hasConstraints() || hasRange(param.valueType());
    }
    if (!parameters.isEmpty()) {
      // requestBody after parameters, as the specification lists them
      Map<String, Object> reordered = new LinkedHashMap<>();
      operation.forEach((key, value) -> {
        if (key.equals("requestBody")) {
          reordered.put("parameters", parameters);
        }
        reordered.put(key, value);
      });
      reordered.putIfAbsent("parameters", parameters);
      operation.clear();
      operation.putAll(reordered);
    }

    Map<String, Object> answers = new TreeMap<>();
    if (!declaresItsSuccess(route)) {
      answers.put(String.valueOf(route.status()), success(route));
    }
    if (parses) {
      answers.put("400", problem(400, responses));
    }
    if (!route.template().variables().isEmpty() || answersOptional(route.returnType())) {
      answers.put("404", problem(404, responses));
    }
    if (route.body() != null) {
      answers.put("415", problem(415, responses));
    }
    if (checks) {
      answers.put("422", problem(422, responses));
    }
    // a declared status replaces Kiln's own answer for it
    for (DeclaredResponseModel declared : route.declaredResponses()) {
      answers.put(declared.status() == 0 ? "default" : String.valueOf(declared.status()),
          declared(route, declared));
    }
    operation.put("responses", answers);

    if (elements.isDeprecated(method)) {
      operation.put("deprecated", true);
    }
    List<Object> security = security(handler, route, securitySchemes);
    if (!security.isEmpty()) {
      operation.put("security", security);
    }
    return operation;
  }

  /** The parameters of a route with {@code @BeanParam} records flattened. */
  private static List<ParamModel> params(RouteModel route) {
    List<ParamModel> params = new ArrayList<>();
    for (ParamModel param : route.params()) {
      if (param.kind() == ParamKind.BEAN) {
        params.addAll(param.members());
      } else {
        params.add(param);
      }
    }
    return params;
  }

  // @QueryParam("tag") List<String> tags is written as
  // {"name": "tag", "in": "query", "required": false, "schema": {"type": "array", ...},
  //  "style": "form", "explode": true}
  private Map<String, Object> parameter(ParamModel param, Javadoc doc) {
    Map<String, Object> parameter = Json.obj("name", param.wireName(), "in", in(param.kind()));
    putIfPresent(parameter, "description", doc.params().get(param.javaName()));
    parameter.put("required", param.kind() == ParamKind.PATH || param.required());
    if (elements.isDeprecated(param.element())) {
      parameter.put("deprecated", true);
    }
    Map<String, Object> schema = schemas.schema(param.type().withNullable(false));
    if (param.defaultValue() != null) {
      schema = new LinkedHashMap<>(schema);
      schema.put("default", defaultValue(param.defaultValue(), param.valueType()));
    }
    parameter.put("schema", schema);
    if (param.repeated()) {
      boolean form = param.kind() == ParamKind.QUERY || param.kind() == ParamKind.COOKIE;
      parameter.put("style", form ? "form" : "simple");
      parameter.put("explode", form);
    }
    return parameter;
  }

  /** The one switch from parameter kinds to OpenAPI's {@code in}; add new kinds here. */
  private static String in(ParamKind kind) {
    switch (kind) {
      case PATH:
        return "path";
      case HEADER:
        return "header";
      case COOKIE:
        return "cookie";
      default:
        return "query";
    }
  }

  private static Object defaultValue(String text, TypeModel type) {
    try {
      switch (type.kind().unboxed()) {
        case INT:
          return Integer.parseInt(text.strip());
        case LONG:
          return Long.parseLong(text.strip());
        case DOUBLE:
        case BIG_DECIMAL:
        case BIG_INTEGER:
          return new BigDecimal(text.strip());
        case BOOLEAN:
          return Boolean.parseBoolean(text.strip());
        default:
          return text;
      }
    } catch (NumberFormatException e) {
      return text; // validation reported it
    }
  }

  // @Consumes({"application/json", "application/x-www-form-urlencoded"}) NewPet pet is written as
  // {"application/json": {"schema": {"$ref": ".../NewPet"}},
  //  "application/x-www-form-urlencoded": {"schema": {"$ref": ".../NewPet"}}}
  private Map<String, Object> requestContent(RouteModel route, TypeModel type) {
    List<String> mediaTypes = route.consumes();
    if (mediaTypes.isEmpty()) {
      mediaTypes = List.of(isRaw(type) ? OCTET_STREAM : JSON);
    }
    Map<String, Object> schema = schemas.schema(type.withNullable(false));
    Map<String, Object> content = new LinkedHashMap<>();
    for (String mediaType : mediaTypes) {
      content.put(mediaType, Json.obj("schema", schema));
    }
    return content;
  }

  private Map<String, Object> success(RouteModel route) {
    Map<String, Object> response = Json.obj("description", ProblemAnswers.reason(route.status()));
    if (!route.answersNoContent()) {
      response.put("content", answerContent(route));
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
        // no type stated: String
        if (header.required()) {
          out.put("required", true);
        }
        out.put("schema", header.type() == null
            ? Json.obj("type", "string") : schemas.schema(header.type().withNullable(false)));
        headers.put(header.name(), out);
      }
      response.put("headers", headers);
    }
    if (declared.empty() && (declared.status() >= 400 || declared.status() == 0)) {
      // Kiln answers every error as a problem, whatever the declaration says about content
      response.put("content", ProblemAnswers.content());
    } else if (!declared.empty() && declared.status() != 204 && !route.answersNoContent()) {
      response.put("content", answerContent(route));
    }
    return response;
  }

  /** Whether a parameter of {@code type} can be 422: an integer out of range, an unknown enum. */
  private static boolean hasRange(TypeModel type) {
    TypeKindModel kind = type.kind().unboxed();
    return kind == TypeKindModel.INT || kind == TypeKindModel.LONG || kind == TypeKindModel.ENUM;
  }

  /**
   * The content of a route's answer: {@code String} as {@code text/plain}, {@code byte[]} and
   * {@code InputStream} as {@code application/octet-stream} (or the {@code @Produces} type), JSON
   * types as {@code application/json}.
   */
  private Map<String, Object> answerContent(RouteModel route) {
    TypeModel type = route.answerType().withNullable(false);
    // the schema is the Java type's, whatever the media type: a String under @Produces(
    // "application/json") is a JSON string (the Petstore's login answers one)
    String mediaType = route.produces();
    if (mediaType == null) {
      mediaType = type.kind() == TypeKindModel.STRING ? "text/plain"
          : isRaw(type) ? OCTET_STREAM : JSON;
    }
    return Json.obj(mediaType, Json.obj("schema", schemas.schema(type)));
  }


  /**
   * Whether a {@code Response<T>} handler without {@code @Status} states its successes with
   * {@code @ApiResponse}s: then they, not the implicit 200 (or 204), are its success answers.
   */
  private static boolean declaresItsSuccess(RouteModel route) {
    if (route.statusAnnotation() != null || !isResponse(route.returnType())) {
      return false;
    }
    for (DeclaredResponseModel declared : route.declaredResponses()) {
      if (declared.status() >= 200 && declared.status() < 300) {
        return true;
      }
    }
    return false;
  }

  private static boolean isResponse(TypeModel returnType) {
    TypeModel type = returnType;
    if (type.kind() == TypeKindModel.COMPLETION_STAGE && type.element() != null) {
      type = type.element();
    }
    return type.kind() == TypeKindModel.RESPONSE;
  }

  /** Whether the handler may answer an empty {@code Optional} (a 404). */
  private static boolean answersOptional(TypeModel returnType) {
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

  /** Whether {@code type} travels as raw bytes ({@code byte[]}, {@code InputStream}). */
  private static boolean isRaw(TypeModel type) {
    return type.kind() == TypeKindModel.BYTES || type.kind() == TypeKindModel.INPUT_STREAM;
  }

  private static Map<String, Object> problem(int status, Map<String, Object> responses) {
    String name = ProblemAnswers.responseName(status);
    responses.computeIfAbsent(name, n -> ProblemAnswers.response(status));
    return Json.obj("$ref", "#/components/responses/" + name);
  }

  private String tag(HandlerModel handler, RouteModel route, Map<String, Object> tags) {
    AnnotationMirror methodTag = Annotations.find(route.method(), TAG);
    AnnotationMirror classTag = Annotations.find(handler.element(), TAG);
    AnnotationMirror mirror = methodTag != null ? methodTag : classTag;
    String name;
    String description;
    if (mirror != null) {
      AnnotationValues values = AnnotationValues.of(elements, mirror);
      name = values.string("value");
      description = values.string("description");
      if (description == null && mirror == classTag) {
        description = Javadoc.parse(elements.getDocComment(handler.element())).summary();
      }
    } else {
      name = handler.className().simpleName();
      description = Javadoc.parse(elements.getDocComment(handler.element())).summary();
    }
    if (description != null || !tags.containsKey(name)) {
      Object known = tags.get(name);
      tags.put(name, known != null ? known : description);
    }
    return name;
  }

  private List<Object> security(HandlerModel handler, RouteModel route,
      Map<String, Object> schemes) {
    List<AnnotationValues> requirements = AnnotationValues.all(elements, route.method(),
        SECURITY_REQUIREMENT, SECURITY_REQUIREMENTS);
    Element holder = route.method();
    if (requirements.isEmpty()) {
      requirements = AnnotationValues.all(elements, handler.element(), SECURITY_REQUIREMENT,
          SECURITY_REQUIREMENTS);
      holder = handler.element();
    }
    List<Object> security = new ArrayList<>();
    for (AnnotationValues requirement : requirements) {
      String name = requirement.string("value");
      if (!schemes.containsKey(name)) {
        problems.error(holder, requirement.mirror(), OpenApiMessages.unknownSecurityScheme(name,
            String.join(", ", schemes.keySet())));
      }
      security.add(Json.obj(name, new ArrayList<Object>(requirement.strings("scopes"))));
    }
    return security;
  }

  private Map<String, Object> securitySchemes(List<Element> holders) {
    Map<String, Object> schemes = new TreeMap<>();
    for (Element holder : holders) {
      for (AnnotationValues scheme
          : AnnotationValues.all(elements, holder, SECURITY_SCHEME, SECURITY_SCHEMES)) {
        String name = scheme.string("name");
        if (schemes.put(name, securityScheme(scheme)) != null) {
          problems.error(holder, scheme.mirror(), OpenApiMessages.duplicateSecurityScheme(name));
        }
      }
    }
    return schemes;
  }

  // @SecurityScheme(name = "api_key", type = API_KEY, paramName = "api_key") is written as
  // {"type": "apiKey", "name": "api_key", "in": "header"}
  private static Map<String, Object> securityScheme(AnnotationValues scheme) {
    Map<String, Object> out = new LinkedHashMap<>();
    switch (scheme.string("type")) {
      case "API_KEY":
        out.put("type", "apiKey");
        out.put("name", scheme.string("paramName"));
        out.put("in", scheme.string("in").toLowerCase(java.util.Locale.ROOT));
        break;
      case "HTTP":
        out.put("type", "http");
        out.put("scheme", scheme.string("scheme"));
        putIfPresent(out, "bearerFormat", scheme.string("bearerFormat"));
        break;
      case "OAUTH2": {
        out.put("type", "oauth2");
        Map<String, Object> flows = new LinkedHashMap<>();
        for (Object item : scheme.list("flows")) {
          AnnotationValues flow = (AnnotationValues) item;
          Map<String, Object> value = new LinkedHashMap<>();
          putIfPresent(value, "authorizationUrl", flow.string("authorizationUrl"));
          putIfPresent(value, "tokenUrl", flow.string("tokenUrl"));
          putIfPresent(value, "refreshUrl", flow.string("refreshUrl"));
          Map<String, Object> scopes = new LinkedHashMap<>();
          for (String scope : flow.strings("scopes")) {
            // "write:pets: modify pets" names the scope write:pets; split at ": "
            int split = scope.indexOf(": ");
            scopes.put(split < 0 ? scope : scope.substring(0, split),
                split < 0 ? "" : scope.substring(split + 2).strip());
          }
          value.put("scopes", scopes);
          flows.put(flowName(flow.string("type")), value);
        }
        out.put("flows", flows);
        break;
      }
      case "OPEN_ID_CONNECT":
        out.put("type", "openIdConnect");
        out.put("openIdConnectUrl", scheme.string("openIdConnectUrl"));
        break;
      default:
        out.put("type", "mutualTLS");
        break;
    }
    putIfPresent(out, "description", scheme.string("description"));
    return out;
  }

  private static String flowName(String type) {
    switch (type) {
      case "IMPLICIT":
        return "implicit";
      case "PASSWORD":
        return "password";
      case "CLIENT_CREDENTIALS":
        return "clientCredentials";
      default:
        return "authorizationCode";
    }
  }

  private AnnotationValues annotation(Element holder, String name) {
    return AnnotationValues.of(elements, Annotations.find(holder, name));
  }

  private static String describe(RouteModel route) {
    return route.method().getEnclosingElement().getSimpleName() + "." + route.methodName()
        + "()";
  }

  private static String first(String a, String b, String fallback) {
    return a != null ? a : b != null ? b : fallback;
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}

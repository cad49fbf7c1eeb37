package dev.kiln.processor.writing.openapi;

import dev.kiln.processor.model.DocModel;
import dev.kiln.processor.model.OperationModel;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.SecurityRequirementModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Writes one OpenAPI Operation Object: tags, summary and description (the method's Javadoc),
 * operationId, parameters, request body, responses, deprecation and security, in the order the
 * specification lists them.
 */
final class OperationWriter {
  private final SchemaWriter schemas;
  private final ResponsesWriter responses;

  OperationWriter(SchemaWriter schemas, ResponsesWriter responses) {
    this.schemas = schemas;
    this.responses = responses;
  }

  // @Get("/pets/{id}") Pet find(long id) is written as
  // {"tags": ["Pets"], "operationId": "find", "parameters": [...], "responses": {...}}
  Map<String, Object> write(RouteModel route) {
    OperationModel operation = route.operation();
    DocModel doc = operation.doc();
    Map<String, Object> out = new LinkedHashMap<>();
    out.put("tags", List.of(operation.tag().name()));
    Json.putIfPresent(out, "summary", doc.summary());
    Json.putIfPresent(out, "description", doc.description());
    out.put("operationId", operation.operationId());

    List<Object> parameters = new ArrayList<>();
    boolean parses = false;
    boolean checks = false;
    for (ParamModel param : route.flatParams()) {
      if (param.kind() == ParamKind.BODY || param.kind() == ParamKind.BACKGROUND_TASKS) {
        continue; // the body is the requestBody; background tasks are not part of the request
      }
      parameters.add(parameter(param, doc));
      parses |= param.valueType().kind() != TypeKindModel.STRING;
      // a path variable is always present; other required parameters can be missing
      checks |= (param.required() && param.kind() != ParamKind.PATH)
          || param.type().hasConstraints() || hasRange(param.valueType());
    }
    if (!parameters.isEmpty()) {
      out.put("parameters", parameters);
    }
    ParamModel body = route.body();
    if (body != null) {
      parses |= !body.isRawBody();
      checks |= !body.isRawBody();
      out.put("requestBody", requestBody(route, body, doc));
    }
    out.put("responses", responses.write(route, parses, checks));
    if (operation.deprecated()) {
      out.put("deprecated", true);
    }
    if (!operation.security().isEmpty()) {
      List<Object> security = new ArrayList<>();
      for (SecurityRequirementModel requirement : operation.security()) {
        // the empty requirement {} of @SecurityRequirements(optional = true): no credentials
        security.add(requirement.anonymous() ? Json.obj()
            : Json.obj(requirement.scheme(), new ArrayList<Object>(requirement.scopes())));
      }
      out.put("security", security);
    }
    return out;
  }

  // @QueryParam("tag") List<String> tags is written as
  // {"name": "tag", "in": "query", "required": false, "schema": {"type": "array", ...},
  //  "style": "form", "explode": true}
  private Map<String, Object> parameter(ParamModel param, DocModel doc) {
    Map<String, Object> parameter = Json.obj("name", param.wireName(), "in", in(param.kind()));
    Json.putIfPresent(parameter, "description", doc.params().get(param.javaName()));
    parameter.put("required", param.kind() == ParamKind.PATH || param.required());
    if (param.deprecated()) {
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

  /** Whether a parameter of {@code type} can be 422: an integer out of range, an unknown enum. */
  private static boolean hasRange(TypeModel type) {
    TypeKindModel kind = type.kind().unboxed();
    return kind == TypeKindModel.INT || kind == TypeKindModel.LONG || kind == TypeKindModel.ENUM;
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
  // {"content": {"application/json": {"schema": {"$ref": ".../NewPet"}},
  //  "application/x-www-form-urlencoded": {"schema": {"$ref": ".../NewPet"}}}, "required": true}
  private Map<String, Object> requestBody(RouteModel route, ParamModel body, DocModel doc) {
    Map<String, Object> out = new LinkedHashMap<>();
    Json.putIfPresent(out, "description", doc.params().get(body.javaName()));
    Map<String, Object> schema = schemas.schema(body.type().withNullable(false));
    Map<String, Object> content = new LinkedHashMap<>();
    for (String mediaType : route.requestMediaTypes()) {
      content.put(mediaType, Json.obj("schema", schema));
    }
    out.put("content", content);
    out.put("required", true);
    return out;
  }
}

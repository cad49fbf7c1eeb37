package dev.kiln.processor.writing.openapi;

import java.util.List;
import java.util.Map;

/**
 * The shared problem-details schema and responses: every 4xx Kiln answers itself is RFC 9457
 * {@code application/problem+json} of one shape.
 */
final class ProblemAnswers {
  /** The problem schema's component name, unless the application has a schema of that name. */
  static final String SCHEMA = "Problem";
  /** Its name when the application has its own {@code Problem}: the runtime class's name. */
  static final String QUALIFIED_SCHEMA = "dev.kiln.runtime.Problem";

  private ProblemAnswers() {}

  static Map<String, Object> schema() {
    Map<String, Object> error = Json.obj(
        "type", "object",
        "properties", Json.obj(
            "in", Json.obj("type", "string",
                "enum", List.of("body", "query", "path", "header", "cookie")),
            "pointer", Json.obj("type", "string",
                "description", "RFC 6901 pointer into the body, for errors in the body"),
            "name", Json.obj("type", "string",
                "description", "the parameter's name, for errors in a parameter"),
            "message", Json.obj("type", "string"),
            "code", Json.obj("type", "string",
                "description", "a stable code, e.g. missing, type, enum, malformed_json")),
        "required", List.of("in", "message", "code"));
    return Json.obj(
        "type", "object",
        "description", "An RFC 9457 problem details answer.",
        "properties", Json.obj(
            "type", Json.obj("type", "string", "format", "uri"),
            "title", Json.obj("type", "string"),
            "status", Json.obj("type", "integer", "format", "int32"),
            "detail", Json.obj("type", "string"),
            "instance", Json.obj("type", "string"),
            "errors", Json.obj("type", "array", "items", error)),
        "required", List.of("type", "title", "status"));
  }

  static String responseName(int status) {
    switch (status) {
      case 400:
        return "BadRequest";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "NotFound";
      case 405:
        return "MethodNotAllowed";
      case 413:
        return "ContentTooLarge";
      case 415:
        return "UnsupportedMediaType";
      case 422:
        return "UnprocessableContent";
      default:
        return "Status" + status;
    }
  }

  static Map<String, Object> response(int status, String schemaName) {
    String description;
    switch (status) {
      case 400:
        description = "The request cannot be parsed: malformed JSON or an unparsable parameter.";
        break;
      case 401:
        description = "The request lacks valid credentials of the operation's security schemes.";
        break;
      case 403:
        description = "The credentials lack a scope (or role) the operation requires.";
        break;
      case 404:
        description = "No such resource.";
        break;
      case 405:
        // only ever referred to by operations another template can take a path of
        description = "The path is also another route's, which does not answer this method.";
        break;
      case 413:
        description = "The request body, a part of it or its number of parts is over a limit.";
        break;
      case 415:
        description = "The request body's Content-Type is not one the operation reads.";
        break;
      case 422:
        description = "The request is well-formed but invalid: missing or wrong values.";
        break;
      default:
        description = reason(status);
    }
    Map<String, Object> response = Json.obj("description", description);
    if (status == 405) {
      response.put("headers", Json.obj("Allow", Json.obj("description",
          "The methods the path allows (RFC 9110).", "required", true,
          "schema", Json.obj("type", "string"))));
    } else if (status == 401 || status == 403) {
      response.put("headers", Json.obj("WWW-Authenticate", Json.obj("description", status == 401
          ? "A challenge per accepted scheme (RFC 9110 section 11.6.1, RFC 6750, RFC 7617)."
          : "For a bearer token: error=\"insufficient_scope\" and the scopes (RFC 6750).",
          "required", status == 401, "schema", Json.obj("type", "string"))));
    }
    response.put("content", content(schemaName));
    return response;
  }

  /** {@code {"application/problem+json": {"schema": {"$ref": ".../Problem"}}}}. */
  static Map<String, Object> content(String schemaName) {
    return Json.obj("application/problem+json",
        Json.obj("schema", Json.obj("$ref", "#/components/schemas/" + schemaName)));
  }

  /** The reason phrase of a status, as a response's description. */
  static String reason(int status) {
    switch (status) {
      case 200:
        return "OK";
      case 201:
        return "Created";
      case 202:
        return "Accepted";
      case 203:
        return "Non-Authoritative Information";
      case 204:
        return "No Content";
      case 205:
        return "Reset Content";
      case 206:
        return "Partial Content";
      case 400:
        return "Bad Request";
      case 401:
        return "Unauthorized";
      case 403:
        return "Forbidden";
      case 404:
        return "Not Found";
      case 405:
        return "Method Not Allowed";
      case 413:
        return "Content Too Large";
      case 415:
        return "Unsupported Media Type";
      case 422:
        return "Unprocessable Content";
      default:
        return "Status " + status;
    }
  }
}

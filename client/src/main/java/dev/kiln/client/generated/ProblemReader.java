package dev.kiln.client.generated;

import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.Problem;
import dev.kiln.runtime.RequestError;
import dev.kiln.runtime.generated.Json;
import java.util.ArrayList;
import java.util.List;
import tools.jackson.core.JacksonException;
import tools.jackson.core.JsonParser;
import tools.jackson.core.JsonToken;
import tools.jackson.core.ObjectReadContext;

/**
 * Reads an RFC 9457 {@code application/problem+json} body, with Kiln's {@code errors} items,
 * into a {@link Problem}. Lenient: unknown members are skipped, missing ones are {@code null}.
 */
final class ProblemReader {
  private ProblemReader() {}

  /** The problem in {@code body}, or {@code null} if it is not a JSON object. */
  static Problem read(byte[] body, int status) {
    try (JsonParser parser = Json.FACTORY.createParser(ObjectReadContext.empty(), body)) {
      if (parser.nextToken() != JsonToken.START_OBJECT) {
        return null;
      }
      String type = null;
      String title = null;
      String detail = null;
      String instance = null;
      List<RequestError> errors = new ArrayList<>();
      for (String name = parser.nextName(); name != null; name = parser.nextName()) {
        JsonToken token = parser.nextToken();
        switch (name) {
          case "type":
            type = text(parser, token);
            break;
          case "title":
            title = text(parser, token);
            break;
          case "detail":
            detail = text(parser, token);
            break;
          case "instance":
            instance = text(parser, token);
            break;
          case "errors":
            readErrors(parser, token, status, errors);
            break;
          default:
            parser.skipChildren();
        }
      }
      return new Problem(type, title, status, detail, instance, errors);
    } catch (JacksonException e) {
      return null;
    }
  }

  private static void readErrors(JsonParser parser, JsonToken token, int status,
      List<RequestError> errors) {
    if (token != JsonToken.START_ARRAY) {
      parser.skipChildren();
      return;
    }
    while (parser.nextToken() == JsonToken.START_OBJECT) {
      ParamIn in = ParamIn.BODY;
      String pointer = null;
      String name = null;
      String message = null;
      String code = null;
      for (String member = parser.nextName(); member != null; member = parser.nextName()) {
        JsonToken value = parser.nextToken();
        String text = text(parser, value);
        switch (member) {
          case "in":
            in = paramIn(text);
            break;
          case "pointer":
            pointer = text;
            break;
          case "name":
            name = text;
            break;
          case "message":
            message = text;
            break;
          case "code":
            code = text;
            break;
          default:
            break;
        }
      }
      errors.add(new RequestError(in, pointer, name, message, code, status == 400));
    }
    parser.skipChildren();
  }

  private static String text(JsonParser parser, JsonToken token) {
    if (token == JsonToken.VALUE_STRING) {
      return parser.getString();
    }
    parser.skipChildren();
    return null;
  }

  private static ParamIn paramIn(String wireName) {
    for (ParamIn in : ParamIn.values()) {
      if (in.wireName().equals(wireName)) {
        return in;
      }
    }
    return ParamIn.BODY;
  }
}

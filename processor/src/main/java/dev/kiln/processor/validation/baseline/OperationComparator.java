package dev.kiln.processor.validation.baseline;

import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.validation.Messages;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import javax.lang.model.element.Element;

/**
 * Compares one operation of the baseline with the operation a handler method states now: its
 * parameters (new or newly required ones break clients), request body (newly required, a media
 * type gone, its schema as read), success statuses and their content (a status gone, a media type
 * gone, the schema as answered).
 */
final class OperationComparator {
  private final SchemaComparator schemas;
  private final Changes changes;

  OperationComparator(SchemaComparator schemas, Changes changes) {
    this.schemas = schemas;
    this.changes = changes;
  }

  void compare(Map<String, Object> base, Map<String, Object> now, RouteModel route) {
    String operation = route.describe();
    compareParameters(base, now, route, operation);
    compareRequestBody(base, now, route, operation);
    compareResponses(base, now, route, operation);
  }

  private void compareParameters(Map<String, Object> base, Map<String, Object> now,
      RouteModel route, String operation) {
    Map<String, Map<String, Object>> was = parameters(base);
    Map<String, Map<String, Object>> is = parameters(now);
    for (Map.Entry<String, Map<String, Object>> entry : is.entrySet()) {
      Map<String, Object> parameter = entry.getValue();
      String label = parameter.get("in") + " parameter \"" + parameter.get("name") + "\"";
      Element element = element(route, parameter);
      Map<String, Object> before = was.get(entry.getKey());
      boolean required = Boolean.TRUE.equals(parameter.get("required"));
      if (before == null && required) {
        changes.breaking(element, Messages.breakingParameterRequired(label, operation, true));
      } else if (before == null) {
        changes.compatible(operation + ": new optional " + label);
      } else {
        if (required && !Boolean.TRUE.equals(before.get("required"))) {
          changes.breaking(element, Messages.breakingParameterRequired(label, operation, false));
        }
        schemas.compare(before.get("schema"), parameter.get("schema"), true,
            Where.of(operation, "the " + label, element));
      }
    }
    for (Map.Entry<String, Map<String, Object>> entry : was.entrySet()) {
      if (!is.containsKey(entry.getKey())) {
        changes.compatible(operation + ": " + entry.getValue().get("in") + " parameter \""
            + entry.getValue().get("name") + "\" is no longer read");
      }
    }
  }

  /**
   * The parameters by {@code in} and name (header names case-insensitive); path parameters by
   * position, since renaming a path variable changes nothing for clients.
   */
  private static Map<String, Map<String, Object>> parameters(Map<String, Object> operation) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    Object list = operation.get("parameters");
    int path = 0;
    if (list instanceof List<?>) {
      for (Object item : (List<?>) list) {
        Map<String, Object> parameter = Documents.map(item);
        String in = String.valueOf(parameter.get("in"));
        String name = String.valueOf(parameter.get("name"));
        String key = in.equals("path") ? "path #" + path++
            : in + " " + (in.equals("header") ? name.toLowerCase(Locale.ROOT) : name);
        out.put(key, parameter);
      }
    }
    return out;
  }

  /** The handler parameter stating {@code parameter}, else the handler method. */
  private static Element element(RouteModel route, Map<String, Object> parameter) {
    for (ParamModel param : route.flatParams()) {
      if (param.kind() != ParamKind.BODY && param.wireName() != null
          && param.wireName().equalsIgnoreCase(String.valueOf(parameter.get("name")))
          && param.kind().name().equalsIgnoreCase(String.valueOf(parameter.get("in")))) {
        return param.element();
      }
    }
    return route.method();
  }

  private void compareRequestBody(Map<String, Object> base, Map<String, Object> now,
      RouteModel route, String operation) {
    Map<String, Object> was = Documents.map(base, "requestBody");
    Map<String, Object> is = Documents.map(now, "requestBody");
    Element element = route.body() == null ? route.method() : route.body().element();
    boolean required = Boolean.TRUE.equals(is.get("required"));
    if (was.isEmpty() && !is.isEmpty()) {
      if (required) {
        changes.breaking(element, Messages.breakingRequestBodyRequired(operation, true));
      } else {
        changes.compatible(operation + ": new optional request body");
      }
      return;
    }
    if (is.isEmpty()) {
      if (!was.isEmpty()) {
        changes.compatible(operation + ": the request body is no longer read");
      }
      return;
    }
    if (required && !Boolean.TRUE.equals(was.get("required"))) {
      changes.breaking(element, Messages.breakingRequestBodyRequired(operation, false));
    }
    compareContent(was, is, true, Where.of(operation, "the request body", element));
  }

  private void compareResponses(Map<String, Object> base, Map<String, Object> now,
      RouteModel route, String operation) {
    Map<String, Object> was = Documents.map(base, "responses");
    Map<String, Object> is = Documents.map(now, "responses");
    TreeSet<String> wasSuccess = successes(was);
    TreeSet<String> isSuccess = successes(is);
    for (String status : wasSuccess) {
      if (!isSuccess.contains(status)) {
        changes.breaking(route.method(), Messages.breakingSuccessStatusChanged(operation,
            String.join(", ", wasSuccess), String.join(", ", isSuccess)));
        break;
      }
    }
    for (String status : isSuccess) {
      if (wasSuccess.contains(status)) {
        compareContent(Documents.map(was, status), Documents.map(is, status), false,
            Where.of(operation, "the " + status + " answer", route.method()));
      } else if (!wasSuccess.isEmpty()) {
        changes.compatible(operation + ": may also answer " + status);
      }
    }
  }

  private static TreeSet<String> successes(Map<String, Object> responses) {
    TreeSet<String> out = new TreeSet<>();
    for (String status : responses.keySet()) {
      if (status.startsWith("2")) {
        out.add(status);
      }
    }
    return out;
  }

  /** Compares the media types of a request body or response and the schema of each. */
  private void compareContent(Map<String, Object> base, Map<String, Object> now, boolean request,
      Where where) {
    Map<String, Object> was = Documents.map(base, "content");
    Map<String, Object> is = Documents.map(now, "content");
    for (Map.Entry<String, Object> media : was.entrySet()) {
      Object after = is.get(media.getKey());
      if (after == null) {
        changes.breaking(where.element(),
            Messages.breakingMediaTypeRemoved(where.describe(), media.getKey()));
      } else {
        schemas.compare(Documents.map(media.getValue()).get("schema"),
            Documents.map(after).get("schema"), request,
            new Where(where.operation(), where.subject() + " (" + media.getKey() + ")", "",
                where.element(), null));
      }
    }
    for (String media : is.keySet()) {
      if (!was.containsKey(media)) {
        changes.compatible(where.describe() + ": new media type " + media);
      }
    }
  }
}

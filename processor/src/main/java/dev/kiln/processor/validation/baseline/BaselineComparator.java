package dev.kiln.processor.validation.baseline;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.ApiDocumentModel;
import dev.kiln.processor.model.ControllerModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.SchemaTypeModel;
import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.Report;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;

/**
 * Validates the application's API against a baseline OpenAPI document (the one released): each
 * breaking change is an error on the element that caused it, unless that element (or one around
 * it) carries {@code @BreakingChange} or the option to honour a major version bump is on and the
 * version's major number went up; compatible and acknowledged changes are listed in one note.
 *
 * <p>Operations are matched by method and path template (variable names aside), then by
 * operationId (a moved operation). An operation gone is reported on the controller class that still
 * answers its path, else on the one whose operations carry its tag, else on no element; its
 * message names the baseline's method and path.
 */
public final class BaselineComparator {
  static final String BREAKING_CHANGE = Annotations.PACKAGE + "BreakingChange";
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /**
   * Compares and reports.
   *
   * @param model the application's API
   * @param document its OpenAPI document as written, a JSON tree
   * @param components the records and enums of {@code document}'s {@code components/schemas}, by
   *     component name
   * @param baseline the baseline document as {@link JsonTree} read it
   * @param baselineName the baseline's path, for messages
   * @param allowOnMajorBump whether a higher major version than the baseline's acknowledges
   *     every break
   */
  public void compare(ApiDocumentModel model, Map<String, Object> document,
      Map<String, SchemaTypeModel> components, Object baseline, String baselineName,
      boolean allowOnMajorBump, Report report) {
    if (!(baseline instanceof Map<?, ?>) || !(Documents.map(baseline).get("paths")
        instanceof Map<?, ?>)) {
      report.error(Messages.baselineInvalid(baselineName, "no \"paths\" object"));
      return;
    }
    Map<String, Object> base = Documents.map(baseline);
    Changes changes = new Changes();
    OperationComparator operations = new OperationComparator(
        new SchemaComparator(base, document, components, changes), changes);
    Map<String, RouteModel> routes = routes(model);
    Map<String, Map<String, Object>> now = operations(document);
    List<String> matched = new ArrayList<>();
    for (Map.Entry<String, Map<String, Object>> entry : operations(base).entrySet()) {
      String key = entry.getKey();
      Map<String, Object> was = entry.getValue();
      String moved = now.containsKey(key) ? key : byOperationId(now, was.get("operationId"));
      if (moved == null) {
        changes.breaking(owner(model, key, was), Messages.breakingOperationRemoved(
            display(key, base), baselineName));
        continue;
      }
      RouteModel route = routes.get(moved);
      if (!moved.equals(key)) {
        changes.breaking(route.method(), Messages.breakingOperationChanged(
            String.valueOf(was.get("operationId")), display(key, base), route.describe()));
      }
      matched.add(moved);
      operations.compare(was, now.get(moved), route);
    }
    now.keySet().stream().filter(key -> !matched.contains(key))
        .forEach(key -> changes.compatible("new operation " + routes.get(key).describe()));
    report(changes, bumped(allowOnMajorBump, base, model.version()), baselineName, report);
  }

  private static void report(Changes changes, boolean bumped, String baselineName,
      Report report) {
    List<String> acknowledged = new ArrayList<>();
    for (Changes.Breaking change : changes.breaking()) {
      String reason = bumped ? "a new major version" : reason(change.element());
      if (reason != null) {
        // the message up to why it breaks clients, then the acknowledgement
        acknowledged.add(change.message().replaceFirst(": (clients|values) .*", "")
            + " (" + reason + ")");
      } else if (change.element() == null) {
        report.error(change.message());
      } else {
        report.error(change.element(), change.message());
      }
    }
    if (!changes.compatible().isEmpty() || !acknowledged.isEmpty()) {
      report.note(Messages.apiChanges(baselineName, changes.compatible(), acknowledged));
    }
  }

  /** The reason of the {@code @BreakingChange} on {@code element} or around it, or null. */
  private static String reason(Element element) {
    for (Element at = element; at != null && !(at instanceof PackageElement);
        at = at.getEnclosingElement()) {
      AnnotationMirror mirror = Annotations.find(at, BREAKING_CHANGE);
      if (mirror != null) {
        return "@BreakingChange on " + at.getSimpleName() + ": "
            + Annotations.stringValue(mirror, "reason", "");
      }
    }
    return null;
  }

  /**
   * Whether the version's major number is higher than the baseline's (for {@code 0.y.z}
   * versions, as SemVer has anything change below 1.0, a higher minor number counts).
   */
  static boolean bumped(boolean allowed, Map<String, Object> baseline, String version) {
    Object was = Documents.map(baseline, "info").get("version");
    if (!allowed || !(was instanceof String)) {
      return false;
    }
    int[] before = majorMinor((String) was);
    int[] after = majorMinor(version);
    return after[0] > before[0] || (after[0] == 0 && before[0] == 0 && after[1] > before[1]);
  }

  private static int[] majorMinor(String version) {
    String[] parts = version.strip().replaceFirst("^[vV]", "").split("[.\\-+]");
    int[] out = new int[2];
    for (int i = 0; i < 2 && i < parts.length; i++) {
      try {
        out[i] = Integer.parseInt(parts[i]);
      } catch (NumberFormatException e) {
        return out;
      }
    }
    return out;
  }

  /** The operations of a document by {@code GET /pets/{}} (variables unnamed). */
  private static Map<String, Map<String, Object>> operations(Map<String, Object> document) {
    Map<String, Map<String, Object>> out = new LinkedHashMap<>();
    for (Map.Entry<String, Object> path : Documents.map(document, "paths").entrySet()) {
      Map<String, Object> item = Documents.map(path.getValue());
      for (String method : METHODS) {
        if (item.get(method) instanceof Map<?, ?>) {
          out.put(key(method, path.getKey()), Documents.map(item.get(method)));
        }
      }
    }
    return out;
  }

  private static Map<String, RouteModel> routes(ApiDocumentModel model) {
    Map<String, RouteModel> out = new LinkedHashMap<>();
    for (ControllerModel controller : model.controllers()) {
      for (RouteModel route : controller.routes()) {
        out.put(key(route.httpMethod(), route.template().text()), route);
      }
    }
    return out;
  }

  private static String key(String method, String path) {
    return method.toUpperCase(Locale.ROOT) + " " + path.replaceAll("\\{[^}/]*}", "{}");
  }

  /** {@code GET /pets/{id}} as the baseline writes it. */
  private static String display(String key, Map<String, Object> baseline) {
    String method = key.substring(0, key.indexOf(' '));
    for (String path : Documents.map(baseline, "paths").keySet()) {
      if (key(method, path).equals(key)) {
        return method + " " + path;
      }
    }
    return key;
  }

  private static String byOperationId(Map<String, Map<String, Object>> now, Object id) {
    for (Map.Entry<String, Map<String, Object>> entry : now.entrySet()) {
      if (id != null && id.equals(entry.getValue().get("operationId"))) {
        return entry.getKey();
      }
    }
    return null;
  }

  /**
   * The controller class an operation gone from the baseline is reported on: the one still
   * answering its path, else the one whose operations carry its tag, else none.
   */
  private static Element owner(ApiDocumentModel model, String key, Map<String, Object> was) {
    String path = key.substring(key.indexOf(' ') + 1);
    List<String> tags = Documents.strings(was.get("tags"));
    for (boolean byTag : new boolean[] {false, true}) {
      for (ControllerModel controller : model.controllers()) {
        for (RouteModel route : controller.routes()) {
          boolean same = byTag ? tags != null && tags.contains(route.operation().tag().name())
              : key("X", route.template().text()).equals("X " + path);
          if (same) {
            return controller.element();
          }
        }
      }
    }
    return null;
  }
}

package dev.kiln.processor.writing.openapi;

import dev.kiln.processor.model.ControllerModel;
import dev.kiln.processor.model.RouteModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds the operations that can be answered 405: Kiln's router matches literal segments before
 * variables, so a request for {@code GET /items/{id}} with {@code id} = {@code new} is routed to
 * {@code /items/new} and, if that template has no {@code GET}, answered 405 with {@code Allow}.
 * For each route it tries the paths its template matches (each variable as a value no template
 * names, or as each literal some template has at that place) on a model of the router's table.
 */
final class MethodNotAllowed {
  /** Beyond this many paths to try, a route is assumed to be able to get a 405. */
  private static final int MAX_PATHS = 4096;

  private MethodNotAllowed() {}

  /** The routes of {@code controllers} that a path they match can reach without their method. */
  static Set<RouteModel> of(List<ControllerModel> controllers) {
    Node root = new Node();
    Map<Integer, Set<String>> literals = new HashMap<>();
    List<RouteModel> routes = new ArrayList<>();
    for (ControllerModel controller : controllers) {
      for (RouteModel route : controller.routes()) {
        routes.add(route);
        Node node = root;
        List<String> segments = route.template().segments();
        for (int i = 0; i < segments.size(); i++) {
          String segment = segments.get(i);
          if (isVariable(segment)) {
            node = node.variable == null ? (node.variable = new Node()) : node.variable;
          } else {
            node = node.literals.computeIfAbsent(segment, s -> new Node());
            literals.computeIfAbsent(i, k -> new TreeSet<>()).add(segment);
          }
        }
        node.methods.add(route.httpMethod());
        node.routed = true;
      }
    }
    Set<RouteModel> answered405 = Collections.newSetFromMap(new IdentityHashMap<>());
    for (RouteModel route : routes) {
      List<List<String>> choices = new ArrayList<>();
      long paths = 1;
      List<String> segments = route.template().segments();
      for (int i = 0; i < segments.size(); i++) {
        List<String> values = new ArrayList<>();
        if (isVariable(segments.get(i))) {
          values.add(null); // a value no template names
          values.addAll(literals.getOrDefault(i, Set.of()));
        } else {
          values.add(segments.get(i));
        }
        choices.add(values);
        paths *= values.size();
      }
      if (paths > MAX_PATHS || anyLacks(root, choices, new ArrayList<>(), route.httpMethod())) {
        answered405.add(route);
      }
    }
    return answered405;
  }

  /** Whether some path of {@code choices} (after {@code path}) is routed without {@code method}. */
  private static boolean anyLacks(Node root, List<List<String>> choices, List<String> path,
      String method) {
    if (path.size() == choices.size()) {
      Node matched = match(root, path, 0);
      return matched != null && !matched.methods.contains(method);
    }
    for (String value : choices.get(path.size())) {
      path.add(value);
      boolean lacks = anyLacks(root, choices, path, method);
      path.remove(path.size() - 1);
      if (lacks) {
        return true;
      }
    }
    return false;
  }

  /** The router's match: literal first, then the variable, backtracking as it does. */
  private static Node match(Node node, List<String> path, int index) {
    if (index == path.size()) {
      return node.routed ? node : null;
    }
    Node literal = path.get(index) == null ? null : node.literals.get(path.get(index));
    if (literal != null) {
      Node found = match(literal, path, index + 1);
      if (found != null) {
        return found;
      }
    }
    return node.variable == null ? null : match(node.variable, path, index + 1);
  }

  private static boolean isVariable(String segment) {
    return segment.startsWith("{") && segment.endsWith("}");
  }

  private static final class Node {
    final Map<String, Node> literals = new HashMap<>();
    final Set<String> methods = new HashSet<>();
    Node variable;
    boolean routed;
  }
}

package dev.kiln.runtime;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.StringJoiner;

/**
 * The route table: a tree with one level per path segment. Literal segments are matched
 * before variables, with backtracking, so {@code /items/new} and {@code /items/{id}} coexist. No
 * regular expressions; a variable matches exactly one non-empty segment.
 */
final class Router {
  private final Node root = new Node();

  Router(List<Route> routes) {
    for (Route route : routes) {
      add(route);
    }
  }

  private void add(Route route) {
    Node node = root;
    int variables = 0;
    for (String segment : PathTemplate.segments(route.template())) {
      if (PathTemplate.isVariable(segment)) {
        if (node.variable == null) {
          node.variable = new Node();
        }
        node = node.variable;
        variables++;
      } else {
        node = node.literals.computeIfAbsent(segment, s -> new Node());
      }
    }
    if (node.handlers.putIfAbsent(route.method(), route.handler()) != null) {
      throw new IllegalArgumentException(
          "Two routes for " + route.method() + " " + route.template());
    }
    node.allow = computeAllow(node.handlers.keySet());
    // A node is reached by one path from the root, so its variable count is fixed: one shared,
    // immutable Match per node, and none allocated per request.
    node.match = new Match(node, variables);
  }

  /**
   * The routes at {@code segments} (decoded path segments), or {@code null} if no template
   * matches. {@code values} receives the variables' values in order and must be as long as
   * {@code segments}.
   */
  Match match(String[] segments, String[] values) {
    return match(root, segments, 0, values, 0);
  }

  private static Match match(Node node, String[] segments, int index, String[] values,
      int valueCount) {
    if (index == segments.length) {
      return node.match;
    }
    String segment = segments[index];
    Node literal = node.literals.get(segment);
    if (literal != null) {
      Match match = match(literal, segments, index + 1, values, valueCount);
      if (match != null) {
        return match;
      }
    }
    if (node.variable != null && !segment.isEmpty()) {
      values[valueCount] = segment;
      return match(node.variable, segments, index + 1, values, valueCount + 1);
    }
    return null;
  }

  /** The handlers of one matched template, by method, and how many variables it bound. */
  static final class Match {
    private final Node node;
    private final int valueCount;

    Match(Node node, int valueCount) {
      this.node = node;
      this.valueCount = valueCount;
    }

    /** The handler for {@code method}, or {@code null}. */
    RouteHandler handler(String method) {
      return node.handlers.get(method);
    }

    int valueCount() {
      return valueCount;
    }

    /** The {@code Allow} header value: the route's methods, plus HEAD with GET, plus OPTIONS. */
    String allow() {
      return node.allow;
    }
  }

  private static final class Node {
    final Map<String, Node> literals = new HashMap<>(4);
    Node variable;
    final Map<String, RouteHandler> handlers = new LinkedHashMap<>(2);
    String allow = "";
    /** The match ending here, or {@code null} while no route ends at this node. */
    Match match;
  }

  private static String computeAllow(Iterable<String> methods) {
    List<String> all = new ArrayList<>();
    for (String method : methods) {
      all.add(method);
      if (method.equals("GET")) {
        all.add("HEAD");
      }
    }
    all.add("OPTIONS");
    StringJoiner joiner = new StringJoiner(", ");
    all.stream().distinct().forEach(joiner::add);
    return joiner.toString();
  }
}

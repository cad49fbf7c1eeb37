package dev.kiln.runtime.internal;

import dev.kiln.runtime.Problem;
import dev.kiln.runtime.ProblemException;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.Responder;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

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
    root.freeze();
  }

  /**
   * The routes at the raw request path {@code rawPath} with the decoded values of their path
   * variables, or {@code null} if no template matches (or the path does not start with {@code
   * /}). Segments are matched in place: a plain segment (ASCII, no {@code %}) is compared without
   * a copy, a segment with escapes is decoded first, and only variable values become strings.
   *
   * @throws ProblemException 400 if a segment's percent-encoding is malformed or not UTF-8
   */
  Match match(String rawPath) {
    if (rawPath.isEmpty() || rawPath.charAt(0) != '/') {
      return null;
    }
    if (rawPath.length() == 1) {
      return root.match(0);
    }
    boolean plain = isPlain(rawPath, 0, rawPath.length());
    if (!plain) {
      checkEncoding(rawPath);
    }
    return match(root, rawPath, 1, plain, 0);
  }

  /** Whether {@code path[start, end)} is ASCII without {@code %} escapes (nothing to decode). */
  private static boolean isPlain(String path, int start, int end) {
    for (int i = start; i < end; i++) {
      char c = path.charAt(i);
      if (c == '%' || c >= 0x80) {
        return false;
      }
    }
    return true;
  }

  /** Every segment is checked before matching, so that a bad one gets 400, never 404. */
  private static void checkEncoding(String rawPath) {
    for (int start = 1; start <= rawPath.length(); ) {
      int slash = rawPath.indexOf('/', start);
      int end = slash < 0 ? rawPath.length() : slash;
      if (PercentDecoder.decode(rawPath, start, end, false) == null) {
        throw new ProblemException(Problem.of(400, "The request path " + rawPath
            + " is not a correctly percent-encoded UTF-8 absolute path."));
      }
      start = end + 1;
    }
  }

  // start is the index after a '/'; a variable's value is stored only once its branch matched.
  // plain: the whole path is plain, so no segment needs the per-segment check.
  private Match match(Node node, String path, int start, boolean plain, int valueCount) {
    if (start > path.length()) {
      return node.match(valueCount);
    }
    int slash = path.indexOf('/', start);
    int end = slash < 0 ? path.length() : slash;
    int next = end + 1;
    String decoded =
        plain || isPlain(path, start, end) ? null : PercentDecoder.decode(path, start, end, false);
    Node literal = decoded == null ? node.literal(path, start, end) : node.literals.get(decoded);
    if (literal != null) {
      Match match = match(literal, path, next, plain, valueCount);
      if (match != null) {
        return match;
      }
    }
    if (node.variable != null && end > start) {
      Match match = match(node.variable, path, next, plain, valueCount + 1);
      if (match != null) {
        match.values[valueCount] = decoded == null ? path.substring(start, end) : decoded;
      }
      return match;
    }
    return null;
  }

  private void add(Route route) {
    Node node = root;
    for (String segment : PathTemplate.segments(route.template())) {
      if (PathTemplate.isVariable(segment)) {
        if (node.variable == null) {
          node.variable = new Node();
        }
        node = node.variable;
      } else {
        node = node.literals.computeIfAbsent(segment, s -> new Node());
      }
    }
    if (node.responders.putIfAbsent(route.method(), route.responder()) != null) {
      throw new IllegalArgumentException(
          "Two routes for " + route.method() + " " + route.template());
    }
    if (route.operationId() != null) {
      node.operationIds.put(route.method(), route.operationId());
    }
    node.allow = computeAllow(node.responders.keySet());
    node.template = route.template();
    node.routed = true;
  }

  /**
   * One matched template: its responders by method and the decoded values of its path variables,
   * in template order.
   */
  static final class Match {
    private static final String[] NONE = new String[0];

    private final Node node;
    private final String[] values;

    private Match(Node node, String[] values) {
      this.node = node;
      this.values = values;
    }

    /** The responder for {@code method}, or {@code null}. */
    Responder responder(String method) {
      return node.responders.get(method);
    }

    /** The path variables' decoded values, in template order (read-only by convention). */
    String[] values() {
      return values;
    }

    /** The {@code Allow} header value: the route's methods, plus HEAD with GET, plus OPTIONS. */
    String allow() {
      return node.allow;
    }

    /** The methods of {@link #allow()}, in its order. */
    List<String> methods() {
      return List.of(node.allow.split(", "));
    }

    /** The matched path template, e.g. {@code /items/{id}}. */
    String template() {
      return node.template;
    }

    /** The operationId of the route answering {@code method}, or {@code null}. */
    String operationId(String method) {
      return node.operationIds.get(method);
    }
  }

  private static final class Node {
    final Map<String, Node> literals = new HashMap<>(4);
    Node variable;
    final Map<String, Responder> responders = new LinkedHashMap<>(2);
    final Map<String, String> operationIds = new HashMap<>(2);
    String allow = "";
    /** The template of the routes ending here (all spell it alike up to variable names). */
    String template;
    /** Whether a route ends at this node. */
    boolean routed;
    /** The match of a route without variables, shared by every request (set by freeze). */
    private Match plain;
    private String[] literalKeys = new String[0];
    private Node[] literalNodes = new Node[0];

    /**
     * The match of a path ending here after {@code variables} variables (every path reaching a
     * node binds as many), or {@code null} if no route ends here. A match with values is new per
     * request; the router fills its values while it unwinds.
     */
    Match match(int variables) {
      if (!routed) {
        return null;
      }
      return variables > 0 ? new Match(this, new String[variables]) : plain;
    }

    /** The literal child named by {@code path[start, end)}, compared in place; or {@code null}. */
    Node literal(String path, int start, int end) {
      int length = end - start;
      for (int i = 0; i < literalKeys.length; i++) {
        String key = literalKeys[i];
        if (key.length() == length && path.regionMatches(start, key, 0, length)) {
          return literalNodes[i];
        }
      }
      return null;
    }

    /** Copies the literal children into arrays for {@link #literal}, recursively. */
    void freeze() {
      plain = routed ? new Match(this, Match.NONE) : null;
      literalKeys = literals.keySet().toArray(new String[0]);
      literalNodes = new Node[literalKeys.length];
      for (int i = 0; i < literalKeys.length; i++) {
        literalNodes[i] = literals.get(literalKeys[i]);
        literalNodes[i].freeze();
      }
      if (variable != null) {
        variable.freeze();
      }
    }
  }

  private static String computeAllow(Iterable<String> methods) {
    java.util.Set<String> all = new java.util.LinkedHashSet<>();
    for (String method : methods) {
      all.add(method);
      if (method.equals("GET")) {
        all.add("HEAD");
      }
    }
    all.add("OPTIONS");
    return String.join(", ", all);
  }
}

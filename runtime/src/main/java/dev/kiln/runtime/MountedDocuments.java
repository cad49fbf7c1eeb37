package dev.kiln.runtime;

import dev.kiln.runtime.generated.Route;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;

/**
 * At start, the OpenAPI document of a server that mounts Kiln applications: each mounted
 * application's operations moved under the mount's prefix ({@link MountedOperations#DOCUMENTED})
 * or left out ({@link MountedOperations#UNDOCUMENTED}), and the routes served checked against it.
 *
 * <p>The processor writes one document per compilation. A mounted application of the same
 * compilation has its operations in it at their own templates: they are taken from there. One
 * compiled apart brings its own document ({@code docs(Docs.defaults().classLoader(...))} on its
 * builder): its operations, components and tags are copied in; a component or tag of the same
 * name but different content stops the start. Paths are then sorted and each path's operations
 * put in the specification's method order, as the processor writes them.
 */
final class MountedDocuments {
  private static final List<String> METHODS =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  private MountedDocuments() {}

  /**
   * The routes to serve: {@code routes} with {@code docsRoutes} replaced by routes serving the
   * merged document when Kiln applications are mounted, checked ({@link ServedOperations}) when
   * the document lists its operations.
   *
   * @throws IllegalStateException if an operation would be listed twice, a mounted operation is
   *     not in its application's document, components clash, or the check fails
   */
  static List<Route> served(Docs docs, List<Route> docsRoutes, List<Route> routes,
      List<KilnMount> mounts) throws IOException {
    List<String> documented = docs == null ? null : docs.operations();
    if (docs == null || mounts.isEmpty()) {
      if (documented != null) {
        ServedOperations.verify(routes, documented);
      }
      return routes;
    }
    Map<String, Object> tree = object(JsonTree.parse(docs.document()));
    List<Route> checked = merge(tree, docs, routes, mounts);
    if (documented != null) {
      ServedOperations.verify(checked, operations(tree));
    }
    List<Route> served = new ArrayList<>(routes);
    served.removeAll(docsRoutes);
    served.addAll(docs.withDocument(JsonTree.write(tree)).routes());
    return served;
  }

  /**
   * Moves or copies the mounted operations into {@code tree}; returns the operations served as
   * the document should list them ({@code routes} and the documented mounted ones, prefixed).
   */
  static List<Route> merge(Map<String, Object> tree, Docs docs, List<Route> routes,
      List<KilnMount> mounts) throws IOException {
    Map<String, Object> paths = child(tree, "paths");
    Map<String, Object> original = object(JsonTree.parse(JsonTree.write(tree)));
    Set<String> own = new HashSet<>();
    routes.stream().filter(Route::operation).forEach(route -> own.add(route.operationId()));
    Set<String> merged = new HashSet<>(own);
    List<Route> served = new ArrayList<>(routes);
    for (KilnMount mount : mounts) {
      boolean apart = mount.docs() != null && !mount.docs().sameDocument(docs);
      Map<String, Object> source = apart ? object(JsonTree.parse(mount.docs().document()))
          : original;
      for (Route route : mount.routes()) {
        if (!route.operation()) {
          continue;
        }
        if (!own.contains(route.operationId())) {
          remove(paths, route.operationId());
        }
        if (mount.operations() == MountedOperations.UNDOCUMENTED) {
          continue;
        }
        if (!merged.add(route.operationId())) {
          throw new IllegalStateException("The OpenAPI document would list the operationId "
              + route.operationId() + " twice: " + route + " of the application mounted at "
              + mount.prefix() + " has it too. Give one of them another operationId, or mount"
              + " it with MountedOperations.UNDOCUMENTED.");
        }
        Object operation = pathItem(child(source, "paths"), route.template())
            .get(route.method().toLowerCase(Locale.ROOT));
        if (operation == null) {
          throw new IllegalStateException("The application mounted at " + mount.prefix()
              + " serves " + route + " (" + route.operationId() + "), which its OpenAPI document"
              + " does not list. Give its builder the docs of its own document.");
        }
        String template = mount.prefix() + (route.template().equals("/") ? "" : route.template());
        pathItem(paths, template).put(route.method().toLowerCase(Locale.ROOT), operation);
        served.add(Route.of(route.method(), template, route.responder(), route.operationId()));
      }
      if (apart && mount.operations() == MountedOperations.DOCUMENTED) {
        copyComponents(tree, source, mount.prefix());
      }
    }
    sort(tree);
    return served;
  }

  /** {@code GET /items/{id}}, ...: the operations of {@code tree}, sorted. */
  static List<String> operations(Map<String, Object> tree) {
    List<String> operations = new ArrayList<>();
    for (Map.Entry<String, Object> path : child(tree, "paths").entrySet()) {
      for (String method : object(path.getValue()).keySet()) {
        if (METHODS.contains(method)) {
          operations.add(method.toUpperCase(Locale.ROOT) + " " + path.getKey());
        }
      }
    }
    operations.sort(null);
    return operations;
  }

  /** Removes the operation {@code operationId} (and its path, if it was the last there). */
  private static void remove(Map<String, Object> paths, String operationId) {
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      Map<String, Object> item = object(path.getValue());
      if (item.values().removeIf(operation -> operation instanceof Map<?, ?>
          && operationId.equals(((Map<?, ?>) operation).get("operationId")))) {
        if (item.keySet().stream().noneMatch(METHODS::contains)) {
          paths.remove(path.getKey());
        }
        return;
      }
    }
  }

  /** Copies the components and tags of a separately compiled document; clashes stop the start. */
  private static void copyComponents(Map<String, Object> tree, Map<String, Object> source,
      String prefix) {
    for (Map.Entry<String, Object> section : child(source, "components").entrySet()) {
      Map<String, Object> into = child(child(tree, "components"), section.getKey());
      for (Map.Entry<String, Object> entry : object(section.getValue()).entrySet()) {
        Object existing = into.putIfAbsent(entry.getKey(), entry.getValue());
        if (existing != null && !existing.equals(entry.getValue())) {
          throw new IllegalStateException("The application mounted at " + prefix + " has a "
              + "different components/" + section.getKey() + "/" + entry.getKey() + " than this"
              + " server's OpenAPI document. Rename one of them.");
        }
      }
    }
    Object tags = source.get("tags");
    if (tags instanceof List<?>) {
      @SuppressWarnings("unchecked")
      List<Object> into = (List<Object>) tree.computeIfAbsent("tags", k -> new ArrayList<>());
      for (Object tag : (List<?>) tags) {
        Object name = object(tag).get("name");
        if (into.stream().noneMatch(t -> Objects.equals(object(t).get("name"), name))) {
          into.add(tag);
        }
      }
    }
  }

  /** Sorts the paths by template and each path's operations in the specification's order. */
  private static void sort(Map<String, Object> tree) {
    Map<String, Object> paths = new TreeMap<>(child(tree, "paths"));
    for (Map.Entry<String, Object> path : paths.entrySet()) {
      Map<String, Object> item = object(path.getValue());
      Map<String, Object> ordered = new LinkedHashMap<>();
      item.forEach((key, value) -> {
        if (!METHODS.contains(key)) {
          ordered.put(key, value);
        }
      });
      for (String method : METHODS) {
        if (item.containsKey(method)) {
          ordered.put(method, item.get(method));
        }
      }
      path.setValue(ordered);
    }
    tree.put("paths", new LinkedHashMap<>(paths));
  }

  private static Map<String, Object> pathItem(Map<String, Object> paths, String template) {
    return child(paths, template);
  }

  /** The object {@code name} of {@code parent}, created empty if absent. */
  private static Map<String, Object> child(Map<String, Object> parent, String name) {
    return object(parent.computeIfAbsent(name, k -> new LinkedHashMap<String, Object>()));
  }

  @SuppressWarnings("unchecked")
  private static Map<String, Object> object(Object value) {
    return (Map<String, Object>) value;
  }
}

package dev.kiln.processor.writing.openapi;

import dev.kiln.processor.model.ApiDocumentModel;
import dev.kiln.processor.model.ControllerModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.SchemaTypeModel;
import dev.kiln.processor.model.TagModel;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes the application's OpenAPI 3.1 document as JSON text. Paths, tags and components are
 * sorted by name and operations come in the specification's method order, so the same source
 * always gives the same bytes. Sees only the model: validation has already passed.
 */
public final class OpenApiWriter {
  private static final List<String> METHOD_ORDER =
      List.of("get", "put", "post", "delete", "options", "head", "patch", "trace");

  /** The document's JSON text, ending with a line break. */
  public String write(ApiDocumentModel api) {
    return JsonText.write(tree(api));
  }

  /** The JSON text of a document {@link #tree} built. */
  public String text(Map<String, Object> tree) {
    return JsonText.write(tree);
  }

  /** The records and enums of the document's {@code components/schemas}, by component name. */
  public Map<String, SchemaTypeModel> componentTypes(ApiDocumentModel api) {
    return new SchemaWriter(api.schemas()).types();
  }

  /**
   * The document as a JSON tree: {@link Map}s in writing order, {@link List}s, strings, numbers,
   * booleans.
   */
  public Map<String, Object> tree(ApiDocumentModel api) {
    SchemaWriter schemas = new SchemaWriter(api.schemas());
    ResponsesWriter responses = new ResponsesWriter(schemas,
        MethodNotAllowed.of(api.controllers()));
    OperationWriter operations = new OperationWriter(schemas, responses);

    Map<String, Map<String, Object>> paths = new TreeMap<>();
    Map<String, String> tags = new TreeMap<>();
    for (ControllerModel controller : api.controllers()) {
      for (RouteModel route : controller.routes()) {
        paths.computeIfAbsent(route.template().text(), t -> new TreeMap<>())
            .put(route.httpMethod().toLowerCase(Locale.ROOT), operations.write(route));
        addTag(route.operation().tag(), tags);
      }
    }

    Map<String, Object> info = Json.obj("title", api.title(), "version", api.version());
    Json.putIfPresent(info, "description", api.description());
    Map<String, Object> document = Json.obj("openapi", "3.1.0", "info", info);
    if (!api.servers().isEmpty()) {
      List<Object> list = new ArrayList<>();
      api.servers().forEach(url -> list.add(Json.obj("url", url)));
      document.put("servers", list);
    }
    if (!tags.isEmpty()) {
      List<Object> list = new ArrayList<>();
      tags.forEach((name, description) -> list.add(description == null
          ? Json.obj("name", name) : Json.obj("name", name, "description", description)));
      document.put("tags", list);
    }
    document.put("paths", orderedPaths(paths));
    Map<String, Object> components = components(schemas, responses.problems(),
        SecuritySchemesWriter.write(api.securitySchemes()));
    if (!components.isEmpty()) {
      document.put("components", components);
    }
    return document;
  }

  /** A tag's description is the first one given; a tag without any is still listed. */
  private static void addTag(TagModel tag, Map<String, String> tags) {
    if (tag.description() != null || !tags.containsKey(tag.name())) {
      String known = tags.get(tag.name());
      tags.put(tag.name(), known != null ? known : tag.description());
    }
  }

  private static Map<String, Object> orderedPaths(Map<String, Map<String, Object>> paths) {
    Map<String, Object> ordered = new LinkedHashMap<>();
    for (Map.Entry<String, Map<String, Object>> path : paths.entrySet()) {
      Map<String, Object> item = new LinkedHashMap<>();
      for (String method : METHOD_ORDER) {
        if (path.getValue().containsKey(method)) {
          item.put(method, path.getValue().get(method));
        }
      }
      ordered.put(path.getKey(), item);
    }
    return ordered;
  }

  // schemas, responses, securitySchemes: in the specification's order; the problem schema only
  // when a problem response refers to it
  private static Map<String, Object> components(SchemaWriter schemas,
      Map<String, Object> problems, Map<String, Object> securitySchemes) {
    Map<String, Object> components = new LinkedHashMap<>();
    Map<String, Object> componentSchemas = new TreeMap<>(schemas.components());
    if (!problems.isEmpty()) {
      componentSchemas.put(schemas.problemName(), ProblemAnswers.schema());
    }
    if (!componentSchemas.isEmpty()) {
      components.put("schemas", componentSchemas);
    }
    if (!problems.isEmpty()) {
      components.put("responses", problems);
    }
    if (!securitySchemes.isEmpty()) {
      components.put("securitySchemes", securitySchemes);
    }
    return components;
  }

  /**
   * The document's operations, {@code GET /items/{id}} one per line, sorted: the list the
   * runtime compares with the routes a server serving the document registers (plain text, so
   * that starting loads no JSON parser).
   */
  public String operations(ApiDocumentModel api) {
    java.util.Set<String> operations = new java.util.TreeSet<>();
    for (ControllerModel controller : api.controllers()) {
      for (RouteModel route : controller.routes()) {
        operations.add(route.describe());
      }
    }
    StringBuilder text = new StringBuilder();
    operations.forEach(operation -> text.append(operation).append('\n'));
    return text.toString();
  }
}

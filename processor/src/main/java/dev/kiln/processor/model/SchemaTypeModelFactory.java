package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.util.Elements;

/**
 * Finds the records and enums the OpenAPI document of a controller names in {@code
 * components/schemas}: those reachable from its parameters (with {@code @BeanParam}s flattened),
 * answers and declared response headers, through record properties and type arguments.
 */
public final class SchemaTypeModelFactory {
  private final Elements elements;
  private final RecordModelFactory records;

  public SchemaTypeModelFactory(Elements elements, RecordModelFactory records) {
    this.elements = elements;
    this.records = records;
  }

  /** The named types of {@code controller}'s operations, by {@link TypeModel#key()}. */
  public List<SchemaTypeModel> of(ControllerModel controller) {
    Map<String, SchemaTypeModel> found = new TreeMap<>();
    for (RouteModel route : controller.routes()) {
      for (ParamModel param : route.flatParams()) {
        collect(param.type(), found);
      }
      collect(route.returnType(), found);
      for (DeclaredResponseModel declared : route.declaredResponses()) {
        declared.headers().forEach(header -> collect(header.type(), found));
        collect(declared.body(), found);
      }
    }
    return new ArrayList<>(found.values());
  }

  private void collect(TypeModel type, Map<String, SchemaTypeModel> found) {
    if (type == null) {
      return;
    }
    switch (type.kind()) {
      case RECORD: {
        if (!found.containsKey(type.key())) {
          RecordModel record = records.of(type);
          found.put(type.key(), new SchemaTypeModel(type, record,
              DocModel.parse(elements.getDocComment(record.element())).text()));
          for (ComponentModel component : record.components()) {
            collect(component.type(), found);
          }
        }
        return;
      }
      case ENUM:
        found.computeIfAbsent(type.key(), key -> new SchemaTypeModel(type, null,
            DocModel.parse(elements.getDocComment(type.typeElement())).text()));
        return;
      default:
        collect(type.element(), found);
        type.arguments().forEach(argument -> collect(argument, found));
    }
  }
}

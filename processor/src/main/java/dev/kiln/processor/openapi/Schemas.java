package dev.kiln.processor.openapi;

import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.ConstraintModel;
import dev.kiln.processor.model.EnumConstantModel;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.RecordModelFactory;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import dev.kiln.processor.writing.Names;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.util.Elements;

/**
 * JSON Schemas (OpenAPI 3.1 dialect) of Kiln's types: scalars, collections and maps inline,
 * records and enums as {@code components/schemas} referred to by {@code $ref}. Named types are
 * first {@link #collect collected}, then {@link #assignNames named} (the simple name, {@code
 * Page_Item} for a generic record used as {@code Page<Item>} as in generated class names, or the
 * qualified name when two types share one) so that names do not depend on the order of discovery.
 */
final class Schemas {
  /** Reports a Java-only {@code @Pattern}; the document is not written. */
  interface Problems {
    void javaOnlyRegex(ConstraintModel constraint, String attribute, String message);
  }

  private final Elements elements;
  private final RecordModelFactory records;
  private final Problems problems;
  private final Map<String, TypeModel> named = new TreeMap<>();
  private final Map<String, RecordModel> recordModels = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();

  Schemas(Elements elements, RecordModelFactory records, Problems problems) {
    this.elements = elements;
    this.records = records;
    this.problems = problems;
  }

  /** Notes the records and enums reachable from {@code type}. */
  void collect(TypeModel type) {
    if (type == null) {
      return;
    }
    switch (type.kind()) {
      case RECORD: {
        String key = key(type);
        if (named.putIfAbsent(key, type) == null) {
          for (ComponentModel component : record(type).components()) {
            collect(component.type());
          }
        }
        return;
      }
      case ENUM:
        named.putIfAbsent(key(type), type);
        return;
      default:
        collect(type.element());
        type.arguments().forEach(this::collect);
    }
  }

  /** Gives every collected type its component name. Call once, after collecting. */
  void assignNames() {
    Map<String, Integer> counts = new HashMap<>();
    for (TypeModel type : named.values()) {
      counts.merge(shortName(type), 1, Integer::sum);
    }
    for (Map.Entry<String, TypeModel> entry : named.entrySet()) {
      String name = shortName(entry.getValue());
      names.put(entry.getKey(),
          counts.get(name) == 1 ? name : qualifiedName(entry.getValue()));
    }
  }

  /** The {@code components/schemas} of every collected type, by name. */
  Map<String, Object> components() {
    Map<String, Object> schemas = new TreeMap<>();
    for (Map.Entry<String, TypeModel> entry : named.entrySet()) {
      TypeModel type = entry.getValue();
      schemas.put(names.get(entry.getKey()),
          type.kind() == TypeKindModel.ENUM ? enumSchema(type) : recordSchema(type));
    }
    return schemas;
  }

  /** The schema of a use of {@code type}, with its constraints and nullability. */
  Map<String, Object> schema(TypeModel type) {
    Map<String, Object> schema;
    TypeModel target = type;
    switch (type.kind()) {
      case OPTIONAL:
      case COMPLETION_STAGE:
      case RESPONSE:
        target = type.element();
        schema = schema(type.element());
        break;
      case LIST:
        schema = Json.obj("type", "array", "items", schema(type.element()));
        break;
      case SET:
        schema = Json.obj("type", "array", "items", schema(type.element()), "uniqueItems", true);
        break;
      default:
        schema = scalarOrNamed(type);
    }
    constraints(type.constraints(), target.kind(), schema);
    if (type.nullable()) {
      schema = nullable(schema);
    }
    return schema;
  }

  /**
   * The one switch from Kiln's type kinds to JSON Schema. A kind not handled yet maps to the empty
   * schema (any value); add a case for it here.
   */
  private Map<String, Object> scalarOrNamed(TypeModel type) {
    switch (type.kind()) {
      case STRING:
        return Json.obj("type", "string");
      case INT:
      case BOXED_INT:
        return Json.obj("type", "integer", "format", "int32");
      case LONG:
      case BOXED_LONG:
        return Json.obj("type", "integer", "format", "int64");
      case DOUBLE:
      case BOXED_DOUBLE:
        return Json.obj("type", "number", "format", "double");
      case BOOLEAN:
      case BOXED_BOOLEAN:
        return Json.obj("type", "boolean");
      case BIG_DECIMAL:
        return Json.obj("type", "number");
      case BIG_INTEGER:
        return Json.obj("type", "integer");
      case UUID:
        return Json.obj("type", "string", "format", "uuid");
      case LOCAL_DATE:
        return Json.obj("type", "string", "format", "date");
      case LOCAL_DATE_TIME:
        // RFC 3339 date-time requires an offset; a LocalDateTime has none
        return Json.obj("type", "string", "format", "local-date-time");
      case INSTANT:
      case OFFSET_DATE_TIME:
        return Json.obj("type", "string", "format", "date-time");
      case DURATION:
        return Json.obj("type", "string", "format", "duration");
      case ENUM:
      case RECORD:
        return Json.obj("$ref", "#/components/schemas/" + names.get(key(type)));
      case MAP:
        // Map<String, V>: any property name, every value a V
        return Json.obj("type", "object", "additionalProperties", schema(type.element()));
      case ARRAY:
        return Json.obj("type", "array", "items", schema(type.element()));
      case BYTES:
      case INPUT_STREAM:
        // raw content; OpenAPI 3.1 still reads format: binary as a file in Swagger UI and ReDoc
        return Json.obj("type", "string", "format", "binary");
      case LIST:
      case SET:
      case OPTIONAL:
      case COMPLETION_STAGE:
      case RESPONSE:
        return schema(type);
      default:
        // VOID (no content), UNSUPPORTED, UNRESOLVED: any value
        return Json.obj();
    }
  }

  private Map<String, Object> enumSchema(TypeModel type) {
    List<Object> values = new ArrayList<>();
    for (EnumConstantModel constant : type.enumConstants()) {
      values.add(constant.wireName());
    }
    Map<String, Object> schema = Json.obj("type", "string", "enum", values);
    TypeElement element = (TypeElement) ((DeclaredType) type.mirror()).asElement();
    putIfPresent(schema, "description", Javadoc.parse(elements.getDocComment(element)).text());
    return schema;
  }

  private Map<String, Object> recordSchema(TypeModel type) {
    RecordModel record = record(type);
    Javadoc doc = Javadoc.parse(elements.getDocComment(record.element()));
    Map<String, Object> schema = Json.obj("type", "object");
    putIfPresent(schema, "description", doc.text());
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    for (ComponentModel component : record.components()) {
      Map<String, Object> property = schema(component.type());
      if (component.type().kind() == TypeKindModel.OPTIONAL && !component.type().nullable()) {
        // an empty Optional is written as null (and read from null or absence)
        property = nullable(property);
      }
      String text = doc.params().get(component.javaName());
      if (text == null) {
        // a class's property: the Javadoc of its field (a record's fields have none)
        text = Javadoc.parse(elements.getDocComment(component.element())).text();
      }
      if (text != null) {
        property = new LinkedHashMap<>(property);
        property.put("description", text);
      }
      if (elements.isDeprecated(component.element())) {
        property.put("deprecated", true);
      }
      properties.put(component.jsonName(), property);
      if (component.required()) {
        required.add(component.jsonName());
      }
    }
    schema.put("properties", properties);
    if (!required.isEmpty()) {
      schema.put("required", required);
    }
    return schema;
  }

  // @Size(min = 1, max = 20) on a String is written as
  // "minLength": 1, "maxLength": 20
  private void constraints(List<ConstraintModel> constraints, TypeKindModel kind,
      Map<String, Object> schema) {
    boolean text = kind == TypeKindModel.STRING;
    boolean map = kind == TypeKindModel.MAP;
    for (ConstraintModel constraint : constraints) {
      switch (constraint.kind()) {
        case NOT_BLANK:
          schema.put("minLength", 1);
          schema.putIfAbsent("pattern", "\\S");
          break;
        case NOT_EMPTY:
          schema.put(text ? "minLength" : map ? "minProperties" : "minItems", 1);
          break;
        case SIZE: {
          long min = constraint.longValue("min");
          long max = constraint.longValue("max");
          if (min > 0) {
            schema.put(text ? "minLength" : map ? "minProperties" : "minItems", min);
          }
          if (max < Integer.MAX_VALUE) {
            schema.put(text ? "maxLength" : map ? "maxProperties" : "maxItems", max);
          }
          break;
        }
        case MIN:
          schema.put("minimum", constraint.longValue("value"));
          break;
        case MAX:
          schema.put("maximum", constraint.longValue("value"));
          break;
        case DECIMAL_MIN:
          schema.put(constraint.booleanValue("inclusive") ? "minimum" : "exclusiveMinimum",
              new BigDecimal(constraint.stringValue("value").trim()));
          break;
        case DECIMAL_MAX:
          schema.put(constraint.booleanValue("inclusive") ? "maximum" : "exclusiveMaximum",
              new BigDecimal(constraint.stringValue("value").trim()));
          break;
        case POSITIVE:
          schema.put("exclusiveMinimum", 0);
          break;
        case POSITIVE_OR_ZERO:
          schema.put("minimum", 0);
          break;
        case NEGATIVE:
          schema.put("exclusiveMaximum", 0);
          break;
        case NEGATIVE_OR_ZERO:
          schema.put("maximum", 0);
          break;
        case PATTERN: {
          String regex = constraint.stringValue("regexp");
          Object flags = constraint.attributes().get("flags");
          String javaOnly = RegexDialect.javaOnly(regex);
          if (javaOnly != null) {
            problems.javaOnlyRegex(constraint, "regexp",
                OpenApiMessages.javaOnlyRegex(regex, javaOnly));
          }
          if (flags instanceof List<?> && !((List<?>) flags).isEmpty()) {
            // JSON Schema patterns take no flags: state the Java rule as an extension instead of
            // a pattern that would mean something else
            schema.put("x-java-pattern", Json.obj("regexp", regex, "flags", flags));
          } else {
            schema.put("pattern", "^(?:" + regex + ")$");
          }
          break;
        }
        case EMAIL:
          schema.put("format", "email");
          break;
        case ASSERT_TRUE:
          schema.put("const", true);
          break;
        case ASSERT_FALSE:
          schema.put("const", false);
          break;
        default:
          // NotNull/Null (nullability and required say it), Digits, Past/Future: no keyword
          break;
      }
    }
  }

  /** {@code {"type": "string"}} becomes {@code {"type": ["string", "null"]}}. */
  private static Map<String, Object> nullable(Map<String, Object> schema) {
    Object type = schema.get("type");
    if (type instanceof String) {
      Map<String, Object> copy = new LinkedHashMap<>(schema);
      copy.put("type", List.of(type, "null"));
      return copy;
    }
    if (schema.isEmpty() || type instanceof List<?>) {
      return schema;
    }
    return Json.obj("anyOf", List.of(schema, Json.obj("type", "null")));
  }

  private RecordModel record(TypeModel type) {
    return recordModels.computeIfAbsent(key(type), k -> records.of(type));
  }

  /** {@code com.example.Item}, {@code com.example.Page<com.example.Item>}: one per schema. */
  private static String key(TypeModel type) {
    if (type.arguments().isEmpty()) {
      return type.className().canonicalName();
    }
    List<String> arguments = new ArrayList<>();
    for (TypeModel argument : type.arguments()) {
      arguments.add(argument.typeName().withoutAnnotations().toString());
    }
    return type.className().canonicalName() + "<" + String.join(",", arguments) + ">";
  }

  /**
   * {@code Outer.Inner} is {@code Outer_Inner} and {@code Page<Item>} is {@code Page_Item}, as
   * generated class names ({@link Names}) flatten them.
   */
  private static String shortName(TypeModel type) {
    StringBuilder name = new StringBuilder(String.join("_", type.className().simpleNames()));
    for (TypeModel argument : type.arguments()) {
      name.append('_').append(Names.label(argument));
    }
    return name.toString();
  }

  /**
   * The name of a type whose short name is shared: {@code com.example.Item}, or {@code
   * com.example.Page_com.example.Item} (component names allow only letters, digits, {@code .},
   * {@code -} and {@code _}).
   */
  private static String qualifiedName(TypeModel type) {
    StringBuilder name = new StringBuilder(type.className().canonicalName());
    for (TypeModel argument : type.arguments()) {
      name.append('_').append(argument.kind() == TypeKindModel.RECORD
          || argument.kind() == TypeKindModel.ENUM
          ? qualifiedName(argument) : Names.label(argument));
    }
    return name.toString();
  }

  private static void putIfPresent(Map<String, Object> map, String key, Object value) {
    if (value != null) {
      map.put(key, value);
    }
  }
}

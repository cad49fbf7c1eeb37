package dev.kiln.processor.writing.openapi;

import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.ConstraintModel;
import dev.kiln.processor.model.EnumConstantModel;
import dev.kiln.processor.model.PatternFlags;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.SchemaTypeModel;
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

/**
 * Writes JSON Schemas (OpenAPI 3.1 dialect) of Kiln's types: scalars, collections and maps inline,
 * records and enums as {@code components/schemas} referred to by {@code $ref}. A named type's
 * component name is its simple name, {@code Page_Item} for a generic record used as {@code
 * Page<Item>} as in generated class names, or the qualified name when two types share one, so
 * names do not depend on the order of discovery.
 */
final class SchemaWriter {
  /**
   * {@code DateTimeFormatter.ISO_LOCAL_DATE_TIME}: {@code 2024-05-01T10:15}, seconds and up to
   * nine fraction digits optional, years past 9999 with {@code +}, before year 0 with {@code -}.
   */
  static final String LOCAL_DATE_TIME_PATTERN = "^(?:[0-9]{4}|\\+[0-9]{5,9}|-[0-9]{4,9})"
      + "-[0-9]{2}-[0-9]{2}T[0-9]{2}:[0-9]{2}(?::[0-9]{2}(?:\\.[0-9]{1,9})?)?$";
  private final Map<String, SchemaTypeModel> named = new TreeMap<>();
  private final Map<String, String> names = new HashMap<>();

  /** A writer naming {@code schemas}: every record and enum the document uses. */
  SchemaWriter(List<SchemaTypeModel> schemas) {
    schemas.forEach(schema -> named.putIfAbsent(schema.key(), schema));
    Map<String, Integer> counts = new HashMap<>();
    for (SchemaTypeModel schema : named.values()) {
      counts.merge(shortName(schema.type()), 1, Integer::sum);
    }
    for (Map.Entry<String, SchemaTypeModel> entry : named.entrySet()) {
      String name = shortName(entry.getValue().type());
      names.put(entry.getKey(),
          counts.get(name) == 1 ? name : qualifiedName(entry.getValue().type()));
    }
  }

  /**
   * The component name of Kiln's problem-details schema: {@code Problem}, or the runtime class's
   * qualified name when the application has a schema named {@code Problem}.
   */
  String problemName() {
    return names.containsValue(ProblemAnswers.SCHEMA)
        ? ProblemAnswers.QUALIFIED_SCHEMA : ProblemAnswers.SCHEMA;
  }

  /** Every collected type by its component name. */
  Map<String, SchemaTypeModel> types() {
    Map<String, SchemaTypeModel> types = new TreeMap<>();
    named.forEach((key, schema) -> types.put(names.get(key), schema));
    return types;
  }

  /** The {@code components/schemas} of every collected type, by name. */
  Map<String, Object> components() {
    Map<String, Object> schemas = new TreeMap<>();
    for (Map.Entry<String, SchemaTypeModel> entry : named.entrySet()) {
      SchemaTypeModel schema = entry.getValue();
      schemas.put(names.get(entry.getKey()),
          schema.record() == null ? enumSchema(schema) : recordSchema(schema));
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
        // RFC 3339 date-time requires an offset and a LocalDateTime has none, so no format
        // validators know fits: state ISO_LOCAL_DATE_TIME as a pattern instead
        return Json.obj("type", "string", "pattern", LOCAL_DATE_TIME_PATTERN);
      case INSTANT:
      case OFFSET_DATE_TIME:
        return Json.obj("type", "string", "format", "date-time");
      case DURATION:
        return Json.obj("type", "string", "format", "duration");
      case ENUM:
      case RECORD:
        return Json.obj("$ref", "#/components/schemas/" + names.get(type.key()));
      case MAP:
        // Map<String, V>: any property name, every value a V
        return Json.obj("type", "object", "additionalProperties", schema(type.element()));
      case ARRAY:
        return Json.obj("type", "array", "items", schema(type.element()));
      case BYTES:
      case INPUT_STREAM:
        // raw content; OpenAPI 3.1 still reads format: binary as a file in Swagger UI and ReDoc
        return Json.obj("type", "string", "format", "binary");
      case UPLOAD:
        // a multipart file part, sent as its own media type (default application/octet-stream).
        // OpenAPI 3.1 (Media Type Object, multipart) advises against contentMediaType without
        // contentEncoding there: it would make the part text/plain. format: binary is what
        // Swagger UI and ReDoc render as a file input.
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

  private static Map<String, Object> enumSchema(SchemaTypeModel schema) {
    List<Object> values = new ArrayList<>();
    for (EnumConstantModel constant : schema.type().enumConstants()) {
      values.add(constant.wireName());
    }
    Map<String, Object> out = Json.obj("type", "string", "enum", values);
    Json.putIfPresent(out, "description", schema.description());
    return out;
  }

  // record Pet(long id, @Nullable String tag) is written as
  // {"type": "object", "properties": {"id": {...}, "tag": {...}}, "required": ["id"]}
  private Map<String, Object> recordSchema(SchemaTypeModel schema) {
    RecordModel record = schema.record();
    Map<String, Object> out = Json.obj("type", "object");
    Json.putIfPresent(out, "description", schema.description());
    Map<String, Object> properties = new LinkedHashMap<>();
    List<Object> required = new ArrayList<>();
    for (ComponentModel component : record.components()) {
      Map<String, Object> property = schema(component.type());
      if (component.type().kind() == TypeKindModel.OPTIONAL && !component.type().nullable()) {
        // an empty Optional is written as null (and read from null or absence)
        property = nullable(property);
      }
      if (component.description() != null) {
        property = new LinkedHashMap<>(property);
        property.put("description", component.description());
      }
      if (component.deprecated()) {
        property.put("deprecated", true);
      }
      properties.put(component.jsonName(), property);
      if (component.required()) {
        required.add(component.jsonName());
      }
    }
    out.put("properties", properties);
    if (!required.isEmpty()) {
      out.put("required", required);
    }
    return out;
  }

  // @Size(min = 1, max = 20) on a String is written as
  // "minLength": 1, "maxLength": 20
  private static void constraints(List<ConstraintModel> constraints, TypeKindModel kind,
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
          if (flags instanceof List<?> && !((List<?>) flags).isEmpty()) {
            // JSON Schema patterns take no flags: the expressible ones are rewritten into the
            // expression (validation refused the others)
            List<String> names = new ArrayList<>();
            ((List<?>) flags).forEach(flag -> names.add(String.valueOf(flag)));
            regex = PatternFlags.rewrite(regex, names);
          }
          schema.put("pattern", "^(?:" + regex + ")$");
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

  /**
   * {@code Outer.Inner} is {@code Outer_Inner} and {@code Page<Item>} is {@code Page_Item}, as
   * generated class names ({@link Names}) flatten them.
   */
  private static String shortName(TypeModel type) {
    StringBuilder name = new StringBuilder(String.join("_", type.simpleNames()));
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
    StringBuilder name = new StringBuilder(type.qualifiedName());
    for (TypeModel argument : type.arguments()) {
      name.append('_').append(argument.kind() == TypeKindModel.RECORD
          || argument.kind() == TypeKindModel.ENUM
          ? qualifiedName(argument) : Names.label(argument));
    }
    return name.toString();
  }
}

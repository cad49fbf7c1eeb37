package dev.kiln.processor.validation.baseline;

import dev.kiln.processor.model.EnumConstantModel;
import dev.kiln.processor.model.SchemaTypeModel;
import dev.kiln.processor.validation.Messages;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import javax.lang.model.element.Element;

/**
 * Compares a schema of the baseline with the schema the code states now, in one direction. What
 * a client sends (parameters, request bodies) may accept more but nothing less: a narrower type,
 * fewer enum values, a tighter constraint or a new required property break clients. What the
 * server answers may promise more but nothing less: a required property gone, a property that may
 * be null, a wider type or a new enum value break clients. {@code $ref}s are followed in each
 * document, each pair of component schemas compared once per direction.
 */
final class SchemaComparator {
  /** Upper bounds: lowering or adding one tightens input. */
  private static final List<String> UPPER = List.of("maxLength", "maxItems", "maxProperties",
      "maximum", "exclusiveMaximum");
  /** Lower bounds: raising or adding one tightens input. */
  private static final List<String> LOWER = List.of("minLength", "minItems", "minProperties",
      "minimum", "exclusiveMinimum");

  private final Map<String, Object> baseline;
  private final Map<String, Object> current;
  private final Map<String, SchemaTypeModel> components;
  private final Changes changes;
  private final Set<String> compared = new HashSet<>();

  SchemaComparator(Map<String, Object> baseline, Map<String, Object> current,
      Map<String, SchemaTypeModel> components, Changes changes) {
    this.baseline = baseline;
    this.current = current;
    this.components = components;
    this.changes = changes;
  }

  /** Compares {@code base} with {@code now} as read ({@code request}) or answered. */
  void compare(Object base, Object now, boolean request, Where where) {
    if (!(base instanceof Map<?, ?>) || !(now instanceof Map<?, ?>)) {
      return;
    }
    Shape before = Shape.of(Documents.map(base));
    Shape after = Shape.of(Documents.map(now));
    Map<String, Object> was = Documents.resolve(baseline, before.schema());
    Map<String, Object> is = Documents.resolve(current, after.schema());
    if (request && before.nullable() && !after.nullable()) {
      changes.breaking(where.element(), Messages.breakingTypeNarrowed(where.describe(),
          Documents.typeText(was) + " or null", Documents.typeText(is)));
    } else if (!request && !before.nullable() && after.nullable()) {
      changes.breaking(where.element(), Messages.breakingResponseNullable(where.describe()));
    }
    String baseRef = Documents.refName(before.schema());
    String nowRef = Documents.refName(after.schema());
    Where inside = where;
    if (nowRef != null) {
      if (!compared.add(baseRef + " " + nowRef + " " + request)) {
        return;
      }
      inside = where.component(nowRef, components.get(nowRef), request);
    }
    compareResolved(was, is, request, inside);
  }

  private void compareResolved(Map<String, Object> base, Map<String, Object> now,
      boolean request, Where where) {
    compareTypes(base, now, request, where);
    compareEnums(base, now, request, where);
    if (request) {
      compareConstraints(base, now, where);
    }
    compareProperties(base, now, request, where);
    compare(base.get("items"), now.get("items"), request, where.inside("[]"));
    compare(base.get("additionalProperties"), now.get("additionalProperties"), request,
        where.inside("{}"));
  }

  private void compareTypes(Map<String, Object> base, Map<String, Object> now, boolean request,
      Where where) {
    String was = Documents.typeText(base);
    String is = Documents.typeText(now);
    if (was.equals(is)) {
      return;
    }
    boolean wider = Documents.covers(now, base);
    boolean narrower = Documents.covers(base, now);
    if (request && !wider) {
      changes.breaking(where.element(), Messages.breakingTypeNarrowed(where.describe(), was, is));
    } else if (!request && !narrower) {
      changes.breaking(where.element(),
          Messages.breakingResponseTypeChanged(where.describe(), was, is));
    } else {
      changes.compatible(where.describe() + ": type " + was + " is " + is);
    }
  }

  private void compareEnums(Map<String, Object> base, Map<String, Object> now, boolean request,
      Where where) {
    List<String> was = Documents.strings(base.get("enum"));
    List<String> is = Documents.strings(now.get("enum"));
    if (was == null || is == null) {
      if (request && was == null && is != null) {
        changes.breaking(where.element(), Messages.breakingTypeNarrowed(where.describe(),
            "any value", "one of " + is));
      }
      return;
    }
    List<String> removed = new ArrayList<>(was);
    removed.removeAll(is);
    List<String> added = new ArrayList<>(is);
    added.removeAll(was);
    if (request && !removed.isEmpty()) {
      changes.breaking(where.element(),
          Messages.breakingEnumValueRemoved(where.describe(), removed.toString()));
    } else if (!removed.isEmpty()) {
      changes.compatible(where.describe() + ": no longer answers " + removed);
    }
    if (!request && !added.isEmpty()) {
      changes.breaking(constant(where, added.get(0)),
          Messages.breakingEnumValueAdded(where.describe(), added.toString()));
    } else if (!added.isEmpty()) {
      changes.compatible(where.describe() + ": also accepts " + added);
    }
  }

  /** The enum constant written as {@code wireName}, else where the enum is. */
  private static Element constant(Where where, String wireName) {
    Element type = where.element();
    if (where.owner() == null || where.owner().record() != null || type == null) {
      return type;
    }
    for (EnumConstantModel constant : where.owner().type().enumConstants()) {
      if (constant.wireName().equals(wireName)) {
        for (Element enclosed : type.getEnclosedElements()) {
          if (enclosed.getSimpleName().contentEquals(constant.javaName())) {
            return enclosed;
          }
        }
      }
    }
    return type;
  }

  private void compareConstraints(Map<String, Object> base, Map<String, Object> now,
      Where where) {
    for (String keyword : UPPER) {
      bound(keyword, base.get(keyword), now.get(keyword), -1, where);
    }
    for (String keyword : LOWER) {
      bound(keyword, base.get(keyword), now.get(keyword), 1, where);
    }
    for (String keyword : List.of("pattern", "const", "uniqueItems")) {
      Object was = base.get(keyword);
      Object is = now.get(keyword);
      if (is != null && !Documents.same(was, is)) {
        changes.breaking(where.element(), Messages.breakingConstraintTightened(where.describe(),
            keyword, was == null ? "absent" : Documents.text(was), Documents.text(is)));
      } else if (was != null && is == null) {
        changes.compatible(where.describe() + ": " + keyword + " " + Documents.text(was)
            + " dropped");
      }
    }
  }

  /** A bound tightens when added, or moved the way {@code tighter} says (-1 lower, 1 higher). */
  private void bound(String keyword, Object was, Object is, int tighter, Where where) {
    if (is == null) {
      if (was != null) {
        changes.compatible(where.describe() + ": " + keyword + " " + Documents.text(was)
            + " dropped");
      }
      return;
    }
    int order = was == null ? tighter : Integer.signum(
        Documents.number(is).compareTo(Documents.number(was)));
    if (order == tighter) {
      changes.breaking(where.element(), Messages.breakingConstraintTightened(where.describe(),
          keyword, was == null ? "absent" : Documents.text(was), Documents.text(is)));
    } else if (order != 0) {
      changes.compatible(where.describe() + ": " + keyword + " " + Documents.text(was) + " is "
          + Documents.text(is));
    }
  }

  private void compareProperties(Map<String, Object> base, Map<String, Object> now,
      boolean request, Where where) {
    Map<String, Object> was = Documents.map(base.get("properties"));
    Map<String, Object> is = Documents.map(now.get("properties"));
    List<String> wasRequired = Documents.strings(base.get("required"));
    List<String> isRequired = Documents.strings(now.get("required"));
    wasRequired = wasRequired == null ? List.of() : wasRequired;
    isRequired = isRequired == null ? List.of() : isRequired;
    for (Map.Entry<String, Object> property : is.entrySet()) {
      String name = property.getKey();
      Where at = where.property(name);
      boolean added = !was.containsKey(name);
      boolean required = isRequired.contains(name);
      if (request && required && !wasRequired.contains(name)) {
        changes.breaking(at.element(),
            Messages.breakingPropertyRequired(name, where.describe(), added));
      } else if (added) {
        changes.compatible(where.describe() + ": new property \"" + name + "\"");
      }
      if (!added) {
        compare(was.get(name), property.getValue(), request, at);
      }
    }
    for (String name : was.keySet()) {
      if (request && !is.containsKey(name)) {
        changes.compatible(where.describe() + ": property \"" + name + "\" is no longer read");
      }
    }
    if (!request) {
      for (String name : wasRequired) {
        if (!isRequired.contains(name)) {
          boolean gone = !is.containsKey(name);
          changes.breaking(gone ? where.element() : where.property(name).element(),
              Messages.breakingResponsePropertyRemoved(name, where.describe(), gone));
        }
      }
    }
  }

  /** A schema without its {@code null} alternative, and whether it had one. */
  private record Shape(Map<String, Object> schema, boolean nullable) {
    // {"anyOf": [{"$ref": ...}, {"type": "null"}]} and {"type": ["string", "null"]}
    static Shape of(Map<String, Object> schema) {
      Object anyOf = schema.get("anyOf");
      if (anyOf instanceof List<?> && ((List<?>) anyOf).size() == 2) {
        List<?> options = (List<?>) anyOf;
        for (int i = 0; i < 2; i++) {
          if (Documents.isNull(options.get(i))) {
            return new Shape(Documents.map(options.get(1 - i)), true);
          }
        }
      }
      Object type = schema.get("type");
      if (type instanceof List<?> && ((List<?>) type).contains("null")) {
        return new Shape(schema, true);
      }
      return new Shape(schema, false);
    }
  }
}

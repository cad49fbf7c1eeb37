package dev.kiln.processor.validation.baseline;

import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.SchemaTypeModel;
import javax.lang.model.element.Element;

/**
 * Where in the API a schema being compared sits, for messages and for the element a change is
 * reported on.
 *
 * @param operation the operation it was reached from, {@code POST /pets}
 * @param subject what holds the schema: {@code the request body of POST /pets}, {@code schema Pet
 *     as read by POST /pets}
 * @param pointer the path inside it, {@code /tags[]}, or empty
 * @param element the element that states the schema here
 * @param owner the record or enum whose component schema this is, or {@code null} inline
 */
record Where(String operation, String subject, String pointer, Element element,
    SchemaTypeModel owner) {

  /** Where an operation's parameter, body or answer sits: {@code subject of operation}. */
  static Where of(String operation, String subject, Element element) {
    return new Where(operation, subject + " of " + operation, "", element, null);
  }

  /** The component schema {@code name} of {@code owner}, reached from here. */
  Where component(String name, SchemaTypeModel owner, boolean request) {
    Element at = owner == null ? element : owner.type().typeElement();
    return new Where(operation, "schema " + name + (request ? " as read by " : " as answered by ")
        + operation, "", at, owner);
  }

  /** The property {@code name} of the object schema here. */
  Where property(String name) {
    Element component = element;
    if (owner != null && owner.record() != null) {
      for (ComponentModel candidate : owner.record().components()) {
        if (candidate.jsonName().equals(name)) {
          component = candidate.element();
        }
      }
    }
    return new Where(operation, subject, pointer + "/" + name, component, owner);
  }

  /** The items ({@code []}) or map values ({@code {}}) of the schema here. */
  Where inside(String suffix) {
    return new Where(operation, subject, pointer + suffix, element, owner);
  }

  /** {@code the request body of POST /pets at /owner/name}. */
  String describe() {
    return pointer.isEmpty() ? subject : subject + " at " + pointer;
  }
}

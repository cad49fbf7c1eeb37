package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A JSON object type: a record (possibly a generic one with concrete type arguments, {@code
 * Page<Item>}) or a class built through its all-args constructor.
 *
 * @param element the record or class
 * @param type the type as used, with its type arguments
 * @param components its properties in constructor order
 * @param checks its {@code @AssertTrue}/{@code @AssertFalse} methods (cross-field rules)
 */
public record RecordModel(TypeElement element, TypeModel type, List<ComponentModel> components,
    List<MethodCheckModel> checks) {

  public RecordModel {
    components = List.copyOf(components);
    checks = List.copyOf(checks);
  }

  /** The qualified name of the raw class. */
  public String qualifiedName() {
    return type.qualifiedName();
  }

  /** The simple name of the class: {@code Item}. */
  public String simpleName() {
    return element.getSimpleName().toString();
  }
}

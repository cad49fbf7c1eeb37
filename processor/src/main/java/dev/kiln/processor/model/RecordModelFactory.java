package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.Element;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;

/** Builds the {@link RecordModel} of a record type. */
public final class RecordModelFactory {
  private final TypeModelFactory types;

  public RecordModelFactory(TypeModelFactory types) {
    this.types = types;
  }

  /** The model of the record {@code element}. */
  public RecordModel of(TypeElement element) {
    List<ComponentModel> components = new ArrayList<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      TypeModel type = types.of(component.asType(), component);
      String name = component.getSimpleName().toString();
      boolean defaulted = type.nullable() || type.kind() == TypeKindModel.LIST
          || type.kind() == TypeKindModel.OPTIONAL;
      components.add(new ComponentModel(diagnosticElement(element, component), name, name, type,
          !defaulted));
    }
    return new RecordModel(element, com.palantir.javapoet.ClassName.get(element), components);
  }

  /**
   * The element a diagnostic about {@code component} is reported on: its private field, which
   * javac places on the component in the record header. (javac 17 cannot place a diagnostic on a
   * {@link RecordComponentElement} itself and reports it without a file; fixed in later JDKs.)
   */
  private static Element diagnosticElement(TypeElement record, RecordComponentElement component) {
    for (VariableElement field : ElementFilter.fieldsIn(record.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(component.getSimpleName())) {
        return field;
      }
    }
    return component;
  }
}

package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
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
      // the field carries the component's annotations too, and javac 17 places diagnostics on it
      Element diagnostics = diagnosticElement(element, component);
      TypeModel type = types.of(component.asType(), diagnostics, component.getAccessor());
      String name = component.getSimpleName().toString();
      AnnotationMirror wire = Annotations.find(component.getAccessor(), Annotations.WIRE_NAME);
      String jsonName = wire == null ? name : Annotations.stringValue(wire, "value", name);
      boolean defaulted = type.nullable() || type.kind() == TypeKindModel.LIST
          || type.kind() == TypeKindModel.SET || type.kind() == TypeKindModel.OPTIONAL;
      components.add(new ComponentModel(diagnostics, name, jsonName, type, !defaulted));
    }
    return new RecordModel(element, com.palantir.javapoet.ClassName.get(element), components,
        checks(element));
  }

  private List<MethodCheckModel> checks(TypeElement element) {
    java.util.Set<Element> accessors = new java.util.HashSet<>();
    for (RecordComponentElement component : element.getRecordComponents()) {
      accessors.add(component.getAccessor());
    }
    List<MethodCheckModel> checks = new ArrayList<>();
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed.getKind() != ElementKind.METHOD || accessors.contains(enclosed)) {
        continue;
      }
      ExecutableElement method = (ExecutableElement) enclosed;
      for (ConstraintModel constraint : types.of(method.getReturnType(), method).constraints()) {
        if (constraint.kind() == ConstraintKind.ASSERT_TRUE
            || constraint.kind() == ConstraintKind.ASSERT_FALSE) {
          checks.add(new MethodCheckModel(method, constraint));
        }
      }
    }
    return checks;
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

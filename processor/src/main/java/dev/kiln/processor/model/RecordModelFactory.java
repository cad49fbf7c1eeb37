package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;

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
      TypeModel type = types.of(component.asType(), component, component.getAccessor());
      String name = component.getSimpleName().toString();
      AnnotationMirror wire = Annotations.find(component.getAccessor(), Annotations.WIRE_NAME);
      String jsonName = wire == null ? name : Annotations.stringValue(wire, "value", name);
      boolean defaulted = type.nullable() || type.kind() == TypeKindModel.LIST
          || type.kind() == TypeKindModel.OPTIONAL;
      components.add(new ComponentModel(component, name, jsonName, type, !defaulted));
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
}

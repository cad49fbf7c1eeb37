package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.ExecutableType;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;

/**
 * Builds the {@link RecordModel} of a JSON object type: a record (generic ones with their type
 * arguments substituted) or a class with an all-args constructor ({@link ObjectShape}).
 */
public final class RecordModelFactory {
  private final TypeModelFactory types;
  private final Elements elements;
  private final Types typeUtils;

  public RecordModelFactory(TypeModelFactory types, Elements elements, Types typeUtils) {
    this.types = types;
    this.elements = elements;
    this.typeUtils = typeUtils;
  }

  /** The model of the object type {@code type} (kind {@link TypeKindModel#RECORD}). */
  public RecordModel of(TypeModel type) {
    DeclaredType declared = (DeclaredType) type.mirror();
    TypeElement element = (TypeElement) declared.asElement();
    List<ComponentModel> components = new ArrayList<>();
    Set<Element> accessors = new HashSet<>();
    DocModel doc = DocModel.parse(elements.getDocComment(element));
    if (element.getKind() == ElementKind.RECORD) {
      for (RecordComponentElement component : element.getRecordComponents()) {
        ExecutableElement accessor = component.getAccessor();
        accessors.add(accessor);
        components.add(component(element, declared, doc,
            component.getSimpleName().toString(), accessor, accessor));
      }
    } else {
      ExecutableElement creator = ObjectShape.creator(element);
      for (VariableElement parameter : creator.getParameters()) {
        String name = parameter.getSimpleName().toString();
        Element accessor = ObjectShape.accessor(element, name);
        accessors.add(accessor);
        components.add(component(element, declared, doc, name, accessor, parameter));
      }
    }
    return new RecordModel(element, type, components, checks(element, accessors));
  }

  private ComponentModel component(TypeElement owner, DeclaredType declared, DocModel doc,
      String name, Element accessor, Element annotated) {
    // the field carries the component's annotations too, and javac 17 places diagnostics on it
    Element diagnostics = field(owner, name);
    TypeMirror memberType = typeUtils.asMemberOf(declared, accessor);
    if (memberType instanceof ExecutableType) {
      memberType = ((ExecutableType) memberType).getReturnType();
    }
    TypeModel type = diagnostics == null
        ? types.of(memberType, annotated, accessor)
        : types.of(memberType, diagnostics, accessor, annotated);
    AnnotationMirror wire = Annotations.find(accessor, Annotations.WIRE_NAME);
    if (wire == null) {
      wire = Annotations.find(annotated, Annotations.WIRE_NAME);
    }
    String jsonName = wire == null ? name : Annotations.stringValue(wire, "value", name);
    boolean defaulted = type.nullable() || type.kind() == TypeKindModel.LIST
        || type.kind() == TypeKindModel.SET || type.kind() == TypeKindModel.OPTIONAL
        || type.kind() == TypeKindModel.MAP;
    Element element = diagnostics == null ? annotated : diagnostics;
    String description = doc.params().get(name);
    if (description == null) {
      // a class's property: the Javadoc of its field (a record's fields have none)
      description = DocModel.parse(elements.getDocComment(element)).text();
    }
    return new ComponentModel(element, name, jsonName, type, !defaulted,
        accessor.getSimpleName().toString(), accessor.getKind() == ElementKind.FIELD,
        description, elements.isDeprecated(element));
  }

  private List<MethodCheckModel> checks(TypeElement element, Set<Element> accessors) {
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
   * The private field named {@code name}: where a diagnostic about that property is reported.
   * (javac 17 cannot place a diagnostic on a {@link RecordComponentElement} itself and reports it
   * without a file; the field sits on the component in the record header.)
   */
  static Element field(TypeElement owner, String name) {
    for (VariableElement field : ElementFilter.fieldsIn(owner.getEnclosedElements())) {
      if (field.getSimpleName().contentEquals(name)) {
        return field;
      }
    }
    return null;
  }
}

package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.List;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.AnnotatedConstruct;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.AnnotationValue;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;
import javax.lang.model.util.Elements;

/** Maps javac types to {@link TypeModel}s. Stateless apart from javac's utilities. */
public final class TypeModelFactory {
  private final Elements elements;

  public TypeModelFactory(Elements elements) {
    this.elements = elements;
  }

  /**
   * The model of {@code mirror} as used by {@code annotated} elements (a parameter; a record
   * component with its accessor), whose declaration annotations count for {@code @Nullable} and
   * constraints too. An annotation found on several of them counts once.
   */
  public TypeModel of(TypeMirror mirror, Element... annotated) {
    return build(mirror, annotated.length > 0 ? annotated[0] : null, annotated);
  }

  /** {@code owner} is where diagnostics about type arguments land. */
  private TypeModel build(TypeMirror mirror, Element owner, Element... annotated) {
    boolean nullable = Annotations.hasSimpleName(mirror, "Nullable");
    for (Element element : annotated) {
      nullable |= Annotations.hasSimpleName(element, "Nullable");
    }
    TypeModel type = plain(mirror, owner).withNullable(nullable);
    Map<String, ConstraintModel> constraints = new LinkedHashMap<>();
    collect(mirror, owner, constraints);
    for (Element element : annotated) {
      collect(element, element, constraints);
    }
    return type.withConstraints(List.copyOf(constraints.values()));
  }

  private void collect(AnnotatedConstruct construct, Element owner,
      Map<String, ConstraintModel> into) {
    for (AnnotationMirror annotation : construct.getAnnotationMirrors()) {
      TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
      if (annotationType.getSimpleName().contentEquals("List")
          && annotationType.getEnclosingElement() instanceof TypeElement) {
        // a repeated constraint's container, e.g. @Pattern.List({@Pattern(...), @Pattern(...)})
        for (AnnotationMirror repeated : Annotations.annotationList(annotation, "value")) {
          add(repeated, owner, into);
        }
      } else {
        add(annotation, owner, into);
      }
    }
  }

  /**
   * Adds one constraint; the same annotation with the same values seen again (on the field and
   * the accessor, say) counts once.
   */
  private void add(AnnotationMirror annotation, Element owner,
      Map<String, ConstraintModel> into) {
    TypeElement annotationType = (TypeElement) annotation.getAnnotationType().asElement();
    String name = annotationType.getQualifiedName().toString();
    ConstraintKind kind = ConstraintKind.forAnnotation(name);
    if (kind == null) {
      return;
    }
    Map<String, Object> attributes =
        ConstraintModel.attributesOf(elements.getElementValuesWithDefaults(annotation));
    String key = name + new java.util.TreeMap<>(attributes);
    if (into.containsKey(key)) {
      return;
    }
    AnnotationValue message = Annotations.explicitValue(annotation, "message");
    into.put(key, new ConstraintModel(kind, owner, annotation, attributes,
        message == null ? null : (String) message.getValue()));
  }

  /** The model of {@code mirror} with its type-use constraints, not nullable. */
  private TypeModel plain(TypeMirror mirror, Element owner) {
    switch (mirror.getKind()) {
      case INT:
        return simple(TypeKindModel.INT, mirror);
      case LONG:
        return simple(TypeKindModel.LONG, mirror);
      case DOUBLE:
        return simple(TypeKindModel.DOUBLE, mirror);
      case BOOLEAN:
        return simple(TypeKindModel.BOOLEAN, mirror);
      case VOID:
        return simple(TypeKindModel.VOID, mirror);
      case ERROR:
        return new TypeModel(TypeKindModel.UNRESOLVED, mirror, null, List.of(), false);
      case DECLARED:
        return declared((DeclaredType) mirror, owner);
      case ARRAY: {
        TypeMirror component = ((javax.lang.model.type.ArrayType) mirror).getComponentType();
        if (component.getKind() == TypeKind.BYTE) {
          return simple(TypeKindModel.BYTES, mirror);
        }
        TypeModel element = build(component, owner);
        return new TypeModel(TypeKindModel.ARRAY, mirror, element, List.of(), false);
      }
      default:
        return unsupported(mirror);
    }
  }

  private TypeModel declared(DeclaredType type, Element owner) {
    TypeElement element = (TypeElement) type.asElement();
    String name = element.getQualifiedName().toString();
    switch (name) {
      case "java.lang.String":
        return simple(TypeKindModel.STRING, type);
      case "java.lang.Integer":
        return simple(TypeKindModel.BOXED_INT, type);
      case "java.lang.Long":
        return simple(TypeKindModel.BOXED_LONG, type);
      case "java.lang.Double":
        return simple(TypeKindModel.BOXED_DOUBLE, type);
      case "java.lang.Boolean":
        return simple(TypeKindModel.BOXED_BOOLEAN, type);
      case "java.util.UUID":
        return simple(TypeKindModel.UUID, type);
      case "java.math.BigDecimal":
        return simple(TypeKindModel.BIG_DECIMAL, type);
      case "java.math.BigInteger":
        return simple(TypeKindModel.BIG_INTEGER, type);
      case "java.time.LocalDate":
        return simple(TypeKindModel.LOCAL_DATE, type);
      case "java.time.LocalDateTime":
        return simple(TypeKindModel.LOCAL_DATE_TIME, type);
      case "java.time.Instant":
        return simple(TypeKindModel.INSTANT, type);
      case "java.time.OffsetDateTime":
        return simple(TypeKindModel.OFFSET_DATE_TIME, type);
      case "java.time.Duration":
        return simple(TypeKindModel.DURATION, type);
      case "java.lang.Void":
        return new TypeModel(TypeKindModel.VOID, type, null, List.of(),
            false);
      case "java.io.InputStream":
        return simple(TypeKindModel.INPUT_STREAM, type);
      case "dev.kiln.runtime.Upload":
        return simple(TypeKindModel.UPLOAD, type);
      case "java.util.Map":
        if (type.getTypeArguments().size() != 2 || !isString(type.getTypeArguments().get(0))) {
          return unsupported(type);
        }
        return wrapper(TypeKindModel.MAP, type, type.getTypeArguments().get(1), owner);
      case "java.util.concurrent.CompletionStage":
      case "java.util.concurrent.CompletableFuture":
        if (type.getTypeArguments().size() != 1) {
          return unsupported(type);
        }
        return wrapper(TypeKindModel.COMPLETION_STAGE, type, type.getTypeArguments().get(0),
            owner);
      case "dev.kiln.runtime.EventStream":
        if (type.getTypeArguments().size() != 1) {
          return unsupported(type);
        }
        return wrapper(TypeKindModel.EVENT_STREAM, type, type.getTypeArguments().get(0), owner);
      case "dev.kiln.runtime.Response":
        if (type.getTypeArguments().size() != 1) {
          return unsupported(type);
        }
        return wrapper(TypeKindModel.RESPONSE, type, type.getTypeArguments().get(0), owner);
      case "java.util.List":
      case "java.util.Set":
      case "java.util.Optional":
        if (type.getTypeArguments().size() != 1) {
          return unsupported(type);
        }
        TypeMirror argument = type.getTypeArguments().get(0);
        TypeModel element0 = build(argument, owner);
        TypeKindModel kind = name.equals("java.util.List") ? TypeKindModel.LIST
            : name.equals("java.util.Set") ? TypeKindModel.SET : TypeKindModel.OPTIONAL;
        return new TypeModel(kind, type, element0, List.of(), false);
      default:
        break;
    }
    if (element.getKind() == ElementKind.ENUM) {
      List<EnumConstantModel> constants = new ArrayList<>();
      for (Element enclosed : element.getEnclosedElements()) {
        if (enclosed.getKind() == ElementKind.ENUM_CONSTANT) {
          String javaName = enclosed.getSimpleName().toString();
          AnnotationMirror wire = Annotations.find(enclosed, Annotations.WIRE_NAME);
          constants.add(new EnumConstantModel(javaName,
              wire == null ? javaName : Annotations.stringValue(wire, "value", javaName)));
        }
      }
      return new TypeModel(TypeKindModel.ENUM, type, null, constants,
          false);
    }
    if (element.getKind() == ElementKind.RECORD && type.getTypeArguments().isEmpty()
        && element.getTypeParameters().isEmpty()) {
      return new TypeModel(TypeKindModel.RECORD, type, null, List.of(),
          false);
    }
    if (element.getKind() == ElementKind.RECORD && !type.getTypeArguments().isEmpty()) {
      // a generic record used with concrete type arguments: Page<Item>
      List<TypeModel> arguments = new ArrayList<>();
      for (TypeMirror argument : type.getTypeArguments()) {
        if (argument.getKind() != TypeKind.DECLARED && argument.getKind() != TypeKind.ARRAY) {
          return unsupported(type); // a type variable or wildcard cannot be resolved here
        }
        arguments.add(build(argument, owner));
      }
      return new TypeModel(TypeKindModel.RECORD, type, null, List.of(), false, List.of(),
          arguments);
    }
    if (ObjectShape.creator(element) != null) {
      return new TypeModel(TypeKindModel.RECORD, type, null, List.of(),
          false);
    }
    return unsupported(type);
  }

  private static boolean isString(TypeMirror mirror) {
    return mirror.getKind() == TypeKind.DECLARED && ((TypeElement) ((DeclaredType) mirror)
        .asElement()).getQualifiedName().contentEquals("java.lang.String");
  }

  private TypeModel wrapper(TypeKindModel kind, DeclaredType type, TypeMirror argument,
      Element owner) {
    return new TypeModel(kind, type, build(argument, owner), List.of(), false);
  }

  private static TypeModel simple(TypeKindModel kind, TypeMirror mirror) {
    return new TypeModel(kind, mirror, null, List.of(), false);
  }

  private static TypeModel unsupported(TypeMirror mirror) {
    return new TypeModel(TypeKindModel.UNSUPPORTED, mirror, null, List.of(), false);
  }
}

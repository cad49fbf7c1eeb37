package dev.kiln.processor.model;

import java.util.stream.Collectors;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.ArrayType;
import javax.lang.model.type.DeclaredType;
import javax.lang.model.type.TypeKind;
import javax.lang.model.type.TypeMirror;

/**
 * What a provider makes and a parameter asks for: a type and an optional qualifier annotation.
 * Two keys are equal when the types are the same (type arguments included, type-use annotations
 * not) and so are the qualifiers (members included).
 *
 * @param type the type's canonical name, e.g. {@code java.util.List<com.example.Role>}
 * @param label the type as messages name it, e.g. {@code List<Role>}
 * @param qualifier the qualifier annotation as written, e.g. {@code @com.example.Admin}, or
 *     {@code null}
 */
public record ProviderKey(String type, String label, String qualifier) {
  /** The meta-annotation marking qualifier annotations. */
  public static final String QUALIFIER = Annotations.PACKAGE + "Qualifier";
  /** The request, which every route provides itself. */
  public static final ProviderKey EXCHANGE =
      new ProviderKey("dev.kiln.runtime.Exchange", "Exchange", null);
  /**
   * Who the request was authenticated as, which every secured route provides itself (checked
   * before the providers run; {@code null} when an optional requirement let an anonymous request
   * in).
   */
  public static final ProviderKey PRINCIPAL =
      new ProviderKey("dev.kiln.runtime.security.Principal", "Principal", null);

  /** Whether the route itself provides this value (the exchange, the principal). */
  public boolean builtIn() {
    return equals(EXCHANGE) || equals(PRINCIPAL);
  }

  /** The key a provider method returns, or a parameter asks for, of {@code type}. */
  public static ProviderKey of(TypeMirror type, Element annotated) {
    AnnotationMirror qualifier = qualifier(annotated);
    return new ProviderKey(canonical(type, true), canonical(type, false),
        qualifier == null ? null : qualifier.toString());
  }

  /** The key a parameter asks for. */
  public static ProviderKey of(Element parameter) {
    return of(parameter.asType(), parameter);
  }

  /** The annotation on {@code element} that is a {@code @Qualifier}, or {@code null}. */
  public static AnnotationMirror qualifier(Element element) {
    for (AnnotationMirror mirror : element.getAnnotationMirrors()) {
      if (Annotations.find(mirror.getAnnotationType().asElement(), QUALIFIER) != null) {
        return mirror;
      }
    }
    return null;
  }

  /** {@code @Admin User} or {@code User}: how messages name the key. */
  public String describe() {
    if (qualifier == null) {
      return label;
    }
    String simple = qualifier.substring(qualifier.lastIndexOf('.', qualifier.indexOf('(') < 0
        ? qualifier.length() : qualifier.indexOf('(')) + 1);
    return "@" + simple + " " + label;
  }

  private static String canonical(TypeMirror type, boolean qualified) {
    if (type.getKind() == TypeKind.DECLARED) {
      DeclaredType declared = (DeclaredType) type;
      TypeElement element = (TypeElement) declared.asElement();
      String name = qualified ? element.getQualifiedName().toString()
          : element.getSimpleName().toString();
      if (declared.getTypeArguments().isEmpty()) {
        return name;
      }
      return name + declared.getTypeArguments().stream()
          .map(argument -> canonical(argument, qualified))
          .collect(Collectors.joining(", ", "<", ">"));
    }
    if (type.getKind() == TypeKind.ARRAY) {
      return canonical(((ArrayType) type).getComponentType(), qualified) + "[]";
    }
    if (type.getKind().isPrimitive()) {
      return type.getKind().name().toLowerCase(java.util.Locale.ROOT);
    }
    return type.toString(); // wildcards, type variables: not provided, reported as such
  }
}

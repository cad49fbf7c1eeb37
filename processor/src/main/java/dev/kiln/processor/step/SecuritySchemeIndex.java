package dev.kiln.processor.step;

import dev.kiln.processor.model.ApiModelFactory;
import dev.kiln.processor.model.SecuritySchemeModel;
import java.util.ArrayList;
import java.util.Collections;
import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * The {@code @SecurityScheme}s declared so far, by name, whether or not the document is written:
 * the routes step enforces the requirements naming them. The first declaration of a name wins
 * (the OpenAPI step reports a second one).
 */
final class SecuritySchemeIndex {
  private final Elements elements;
  private final ApiModelFactory api;
  private final Map<String, SecuritySchemeModel> byName = new TreeMap<>();

  SecuritySchemeIndex(Elements elements) {
    this.elements = elements;
    this.api = new ApiModelFactory(elements);
  }

  /** Adds the schemes declared on the round's classes and packages, in name order. */
  void process(RoundEnvironment round) {
    Set<Element> holders = new LinkedHashSet<>();
    for (String annotation : List.of(ApiModelFactory.SECURITY_SCHEME,
        ApiModelFactory.SECURITY_SCHEMES)) {
      TypeElement type = elements.getTypeElement(annotation);
      if (type != null) {
        holders.addAll(round.getElementsAnnotatedWith(type));
      }
    }
    List<Element> sorted = new ArrayList<>(holders);
    sorted.sort(Comparator.comparing(holder -> holder instanceof QualifiedNameable
        ? ((QualifiedNameable) holder).getQualifiedName().toString() : holder.toString()));
    for (Element holder : sorted) {
      api.securitySchemes(holder).forEach(scheme -> byName.putIfAbsent(scheme.name(), scheme));
    }
  }

  /** The schemes by name. */
  Map<String, SecuritySchemeModel> byName() {
    return Collections.unmodifiableMap(byName);
  }
}

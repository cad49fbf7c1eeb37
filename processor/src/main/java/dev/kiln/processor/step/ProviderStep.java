package dev.kiln.processor.step;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.ProviderKey;
import dev.kiln.processor.model.ProviderModel;
import dev.kiln.processor.model.ProviderModelFactory;
import dev.kiln.processor.model.TypeModel;
import dev.kiln.processor.model.TypeModelFactory;
import dev.kiln.processor.validation.ProviderGraph;
import dev.kiln.processor.validation.ProviderValidator;
import dev.kiln.processor.validation.Report;
import dev.kiln.processor.writing.ProvidersFile;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.Map;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Collects the {@code @Provides} methods of each round, checks their shape and writes one {@code
 * _Providers} class per class declaring them; adds those of earlier builds ({@link
 * ProviderIndex}); holds the graph the routes step resolves handlers against, and reports its
 * missing, ambiguous and cyclic providers when processing ends.
 */
final class ProviderStep {
  private final Elements elements;
  private final Messager messager;
  private final CodecFiles files;
  private final ProviderModelFactory factory;
  private final TypeModelFactory types;
  private final ProviderValidator validator = new ProviderValidator();
  private final List<ProviderModel> providers = new ArrayList<>();
  /** The classes declaring providers, by name: elements of past rounds go stale. */
  private final Set<String> classes = new LinkedHashSet<>();
  private ProviderGraph graph = new ProviderGraph(List.of());
  private final ProviderIndex index;
  private boolean indexRead;

  ProviderStep(ProcessingEnvironment environment, CodecFiles files) {
    this.elements = environment.getElementUtils();
    this.messager = environment.getMessager();
    this.files = files;
    this.index = new ProviderIndex(environment.getFiler());
    this.types = new TypeModelFactory(elements);
    this.factory = new ProviderModelFactory(elements, types);
  }

  /** Collects, checks and writes the providers of one round. */
  void process(RoundEnvironment round) {
    TypeElement provides = elements.getTypeElement(ProviderModelFactory.PROVIDES);
    if (provides == null) {
      return;
    }
    Map<TypeElement, List<ProviderModel>> byClass = new LinkedHashMap<>();
    for (Element method : round.getElementsAnnotatedWith(provides)) {
      ProviderModel provider = factory.of((ExecutableElement) method);
      byClass.computeIfAbsent(provider.owner(), owner -> new ArrayList<>()).add(provider);
    }
    if (!indexRead) {
      indexRead = true;
      addIndexed(byClass.keySet());
    }
    for (Map.Entry<TypeElement, List<ProviderModel>> entry : byClass.entrySet()) {
      Report report = new Report();
      entry.getValue().forEach(provider -> validator.validate(provider, report));
      providers.addAll(entry.getValue());
      classes.add(entry.getKey().getQualifiedName().toString());
      if (report.isClean()) {
        boolean needsInstance = entry.getValue().stream().anyMatch(p -> !p.isStatic());
        files.write(new ProvidersFile().write(entry.getKey(), entry.getValue(), needsInstance),
            entry.getKey(), report);
      }
      report.printTo(messager);
    }
    graph = new ProviderGraph(providers);
  }

  /**
   * Adds the providers of the indexed classes compiled before (not among {@code compiling}): their
   * {@code _Providers} exist already.
   */
  private void addIndexed(Set<TypeElement> compiling) {
    for (String name : index.read()) {
      TypeElement owner = elements.getTypeElement(name);
      if (owner != null && !compiling.contains(owner)) {
        List<ProviderModel> found = providersOf(owner);
        providers.addAll(found);
        if (!found.isEmpty()) {
          classes.add(name);
        }
      }
    }
  }

  /** The {@code @Provides} methods of {@code owner}. */
  private List<ProviderModel> providersOf(TypeElement owner) {
    TypeElement provides = elements.getTypeElement(ProviderModelFactory.PROVIDES);
    List<ProviderModel> found = new ArrayList<>();
    for (ExecutableElement method : ElementFilter.methodsIn(owner.getEnclosedElements())) {
      if (method.getAnnotationMirrors().stream()
          .anyMatch(a -> a.getAnnotationType().asElement().equals(provides))) {
        found.add(factory.of(method));
      }
    }
    return found;
  }

  /** The providers known so far. */
  ProviderGraph graph() {
    return graph;
  }

  /**
   * Whether a handler parameter receives a provided value: it says so itself ({@code @Depends},
   * a qualifier, the exchange), or it has no Kiln annotation, is no scalar a handler reads from
   * the query, and a known provider makes its type.
   */
  boolean provided(VariableElement parameter) {
    if (ProviderModelFactory.explicitDependency(parameter)) {
      return true;
    }
    for (AnnotationMirror annotation : parameter.getAnnotationMirrors()) {
      TypeElement type = (TypeElement) annotation.getAnnotationType().asElement();
      if (type.getQualifiedName().toString().startsWith(Annotations.PACKAGE)) {
        return false;
      }
    }
    TypeModel type = types.of(parameter.asType());
    TypeModel value = type.element() != null ? type.element() : type;
    return !type.kind().isScalar() && !value.kind().isScalar()
        && graph.provides(ProviderKey.of(parameter));
  }

  /**
   * Reports the graph's missing, ambiguous and cyclic providers, on the elements of this last
   * round (those of past rounds have no source position any more).
   */
  void finish() {
    List<ProviderModel> current = new ArrayList<>();
    for (String name : classes) {
      current.addAll(providersOf(elements.getTypeElement(name)));
    }
    Report report = new Report();
    new ProviderGraph(current).validate(report);
    if (!classes.isEmpty()) {
      index.write(classes, report);
    }
    report.printTo(messager);
  }
}

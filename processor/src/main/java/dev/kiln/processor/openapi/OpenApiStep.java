package dev.kiln.processor.openapi;

import dev.kiln.processor.model.ConstraintModel;
import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.HandlerModel;
import dev.kiln.processor.model.HandlerModelFactory;
import dev.kiln.processor.model.HttpMethods;
import dev.kiln.processor.model.RecordModelFactory;
import dev.kiln.processor.model.TypeModelFactory;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.Element;
import javax.lang.model.element.PackageElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;
import javax.tools.Diagnostic;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * Collects the valid handlers of every round and, when processing is over, writes the
 * application's OpenAPI document to the class-path resource {@value #DOCUMENT} and a GraalVM
 * native-image resource configuration naming it and the docs assets Kiln's runtime serves.
 */
public final class OpenApiStep {
  /** The class-path resource of the document. */
  public static final String DOCUMENT = "META-INF/kiln/openapi.json";
  /** The annotations this step reads besides the handlers'. */
  public static final List<String> ANNOTATIONS = List.of(OpenApiDocument.OPEN_API_INFO,
      OpenApiDocument.SECURITY_SCHEME, OpenApiDocument.SECURITY_SCHEMES);

  private final Elements elements;
  private final Filer filer;
  private final Messager messager;
  private final OpenApiOptions options;
  private final RecordModelFactory records;
  private final Set<String> handlerNames = new TreeSet<>();
  private final Set<String> infos = new TreeSet<>();
  private final Set<String> schemeHolders = new TreeSet<>();

  public OpenApiStep(ProcessingEnvironment environment) {
    this.elements = environment.getElementUtils();
    this.filer = environment.getFiler();
    this.messager = environment.getMessager();
    this.options = OpenApiOptions.parse(environment.getOptions());
    this.records = new RecordModelFactory(new TypeModelFactory(elements),
        environment.getTypeUtils());
  }

  /** Notes the {@code @OpenApiInfo} and {@code @SecurityScheme} holders of a round. */
  public void process(RoundEnvironment round) {
    collect(round, OpenApiDocument.OPEN_API_INFO, infos);
    collect(round, OpenApiDocument.SECURITY_SCHEME, schemeHolders);
    collect(round, OpenApiDocument.SECURITY_SCHEMES, schemeHolders);
  }

  /**
   * Adds a handler that validated cleanly (its routes are written). Only its name is kept: javac
   * re-enters the sources each round, so the last round's elements are read afresh (with their
   * doc comments and source positions).
   */
  public void add(HandlerModel handler) {
    handlerNames.add(handler.className().canonicalName());
  }

  /** Writes the document, unless disabled, there are no handlers, or it has errors. */
  public void finish() {
    if (!options.enabled() || handlerNames.isEmpty()) {
      return;
    }
    List<HandlerModel> handlers = freshHandlers();

    Set<String> reported = new HashSet<>();
    boolean[] failed = {false};
    OpenApiDocument.Problems problems = new OpenApiDocument.Problems() {
      @Override
      public void error(Element element, AnnotationMirror annotation, String message) {
        failed[0] = true;
        if (!reported.add(message + element)) {
          return;
        }
        if (annotation == null) {
          messager.printMessage(Diagnostic.Kind.ERROR, message, element);
        } else {
          messager.printMessage(Diagnostic.Kind.ERROR, message, element, annotation);
        }
      }

      @Override
      public void javaOnlyRegex(ConstraintModel constraint, String attribute, String message) {
        failed[0] = true;
        if (reported.add(message + constraint.element())) {
          messager.printMessage(Diagnostic.Kind.ERROR, message, constraint.element(),
              constraint.mirror(), constraint.annotationValue(attribute));
        }
      }
    };
    Element info = null;
    for (Element holder : fresh(infos)) {
      if (info == null) {
        info = holder;
      } else {
        problems.error(holder, null, OpenApiMessages.duplicateInfo(name(info)));
      }
    }
    Map<String, Object> document = new OpenApiDocument(elements, records, problems)
        .build(handlers, info,
            fresh(schemeHolders), options);
    if (failed[0]) {
      return;
    }
    List<Element> origins = new ArrayList<>();
    handlers.forEach(handler -> origins.add(handler.element()));
    write(DOCUMENT, JsonText.write(document), origins);
    write("META-INF/native-image/" + options.nativeImageDir() + "/resource-config.json",
        JsonText.write(NativeImageResources.config(DOCUMENT)), origins);
  }

  private List<HandlerModel> freshHandlers() {
    HandlerModelFactory factory = new HandlerModelFactory(new TypeModelFactory(elements));
    List<HandlerModel> handlers = new ArrayList<>();
    for (String name : handlerNames) {
      TypeElement element = elements.getTypeElement(name);
      List<ExecutableElement> methods = new ArrayList<>();
      for (ExecutableElement method : ElementFilter.methodsIn(element.getEnclosedElements())) {
        for (String annotation : HttpMethods.ANNOTATIONS) {
          if (Annotations.find(method, annotation) != null) {
            methods.add(method);
            break;
          }
        }
      }
      handlers.add(factory.of(element, methods));
    }
    return handlers;
  }

  private void collect(RoundEnvironment round, String annotation, Set<String> into) {
    TypeElement type = elements.getTypeElement(annotation);
    if (type == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(type)) {
      into.add(name(element));
    }
  }

  /** The classes and packages named {@code names}, as the current round has them. */
  private List<Element> fresh(Set<String> names) {
    List<Element> found = new ArrayList<>();
    for (String name : names) {
      Element element = elements.getTypeElement(name);
      if (element == null) {
        element = elements.getPackageElement(name);
      }
      if (element != null) {
        found.add(element);
      }
    }
    return found;
  }

  private static String name(Element element) {
    if (element instanceof TypeElement) {
      return ((TypeElement) element).getQualifiedName().toString();
    }
    if (element instanceof PackageElement) {
      return ((PackageElement) element).getQualifiedName().toString();
    }
    return element.toString();
  }

  private void write(String path, String text, List<Element> origins) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path,
          origins.toArray(new Element[0]));
      try (OutputStream out = file.openOutputStream()) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, OpenApiMessages.writeFailed(path,
          e.getMessage()));
    }
  }
}

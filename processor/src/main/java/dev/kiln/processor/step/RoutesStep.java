package dev.kiln.processor.step;

import com.palantir.javapoet.JavaFile;
import dev.kiln.processor.model.HandlerModel;
import dev.kiln.processor.model.HandlerModelFactory;
import dev.kiln.processor.model.HttpMethods;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.RecordModelFactory;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import dev.kiln.processor.model.TypeModelFactory;
import dev.kiln.processor.validation.HandlerValidator;
import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.Report;
import dev.kiln.processor.validation.RouteRegistry;
import dev.kiln.processor.writing.EnumCodecFile;
import dev.kiln.processor.writing.FormReaderFile;
import dev.kiln.processor.writing.JsonReaderFile;
import dev.kiln.processor.writing.JsonWriterFile;
import dev.kiln.processor.writing.RoutesFile;
import java.io.IOException;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.lang.model.util.Types;
import javax.tools.Diagnostic;

/**
 * Turns handler classes into routes classes and JSON codecs: build the model, validate it, print
 * the report, and write only what is clean. Handlers whose types are not generated yet are
 * deferred to the next round by name.
 */
public final class RoutesStep {
  private final Elements elements;
  private final Filer filer;
  private final Messager messager;
  private final HandlerModelFactory handlers;
  private final RecordCache records;
  private final HandlerValidator validator = new HandlerValidator();
  private final RouteRegistry registry = new RouteRegistry();
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> written = new HashSet<>();
  private int routesClasses;
  private int routes;
  /** Told of every handler that validated cleanly (the OpenAPI document collects them). */
  private java.util.function.Consumer<HandlerModel> validHandlers = handler -> { };

  public RoutesStep(Elements elements, Types typeUtils, Filer filer, Messager messager) {
    this.elements = elements;
    this.filer = filer;
    this.messager = messager;
    TypeModelFactory types = new TypeModelFactory(elements);
    this.handlers = new HandlerModelFactory(types);
    this.records = new RecordCache(new RecordModelFactory(types, typeUtils));
  }

  /** Tells {@code listener} of every handler that validated cleanly and was written. */
  public void onValidHandler(java.util.function.Consumer<HandlerModel> listener) {
    this.validHandlers = listener;
  }

  /** Processes one round. */
  public void process(RoundEnvironment round) {
    TreeMap<String, TypeElement> classes = new TreeMap<>();
    for (String name : deferred) {
      TypeElement element = elements.getTypeElement(name);
      if (element != null) {
        classes.put(name, element);
      }
    }
    deferred.clear();
    for (String annotation : HttpMethods.ANNOTATIONS) {
      TypeElement annotationType = elements.getTypeElement(annotation);
      if (annotationType == null) {
        continue;
      }
      for (Element method : round.getElementsAnnotatedWith(annotationType)) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        classes.put(owner.getQualifiedName().toString(), owner);
      }
    }
    for (TypeElement handler : classes.values()) {
      processHandler(handler, round.processingOver());
    }
  }

  /** Reports handlers still deferred when processing ends, then one note of what was written. */
  public void finish() {
    for (String name : deferred) {
      messager.printMessage(Diagnostic.Kind.ERROR, Messages.unresolvedType(name,
          "used by a handler method"), elements.getTypeElement(name));
    }
    deferred.clear();
    messager.printMessage(Diagnostic.Kind.NOTE,
        Messages.generated(routesClasses, routes, written.size()));
  }

  private void processHandler(TypeElement element, boolean lastRound) {
    HandlerModel handler = handlers.of(element, annotatedMethods(element));
    if (!lastRound && hasUnresolved(handler)) {
      deferred.add(element.getQualifiedName().toString());
      return;
    }
    Report report = new Report();
    validator.validate(handler, report);
    CodecPlan plan = new CodecPlan(records);
    for (RouteModel route : handler.routes()) {
      registry.register(handler.className().simpleName(), route, report);
      for (ParamModel param : route.params()) {
        if (param.type().firstProblem() != null) {
          continue;
        }
        if (param.kind() == ParamKind.BODY) {
          boolean raw = param.type().kind() == TypeKindModel.BYTES
              || param.type().kind() == TypeKindModel.INPUT_STREAM;
          boolean form = route.consumes().contains("application/x-www-form-urlencoded");
          boolean json = route.consumes().isEmpty()
              || route.consumes().contains("application/json");
          if (form && !raw && param.type().kind() == TypeKindModel.RECORD) {
            plan.addForm(param.type(), param.element(), param.javaName(), report);
          }
          if (json && !raw) {
            plan.addRead(param.type(), report);
          }
        } else {
          plan.addParam(param.type());
          param.members().forEach(member -> plan.addParam(member.type()));
        }
      }
      if (route.returnType().firstProblem() == null) {
        plan.addWrite(route.returnType(), report);
      }
    }
    report.printTo(messager);
    if (!report.isClean() || !plan.isValid()) {
      return;
    }
    write(new RoutesFile().write(handler), element);
    routesClasses++;
    routes += handler.routes().size();
    validHandlers.accept(handler);
    for (RecordModel record : plan.readers().values()) {
      writeOnce("reader:" + RecordCache.key(record.type()),
          () -> new JsonReaderFile().write(record),
          record.element());
    }
    for (RecordModel record : plan.writers().values()) {
      writeOnce("writer:" + RecordCache.key(record.type()),
          () -> new JsonWriterFile().write(record),
          record.element());
    }
    for (RecordModel record : plan.forms().values()) {
      writeOnce("form:" + RecordCache.key(record.type()),
          () -> new FormReaderFile().write(record), record.element());
    }
    for (TypeModel type : plan.enums().values()) {
      writeOnce("enum:" + type.className(), () -> new EnumCodecFile().write(type),
          ((javax.lang.model.type.DeclaredType) type.mirror()).asElement());
    }
  }

  private static List<ExecutableElement> annotatedMethods(TypeElement element) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed.getKind() != ElementKind.METHOD) {
        continue;
      }
      for (String annotation : HttpMethods.ANNOTATIONS) {
        if (dev.kiln.processor.model.Annotations.find(enclosed, annotation) != null) {
          methods.add((ExecutableElement) enclosed);
          break;
        }
      }
    }
    return methods;
  }

  private static boolean hasUnresolved(HandlerModel handler) {
    for (RouteModel route : handler.routes()) {
      if (isUnresolved(route.returnType())) {
        return true;
      }
      for (ParamModel param : route.params()) {
        if (isUnresolved(param.type())) {
          return true;
        }
      }
    }
    return false;
  }

  private static boolean isUnresolved(TypeModel type) {
    TypeModel problem = type.firstProblem();
    return problem != null && problem.kind() == TypeKindModel.UNRESOLVED;
  }

  private void writeOnce(String key, java.util.function.Supplier<JavaFile> file,
      Element origin) {
    if (written.add(key)) {
      write(file.get(), origin);
    }
  }

  private void write(JavaFile file, Element origin) {
    try {
      file.writeTo(filer);
    } catch (IOException e) {
      messager.printMessage(Diagnostic.Kind.ERROR, "[kiln:write-failed] Could not write "
          + file.packageName() + "." + file.typeSpec().name() + ": " + e.getMessage(), origin);
    }
  }
}

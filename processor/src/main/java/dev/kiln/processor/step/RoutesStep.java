package dev.kiln.processor.step;

import com.palantir.javapoet.JavaFile;
import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.ControllerModel;
import dev.kiln.processor.model.ControllerModelFactory;
import dev.kiln.processor.model.HttpMethods;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.RecordModelFactory;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import dev.kiln.processor.model.TypeModelFactory;
import dev.kiln.processor.validation.ControllerValidator;
import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.Report;
import dev.kiln.processor.validation.RouteRegistry;
import dev.kiln.processor.writing.EnumCodecFile;
import dev.kiln.processor.writing.FormReaderFile;
import dev.kiln.processor.writing.Generated;
import dev.kiln.processor.writing.JsonReaderFile;
import dev.kiln.processor.writing.JsonWriterFile;
import dev.kiln.processor.writing.RoutesFile;
import java.io.IOException;
import java.io.Writer;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;
import java.util.TreeMap;
import java.util.function.Consumer;
import java.util.function.Supplier;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.JavaFileObject;

/**
 * Turns controllers into routes classes and JSON codecs: build the model, validate it, print
 * the report, and write only what is clean. Handlers whose types are not generated yet are
 * deferred to the next round by name.
 */
final class RoutesStep {
  private final Elements elements;
  private final Filer filer;
  private final Messager messager;
  private final ControllerModelFactory controllers;
  private final RecordCache records;
  private final ControllerValidator validator = new ControllerValidator();
  private final RouteRegistry registry = new RouteRegistry();
  private final Set<String> deferred = new LinkedHashSet<>();
  private final Set<String> written = new HashSet<>();
  private int routesClasses;
  private int routes;
  /** Told of every controller whose routes were written (the OpenAPI step collects them). */
  private Consumer<ControllerModel> writtenControllers = controller -> { };

  RoutesStep(ProcessingEnvironment environment) {
    this.elements = environment.getElementUtils();
    this.filer = environment.getFiler();
    this.messager = environment.getMessager();
    TypeModelFactory types = new TypeModelFactory(elements);
    this.controllers = new ControllerModelFactory(elements, types);
    this.records = new RecordCache(
        new RecordModelFactory(types, elements, environment.getTypeUtils()));
  }

  /** Tells {@code listener} of every controller that validated cleanly and was written. */
  void onWritten(Consumer<ControllerModel> listener) {
    this.writtenControllers = listener;
  }

  /** Processes one round. */
  void process(RoundEnvironment round) {
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
    for (TypeElement controller : classes.values()) {
      processController(controller, round.processingOver());
    }
  }

  /** Reports controllers still deferred when processing ends, then one note of what was written. */
  void finish() {
    Report report = new Report();
    for (String name : deferred) {
      report.error(elements.getTypeElement(name),
          Messages.unresolvedType(name, "used by a handler method"));
    }
    deferred.clear();
    report.note(Messages.generated(routesClasses, routes, written.size()));
    report.printTo(messager);
  }

  private void processController(TypeElement element, boolean lastRound) {
    ControllerModel controller = controllers.of(element, annotatedMethods(element));
    if (!lastRound && hasUnresolved(controller)) {
      deferred.add(element.getQualifiedName().toString());
      return;
    }
    Report report = new Report();
    validator.validate(controller, report);
    CodecPlan plan = new CodecPlan(records);
    for (RouteModel route : controller.routes()) {
      registry.register(controller.simpleName(), route, report);
      for (ParamModel param : route.params()) {
        if (param.type().firstProblem() != null || param.isRawBody()) {
          continue;
        }
        if (param.kind() == ParamKind.BODY) {
          if (route.readsFormBody() && param.type().kind() == TypeKindModel.RECORD) {
            plan.addForm(param.type(), param.element(), param.javaName(), report);
          }
          if (route.readsJsonBody()) {
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
    Report writing = new Report();
    write(new RoutesFile().write(controller), element, writing);
    routesClasses++;
    routes += controller.routes().size();
    for (RecordModel record : plan.readers().values()) {
      writeOnce("reader:" + record.type().key(), () -> new JsonReaderFile().write(record),
          record.element(), writing);
    }
    for (RecordModel record : plan.writers().values()) {
      writeOnce("writer:" + record.type().key(), () -> new JsonWriterFile().write(record),
          record.element(), writing);
    }
    for (RecordModel record : plan.forms().values()) {
      writeOnce("form:" + record.type().key(), () -> new FormReaderFile().write(record),
          record.element(), writing);
    }
    for (TypeModel type : plan.enums().values()) {
      writeOnce("enum:" + type.key(), () -> new EnumCodecFile().write(type),
          type.typeElement(), writing);
    }
    writing.printTo(messager);
    writtenControllers.accept(controller);
  }

  private static List<ExecutableElement> annotatedMethods(TypeElement element) {
    List<ExecutableElement> methods = new ArrayList<>();
    for (Element enclosed : element.getEnclosedElements()) {
      if (enclosed.getKind() != ElementKind.METHOD) {
        continue;
      }
      for (String annotation : HttpMethods.ANNOTATIONS) {
        if (Annotations.find(enclosed, annotation) != null) {
          methods.add((ExecutableElement) enclosed);
          break;
        }
      }
    }
    return methods;
  }

  private static boolean hasUnresolved(ControllerModel controller) {
    for (RouteModel route : controller.routes()) {
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

  private void writeOnce(String key, Supplier<JavaFile> file, Element origin, Report report) {
    if (written.add(key)) {
      write(file.get(), origin, report);
    }
  }

  /** Writes {@code file} through the {@code Filer}, with the elements it was generated from. */
  private void write(JavaFile file, Element origin, Report report) {
    String name = Generated.qualifiedName(file);
    try {
      JavaFileObject source = filer.createSourceFile(name,
          Generated.origins(file).toArray(new Element[0]));
      try (Writer out = source.openWriter()) {
        out.write(Generated.text(file));
      }
    } catch (IOException e) {
      report.error(origin, Messages.writeFailed(name, e.getMessage()));
    }
  }
}

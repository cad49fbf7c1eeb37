package dev.kiln.processor.step;

import dev.kiln.processor.model.ClientInterfaces;
import dev.kiln.processor.model.ControllerModel;
import dev.kiln.processor.model.ControllerModelFactory;
import dev.kiln.processor.model.DependencyPlan;
import dev.kiln.processor.model.HttpMethods;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.ProviderKey;
import dev.kiln.processor.model.RecordModelFactory;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import dev.kiln.processor.model.TypeModelFactory;
import dev.kiln.processor.validation.MultipartShapes;
import dev.kiln.processor.validation.ClientValidator;
import dev.kiln.processor.validation.ControllerValidator;
import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.ProviderGraph;
import dev.kiln.processor.validation.ProviderMessages;
import dev.kiln.processor.validation.Report;
import dev.kiln.processor.validation.RouteRegistry;
import dev.kiln.processor.validation.SecurityValidator;
import dev.kiln.processor.writing.RoutesFile;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Elements;

/**
 * Turns handler classes into routes classes and JSON codecs: build the model, validate it, print
 * the report, and write only what is clean. Handlers whose types are not generated yet are
 * deferred to the next round by name.
 */
final class RoutesStep {
  private final Elements elements;
  private final CodecFiles codecs;
  private final ClientInterfaces clients;
  private final ClientValidator clientValidator = new ClientValidator();
  private final Messager messager;
  private final ControllerModelFactory handlers;
  private final RecordCache records;
  private final ControllerValidator validator = new ControllerValidator();
  private final SecurityValidator securityValidator = new SecurityValidator();
  private final SecuritySchemeIndex securitySchemes;
  private final RouteRegistry registry = new RouteRegistry();
  private final Deferred deferred;
  private int routesClasses;
  private int routes;
  /** Told of every handler whose routes were written (the OpenAPI step collects them). */
  private Consumer<ControllerModel> writtenControllers = handler -> { };

  private final ProviderStep providers;

  RoutesStep(ProcessingEnvironment environment, CodecFiles codecs, ProviderStep providers,
      SecuritySchemeIndex securitySchemes) {
    this.providers = providers;
    this.securitySchemes = securitySchemes;
    this.elements = environment.getElementUtils();
    this.deferred = new Deferred(elements);
    this.codecs = codecs;
    this.clients = new ClientInterfaces(elements, environment.getTypeUtils());
    this.messager = environment.getMessager();
    TypeModelFactory types = new TypeModelFactory(elements);
    this.handlers = new ControllerModelFactory(elements, types, providers::provided);
    this.records = new RecordCache(
        new RecordModelFactory(types, elements, environment.getTypeUtils()));
  }

  /** Tells {@code listener} of every handler that validated cleanly and was written. */
  void onWritten(Consumer<ControllerModel> listener) {
    this.writtenControllers = listener;
  }

  /** Processes one round. */
  void process(RoundEnvironment round) {
    TreeMap<String, TypeElement> classes = new TreeMap<>();
    deferred.moveTo(classes);
    for (String annotation : HttpMethods.ANNOTATIONS) {
      TypeElement annotationType = elements.getTypeElement(annotation);
      if (annotationType == null) {
        continue;
      }
      for (Element method : round.getElementsAnnotatedWith(annotationType)) {
        TypeElement owner = (TypeElement) method.getEnclosingElement();
        if (!ClientInterfaces.isClient(owner)) {
          classes.put(owner.getQualifiedName().toString(), owner);
        }
      }
    }
    for (TypeElement type : ElementFilter.typesIn(round.getRootElements())) {
      addClientImplementations(type, classes);
    }
    for (TypeElement handler : classes.values()) {
      processController(handler, round.processingOver());
    }
  }

  /** Reports handlers still deferred when processing ends, then one note of what was written. */
  void finish() {
    Report report = new Report();
    deferred.reportUnresolved(report, "used by a handler method");
    report.note(Messages.generated(routesClasses, routes, codecs.count()));
    report.printTo(messager);
  }

  private void processController(TypeElement element, boolean lastRound) {
    ControllerModel handler = handlers.of(element, clients.servedMethods(element));
    ProviderGraph.Resolution resolution = providers.graph().resolve(handler);
    if (!lastRound && (Unresolved.in(handler) || resolution.incomplete())) {
      deferred.add(element);
      return;
    }
    Report report = new Report();
    for (ParamModel param : resolution.unprovided()) {
      report.error(param.element(), ProviderMessages.missingProvider(
          ProviderKey.of(param.element()).describe(), param.javaName(),
          handler.simpleName() + "." + param.element().getEnclosingElement().getSimpleName()));
    }
    DependencyPlan dependencies = resolution.plan() == null
        ? DependencyPlan.NONE : resolution.plan();
    ControllerModel called = handler;
    handler = dependencies.documented(handler);
    validator.validate(handler, report);
    securityValidator.validate(handler, securitySchemes.byName(), report);
    securityValidator.validatePrincipals(called, handler, dependencies, report);
    validateAgreement(element, handler, report);
    CodecPlan plan = new CodecPlan(records);
    for (RouteModel route : handler.routes()) {
      registry.register(handler.simpleName(), route, report);
      for (ParamModel param : route.params()) {
        if (param.type().firstProblem() != null || param.isRawBody()) {
          continue;
        }
        if (param.kind() == ParamKind.BODY) {
          if (route.readsMultipartBody()
              && MultipartShapes.bodyProblem(route, param.javaName(), param.type()) == null) {
            plan.addMultipart(param.type(), report);
          }
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
      DeclaredBodies.plan(route, plan::addWrite, report);
    }
    report.printTo(messager);
    if (!report.isClean() || !plan.isValid() || resolution.plan() == null) {
      return; // a broken provider graph is reported when processing ends
    }
    Report writing = new Report();
    codecs.write(new RoutesFile(securitySchemes.byName()).write(called, resolution.plan()),
        element, writing);
    routesClasses++;
    routes += handler.routes().size();
    codecs.write(plan, writing);
    writing.printTo(messager);
    writtenControllers.accept(handler);
  }

  /** Adds {@code type} (and its nested classes) if it is a class serving a @Client interface. */
  private void addClientImplementations(TypeElement type, Map<String, TypeElement> classes) {
    if (type.getKind() == ElementKind.CLASS && !ClientInterfaces.isGenerated(type)
        && !clients.implementedBy(type).isEmpty()) {
      classes.put(type.getQualifiedName().toString(), type);
    }
    for (TypeElement nested : ElementFilter.typesIn(type.getEnclosedElements())) {
      addClientImplementations(nested, classes);
    }
  }

  /** Checks the handler's methods overriding @Client route methods against the interfaces. */
  private void validateAgreement(TypeElement element, ControllerModel handler, Report report) {
    for (TypeElement client : clients.implementedBy(element)) {
      for (ExecutableElement declared : clients.routeMethods(client)) {
        ExecutableElement served = clients.overriderIn(
            ElementFilter.methodsIn(element.getEnclosedElements()), declared, element);
        if (served == null) {
          continue;
        }
        if (!ClientInterfaces.isRoute(served)) {
          clientValidator.validateInherited(served, declared, report);
          continue;
        }
        RouteModel declaredRoute = handlers.of(client, List.of(declared)).routes().get(0);
        for (RouteModel route : handler.routes()) {
          if (route.method().equals(served)) {
            clientValidator.validateAgreement(route, declaredRoute, report);
          }
        }
      }
    }
  }
}

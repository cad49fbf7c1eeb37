package dev.kiln.processor.step;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.ClientInterfaces;
import dev.kiln.processor.model.ClientModel;
import dev.kiln.processor.model.ControllerModelFactory;
import dev.kiln.processor.model.ParamKind;
import dev.kiln.processor.model.ParamModel;
import dev.kiln.processor.model.RecordModelFactory;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModelFactory;
import dev.kiln.processor.validation.MultipartMessages;
import dev.kiln.processor.validation.ClientValidator;
import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.Report;
import dev.kiln.processor.writing.ClientFile;
import java.util.TreeMap;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Turns {@code @Client} interfaces into generated clients: build the model, validate it with
 * the server side's checks, print the report, and write the client and the codecs it needs
 * (JSON writers for request bodies, readers for answers). Clients never reach the OpenAPI
 * document. Interfaces whose types are not generated yet are deferred to the next round.
 */
final class ClientStep {
  private final Elements elements;
  private final Messager messager;
  private final CodecFiles codecs;
  private final ClientInterfaces clients;
  private final ControllerModelFactory handlers;
  private final RecordCache records;
  private final ClientValidator validator = new ClientValidator();
  private final Deferred deferred;

  ClientStep(ProcessingEnvironment environment, CodecFiles codecs) {
    this.elements = environment.getElementUtils();
    this.deferred = new Deferred(elements);
    this.messager = environment.getMessager();
    this.codecs = codecs;
    this.clients = new ClientInterfaces(elements, environment.getTypeUtils());
    TypeModelFactory types = new TypeModelFactory(elements);
    this.handlers = new ControllerModelFactory(elements, types);
    this.records = new RecordCache(
        new RecordModelFactory(types, elements, environment.getTypeUtils()));
  }

  /** Processes one round. */
  void process(RoundEnvironment round) {
    TreeMap<String, TypeElement> types = new TreeMap<>();
    deferred.moveTo(types);
    TypeElement annotation = elements.getTypeElement(Annotations.CLIENT);
    if (annotation != null) {
      for (Element element : round.getElementsAnnotatedWith(annotation)) {
        TypeElement type = (TypeElement) element;
        types.put(type.getQualifiedName().toString(), type);
      }
    }
    for (TypeElement type : types.values()) {
      processClient(type, round.processingOver());
    }
  }

  /** Reports the interfaces still deferred when processing ends. */
  void finish() {
    Report report = new Report();
    deferred.reportUnresolved(report, "used by a client method");
    report.printTo(messager);
  }

  private void processClient(TypeElement element, boolean lastRound) {
    Report report = new Report();
    if (element.getKind() != ElementKind.INTERFACE) {
      report.error(element, Annotations.find(element, Annotations.CLIENT), null,
          Messages.clientNotInterface(element.getSimpleName().toString()));
      report.printTo(messager);
      return;
    }
    ClientModel client = new ClientModel(element,
        handlers.of(element, clients.routeMethods(element)), clients.withoutRoute(element));
    if (!lastRound && Unresolved.in(client.handler())) {
      deferred.add(element);
      return;
    }
    validator.validate(client, report);
    CodecPlan plan = new CodecPlan(records);
    for (RouteModel route : client.routes()) {
      for (ParamModel param : route.flatParams()) {
        if (param.type().firstProblem() != null || param.isRawBody()) {
          continue;
        }
        if (param.kind() != ParamKind.BODY) {
          plan.addParam(param.type());
        } else if (route.readsMultipartBody()) {
          report.error(param.element(), MultipartMessages.clientUnsupported(param.javaName()));
        } else if (route.readsJsonBody()) {
          plan.addWrite(param.type(), report); // the client writes what the route reads
        } else if (param.type().kind() == TypeKindModel.RECORD) {
          // checks that the record is flat form text (and plans its enums' codecs)
          plan.addForm(param.type(), param.element(), param.javaName(), report);
        }
      }
      if (route.returnType().firstProblem() == null) {
        plan.addRead(route.responseType(), report);
      }
      DeclaredBodies.plan(route, plan::addRead, report);
    }
    report.printTo(messager);
    if (!report.isClean() || !plan.isValid()) {
      return;
    }
    Report writing = new Report();
    codecs.write(new ClientFile().write(client, plan.forms()), element, writing);
    codecs.write(plan, writing);
    writing.printTo(messager);
  }
}

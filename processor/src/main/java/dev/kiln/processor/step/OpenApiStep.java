package dev.kiln.processor.step;

import dev.kiln.processor.model.ApiDocumentModel;
import dev.kiln.processor.model.ApiInfoModel;
import dev.kiln.processor.model.ApiModelFactory;
import dev.kiln.processor.model.ControllerModel;
import dev.kiln.processor.model.RecordModelFactory;
import dev.kiln.processor.model.SchemaTypeModel;
import dev.kiln.processor.model.SchemaTypeModelFactory;
import dev.kiln.processor.model.SecuritySchemeModel;
import dev.kiln.processor.model.TypeModelFactory;
import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.OpenApiValidator;
import dev.kiln.processor.validation.Report;
import dev.kiln.processor.writing.openapi.NativeImageResources;
import dev.kiln.processor.writing.openapi.OpenApiWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import javax.annotation.processing.Filer;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.Element;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;
import javax.tools.FileObject;
import javax.tools.StandardLocation;

/**
 * The application's OpenAPI document: takes the model of every controller whose routes were written
 * (built once, in its round, by the routes step), validates what only the document needs, and
 * when processing is over writes the document to the class-path resource {@value #DOCUMENT} and a
 * GraalVM native-image resource configuration naming it and the docs assets Kiln's runtime serves.
 */
public final class OpenApiStep {
  /** The class-path resource of the document. */
  public static final String DOCUMENT = "META-INF/kiln/openapi.json";
  /** The class-path resource listing the document's operations (the runtime's start check). */
  public static final String OPERATIONS = "META-INF/kiln/openapi-operations.txt";
  /** The annotations this step reads besides the controllers'. */
  static final List<String> ANNOTATIONS = List.of(ApiModelFactory.OPEN_API_INFO,
      ApiModelFactory.SECURITY_SCHEME, ApiModelFactory.SECURITY_SCHEMES);

  private final Elements elements;
  private final Filer filer;
  private final Messager messager;
  private final OpenApiOptions options;
  private final ApiModelFactory api;
  private final SchemaTypeModelFactory schemaTypes;
  private final OpenApiValidator validator = new OpenApiValidator();
  private final BaselineCheck baseline;
  /** The valid controllers and their named types, by the controller's qualified name. */
  private final Map<String, ControllerModel> controllers = new TreeMap<>();
  private final Map<String, List<SchemaTypeModel>> schemas = new TreeMap<>();
  private final Map<String, SecuritySchemeModel> securitySchemes = new LinkedHashMap<>();
  private ApiInfoModel info;
  private boolean failed;

  OpenApiStep(ProcessingEnvironment environment, OpenApiOptions options) {
    this.elements = environment.getElementUtils();
    this.filer = environment.getFiler();
    this.messager = environment.getMessager();
    this.options = options;
    this.baseline = BaselineCheck.parse(environment.getOptions());
    this.api = new ApiModelFactory(elements);
    this.schemaTypes = new SchemaTypeModelFactory(elements, new RecordModelFactory(
        new TypeModelFactory(elements), elements, environment.getTypeUtils()));
  }

  /** Models the {@code @OpenApiInfo} and {@code @SecurityScheme}s of a round, sorted by name. */
  void process(RoundEnvironment round) {
    if (!options.enabled()) {
      return;
    }
    Report report = new Report();
    for (Element holder : annotated(round, ApiModelFactory.OPEN_API_INFO)) {
      ApiInfoModel candidate = api.info(holder);
      validator.checkInfo(candidate, report);
      info = info == null ? candidate : info;
    }
    List<Element> schemeHolders = annotated(round, ApiModelFactory.SECURITY_SCHEME);
    for (Element holder : annotated(round, ApiModelFactory.SECURITY_SCHEMES)) {
      if (!schemeHolders.contains(holder)) {
        schemeHolders.add(holder);
      }
    }
    schemeHolders.sort(Comparator.comparing(OpenApiStep::name));
    for (Element holder : schemeHolders) {
      List<SecuritySchemeModel> declared = api.securitySchemes(holder);
      validator.checkSchemes(declared, report);
      declared.forEach(scheme -> securitySchemes.putIfAbsent(scheme.name(), scheme));
    }
    print(report);
  }

  /**
   * Adds a controller whose routes were written, modelled in this round: checks what the document
   * needs of it (operationIds, security requirements, patterns) and keeps it for the document.
   */
  void add(ControllerModel controller) {
    if (!options.enabled()) {
      return;
    }
    List<SchemaTypeModel> types = schemaTypes.of(controller);
    Report report = new Report();
    validator.checkController(controller, types, report);
    print(report);
    controllers.put(controller.qualifiedName(), controller);
    schemas.put(controller.qualifiedName(), types);
  }

  /** Writes the document, unless disabled, there are no controllers, or it has errors. */
  void finish() {
    if (!options.enabled() || controllers.isEmpty() || failed) {
      return;
    }
    List<String> servers = options.servers();
    if (servers.isEmpty() && info != null) {
      servers = info.servers();
    }
    List<SchemaTypeModel> types = new ArrayList<>();
    schemas.values().forEach(types::addAll);
    ApiDocumentModel document = new ApiDocumentModel(
        first(options.title(), info == null ? null : info.title(), "API"),
        first(options.version(), info == null ? null : info.version(), "0.0.0"),
        first(options.description(), info == null ? null : info.description(), null),
        servers, new ArrayList<>(controllers.values()), types,
        new ArrayList<>(securitySchemes.values()));
    List<Element> origins = new ArrayList<>();
    controllers.values().forEach(controller -> origins.add(controller.element()));
    Report report = new Report();
    OpenApiWriter writer = new OpenApiWriter();
    Map<String, Object> tree = writer.tree(document);
    baseline.check(document, tree, writer, new RoundElements(elements), report);
    if (!report.isClean()) {
      // a breaking change: no document, as for any other error
      report.printTo(messager);
      return;
    }
    write(DOCUMENT, writer.text(tree), origins, report);
    write(OPERATIONS, writer.operations(document), origins, report);
    write("META-INF/native-image/" + options.nativeImageDir() + "/resource-config.json",
        NativeImageResources.write(DOCUMENT, OPERATIONS), origins, report);
    report.printTo(messager);
  }

  private void print(Report report) {
    failed |= !report.isClean();
    report.printTo(messager);
  }

  private List<Element> annotated(RoundEnvironment round, String annotation) {
    TypeElement type = elements.getTypeElement(annotation);
    List<Element> found = new ArrayList<>();
    if (type != null) {
      found.addAll(round.getElementsAnnotatedWith(type));
      found.sort(Comparator.comparing(OpenApiStep::name));
    }
    return found;
  }

  private static String name(Element element) {
    return element instanceof javax.lang.model.element.QualifiedNameable
        ? ((javax.lang.model.element.QualifiedNameable) element).getQualifiedName().toString()
        : element.toString();
  }

  private static String first(String a, String b, String fallback) {
    return a != null ? a : b != null ? b : fallback;
  }

  private void write(String path, String text, List<Element> origins, Report report) {
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path,
          origins.toArray(new Element[0]));
      try (OutputStream out = file.openOutputStream()) {
        out.write(text.getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      report.error(Messages.writeFailed(path, e.getMessage()));
    }
  }
}

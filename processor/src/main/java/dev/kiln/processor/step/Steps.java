package dev.kiln.processor.step;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.HttpMethods;
import dev.kiln.processor.model.ProviderModelFactory;
import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.Report;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;

/**
 * Runs the processor's steps each round: the OpenAPI step notes the round's document-wide
 * annotations, the routes step models, validates and writes the controllers and hands the written
 * ones to the OpenAPI step, which writes the document when processing is over.
 */
public final class Steps {
  private final Messager messager;
  private final SecuritySchemeIndex securitySchemes;
  private final ProviderStep providers;
  private final RoutesStep routes;
  private final ClientStep clients;
  private final SettingsStep settings;
  private final OpenApiStep openApi;
  private final StaticResourcesStep staticResources;

  public Steps(ProcessingEnvironment environment) {
    this.messager = environment.getMessager();
    CodecFiles codecs = new CodecFiles(environment.getFiler());
    this.securitySchemes = new SecuritySchemeIndex(environment.getElementUtils());
    this.providers = new ProviderStep(environment, codecs);
    this.routes = new RoutesStep(environment, codecs, providers, securitySchemes);
    this.clients = new ClientStep(environment, codecs);
    this.settings = new SettingsStep(environment, codecs);
    OpenApiOptions options = OpenApiOptions.parse(environment.getOptions());
    this.openApi = new OpenApiStep(environment, options);
    this.staticResources = new StaticResourcesStep(environment, options.nativeImageDir());
    routes.onWritten(openApi::add);
  }

  /** The processor options the steps read. */
  public static Set<String> supportedOptions() {
    Set<String> options = new LinkedHashSet<>(OpenApiOptions.NAMES);
    options.addAll(BaselineCheck.NAMES);
    return options;
  }

  /** The annotations the steps read. */
  public static Set<String> supportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>(HttpMethods.ANNOTATIONS);
    types.add(Annotations.PATH);
    types.add(Annotations.CLIENT);
    types.add(ProviderModelFactory.PROVIDES);
    types.add(Annotations.SETTINGS);
    types.addAll(OpenApiStep.ANNOTATIONS);
    types.add(dev.kiln.processor.model.StaticResourcesModel.ANNOTATION);
    return types;
  }

  /** Processes one round; a failure of Kiln itself is reported as a compile error. */
  public void process(RoundEnvironment round) {
    try {
      openApi.process(round);
      securitySchemes.process(round);
      providers.process(round);
      routes.process(round);
      clients.process(round);
      settings.process(round);
      staticResources.process(round);
      if (round.processingOver()) {
        settings.finish();
        staticResources.finish();
        clients.finish();
        routes.finish();
        providers.finish();
        openApi.finish();
      }
    } catch (RuntimeException e) {
      // a bug in Kiln: report it on the compilation instead of crashing javac
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      Report report = new Report();
      report.error(Messages.internalError(trace.toString()));
      report.printTo(messager);
    }
  }
}

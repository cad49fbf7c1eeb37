package dev.kiln.processor;

import com.google.auto.service.AutoService;
import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.HttpMethods;
import dev.kiln.processor.openapi.OpenApiOptions;
import dev.kiln.processor.openapi.OpenApiStep;
import dev.kiln.processor.step.RoutesStep;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.util.LinkedHashSet;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;
import javax.tools.Diagnostic;

/**
 * Kiln's annotation processor: turns handler classes ({@code @Get}, {@code @Post}, ... methods)
 * into generated routes classes and JSON codecs. All state lives on this instance.
 */
@AutoService(Processor.class)
public final class KilnProcessor extends AbstractProcessor {
  private RoutesStep routes;
  private OpenApiStep openApi;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    routes = new RoutesStep(environment.getElementUtils(), environment.getTypeUtils(),
        environment.getFiler(),
        environment.getMessager());
    openApi = new OpenApiStep(environment);
    routes.onValidHandler(openApi::add);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return new LinkedHashSet<>(OpenApiOptions.NAMES);
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>(HttpMethods.ANNOTATIONS);
    types.add(Annotations.PATH);
    types.addAll(OpenApiStep.ANNOTATIONS);
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      openApi.process(round);
      routes.process(round);
      if (round.processingOver()) {
        routes.finish();
        openApi.finish();
      }
    } catch (RuntimeException e) {
      // a bug in Kiln: report it on the compilation instead of crashing javac
      StringWriter trace = new StringWriter();
      e.printStackTrace(new PrintWriter(trace));
      processingEnv.getMessager().printMessage(Diagnostic.Kind.ERROR,
          "[kiln:internal-error] The Kiln processor failed; please report this: " + trace);
    }
    return false;
  }
}

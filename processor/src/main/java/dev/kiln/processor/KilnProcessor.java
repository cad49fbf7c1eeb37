package dev.kiln.processor;

import com.google.auto.service.AutoService;
import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.HttpMethods;
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

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    routes = new RoutesStep(environment.getElementUtils(), environment.getTypeUtils(),
        environment.getFiler(),
        environment.getMessager());
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    Set<String> types = new LinkedHashSet<>(HttpMethods.ANNOTATIONS);
    types.add(Annotations.PATH);
    return types;
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    try {
      routes.process(round);
      if (round.processingOver()) {
        routes.finish();
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

package dev.kiln.processor;

import com.google.auto.service.AutoService;
import dev.kiln.processor.step.Steps;
import java.util.Set;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.Processor;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.TypeElement;

/**
 * Kiln's annotation processor: turns controllers ({@code @Get}, {@code @Post}, ... methods)
 * into generated routes classes, JSON codecs and the OpenAPI document. All state lives on this
 * instance; the work is done by the {@link Steps}.
 */
@AutoService(Processor.class)
public final class KilnProcessor extends AbstractProcessor {
  private Steps steps;

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    steps = new Steps(environment);
  }

  @Override
  public Set<String> getSupportedOptions() {
    return Steps.supportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return Steps.supportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return SourceVersion.latestSupported();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    steps.process(round);
    return false;
  }
}

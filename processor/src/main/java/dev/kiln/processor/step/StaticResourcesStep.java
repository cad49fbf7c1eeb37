package dev.kiln.processor.step;

import dev.kiln.processor.model.StaticResourcesModel;
import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.Report;
import dev.kiln.processor.validation.StaticResourcesValidator;
import dev.kiln.processor.writing.openapi.StaticResourceConfig;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.SortedSet;
import java.util.TreeSet;
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
 * The application's {@code @StaticResources}: validates each, and when processing is over writes
 * the native-image resource configuration of every folder named, sorted (deterministic bytes), to
 * {@code META-INF/native-image/<kiln.nativeImage.dir>/static/resource-config.json}.
 */
final class StaticResourcesStep {
  private final Elements elements;
  private final Filer filer;
  private final Messager messager;
  private final String nativeImageDir;
  private final StaticResourcesValidator validator = new StaticResourcesValidator();
  private final SortedSet<String> folders = new TreeSet<>();
  private final List<Element> origins = new ArrayList<>();
  private boolean failed;

  StaticResourcesStep(ProcessingEnvironment environment, String nativeImageDir) {
    this.elements = environment.getElementUtils();
    this.filer = environment.getFiler();
    this.messager = environment.getMessager();
    this.nativeImageDir = nativeImageDir;
  }

  /** The class-path resource the configuration is written to. */
  String path() {
    return "META-INF/native-image/" + nativeImageDir + "/static/resource-config.json";
  }

  /** Validates and notes the round's {@code @StaticResources}. */
  void process(RoundEnvironment round) {
    TypeElement annotation = elements.getTypeElement(StaticResourcesModel.ANNOTATION);
    if (annotation == null) {
      return;
    }
    for (Element element : round.getElementsAnnotatedWith(annotation)) {
      StaticResourcesModel model = StaticResourcesModel.of(element);
      Report report = new Report();
      validator.validate(model, report);
      failed |= !report.isClean();
      report.printTo(messager);
      model.folders().forEach(folder -> folders.add(folder.name()));
      origins.add(element);
    }
  }

  /** Writes the configuration, if any folder was named and every one is valid. */
  void finish() {
    if (folders.isEmpty() || failed) {
      return;
    }
    Report report = new Report();
    try {
      FileObject file = filer.createResource(StandardLocation.CLASS_OUTPUT, "", path(),
          origins.toArray(new Element[0]));
      try (OutputStream out = file.openOutputStream()) {
        out.write(StaticResourceConfig.write(folders).getBytes(StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      report.error(Messages.writeFailed(path(), e.getMessage()));
    }
    report.printTo(messager);
  }
}

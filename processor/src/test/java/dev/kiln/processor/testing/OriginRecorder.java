package dev.kiln.processor.testing;

import dev.kiln.processor.KilnProcessor;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Proxy;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import javax.annotation.processing.AbstractProcessor;
import javax.annotation.processing.Filer;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.SourceVersion;
import javax.lang.model.element.Element;
import javax.lang.model.element.QualifiedNameable;
import javax.lang.model.element.TypeElement;

/**
 * Runs a {@link KilnProcessor} whose {@link Filer} records, for every file it creates, the
 * originating elements passed with it (what IDEs and Gradle track for incremental builds), by
 * the file's name: {@code test.ItemsController_Routes}, {@code META-INF/openapi/openapi.json}.
 */
public final class OriginRecorder extends AbstractProcessor {
  private final KilnProcessor kiln = new KilnProcessor();
  private final Map<String, List<String>> origins = new TreeMap<>();

  /** The qualified names of each created file's originating elements, by file name. */
  public Map<String, List<String>> origins() {
    return origins;
  }

  @Override
  public synchronized void init(ProcessingEnvironment environment) {
    super.init(environment);
    Filer filer = environment.getFiler();
    Filer recording = (Filer) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {Filer.class}, (proxy, method, args) -> {
          record(method, args);
          return invoke(method, filer, args);
        });
    kiln.init((ProcessingEnvironment) Proxy.newProxyInstance(getClass().getClassLoader(),
        new Class<?>[] {ProcessingEnvironment.class}, (proxy, method, args) ->
            method.getName().equals("getFiler") ? recording : invoke(method, environment, args)));
  }

  private void record(Method method, Object[] args) {
    String name;
    switch (method.getName()) {
      case "createSourceFile":
        name = args[0].toString();
        break;
      case "createResource":
        name = args[2].toString();
        break;
      default:
        return;
    }
    Element[] elements = (Element[]) args[args.length - 1];
    origins.put(name, java.util.Arrays.stream(elements)
        .map(e -> ((QualifiedNameable) e).getQualifiedName().toString()).toList());
  }

  private static Object invoke(Method method, Object target, Object[] args) throws Throwable {
    try {
      return method.invoke(target, args);
    } catch (InvocationTargetException e) {
      throw e.getCause();
    }
  }

  @Override
  public Set<String> getSupportedOptions() {
    return kiln.getSupportedOptions();
  }

  @Override
  public Set<String> getSupportedAnnotationTypes() {
    return kiln.getSupportedAnnotationTypes();
  }

  @Override
  public SourceVersion getSupportedSourceVersion() {
    return kiln.getSupportedSourceVersion();
  }

  @Override
  public boolean process(Set<? extends TypeElement> annotations, RoundEnvironment round) {
    return kiln.process(annotations, round);
  }
}

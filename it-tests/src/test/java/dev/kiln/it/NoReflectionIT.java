package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import dev.kiln.example.ExampleApp;
import dev.kiln.it.apps.ThreadController_Routes;
import dev.kiln.it.planted.PlantedReflection;
import dev.kiln.it.support.ReflectionScan;
import dev.kiln.runtime.KilnServer;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Enumeration;
import java.util.List;
import java.util.function.Predicate;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Kiln's promise of no reflection, checked on the bytecode: every class of the runtime jar
 * (with {@code META-INF/versions/**}) and every class the processor generated.
 */
class NoReflectionIT {
  private static final Predicate<String> GENERATED = name -> name.endsWith("_Routes.class")
      || name.endsWith("_JsonReader.class") || name.endsWith("_JsonWriter.class")
      || name.endsWith("_EnumCodec.class") || name.endsWith("_Binder.class");

  @Test
  void runtimeJarCallsNoReflection() {
    Path runtime = codeSource(KilnServer.class);
    ReflectionScan scan = new ReflectionScan();
    List<String> scanned = scanAll(runtime, name -> true, scan);

    assertThat(runtime.getFileName().toString()).as("the runtime as packaged").endsWith(".jar");
    assertThat(scanned).contains("dev/kiln/runtime/internal/Dispatcher.class",
        "dev/kiln/runtime/internal/JdkKilnServer.class",
        "dev/kiln/runtime/internal/ExecutorFactory.class");
    if (Runtime.version().feature() >= 21) {
      assertThat(scanned).as("built on JDK 21+: the multi-release classes")
          .contains("META-INF/versions/21/dev/kiln/runtime/internal/ExecutorFactory.class");
    }
    assertThat(scan.calls()).isGreaterThan(100);
    assertThat(scan.allowedIndys()).as("lambdas and string concatenations seen").isPositive();
    assertThat(scan.violations()).isEmpty();
  }

  @Test
  void generatedClassesCallNoReflection() {
    ReflectionScan scan = new ReflectionScan();
    List<String> scanned = new ArrayList<>(scanAll(codeSource(ExampleApp.class), GENERATED, scan));
    scanned.addAll(scanAll(codeSource(ThreadController_Routes.class), GENERATED, scan));

    assertThat(scanned).contains(
        "dev/kiln/example/HelloController_Routes.class",
        "dev/kiln/example/ItemsController_Routes.class",
        "dev/kiln/example/TodosController_Routes.class",
        "dev/kiln/example/Item_JsonReader.class",
        "dev/kiln/example/Item_JsonWriter.class",
        "dev/kiln/example/ItemRef_JsonWriter.class",
        "dev/kiln/example/NewTodo_JsonReader.class",
        "dev/kiln/example/Todo_JsonWriter.class",
        "dev/kiln/example/Priority_EnumCodec.class",
        "dev/kiln/example/ServerAddress_Binder.class",
        "dev/kiln/example/petstore/db/DatabaseConfig_Binder.class",
        "dev/kiln/it/apps/FailingController_Routes.class");
    assertThat(scan.allowedIndys()).as("method references in routes()").isPositive();
    assertThat(scan.violations()).isEmpty();
  }

  @Test
  void plantedViolationIsReported() throws IOException {
    String name = PlantedReflection.class.getName().replace('.', '/') + ".class";
    ReflectionScan scan = new ReflectionScan();
    try (InputStream in = NoReflectionIT.class.getClassLoader().getResourceAsStream(name)) {
      scan.scan(name, in);
    }
    assertThat(scan.violations()).singleElement().asString()
        .contains("dev/kiln/it/planted/PlantedReflection.load")
        .endsWith(": calls java/lang/Class.forName");
  }

  /** Scans the classes of a jar or directory whose names pass {@code filter}; returns the names. */
  private static List<String> scanAll(Path location, Predicate<String> filter,
      ReflectionScan scan) {
    List<String> names = new ArrayList<>();
    try {
      if (Files.isDirectory(location)) {
        try (Stream<Path> files = Files.walk(location)) {
          for (Path file : files.filter(Files::isRegularFile).collect(Collectors.toList())) {
            String name = location.relativize(file).toString().replace('\\', '/');
            if (name.endsWith(".class") && filter.test(name)) {
              try (InputStream in = Files.newInputStream(file)) {
                scan.scan(name, in);
              }
              names.add(name);
            }
          }
        }
      } else {
        try (JarFile jar = new JarFile(location.toFile())) {
          for (Enumeration<JarEntry> entries = jar.entries(); entries.hasMoreElements(); ) {
            JarEntry entry = entries.nextElement();
            String name = entry.getName();
            if (name.endsWith(".class") && filter.test(name)) {
              try (InputStream in = jar.getInputStream(entry)) {
                scan.scan(location.getFileName() + "!/" + name, in);
              }
              names.add(name);
            }
          }
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    assertThat(names).as("classes in %s", location).isNotEmpty();
    return names;
  }

  private static Path codeSource(Class<?> type) {
    try {
      return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI());
    } catch (URISyntaxException e) {
      throw new IllegalStateException(e);
    }
  }
}

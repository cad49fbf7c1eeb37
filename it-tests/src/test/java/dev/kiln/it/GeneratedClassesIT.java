package dev.kiln.it;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Collections;
import java.util.List;
import java.util.jar.Attributes;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

/** The processor's output exists as readable sources and is packaged in the runnable jar. */
class GeneratedClassesIT {

  @Test
  void generatedSourcesExist() {
    Path dir = Path.of(System.getProperty("kiln.generatedSources"), "dev", "kiln", "example");
    for (String file : List.of("HelloController_Routes.java", "ItemsController_Routes.java",
        "TodosController_Routes.java", "Item_JsonReader.java", "Item_JsonWriter.java",
        "ItemRef_JsonWriter.java", "NewTodo_JsonReader.java", "Todo_JsonWriter.java",
        "Priority_EnumCodec.java")) {
      assertThat(dir.resolve(file)).as(file).isRegularFile().isNotEmptyFile();
    }
    assertThat(dir.resolve("ItemRef_JsonReader.java")).as("ItemRef is never read")
        .doesNotExist();
  }

  @Test
  void generatedSourceNamesItsOrigin() throws IOException {
    Path routes = Path.of(System.getProperty("kiln.generatedSources"),
        "dev/kiln/example/ItemsController_Routes.java");
    assertThat(Files.readString(routes))
        .contains("@Generated(\"dev.kiln.processor.KilnProcessor\")")
        .contains("public final class ItemsController_Routes implements RouteGroup");
  }

  @Test
  void runnableJarHoldsGeneratedClassesRuntimeAndNoProcessor() throws IOException {
    try (JarFile jar = new JarFile(System.getProperty("kiln.exampleJar"))) {
      List<String> names = Collections.list(jar.entries()).stream().map(JarEntry::getName)
          .collect(Collectors.toList());
      assertThat(names).contains("dev/kiln/example/ItemsController_Routes.class",
          "dev/kiln/example/Item_JsonReader.class", "dev/kiln/example/TodosController_Routes.class",
          "dev/kiln/runtime/KilnServer.class", "tools/jackson/core/JsonParser.class");
      assertThat(names).as("compile-time only").noneMatch(name -> name.startsWith(
          "dev/kiln/processor/") || name.startsWith("com/palantir/javapoet/")
          || name.startsWith("dev/kiln/annotations/"));
      Attributes manifest = jar.getManifest().getMainAttributes();
      assertThat(manifest.getValue("Main-Class")).isEqualTo("dev.kiln.example.ExampleApp");
      assertThat(manifest.getValue("Multi-Release")).isEqualTo("true");
    }
  }
}

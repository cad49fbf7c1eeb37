package dev.kiln.processor.generated;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static com.google.testing.compile.Compiler.javac;
import static dev.kiln.processor.testing.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.KilnProcessor;
import dev.kiln.processor.testing.OriginRecorder;
import java.io.IOException;
import java.io.InputStream;
import java.net.URL;
import java.nio.charset.StandardCharsets;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.annotation.processing.Processor;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/**
 * What every generated file carries for tools: the {@code @Generated} annotation, the source
 * elements it was generated from (the originating elements IDEs and Gradle use to rebuild
 * incrementally), and the processor's declaration as a Gradle aggregating processor.
 */
class GeneratedFilesTest {
  private static final String GRADLE = "META-INF/gradle/incremental.annotation.processors";

  @Test
  void everyFileNamesTheElementsItWasGeneratedFrom() {
    OriginRecorder recorder = new OriginRecorder();
    Compilation compilation = javac().withProcessors(recorder).compile(
        source("Color", "public enum Color { RED, GREEN }"),
        source("Item", "public record Item(String name, Color color, List<String> tags) {}"),
        source("ItemsController",
            "public class ItemsController {",
            "  @Post(\"/items\")",
            "  public Item create(Item item) {",
            "    return item;",
            "  }",
            "}"),
        source("NotesController",
            "public class NotesController {",
            "  @Get(\"/notes/{id}\")",
            "  public String note(String id) {",
            "    return id;",
            "  }",
            "}"));

    assertThat(compilation).succeeded();
    Map<String, List<String>> origins = recorder.origins();
    List<String> controllers = List.of("test.ItemsController", "test.NotesController");
    assertThat(origins).containsExactlyInAnyOrderEntriesOf(Map.of(
        "test.Color_EnumCodec", List.of("test.Color"),
        "test.Item_JsonReader", List.of("test.Item"),
        "test.Item_JsonWriter", List.of("test.Item"),
        "test.ItemsController_Routes", List.of("test.ItemsController"),
        "test.NotesController_Routes", List.of("test.NotesController"),
        "META-INF/kiln/openapi.json", controllers,
        "META-INF/kiln/openapi-operations.txt", controllers,
        "META-INF/native-image/dev.kiln/openapi/resource-config.json", controllers));
  }

  @Test
  void everyGeneratedClassIsAnnotatedGeneratedByKiln() throws IOException {
    Compilation compilation = javac().withProcessors(new KilnProcessor()).compile(
        source("Item", "public record Item(String name, Optional<Integer> count) {}"),
        source("ItemsController",
            "public class ItemsController {",
            "  @Get(\"/items\")",
            "  public List<Item> list() {",
            "    return List.of();",
            "  }",
            "}"));

    assertThat(compilation).succeeded();
    assertThat(compilation.generatedSourceFiles()).hasSize(2);
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String text = file.getCharContent(true).toString();
      String name = file.getName().replaceAll(".*/|\\.java$", "");
      assertThat(text).containsOnlyOnce("@Generated")
          .contains("@Generated(\"dev.kiln.processor.KilnProcessor\")\npublic final class "
              + name + " ");
      assertThat(text.lines()).allSatisfy(line -> assertThat(line).hasSizeLessThanOrEqualTo(100));
    }
  }

  @Test
  void theProcessorIsDeclaredAggregatingForGradle() throws Exception {
    List<URL> declarations = Collections.list(
        KilnProcessor.class.getClassLoader().getResources(GRADLE));
    URL ours = declarations.stream()
        .filter(url -> url.toString().contains("/processor/target/classes/"))
        .findFirst().orElseThrow();

    assertThat(read(ours)).isEqualTo("dev.kiln.processor.KilnProcessor,aggregating\n");
    String processor = read(ours).split(",")[0];
    assertThat(Processor.class.isAssignableFrom(Class.forName(processor))).isTrue();
  }

  private static String read(URL url) throws IOException {
    try (InputStream in = url.openStream()) {
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}

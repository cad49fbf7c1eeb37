package dev.kiln.processor.diagnostics;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import java.util.List;
import java.util.stream.Collectors;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;

/** Every compilation the processor runs in prints exactly one note saying what it wrote. */
class GeneratedNoteTest {

  @Test
  void oneNoteCountsRoutesClassesRoutesAndCodecs() {
    JavaFileObject items = source("Items",
        "@Path(\"/items\")",
        "public class Items {",
        "  public record Item(String name, int count) {}",
        "  @Get(\"/{id}\")",
        "  public Item get(int id) {",
        "    return null;",
        "  }",
        "  @Post",
        "  public Item create(Item item) {",
        "    return item;",
        "  }",
        "}");
    JavaFileObject health = source("Health",
        "public class Health {",
        "  @Get(\"/health\")",
        "  public String health() {",
        "    return \"ok\";",
        "  }",
        "}");

    Compilation compilation = compile(items, health);

    assertThat(compilation).succeededWithoutWarnings();
    // Items_Routes and Health_Routes; Items_Item_JsonReader and Items_Item_JsonWriter
    assertThat(kilnNotes(compilation)).containsExactly(
        "[kiln:generated] Kiln processor: 2 routes classes with 3 routes, 2 JSON/form codecs.");
  }

  @Test
  void theNoteAlsoComesWhenAHandlerHasErrors() {
    JavaFileObject items = source("Items",
        "public class Items {",
        "  @Get(\"/ok\") public String ok() { return \"ok\"; }",
        "  @Get(\"/bad/{id\") public String bad() { return \"\"; }",
        "}");

    Compilation compilation = compile(items);

    // a handler class with an error is not written, even its valid routes
    assertThat(compilation).failed();
    assertThat(kilnNotes(compilation)).containsExactly(
        "[kiln:generated] Kiln processor: 0 routes classes with 0 routes, 0 JSON/form codecs.");
  }

  private static List<String> kilnNotes(Compilation compilation) {
    return compilation.notes().stream()
        .map(note -> note.getMessage(null))
        .filter(message -> message.startsWith("[kiln:"))
        .collect(Collectors.toList());
  }
}

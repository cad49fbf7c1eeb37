package dev.kiln.processor;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The processor's layers depend one way: {@code model} on none of the others, {@code validation}
 * on {@code model} only; {@code writing} and {@code step} sit on top. Checked on the sources:
 * imports and fully qualified names.
 */
class LayeringTest {
  private static final Path SOURCES = Path.of("src", "main", "java", "dev", "kiln", "processor");
  private static final Pattern REFERENCE =
      Pattern.compile("dev\\.kiln\\.processor\\.(model|validation|writing|step)\\b");

  @ParameterizedTest(name = "{0} uses none of {1}")
  @CsvSource(delimiter = '|', value = {
      "model      | validation writing step",
      "validation | writing step",
      "writing    | validation step",
  })
  void layerDoesNotReachUp(String layer, String forbidden) throws IOException {
    List<String> forbiddenLayers = List.of(forbidden.split(" "));
    List<String> violations = new ArrayList<>();
    List<Path> files;
    try (Stream<Path> walk = Files.walk(SOURCES.resolve(layer))) {
      files = walk.filter(p -> p.toString().endsWith(".java")).sorted().toList();
    }
    assertThat(files).as("sources of %s", layer).isNotEmpty();
    for (Path file : files) {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      for (int i = 0; i < lines.size(); i++) {
        Matcher matcher = REFERENCE.matcher(lines.get(i));
        while (matcher.find()) {
          if (forbiddenLayers.contains(matcher.group(1))) {
            violations.add(file.getFileName() + ":" + (i + 1) + ": " + lines.get(i).trim());
          }
        }
      }
    }
    assertThat(violations).as("references from %s to %s", layer, forbiddenLayers).isEmpty();
  }
}

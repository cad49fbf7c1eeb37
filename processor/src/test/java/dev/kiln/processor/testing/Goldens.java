package dev.kiln.processor.testing;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.fail;

import com.google.testing.compile.Compilation;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.TestInfo;

/**
 * Compares every source file a compilation generated with its golden file, exactly: {@code
 * src/test/resources/goldens/<TestClass>/<method>/<SimpleName>.java}. On a difference, a missing
 * golden or a golden with no generated file, the test fails and the actual sources are written to
 * {@code target/goldens-actual/<TestClass>/<method>/}, whose path is printed, to be reviewed and
 * copied over the goldens.
 */
public final class Goldens {
  private static final Path GOLDENS = Path.of("src", "test", "resources", "goldens");
  private static final Path ACTUAL = Path.of("target", "goldens-actual");

  private Goldens() {}

  /** Checks the generated sources of {@code compilation} against the goldens of {@code test}. */
  public static void assertMatch(Compilation compilation, TestInfo test) {
    String testClass = test.getTestClass().orElseThrow().getSimpleName();
    String method = test.getTestMethod().orElseThrow().getName();
    Path goldenDir = GOLDENS.resolve(testClass).resolve(method);
    Path actualDir = ACTUAL.resolve(testClass).resolve(method);

    Map<String, String> actual = generatedSources(compilation);
    Map<String, String> expected = read(goldenDir);
    List<String> problems = new ArrayList<>();
    for (Map.Entry<String, String> file : actual.entrySet()) {
      String golden = expected.get(file.getKey());
      if (golden == null) {
        problems.add("no golden for " + file.getKey());
      } else if (!golden.equals(file.getValue())) {
        problems.add(file.getKey() + " differs from its golden");
      }
    }
    for (String name : expected.keySet()) {
      if (!actual.containsKey(name)) {
        problems.add("golden " + name + " was not generated");
      }
    }
    if (problems.isEmpty()) {
      return;
    }
    write(actualDir, actual);
    String message = String.join("\n", problems) + "\nActual sources written to "
        + actualDir.toAbsolutePath() + "\nReview them, then: cp " + actualDir.toAbsolutePath()
        + "/*.java " + goldenDir.toAbsolutePath() + "/";
    System.out.println(message);
    // show the first difference in the failure too
    for (Map.Entry<String, String> file : actual.entrySet()) {
      String golden = expected.get(file.getKey());
      if (golden != null && !golden.equals(file.getValue())) {
        assertThat(file.getValue()).as(message).isEqualTo(golden);
      }
    }
    fail(message);
  }

  private static Map<String, String> generatedSources(Compilation compilation) {
    Map<String, String> sources = new TreeMap<>();
    for (JavaFileObject file : compilation.generatedSourceFiles()) {
      String path = file.toUri().getPath();
      String name = path.substring(path.lastIndexOf('/') + 1);
      try {
        String text = file.getCharContent(true).toString();
        if (sources.put(name, text) != null) {
          throw new IllegalStateException("two generated files named " + name);
        }
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return sources;
  }

  private static Map<String, String> read(Path dir) {
    Map<String, String> files = new TreeMap<>();
    if (!Files.isDirectory(dir)) {
      return files;
    }
    try (Stream<Path> list = Files.list(dir)) {
      for (Path file : (Iterable<Path>) list::iterator) {
        files.put(file.getFileName().toString(), Files.readString(file, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return files;
  }

  private static void write(Path dir, Map<String, String> files) {
    try {
      Files.createDirectories(dir);
      try (Stream<Path> old = Files.list(dir)) {
        for (Path file : (Iterable<Path>) old::iterator) {
          Files.delete(file);
        }
      }
      for (Map.Entry<String, String> file : files.entrySet()) {
        Files.writeString(dir.resolve(file.getKey()), file.getValue(), StandardCharsets.UTF_8);
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}

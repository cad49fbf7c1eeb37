package dev.kiln.processor.openapi;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.step.OpenApiStep;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.util.Optional;
import javax.tools.JavaFileObject;
import javax.tools.StandardLocation;

/** Reads what a compilation wrote besides sources. */
final class OpenApiTesting {
  private OpenApiTesting() {}

  /** The OpenAPI document a successful compilation wrote. */
  static String document(Compilation compilation) {
    return resource(compilation, OpenApiStep.DOCUMENT).orElseThrow(
        () -> new AssertionError("no " + OpenApiStep.DOCUMENT + " was written"));
  }

  /** A class-output resource of {@code compilation}, if written. */
  static Optional<String> resource(Compilation compilation, String path) {
    Optional<JavaFileObject> file =
        compilation.generatedFile(StandardLocation.CLASS_OUTPUT, path);
    if (file.isEmpty()) {
      return Optional.empty();
    }
    try {
      return Optional.of(file.get().getCharContent(true).toString());
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void assertNoDocument(Compilation compilation) {
    assertThat(resource(compilation, OpenApiStep.DOCUMENT)).isEmpty();
  }
}

package dev.kiln.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.providers.ProviderSources;
import dev.kiln.processor.testing.Compilations;
import dev.kiln.processor.testing.Goldens;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/** The exact text of the routes calling providers and of the generated {@code _Providers}. */
class ProviderGoldenTest {

  @Test
  void meController(TestInfo test) {
    Compilation compilation = Compilations.compile(ProviderSources.all());

    assertThat(compilation).succeededWithoutWarnings();
    Goldens.assertMatch(compilation, test);
  }
}

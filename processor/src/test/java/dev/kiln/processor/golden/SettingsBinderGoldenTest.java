package dev.kiln.processor.golden;

import static com.google.testing.compile.CompilationSubject.assertThat;

import com.google.testing.compile.Compilation;
import com.google.testing.compile.JavaFileObjects;
import dev.kiln.processor.testing.Compilations;
import dev.kiln.processor.testing.Goldens;
import javax.tools.JavaFileObject;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestInfo;

/**
 * The exact text of a settings binder (each kind of component: required, defaulted, optional,
 * list with item constraints, enum, duration, nested record) and the enum codec it uses,
 * compared with reviewed golden files.
 */
class SettingsBinderGoldenTest {

  @Test
  void server(TestInfo test) {
    JavaFileObject level = JavaFileObjects.forSourceLines("com.example.conf.Level",
        "package com.example.conf;",
        "",
        "public enum Level { LOW, HIGH }");
    JavaFileObject pool = JavaFileObjects.forSourceLines("com.example.conf.Pool",
        "package com.example.conf;",
        "",
        "import dev.kiln.annotations.DefaultValue;",
        "import jakarta.validation.constraints.Min;",
        "",
        "public record Pool(@DefaultValue(\"10\") @Min(1) int size) {}");
    JavaFileObject settings = JavaFileObjects.forSourceLines("com.example.conf.ServerConfig",
        "package com.example.conf;",
        "",
        "import dev.kiln.annotations.DefaultValue;",
        "import dev.kiln.annotations.Settings;",
        "import jakarta.validation.constraints.NotBlank;",
        "import jakarta.validation.constraints.Pattern;",
        "import java.time.Duration;",
        "import java.util.List;",
        "import java.util.Optional;",
        "",
        "@Settings(prefix = \"server\")",
        "public record ServerConfig(",
        "    @NotBlank String name,",
        "    @DefaultValue(\"8080\") int port,",
        "    Optional<String> banner,",
        "    List<@Pattern(regexp = \"https?://.+\") String> corsOrigins,",
        "    @DefaultValue(\"LOW\") Level level,",
        "    @DefaultValue(\"30s\") Duration idleTimeout,",
        "    Pool pool) {}");

    Compilation compilation = Compilations.compile(level, pool, settings);

    assertThat(compilation).succeededWithoutWarnings();
    Goldens.assertMatch(compilation, test);
  }
}

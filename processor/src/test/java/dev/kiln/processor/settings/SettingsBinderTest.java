package dev.kiln.processor.settings;

import static com.google.testing.compile.CompilationSubject.assertThat;
import static dev.kiln.processor.testing.Compilations.compile;
import static dev.kiln.processor.testing.Compilations.source;
import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import com.google.testing.compile.Compilation;
import dev.kiln.processor.testing.GeneratedClassLoader;
import dev.kiln.runtime.config.Config;
import dev.kiln.runtime.config.ConfigException;
import dev.kiln.runtime.config.ConfigSource;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A generated {@code <Record>_Binder} bound against configurations: precedence of the sources,
 * defaults, missing and malformed values, constraints, lists, optionals, enums, durations and a
 * nested record.
 */
class SettingsBinderTest {
  private static Method bind;

  @BeforeAll
  static void compileSettings() throws Exception {
    Compilation compilation = compile(
        source("Mode", "public enum Mode { FAST, @WireName(\"safe\") SAFE }"),
        source("Pool",
            "public record Pool(@DefaultValue(\"10\") @jakarta.validation.constraints.Min(1) "
                + "int size,",
            "    @DefaultValue(\"2s\") java.time.Duration timeout) {}"),
        source("AppSettings",
            "@Settings(prefix = \"app\")",
            "public record AppSettings(String name,",
            "    @DefaultValue(\"8080\") int port,",
            "    @DefaultValue(\"false\") boolean debug,",
            "    Optional<String> url,",
            "    @DefaultValue(\"a,b\") List<@jakarta.validation.constraints.Pattern("
                + "regexp = \"[a-z]+\") String> tags,",
            "    @DefaultValue(\"FAST\") Mode mode,",
            "    Optional<java.time.Duration> grace,",
            "    Pool dbPool) {",
            "  public AppSettings {",
            "    if (name.equals(\"reserved\")) {",
            "      throw new IllegalArgumentException(\"the name reserved is taken\");",
            "    }",
            "  }",
            "}"));
    assertThat(compilation).succeededWithoutWarnings();
    Class<?> binder = new GeneratedClassLoader(compilation).loadClass("test.AppSettings_Binder");
    bind = binder.getMethod("bind", Config.class);
  }

  @Test
  void defaultsFillWhatNoSourceHas() throws Exception {
    Object settings = bind(Config.of(ConfigSource.environment(Map.of("APP_NAME", "kiln"))));

    assertThat(settings).hasToString("AppSettings[name=kiln, port=8080, debug=false, "
        + "url=Optional.empty, tags=[a, b], mode=FAST, grace=Optional.empty, "
        + "dbPool=Pool[size=10, timeout=PT2S]]");
  }

  @Test
  void systemPropertiesWinOverEnvironmentOverFileOverDefaults() throws Exception {
    Properties system = new Properties();
    system.setProperty("app.port", "1");
    Config config = Config.of(ConfigSource.systemProperties(system),
        ConfigSource.environment(Map.of("APP_PORT", "2", "APP_NAME", "env",
            "APP_DB_POOL_SIZE", "3")),
        ConfigSource.map("app.properties", Map.of("app.port", "4", "app.name", "file",
            "app.db-pool.size", "5", "app.db-pool.timeout", "500ms", "app.debug", "TRUE")));

    Object settings = bind(config);

    assertThat(settings).hasToString("AppSettings[name=env, port=1, debug=true, "
        + "url=Optional.empty, tags=[a, b], mode=FAST, grace=Optional.empty, "
        + "dbPool=Pool[size=3, timeout=PT0.5S]]");
  }

  @Test
  void everyTypeReadsItsText() throws Exception {
    Object settings = bind(Config.of(ConfigSource.environment(Map.of("APP_NAME", " kiln ",
        "APP_URL", "jdbc:h2:mem:x", "APP_TAGS", "x, y,,z", "APP_MODE", "safe",
        "APP_GRACE", "PT1M30S", "APP_DB_POOL_TIMEOUT", "1d"))));

    assertThat(settings).hasToString("AppSettings[name=kiln, port=8080, debug=false, "
        + "url=Optional[jdbc:h2:mem:x], tags=[x, y, z], mode=SAFE, grace=Optional[PT1M30S], "
        + "dbPool=Pool[size=10, timeout=PT24H]]");
  }

  @Test
  void blankOptionalIsEmpty() throws Exception {
    Object settings = bind(Config.of(ConfigSource.environment(Map.of("APP_NAME", "kiln",
        "APP_URL", " "))));

    assertThat(settings.toString()).contains("url=Optional.empty");
  }

  @Test
  void missingValueNamesKeyVariableAndWhereToSetIt() {
    assertThatThrownBy(() -> bind(Config.of(ConfigSource.environment(Map.of()))))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Invalid configuration of AppSettings (1 problem):\n"
            + "  - app.name (APP_NAME) is missing: set the environment variable APP_NAME, the "
            + "system property app.name or app.name in a properties file.");
  }

  @Test
  void malformedValuesAreAllReportedWithSourceAndExpectedType() {
    Properties system = new Properties();
    system.setProperty("app.debug", "yes");
    Config config = Config.of(ConfigSource.systemProperties(system),
        ConfigSource.environment(Map.of("APP_NAME", "kiln", "APP_PORT", "80a",
            "APP_MODE", "slow", "APP_GRACE", "soon")),
        ConfigSource.map("app.properties", Map.of("app.db-pool.size", "99999999999")));

    assertThatThrownBy(() -> bind(config))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Invalid configuration of AppSettings (5 problems):\n"
            + "  - app.port (APP_PORT): \"80a\" from environment variable APP_PORT is not an int "
            + "(a whole number from -2147483648 to 2147483647).\n"
            + "  - app.debug (APP_DEBUG): \"yes\" from system property app.debug is not a boolean"
            + " (true or false).\n"
            + "  - app.mode (APP_MODE): \"slow\" from environment variable APP_MODE is not one of"
            + " FAST, safe.\n"
            + "  - app.grace (APP_GRACE): \"soon\" from environment variable APP_GRACE is not a "
            + "duration (500ms, 30s, 5m, 2h, 1d, or ISO-8601 such as PT1M30S).\n"
            + "  - app.db-pool.size (APP_DB_POOL_SIZE): \"99999999999\" from app.db-pool.size in "
            + "app.properties is not an int (a whole number from -2147483648 to 2147483647).");
  }

  @Test
  void constraintsAreChecked() {
    Config config = Config.of(ConfigSource.environment(Map.of("APP_NAME", "kiln",
        "APP_TAGS", "ok,NO", "APP_DB_POOL_SIZE", "0")));

    assertThatThrownBy(() -> bind(config))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Invalid configuration of AppSettings (2 problems):\n"
            + "  - app.tags (APP_TAGS): item \"NO\" from environment variable APP_TAGS must "
            + "match \"[a-z]+\".\n"
            + "  - app.db-pool.size (APP_DB_POOL_SIZE): \"0\" from environment variable "
            + "APP_DB_POOL_SIZE must be greater than or equal to 1.");
  }

  @Test
  void theRecordsOwnCheckIsAProblem() {
    Config config = Config.of(ConfigSource.environment(Map.of("APP_NAME", "reserved")));

    assertThatThrownBy(() -> bind(config))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Invalid configuration of AppSettings (1 problem):\n"
            + "  - AppSettings rejected the settings: the name reserved is taken");
  }

  @Test
  void aDeclaredCanonicalConstructorKeepsTheDefaults() throws Exception {
    Compilation compilation = compile(source("Limits",
        "@Settings(prefix = \"limits\")",
        "public record Limits(@DefaultValue(\"7\") int max) {",
        "  public Limits(int max) {",
        "    this.max = Math.max(max, 1);",
        "  }",
        "}"));
    assertThat(compilation).succeededWithoutWarnings();
    Method limits = new GeneratedClassLoader(compilation).loadClass("test.Limits_Binder")
        .getMethod("bind", Config.class);

    assertThat(limits.invoke(null, Config.of())).hasToString("Limits[max=7]");
  }

  private static Object bind(Config config) throws Exception {
    try {
      return bind.invoke(null, config);
    } catch (InvocationTargetException e) {
      throw (Exception) e.getCause();
    }
  }
}

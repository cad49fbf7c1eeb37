package dev.kiln.runtime.config;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.kiln.runtime.generated.SettingParsers;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.Map;
import java.util.Properties;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link Config#load}'s sources and precedence, and the duration syntax of settings. */
class ConfigTest {
  @TempDir
  Path dir;

  @Test
  void precedenceIsSystemPropertiesEnvironmentFileClassPath() throws IOException {
    Files.writeString(dir.resolve("application.properties"),
        "a=file\nb=file\nc=file\nd.name=fichier \u00e9\n", StandardCharsets.UTF_8);
    Properties system = new Properties();
    system.setProperty("a", "system");
    Config config = Config.load(system, Map.of("A", "env", "B", "env"), dir, loader());

    assertThat(config.value("a", "A")).isEqualTo(
        new ConfigValue("a", "A", "system", "system property a"));
    assertThat(config.value("b", "B")).isEqualTo(
        new ConfigValue("b", "B", "env", "environment variable B"));
    assertThat(config.value("c", "C")).isEqualTo(new ConfigValue("c", "C", "file",
        "c in " + dir.resolve("application.properties")));
    assertThat(config.value("d.name", "D_NAME").text()).isEqualTo("fichier \u00e9");
    assertThat(config.value("e", "E")).isEqualTo(new ConfigValue("e", "E", null, null));
  }

  @Test
  void namedFileReplacesTheWorkingDirectoryOne() throws IOException {
    Files.writeString(dir.resolve("application.properties"), "a=default-file\n");
    Files.writeString(dir.resolve("prod.properties"), "a=prod\n");

    Config byEnv = Config.load(new Properties(), Map.of("KILN_CONFIG_FILE", "prod.properties"),
        dir, loader());
    Properties system = new Properties();
    system.setProperty("kiln.config.file", dir.resolve("prod.properties").toString());
    Config byProperty = Config.load(system, Map.of(), dir, loader());

    assertThat(byEnv.value("a", "A").text()).isEqualTo("prod");
    assertThat(byProperty.value("a", "A").text()).isEqualTo("prod");
  }

  @Test
  void missingNamedFileIsAConfigError() {
    assertThatThrownBy(() -> Config.load(new Properties(),
        Map.of("KILN_CONFIG_FILE", "nope.properties"), dir, loader()))
        .isInstanceOf(ConfigException.class)
        .hasMessage("Invalid configuration of the configuration file (1 problem):\n  - The file "
            + dir.resolve("nope.properties") + " named by environment variable "
            + "KILN_CONFIG_FILE does not exist.");
  }

  @Test
  void orDefaultKeepsAGivenValue() {
    ConfigValue absent = new ConfigValue("a", "A", null, null);

    assertThat(absent.orDefault("1")).isEqualTo(new ConfigValue("a", "A", "1", "the default"));
    assertThat(absent.orDefault(null)).isSameAs(absent);
    ConfigValue given = new ConfigValue("a", "A", "2", "environment variable A");
    assertThat(given.orDefault("1")).isSameAs(given);
  }

  @Test
  void durationsAreShortOrIso() {
    assertThat(SettingParsers.toDuration("500ms")).isEqualTo(Duration.ofMillis(500));
    assertThat(SettingParsers.toDuration("30S")).isEqualTo(Duration.ofSeconds(30));
    assertThat(SettingParsers.toDuration("5m")).isEqualTo(Duration.ofMinutes(5));
    assertThat(SettingParsers.toDuration("2h")).isEqualTo(Duration.ofHours(2));
    assertThat(SettingParsers.toDuration("PT1M30S")).isEqualTo(Duration.ofSeconds(90));
    assertThat(SettingParsers.toDuration("5")).isNull();
    assertThat(SettingParsers.toDuration("-5s")).isNull();
    assertThat(SettingParsers.toDuration("5 s")).isNull();
    assertThat(SettingParsers.toDuration("9999999999999999999d")).isNull();
    assertThat(SettingParsers.toDuration("P")).isNull();
  }

  private static ClassLoader loader() {
    return new ClassLoader(null) {};
  }
}

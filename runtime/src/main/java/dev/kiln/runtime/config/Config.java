package dev.kiln.runtime.config;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Properties;

/**
 * Configuration: sources asked in order, the first that has a setting wins. Settings records
 * ({@code @Settings}) are bound from it by their generated {@code <Record>_Binder}.
 *
 * <p>{@link #load()} uses, as Spring Boot and Micronaut do, from highest to lowest precedence:
 *
 * <ol>
 *   <li>system properties ({@code -Dkiln.db.pool-size=5});
 *   <li>environment variables ({@code KILN_DB_POOL_SIZE=5});
 *   <li>the properties file named by {@value #FILE_VARIABLE} (or the system property {@value
 *       #FILE_PROPERTY}), else {@code application.properties} in the working directory if there
 *       is one;
 *   <li>the class-path resource {@code application.properties};
 *   <li>the record's {@code @DefaultValue}s.
 * </ol>
 */
public final class Config {
  /** The environment variable naming the properties file {@link #load()} reads. */
  public static final String FILE_VARIABLE = "KILN_CONFIG_FILE";
  /** The system property naming the properties file {@link #load()} reads. */
  public static final String FILE_PROPERTY = "kiln.config.file";
  /** The properties file's default name, in the working directory and on the class path. */
  public static final String DEFAULT_FILE = "application.properties";

  private final List<ConfigSource> sources;

  private Config(List<ConfigSource> sources) {
    this.sources = List.copyOf(sources);
  }

  /** The sources in order, the first that has a setting wins. */
  public static Config of(ConfigSource... sources) {
    return new Config(List.of(sources));
  }

  /**
   * This process's configuration, in the order of the class description.
   *
   * @throws ConfigException if the file named by {@value #FILE_VARIABLE} or {@value
   *     #FILE_PROPERTY} does not exist or cannot be read
   */
  public static Config load() {
    return load(System.getProperties(), System.getenv(), Path.of(""),
        Config.class.getClassLoader());
  }

  /**
   * The configuration {@link #load()} makes of these system properties, environment variables,
   * working directory and class loader (the properties file's resolution is checked in tests).
   */
  public static Config load(Properties systemProperties, Map<String, String> environment,
      Path workingDirectory, ClassLoader loader) {
    List<ConfigSource> sources = new ArrayList<>();
    sources.add(ConfigSource.systemProperties(systemProperties));
    sources.add(ConfigSource.environment(environment));
    String named = systemProperties.getProperty(FILE_PROPERTY, environment.get(FILE_VARIABLE));
    Path file = workingDirectory.resolve(named == null ? DEFAULT_FILE : named);
    if (named != null && !Files.isRegularFile(file)) {
      throw new ConfigException("the configuration file", List.of("The file " + file
          + " named by " + (systemProperties.getProperty(FILE_PROPERTY) != null
              ? "system property " + FILE_PROPERTY : "environment variable " + FILE_VARIABLE)
          + " does not exist."));
    }
    if (Files.isRegularFile(file)) {
      try {
        sources.add(ConfigSource.file(file));
      } catch (java.io.UncheckedIOException e) {
        throw new ConfigException("the configuration file", List.of(e.getMessage()));
      }
    }
    sources.add(ConfigSource.classPath(loader, DEFAULT_FILE));
    return new Config(sources);
  }

  /** The value of the setting {@code key} (environment variable {@code env}) and its source. */
  public ConfigValue value(String key, String env) {
    Objects.requireNonNull(key, "key");
    for (ConfigSource source : sources) {
      String text = source.get(key, env);
      if (text != null) {
        return new ConfigValue(key, env, text, source.describe(key, env));
      }
    }
    return new ConfigValue(key, env, null, null);
  }
}

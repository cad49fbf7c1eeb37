package dev.kiln.runtime.config;

import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.Map;
import java.util.Properties;

/**
 * Where settings come from: environment variables (looked up by a setting's environment variable
 * name, {@code KILN_DB_POOL_SIZE}), or properties (system properties, a properties file, a map;
 * looked up by its key, {@code kiln.db.pool-size}). {@link Config} asks its sources in order.
 */
public interface ConfigSource {
  /** The value of the setting {@code key} (environment variable {@code env}), or {@code null}. */
  String get(String key, String env);

  /** How messages name where {@code key} (environment variable {@code env}) was read. */
  String describe(String key, String env);

  /** The process's environment variables. */
  static ConfigSource environment() {
    return environment(System.getenv());
  }

  /** {@code variables} as environment variables (e.g. in tests). */
  static ConfigSource environment(Map<String, String> variables) {
    return new MapSource(variables, true, "environment variable");
  }

  /** The JVM's system properties ({@code -Dkiln.db.pool-size=5}), as they are now. */
  static ConfigSource systemProperties() {
    return systemProperties(System.getProperties());
  }

  /** {@code properties} as system properties (e.g. in tests), as they are now. */
  static ConfigSource systemProperties(Properties properties) {
    return properties("system property", properties);
  }

  /**
   * The properties file {@code file} (UTF-8, {@link Properties} syntax).
   *
   * @throws UncheckedIOException if it cannot be read
   */
  static ConfigSource file(Path file) {
    try (Reader in = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      Properties properties = new Properties();
      properties.load(in);
      return properties("in " + file, properties);
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the configuration file " + file + ": "
          + e.getMessage(), e);
    }
  }

  /**
   * The class-path resource {@code name} (UTF-8 properties) of {@code loader}, or no settings if
   * there is none.
   */
  static ConfigSource classPath(ClassLoader loader, String name) {
    Properties properties = new Properties();
    try (InputStream in = loader.getResourceAsStream(name)) {
      if (in != null) {
        properties.load(new InputStreamReader(in, StandardCharsets.UTF_8));
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read the class-path resource " + name, e);
    }
    return properties("in class-path resource " + name, properties);
  }

  /** {@code values} by key, named {@code name} in messages (e.g. in tests). */
  static ConfigSource map(String name, Map<String, String> values) {
    Properties properties = new Properties();
    properties.putAll(values);
    return properties("in " + name, properties);
  }

  /**
   * {@code properties} by key; messages name a value {@code <kind> <key>} for a kind without
   * {@code "in "} ({@code system property kiln.port}), else {@code <key> <kind>} ({@code
   * kiln.port in app.properties}).
   */
  private static ConfigSource properties(String kind, Properties properties) {
    Map<String, String> copy = new HashMap<>();
    properties.stringPropertyNames().forEach(name -> copy.put(name, properties.getProperty(name)));
    return new MapSource(copy, false, kind);
  }
}

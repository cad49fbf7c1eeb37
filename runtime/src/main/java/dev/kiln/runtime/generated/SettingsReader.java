package dev.kiln.runtime.generated;

import dev.kiln.runtime.config.Config;
import dev.kiln.runtime.config.ConfigException;
import dev.kiln.runtime.config.ConfigValue;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Supplier;

/**
 * Reads the settings of one {@code @Settings} record from a {@link Config}, as called by its
 * generated {@code <Record>_Binder} only. Every missing or malformed value and every broken
 * constraint is collected; {@link #throwIfInvalid()} throws them together. After a problem the
 * value read is {@code 0}, {@code false} or {@code null}. Parsers are the strict ones of {@link
 * SettingParsers}: each returns {@code null} for text not in its type's format.
 */
public final class SettingsReader {
  private final Config config;
  private final String what;
  private final List<String> problems = new ArrayList<>();
  private final Set<String> failed = new java.util.HashSet<>();

  /** Reads from {@code config} the settings of {@code what} (the record's simple name). */
  public SettingsReader(Config config, String what) {
    this.config = config;
    this.what = what;
  }

  /** The setting {@code key} (environment variable {@code env}), else {@code defaultText}. */
  public ConfigValue value(String key, String env, String defaultText) {
    return config.value(key, env).orDefault(defaultText);
  }

  /** A required value: {@code null} after recording it missing. */
  public <T> T required(ConfigValue value, Function<String, T> parser, String expected) {
    if (!value.isPresent()) {
      problem(value, "is missing: set the environment variable " + value.env()
          + ", the system property " + value.key() + " or " + value.key()
          + " in a properties file");
      return null;
    }
    return parse(value, value.text().trim(), parser, expected);
  }

  /** A value that may be absent: {@code null} then. */
  public <T> T nullable(ConfigValue value, Function<String, T> parser, String expected) {
    return value.isPresent() ? parse(value, value.text().trim(), parser, expected) : null;
  }

  /** An optional value: empty when absent or blank. */
  public <T> Optional<T> optional(ConfigValue value, Function<String, T> parser,
      String expected) {
    if (!value.isPresent() || value.text().isBlank()) {
      return Optional.empty();
    }
    return Optional.ofNullable(parse(value, value.text().trim(), parser, expected));
  }

  /** A comma-separated list (blank items skipped): empty when absent. */
  public <T> List<T> list(ConfigValue value, Function<String, T> parser, String expected) {
    List<T> items = new ArrayList<>();
    if (value.isPresent()) {
      for (String item : value.text().split(",")) {
        if (!item.isBlank()) {
          items.add(parse(value, item.trim(), parser, expected));
        }
      }
    }
    return items.contains(null) ? List.of() : List.copyOf(items);
  }

  /** A comma-separated set (blank items skipped, duplicates once): empty when absent. */
  public <T> Set<T> set(ConfigValue value, Function<String, T> parser, String expected) {
    return Set.copyOf(new LinkedHashSet<>(list(value, parser, expected)));
  }

  /** An {@code int} ({@code 0} after a problem). */
  public int toInt(ConfigValue value) {
    Integer result = required(value, SettingParsers::toInteger, SettingParsers.INT);
    return result == null ? 0 : result;
  }

  /** A {@code long} ({@code 0} after a problem). */
  public long toLong(ConfigValue value) {
    Long result = required(value, SettingParsers::toLong, SettingParsers.LONG);
    return result == null ? 0L : result;
  }

  /** A {@code double} ({@code 0} after a problem). */
  public double toDouble(ConfigValue value) {
    Double result = required(value, SettingParsers::toDouble, SettingParsers.DOUBLE);
    return result == null ? 0d : result;
  }

  /** A {@code boolean} ({@code false} after a problem). */
  public boolean toBoolean(ConfigValue value) {
    Boolean result = required(value, SettingParsers::toBoolean, SettingParsers.BOOLEAN);
    return result != null && result;
  }

  /** Whether {@code value} was read without a problem (its constraints are checked then). */
  public boolean isValid(ConfigValue value) {
    return !failed.contains(value.key());
  }

  /**
   * Records that {@code value} breaks a constraint: {@code message}, e.g. {@code must be greater
   * than or equal to 1}.
   */
  public void violation(ConfigValue value, String message) {
    problem(value, (value.isPresent() ? "\"" + value.text().trim() + "\" from " + value.source()
        : "the value when not set") + " " + message);
  }

  /** Records that {@code item} of the list or set {@code value} breaks a constraint. */
  public void itemViolation(ConfigValue value, Object item, String message) {
    problem(value, "item \"" + item + "\" from " + value.source() + " " + message);
  }

  /**
   * The record {@code constructor} makes of the values read, or {@code null} if a value had a
   * problem. An {@link IllegalArgumentException} of the record's own checks is recorded as a
   * problem of {@code record} (e.g. {@code DatabaseSettings}).
   */
  public <T> T create(String record, Supplier<T> constructor) {
    if (!problems.isEmpty()) {
      return null;
    }
    try {
      return constructor.get();
    } catch (IllegalArgumentException e) {
      problems.add(record + " rejected the settings: " + e.getMessage());
      return null;
    }
  }

  /** Throws every problem recorded, if any. */
  public void throwIfInvalid() {
    if (!problems.isEmpty()) {
      throw new ConfigException(what, problems);
    }
  }

  private <T> T parse(ConfigValue value, String text, Function<String, T> parser,
      String expected) {
    T result = parser.apply(text);
    if (result == null) {
      problem(value, "\"" + text + "\" from " + value.source() + " is not " + expected);
    }
    return result;
  }

  /** {@code kiln.db.pool-size (KILN_DB_POOL_SIZE): <text>.} */
  private void problem(ConfigValue value, String text) {
    failed.add(value.key());
    problems.add(value.key() + " (" + value.env() + ")" + (text.startsWith("is ") ? " " : ": ")
        + text + ".");
  }
}

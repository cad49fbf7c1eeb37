package dev.kiln.runtime.config;

/**
 * One setting as configuration gives it.
 *
 * @param key the setting's key, e.g. {@code kiln.db.pool-size} (system properties and properties
 *     files)
 * @param env the setting's environment variable, e.g. {@code KILN_DB_POOL_SIZE}
 * @param text the value as written, or {@code null} when no source has it
 * @param source where the value comes from, e.g. {@code environment variable KILN_DB_POOL_SIZE},
 *     {@code the default}; {@code null} when no source has it
 */
public record ConfigValue(String key, String env, String text, String source) {
  /** Whether a source (or a default) gave the value. */
  public boolean isPresent() {
    return text != null;
  }

  /** This absent value with {@code defaultText} from {@code the default}; else this value. */
  public ConfigValue orDefault(String defaultText) {
    return text != null || defaultText == null ? this
        : new ConfigValue(key, env, defaultText, "the default");
  }
}

package dev.kiln.processor.validation;

/**
 * The diagnostics of settings records ({@code @Settings}), in the style of {@link Messages}: a
 * stable tag, the construct, the fix.
 */
public final class SettingsMessages {
  private SettingsMessages() {}

  public static String notRecord(String type) {
    return "[kiln:settings-not-record] @Settings is on " + type + ", which is not a record "
        + "without type parameters. Declare the settings as a record: "
        + "record " + type + "(String host, int port) {}.";
  }

  public static String badPrefix(String prefix) {
    return "[kiln:settings-prefix] The @Settings prefix \"" + prefix + "\" is not dot-separated "
        + "lower-case words (letters, digits, inner dashes). Write e.g. \"kiln.db\", or \"\" for "
        + "top-level keys.";
  }

  public static String unsupportedType(String record, String component, String type) {
    return "[kiln:unsupported-setting-type] Setting " + component + " of " + record
        + " has type " + type + ", which a settings binder cannot read from text. Use "
        + "String, int, long, double, boolean (or their boxes), BigDecimal, BigInteger, an enum, "
        + "UUID, LocalDate, LocalDateTime, Instant, OffsetDateTime, Duration, an Optional, List "
        + "or Set of those, or a nested record.";
  }

  public static String badDefault(String component, String value, String type) {
    return "[kiln:setting-default] The @DefaultValue \"" + value + "\" of setting " + component
        + " is not a valid " + type + ". Write it as the setting is written in configuration "
        + "(e.g. \"10\", \"true\", \"30s\", \"a,b\" for a list).";
  }

  public static String defaultOnRecord(String component) {
    return "[kiln:setting-default] Setting " + component + " is a nested record, which has no "
        + "default of its own. Put @DefaultValue on the nested record's components.";
  }

  public static String cycle(String record, String component) {
    return "[kiln:settings-cycle] Setting " + component + " of " + record + " contains "
        + record + " again, so its keys would never end. Remove the cycle.";
  }
}

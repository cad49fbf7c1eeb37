package dev.kiln.processor.validation;

import dev.kiln.processor.model.SettingModel;
import dev.kiln.processor.model.SettingsModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.util.regex.Pattern;
import javax.lang.model.element.AnnotationValue;

/**
 * Checks a settings record: a valid prefix, component types a binder reads from text, defaults
 * that parse as their types (as the runtime parses them), and constraints that apply.
 */
public final class SettingsValidator {
  private static final Pattern PREFIX =
      Pattern.compile("[a-z][a-z0-9]*(-[a-z0-9]+)*(\\.[a-z][a-z0-9]*(-[a-z0-9]+)*)*");
  private static final Pattern SHORT_DURATION =
      Pattern.compile("[0-9]{1,18}(ms|s|m|h|d)", Pattern.CASE_INSENSITIVE);

  private final ConstraintValidator constraints = new ConstraintValidator();

  /** Adds the problems of {@code settings} (and its nested records) to {@code report}. */
  public void validate(SettingsModel settings, Report report) {
    if (settings.annotation() != null && !settings.prefix().isEmpty()
        && !PREFIX.matcher(settings.prefix()).matches()) {
      AnnotationValue value = dev.kiln.processor.model.Annotations.explicitValue(
          settings.annotation(), "prefix");
      report.error(settings.element(), settings.annotation(), value,
          SettingsMessages.badPrefix(settings.prefix()));
    }
    for (SettingModel setting : settings.settings()) {
      validate(settings, setting, report);
    }
  }

  private void validate(SettingsModel owner, SettingModel setting, Report report) {
    String where = "setting " + setting.javaName() + " of " + owner.simpleName();
    if (setting.cycle()) {
      report.error(setting.element(), SettingsMessages.cycle(owner.simpleName(),
          setting.javaName()));
      return;
    }
    if (setting.nested() != null) {
      if (setting.defaultText() != null) {
        report.error(setting.element(), setting.defaultValue(), null,
            SettingsMessages.defaultOnRecord(setting.javaName()));
      }
      validate(setting.nested(), report);
      return;
    }
    TypeModel type = setting.type();
    TypeModel scalar = isCollection(type.kind()) ? type.element() : type;
    if (!scalar.kind().isScalar()) {
      report.error(setting.element(), SettingsMessages.unsupportedType(owner.simpleName(),
          setting.javaName(), ConstraintValidator.plain(type.mirror())));
      return;
    }
    if (setting.defaultText() != null && !isValidDefault(type, scalar, setting.defaultText())) {
      report.error(setting.element(), setting.defaultValue(),
          dev.kiln.processor.model.Annotations.explicitValue(setting.defaultValue(), "value"),
          SettingsMessages.badDefault(setting.javaName(), setting.defaultText(),
              ConstraintValidator.plain(type.mirror())));
    }
    constraints.validate(type, where, report);
  }

  /** Whether a binder reads {@code text} as a value of {@code type} (items of a list). */
  private static boolean isValidDefault(TypeModel type, TypeModel scalar, String text) {
    if (type.kind() == TypeKindModel.LIST || type.kind() == TypeKindModel.SET) {
      for (String item : text.split(",")) {
        if (!item.isBlank() && !isValidScalar(scalar, item.trim())) {
          return false;
        }
      }
      return true;
    }
    if (type.kind() == TypeKindModel.OPTIONAL && text.isBlank()) {
      return true;
    }
    return isValidScalar(scalar, text.trim());
  }

  private static boolean isValidScalar(TypeModel type, String text) {
    switch (type.kind()) {
      case DURATION:
        return SHORT_DURATION.matcher(text).matches() || DefaultValues.isValid(type, text);
      case BOOLEAN:
      case BOXED_BOOLEAN:
        return text.equalsIgnoreCase("true") || text.equalsIgnoreCase("false");
      default:
        return DefaultValues.isValid(type, text);
    }
  }

  private static boolean isCollection(TypeKindModel kind) {
    return kind == TypeKindModel.LIST || kind == TypeKindModel.SET
        || kind == TypeKindModel.OPTIONAL;
  }
}

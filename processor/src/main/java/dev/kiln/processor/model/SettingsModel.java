package dev.kiln.processor.model;

import java.util.List;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.TypeElement;

/**
 * A settings record ({@code @Settings}), or a record nested in one, as its binder reads it.
 *
 * @param element the record
 * @param annotation its {@code @Settings}; {@code null} for a nested record
 * @param prefix the keys' prefix: {@code kiln.db}, or empty
 * @param settings its components in constructor order
 */
public record SettingsModel(TypeElement element, AnnotationMirror annotation, String prefix,
    List<SettingModel> settings) {

  public SettingsModel {
    settings = List.copyOf(settings);
  }

  /** The record's simple name. */
  public String simpleName() {
    return element.getSimpleName().toString();
  }
}

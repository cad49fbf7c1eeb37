package dev.kiln.processor.model;

import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;

/**
 * One component of a settings record.
 *
 * @param element where diagnostics about it go (its field, placed on the component)
 * @param javaName the component's name
 * @param key the setting's key: {@code kiln.db.pool-size}
 * @param env the setting's environment variable: {@code KILN_DB_POOL_SIZE}
 * @param type the component's type with its constraints
 * @param defaultValue its {@code @DefaultValue} (on the canonical constructor's parameter), or
 *     {@code null}
 * @param defaultText the default's text, or {@code null}
 * @param nested for a record component, the nested record's settings (under {@code key});
 *     otherwise {@code null}
 * @param cycle whether the component's record type contains itself (it is not nested then)
 */
public record SettingModel(Element element, String javaName, String key, String env,
    TypeModel type, AnnotationMirror defaultValue, String defaultText, SettingsModel nested,
    boolean cycle) {}

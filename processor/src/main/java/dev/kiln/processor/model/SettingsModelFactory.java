package dev.kiln.processor.model;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.Element;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.ExecutableElement;
import javax.lang.model.element.RecordComponentElement;
import javax.lang.model.element.TypeElement;
import javax.lang.model.element.VariableElement;
import javax.lang.model.util.ElementFilter;
import javax.lang.model.util.Types;

/**
 * Builds the {@link SettingsModel} of a {@code @Settings} record: each component's key (the
 * prefix, a dot and the name in kebab case), environment variable, type, default and, for a
 * record component, the nested record's settings.
 */
public final class SettingsModelFactory {
  private final TypeModelFactory types;
  private final Types typeUtils;

  public SettingsModelFactory(TypeModelFactory types, Types typeUtils) {
    this.types = types;
    this.typeUtils = typeUtils;
  }

  /** The model of the {@code @Settings} record {@code element} (a record: checked before). */
  public SettingsModel of(TypeElement element) {
    AnnotationMirror settings = Annotations.find(element, Annotations.SETTINGS);
    String prefix = Annotations.stringValue(settings, "prefix", "");
    Set<TypeElement> path = new LinkedHashSet<>();
    path.add(element);
    return new SettingsModel(element, settings, prefix, settings(element, prefix, path));
  }

  private List<SettingModel> settings(TypeElement record, String prefix, Set<TypeElement> path) {
    List<SettingModel> settings = new ArrayList<>();
    List<? extends RecordComponentElement> components = record.getRecordComponents();
    ExecutableElement canonical = canonical(record, components);
    for (int i = 0; i < components.size(); i++) {
      RecordComponentElement component = components.get(i);
      String name = component.getSimpleName().toString();
      Element field = RecordModelFactory.field(record, name);
      VariableElement parameter = canonical == null ? null : canonical.getParameters().get(i);
      List<Element> annotated = new ArrayList<>();
      for (Element e : new Element[] {field, component.getAccessor(), parameter}) {
        if (e != null) {
          annotated.add(e);
        }
      }
      TypeModel type = types.of(component.asType(), annotated.toArray(new Element[0]));
      // on the component (kept there when the record declares its canonical constructor)
      AnnotationMirror defaultValue = Annotations.find(component, Annotations.DEFAULT_VALUE);
      if (defaultValue == null && parameter != null) {
        defaultValue = Annotations.find(parameter, Annotations.DEFAULT_VALUE);
      }
      String key = (prefix.isEmpty() ? "" : prefix + ".") + kebab(name);
      SettingsModel nested = null;
      boolean cycle = false;
      if (type.kind() == TypeKindModel.RECORD && type.arguments().isEmpty()
          && type.typeElement().getKind() == ElementKind.RECORD) {
        TypeElement inner = type.typeElement();
        cycle = path.contains(inner);
        if (!cycle) {
          path.add(inner);
          nested = new SettingsModel(inner, null, key, settings(inner, key, path));
          path.remove(inner);
        }
      }
      settings.add(new SettingModel(field == null ? component : field, name, key, env(key),
          type, defaultValue, defaultValue == null ? null
              : Annotations.stringValue(defaultValue, "value", ""), nested, cycle));
    }
    return settings;
  }

  /** {@code poolSize} as {@code pool-size}, {@code maxHTTPRetries} as {@code max-http-retries}. */
  public static String kebab(String name) {
    return name.replaceAll("([a-z0-9])([A-Z])", "$1-$2")
        .replaceAll("([A-Z])([A-Z][a-z])", "$1-$2").toLowerCase(Locale.ROOT);
  }

  /** {@code kiln.db.pool-size} as {@code KILN_DB_POOL_SIZE}. */
  public static String env(String key) {
    return key.replace('.', '_').replace('-', '_').toUpperCase(Locale.ROOT);
  }

  /** The canonical constructor (whose parameters carry {@code @DefaultValue}), or {@code null}. */
  private ExecutableElement canonical(TypeElement record,
      List<? extends RecordComponentElement> components) {
    for (ExecutableElement constructor
        : ElementFilter.constructorsIn(record.getEnclosedElements())) {
      List<? extends VariableElement> parameters = constructor.getParameters();
      boolean same = parameters.size() == components.size();
      for (int i = 0; same && i < parameters.size(); i++) {
        same = typeUtils.isSameType(typeUtils.erasure(parameters.get(i).asType()),
            typeUtils.erasure(components.get(i).asType()));
      }
      if (same) {
        return constructor;
      }
    }
    return null;
  }
}

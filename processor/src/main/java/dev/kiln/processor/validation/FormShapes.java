package dev.kiln.processor.validation;

import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;

/** What an HTML form body can hold: a record of scalars and lists or optionals of scalars. */
public final class FormShapes {
  private FormShapes() {}

  /** The name of the first component that is not flat form text, or {@code null} if all are. */
  public static String firstNested(RecordModel record) {
    for (ComponentModel component : record.components()) {
      TypeModel type = component.type();
      boolean wrapper = type.kind() == TypeKindModel.LIST || type.kind() == TypeKindModel.SET
          || type.kind() == TypeKindModel.OPTIONAL;
      TypeModel value = wrapper ? type.element() : type;
      if (!value.kind().isScalar()) {
        return component.javaName();
      }
    }
    return null;
  }
}

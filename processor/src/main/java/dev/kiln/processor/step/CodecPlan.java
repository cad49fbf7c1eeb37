package dev.kiln.processor.step;

import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import dev.kiln.processor.validation.FormShapes;
import dev.kiln.processor.validation.Messages;
import dev.kiln.processor.validation.Report;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * The JSON codecs one controller needs: readers for records reachable from request bodies,
 * writers for records reachable from return types, codecs for enums anywhere. Walks recursive
 * types once; {@link #isValid()} is false when a reachable record has errors.
 */
final class CodecPlan {
  private final RecordCache records;
  private final Map<String, RecordModel> readers = new LinkedHashMap<>();
  private final Map<String, RecordModel> writers = new LinkedHashMap<>();
  private final Map<String, TypeModel> enums = new LinkedHashMap<>();
  private final Map<String, RecordModel> forms = new LinkedHashMap<>();
  private final Map<String, RecordModel> multiparts = new LinkedHashMap<>();
  private boolean valid = true;

  CodecPlan(RecordCache records) {
    this.records = records;
  }

  /** Adds what reading {@code type} from a request body needs. */
  void addRead(TypeModel type, Report report) {
    walk(type, readers, report);
  }

  /** Adds what writing {@code type} as a response needs. */
  void addWrite(TypeModel type, Report report) {
    walk(type, writers, report);
  }

  /**
   * Adds what reading the record {@code type} from an HTML form needs; reports on {@code param}
   * when a component is not flat form text.
   */
  void addForm(TypeModel type, javax.lang.model.element.Element param, String paramName,
      Report report) {
    RecordModel record = records.get(type, report);
    if (!records.isValid(record)) {
      valid = false;
      return;
    }
    String nested = FormShapes.firstNested(record);
    if (nested != null) {
      report.error(param, Messages.formNotFlat(paramName, String.valueOf(type.mirror()), nested));
      return;
    }
    forms.putIfAbsent(type.key(), record);
    for (ComponentModel component : record.components()) {
      addParam(component.type());
    }
  }

  /** Adds what reading the record {@code type} from a {@code multipart/form-data} body needs. */
  void addMultipart(TypeModel type, Report report) {
    RecordModel record = records.multipart(type, report);
    if (record == null) {
      valid = false;
      return;
    }
    multiparts.putIfAbsent(type.key(), record);
    for (ComponentModel component : record.components()) {
      addParam(component.type());
    }
  }

  Map<String, RecordModel> multiparts() {
    return multiparts;
  }

  Map<String, RecordModel> forms() {
    return forms;
  }

  /** Adds what binding a parameter of {@code type} needs (enum codecs). */
  void addParam(TypeModel type) {
    if (type.kind() == TypeKindModel.ENUM) {
      enums.putIfAbsent(type.key(), type);
    } else if (type.element() != null) {
      addParam(type.element());
    }
  }

  Map<String, RecordModel> readers() {
    return readers;
  }

  Map<String, RecordModel> writers() {
    return writers;
  }

  Map<String, TypeModel> enums() {
    return enums;
  }

  /** Whether every reachable record is valid. */
  boolean isValid() {
    return valid;
  }

  private void walk(TypeModel type, Map<String, RecordModel> target, Report report) {
    switch (type.kind()) {
      case ENUM:
        enums.putIfAbsent(type.key(), type);
        return;
      case LIST:
      case SET:
      case OPTIONAL:
      case MAP:
      case ARRAY:
      case COMPLETION_STAGE:
      case RESPONSE:
      case EVENT_STREAM:
        walk(type.element(), target, report);
        return;
      case RECORD: {
        String name = type.key();
        if (target.containsKey(name)) {
          return;
        }
        RecordModel record = records.get(type, report);
        target.put(name, record);
        if (!records.isValid(record)) {
          valid = false;
          return;
        }
        for (ComponentModel component : record.components()) {
          walk(component.type(), target, report);
        }
        return;
      }
      default:
        return;
    }
  }
}

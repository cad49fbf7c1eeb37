package dev.kiln.processor.step;

import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import dev.kiln.processor.validation.Report;
import java.util.LinkedHashMap;
import java.util.Map;
import javax.lang.model.element.TypeElement;
import javax.lang.model.type.DeclaredType;

/**
 * The JSON codecs one handler class needs: readers for records reachable from request bodies,
 * writers for records reachable from return types, codecs for enums anywhere. Walks recursive
 * types once; {@link #isValid()} is false when a reachable record has errors.
 */
final class CodecPlan {
  private final RecordCache records;
  private final Map<String, RecordModel> readers = new LinkedHashMap<>();
  private final Map<String, RecordModel> writers = new LinkedHashMap<>();
  private final Map<String, TypeModel> enums = new LinkedHashMap<>();
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

  /** Adds what binding a parameter of {@code type} needs (enum codecs). */
  void addParam(TypeModel type) {
    if (type.kind() == TypeKindModel.ENUM) {
      enums.putIfAbsent(type.className().canonicalName(), type);
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
        enums.putIfAbsent(type.className().canonicalName(), type);
        return;
      case LIST:
      case SET:
      case OPTIONAL:
        walk(type.element(), target, report);
        return;
      case RECORD: {
        String name = type.className().canonicalName();
        if (target.containsKey(name)) {
          return;
        }
        TypeElement element = (TypeElement) ((DeclaredType) type.mirror()).asElement();
        RecordModel record = records.get(element, report);
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

package dev.kiln.processor.step;

import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.RecordModelFactory;
import dev.kiln.processor.validation.MultipartShapes;
import dev.kiln.processor.validation.RecordValidator;
import dev.kiln.processor.validation.Report;
import java.util.HashMap;
import java.util.Map;
import dev.kiln.processor.model.TypeModel;

/**
 * The record models of one compilation, each built and validated once (its errors reported once,
 * to the report that first asked). Lives on the processor instance, never in a static.
 */
final class RecordCache {
  private final RecordModelFactory factory;
  private final RecordValidator validator = new RecordValidator();
  private final Map<String, RecordModel> models = new HashMap<>();
  private final Map<String, Boolean> valid = new HashMap<>();
  private final MultipartShapes multipartShapes = new MultipartShapes();
  private final Map<String, RecordModel> multipartValid = new HashMap<>();

  RecordCache(RecordModelFactory factory) {
    this.factory = factory;
  }

  /** The model of the object type {@code type}, validated into {@code report} on first use. */
  RecordModel get(TypeModel type, Report report) {
    String name = type.key();
    RecordModel model = models.get(name);
    if (model == null) {
      model = factory.of(type);
      models.put(name, model);
      Report own = new Report();
      validator.validate(model, own);
      valid.put(name, own.isClean());
      own.findings().forEach(f -> report.error(f.element(), f.annotation(), f.value(),
          f.message()));
    }
    return model;
  }

  /**
   * The model of {@code type} as a {@code multipart/form-data} body, validated as one (not as
   * JSON) into {@code report} on first use; {@code null} if it has errors.
   */
  RecordModel multipart(TypeModel type, Report report) {
    String name = type.key();
    if (!multipartValid.containsKey(name)) {
      RecordModel model = factory.of(type);
      Report own = new Report();
      multipartShapes.validate(model, own);
      multipartValid.put(name, own.isClean() ? model : null);
      own.findings().forEach(f -> report.error(f.element(), f.annotation(), f.value(),
          f.message()));
    }
    return multipartValid.get(name);
  }

  /** Whether the record passed validation. */
  boolean isValid(RecordModel model) {
    return valid.getOrDefault(model.type().key(), Boolean.FALSE);
  }
}

package dev.kiln.processor.step;

import dev.kiln.processor.model.Annotations;
import dev.kiln.processor.model.RecordModelFactory;
import dev.kiln.processor.model.SettingModel;
import dev.kiln.processor.model.SettingsModel;
import dev.kiln.processor.model.SettingsModelFactory;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import dev.kiln.processor.model.TypeModelFactory;
import dev.kiln.processor.validation.Report;
import dev.kiln.processor.validation.SettingsMessages;
import dev.kiln.processor.validation.SettingsValidator;
import dev.kiln.processor.writing.SettingsBinderFile;
import javax.annotation.processing.Messager;
import javax.annotation.processing.ProcessingEnvironment;
import javax.annotation.processing.RoundEnvironment;
import javax.lang.model.element.ElementKind;
import javax.lang.model.element.TypeElement;
import javax.lang.model.util.Elements;

/**
 * Turns {@code @Settings} records into generated binders: build the model, validate it, print
 * the report, and write {@code <Record>_Binder} and the enum codecs it uses. Records whose
 * component types are not generated yet are deferred to the next round.
 */
final class SettingsStep {
  private final Messager messager;
  private final CodecFiles codecs;
  private final SettingsModelFactory factory;
  private final RecordCache records;
  private final SettingsValidator validator = new SettingsValidator();
  private final Deferred deferred;

  SettingsStep(ProcessingEnvironment environment, CodecFiles codecs) {
    Elements elements = environment.getElementUtils();
    this.messager = environment.getMessager();
    this.codecs = codecs;
    this.deferred = new Deferred(elements);
    TypeModelFactory types = new TypeModelFactory(elements);
    this.factory = new SettingsModelFactory(types, environment.getTypeUtils());
    this.records = new RecordCache(
        new RecordModelFactory(types, elements, environment.getTypeUtils()));
  }

  /** Processes one round. */
  void process(RoundEnvironment round) {
    for (TypeElement type : deferred.roundTypes(round, Annotations.SETTINGS).values()) {
      process(type, round.processingOver());
    }
  }

  /** Reports the records still deferred when processing ends. */
  void finish() {
    Report report = new Report();
    deferred.reportUnresolved(report, "used by a settings record");
    report.printTo(messager);
  }

  private void process(TypeElement element, boolean lastRound) {
    Report report = new Report();
    if (element.getKind() != ElementKind.RECORD || !element.getTypeParameters().isEmpty()) {
      report.error(element, Annotations.find(element, Annotations.SETTINGS), null,
          SettingsMessages.notRecord(element.getSimpleName().toString()));
      report.printTo(messager);
      return;
    }
    SettingsModel settings = factory.of(element);
    if (!lastRound && unresolved(settings)) {
      deferred.add(element);
      return;
    }
    validator.validate(settings, report);
    report.printTo(messager);
    if (!report.isClean()) {
      return;
    }
    CodecPlan plan = new CodecPlan(records);
    addEnums(settings, plan);
    Report writing = new Report();
    codecs.write(new SettingsBinderFile().write(settings), element, writing);
    codecs.write(plan, writing);
    writing.printTo(messager);
  }

  private static boolean unresolved(SettingsModel settings) {
    for (SettingModel setting : settings.settings()) {
      TypeModel problem = setting.type().firstProblem();
      if (problem != null && problem.kind() == TypeKindModel.UNRESOLVED
          || setting.nested() != null && unresolved(setting.nested())) {
        return true;
      }
    }
    return false;
  }

  /** Plans the codec of every enum a setting (or an item of one) is. */
  private static void addEnums(SettingsModel settings, CodecPlan plan) {
    for (SettingModel setting : settings.settings()) {
      if (setting.nested() != null) {
        addEnums(setting.nested(), plan);
        continue;
      }
      TypeModel type = setting.type().element() != null ? setting.type().element()
          : setting.type();
      if (type.kind() == TypeKindModel.ENUM) {
        plan.addParam(type);
      }
    }
  }
}

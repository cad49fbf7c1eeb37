package dev.kiln.processor.model;

import java.util.List;
import java.util.Map;
import javax.lang.model.element.AnnotationMirror;
import javax.lang.model.element.VariableElement;

/** The model of a {@code BackgroundTasks} handler parameter: supplied by the server. */
final class BackgroundTasksParam {
  private BackgroundTasksParam() {}

  /**
   * {@code parameter} as {@link ParamKind#BACKGROUND_TASKS}; a {@code @QueryParam}-like annotation
   * it carries by mistake (from {@code sources}, else {@code @BeanParam} or {@code
   * @DefaultValue}) is kept for validation to report.
   */
  static ParamModel of(VariableElement parameter, TypeModel type,
      List<Map.Entry<String, ParamKind>> sources) {
    AnnotationMirror misplaced = null;
    for (Map.Entry<String, ParamKind> source : sources) {
      misplaced = misplaced != null ? misplaced : Annotations.find(parameter, source.getKey());
    }
    for (String other : List.of(Annotations.BEAN_PARAM, Annotations.DEFAULT_VALUE)) {
      misplaced = misplaced != null ? misplaced : Annotations.find(parameter, other);
    }
    return new ParamModel(parameter, parameter.getSimpleName().toString(),
        ParamKind.BACKGROUND_TASKS, null, type, null, misplaced, List.of(), false);
  }
}

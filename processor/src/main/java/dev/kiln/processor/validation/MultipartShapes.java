package dev.kiln.processor.validation;

import dev.kiln.processor.model.ComponentModel;
import dev.kiln.processor.model.MediaTypes;
import dev.kiln.processor.model.RecordModel;
import dev.kiln.processor.model.RouteModel;
import dev.kiln.processor.model.TypeKindModel;
import dev.kiln.processor.model.TypeModel;
import java.util.ArrayList;
import java.util.List;

/**
 * What a {@code multipart/form-data} body can be: a record whose components are text fields
 * (scalars, optionals, lists and sets of scalars) or file parts ({@code Upload}, {@code
 * Optional<Upload>}, {@code List<Upload>}), read by a route that consumes nothing else.
 */
public final class MultipartShapes {
  private final ConstraintValidator constraints = new ConstraintValidator();

  /**
   * The problem of body parameter {@code param} of {@code type} if {@code route} reads
   * multipart, else {@code null} (also for a raw body, which the handler parses itself).
   */
  public static String bodyProblem(RouteModel route, String param, TypeModel type) {
    if (!route.readsMultipartBody() || type.isRaw()) {
      return null;
    }
    if (route.consumes().size() > 1) {
      List<String> others = new ArrayList<>(route.consumes());
      others.remove(MediaTypes.MULTIPART);
      return MultipartMessages.notAlone(route.methodName(), String.join(", ", others));
    }
    if (type.kind() != TypeKindModel.RECORD || !type.arguments().isEmpty()) {
      return MultipartMessages.notRecord(param, String.valueOf(type.mirror()));
    }
    return null;
  }

  /** Adds every problem of {@code record} as a multipart body to {@code report}. */
  public void validate(RecordModel record, Report report) {
    if (record.element().getModifiers().contains(javax.lang.model.element.Modifier.PRIVATE)) {
      report.error(record.element(), Messages.privateClass(record.simpleName()));
    }
    for (ComponentModel component : record.components()) {
      TypeModel type = component.type();
      if (type.firstProblem() != null || !isPart(type)) {
        report.error(component.element(), MultipartMessages.unsupportedPart(
            record.simpleName(), component.javaName(), String.valueOf(type.mirror())));
      } else {
        constraints.validate(type, "component " + component.javaName() + " of "
            + record.simpleName(), report);
      }
    }
  }

  /** Whether a component of {@code type} binds to parts. */
  static boolean isPart(TypeModel type) {
    TypeKindModel kind = type.kind();
    if (kind == TypeKindModel.UPLOAD || kind.isScalar()) {
      return true;
    }
    boolean wrapper = kind == TypeKindModel.LIST || kind == TypeKindModel.OPTIONAL
        || kind == TypeKindModel.SET;
    return wrapper && (type.element().kind().isScalar()
        || (type.element().kind() == TypeKindModel.UPLOAD && kind != TypeKindModel.SET));
  }
}

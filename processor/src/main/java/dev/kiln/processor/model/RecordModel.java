package dev.kiln.processor.model;

import com.palantir.javapoet.ClassName;
import java.util.List;
import javax.lang.model.element.TypeElement;

/**
 * A record read from or written to JSON.
 *
 * @param element the record type
 * @param className its name
 * @param components its components in declaration order
 * @param checks its {@code @AssertTrue}/{@code @AssertFalse} methods (cross-field rules)
 */
public record RecordModel(TypeElement element, ClassName className,
    List<ComponentModel> components, List<MethodCheckModel> checks) {

  public RecordModel {
    components = List.copyOf(components);
    checks = List.copyOf(checks);
  }
}

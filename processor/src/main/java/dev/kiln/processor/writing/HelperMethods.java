package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;
import com.palantir.javapoet.FieldSpec;
import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The private static helper methods and constants of one generated class (list readers and
 * writers, compiled patterns), each written once however often it is used.
 */
final class HelperMethods {
  private final ClassName self;
  private final Map<String, MethodSpec> methods = new LinkedHashMap<>();
  private final Map<String, Boolean> pending = new LinkedHashMap<>();
  private final Map<String, FieldSpec> fields = new LinkedHashMap<>();

  /** The helpers of the class {@code self}. */
  HelperMethods(ClassName self) {
    this.self = self;
  }

  /** The class being written, for method references to its helpers. */
  ClassName self() {
    return self;
  }

  /**
   * Returns the name of a static final field initialized like {@code field(name)}: an existing
   * one with the same initializer, or a new one named {@code name} (or {@code name_2}, ... when
   * that is taken by another initializer).
   */
  String constant(String name, java.util.function.Function<String, FieldSpec> field) {
    for (int n = 1; ; n++) {
      String candidate = n == 1 ? name : name + "_" + n;
      FieldSpec spec = field.apply(candidate);
      FieldSpec existing = fields.get(candidate);
      if (existing == null) {
        fields.put(candidate, spec);
        return candidate;
      }
      if (existing.initializer().equals(spec.initializer())) {
        return candidate;
      }
    }
  }

  /** Returns {@code name}, creating the method with {@code body} the first time it is asked for. */
  String ensure(String name, Supplier<MethodSpec> body) {
    if (!methods.containsKey(name) && pending.putIfAbsent(name, Boolean.TRUE) == null) {
      methods.put(name, body.get());
    }
    return name;
  }

  /** Adds the helpers to {@code type}, in the order they were first asked for. */
  void addTo(TypeSpec.Builder type) {
    fields.values().forEach(type::addField);
    methods.values().forEach(type::addMethod);
  }
}

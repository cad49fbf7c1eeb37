package dev.kiln.processor.writing;

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
  private final Map<String, MethodSpec> methods = new LinkedHashMap<>();
  private final Map<String, Boolean> pending = new LinkedHashMap<>();
  private final Map<String, FieldSpec> fields = new LinkedHashMap<>();

  /** Returns {@code name}, creating the static final field the first time it is asked for. */
  String constant(String name, Supplier<FieldSpec> field) {
    fields.computeIfAbsent(name, n -> field.get());
    return name;
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

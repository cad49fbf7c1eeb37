package dev.kiln.processor.writing;

import com.palantir.javapoet.MethodSpec;
import com.palantir.javapoet.TypeSpec;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.Supplier;

/**
 * The private static helper methods of one generated class (list and optional readers and
 * writers), each written once however often it is used.
 */
final class HelperMethods {
  private final Map<String, MethodSpec> methods = new LinkedHashMap<>();
  private final Map<String, Boolean> pending = new LinkedHashMap<>();

  /** Returns {@code name}, creating the method with {@code body} the first time it is asked for. */
  String ensure(String name, Supplier<MethodSpec> body) {
    if (!methods.containsKey(name) && pending.putIfAbsent(name, Boolean.TRUE) == null) {
      methods.put(name, body.get());
    }
    return name;
  }

  /** Adds the helpers to {@code type}, in the order they were first asked for. */
  void addTo(TypeSpec.Builder type) {
    methods.values().forEach(type::addMethod);
  }
}

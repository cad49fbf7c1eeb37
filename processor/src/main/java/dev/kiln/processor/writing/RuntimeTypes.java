package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;

/** Names of the runtime and library types generated code refers to. */
final class RuntimeTypes {
  static final String RUNTIME = "dev.kiln.runtime";
  /** The runtime package called by generated code only. */
  static final String GENERATED = "dev.kiln.runtime.generated";
  static final ClassName EXCHANGE = ClassName.get(GENERATED, "RouteExchange");
  static final ClassName PARAMS = ClassName.get(GENERATED, "Params");
  static final ClassName PARAM_IN = ClassName.get(RUNTIME, "ParamIn");
  static final ClassName ROUTE = ClassName.get(GENERATED, "Route");
  static final ClassName ROUTE_GROUP = ClassName.get(GENERATED, "RouteGroup");
  static final ClassName JSON_INPUT = ClassName.get(GENERATED, "JsonInput");
  static final ClassName JSON_GENERATOR = ClassName.get("tools.jackson.core", "JsonGenerator");
  static final ClassName LIST = ClassName.get("java.util", "List");
  static final ClassName ARRAY_LIST = ClassName.get("java.util", "ArrayList");
  static final ClassName SET = ClassName.get("java.util", "Set");
  static final ClassName LINKED_HASH_MAP = ClassName.get("java.util", "LinkedHashMap");
  static final ClassName LINKED_HASH_SET = ClassName.get("java.util", "LinkedHashSet");
  static final ClassName OPTIONAL = ClassName.get("java.util", "Optional");
  static final ClassName OBJECTS = ClassName.get("java.util", "Objects");

  private RuntimeTypes() {}
}

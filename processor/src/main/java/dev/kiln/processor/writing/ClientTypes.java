package dev.kiln.processor.writing;

import com.palantir.javapoet.ClassName;

/** Names of the kiln-client types generated clients refer to. */
final class ClientTypes {
  static final String CLIENT = "dev.kiln.client";
  static final String GENERATED = "dev.kiln.client.generated";
  static final ClassName CONFIG = ClassName.get(CLIENT, "ClientConfig");
  static final ClassName CALL = ClassName.get(GENERATED, "ClientCall");
  static final ClassName ANSWERS = ClassName.get(GENERATED, "Answers");
  static final ClassName WIRE_TEXT = ClassName.get(GENERATED, "WireText");

  private ClientTypes() {}
}

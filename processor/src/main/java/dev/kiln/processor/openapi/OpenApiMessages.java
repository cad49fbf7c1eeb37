package dev.kiln.processor.openapi;

/**
 * The diagnostic texts of the OpenAPI document, each with a stable tag. (Kept beside the document
 * code while the model's vocabulary grows; they can move into {@code validation.Messages}.)
 */
final class OpenApiMessages {
  private OpenApiMessages() {}

  static String duplicateOperationId(String id, String method, String other) {
    return "[kiln:duplicate-operation-id] The operationId \"" + id + "\" of " + method
        + " is already the operationId of " + other + ". The OpenAPI document names operations "
        + "after their methods, so method names must be unique across handler classes; rename "
        + "one of them.";
  }

  static String javaOnlyRegex(String regex, String construct) {
    return "[kiln:java-only-regex] @Pattern(regexp = \"" + regex + "\") uses " + construct
        + ", which JSON Schema's ECMA-262 patterns do not have, so the OpenAPI document cannot "
        + "state the rule. Write it with syntax both understand.";
  }

  static String unknownSecurityScheme(String name, String known) {
    return "[kiln:unknown-security-scheme] @SecurityRequirement(\"" + name + "\") names no "
        + "@SecurityScheme. Declared: " + (known.isEmpty() ? "none" : known) + ".";
  }

  static String duplicateSecurityScheme(String name) {
    return "[kiln:duplicate-security-scheme] @SecurityScheme(name = \"" + name + "\") is declared "
        + "more than once. Give each scheme its own name.";
  }

  static String duplicateInfo(String other) {
    return "[kiln:duplicate-openapi-info] @OpenApiInfo is already on " + other
        + "; an application has one. Remove one of them.";
  }

  static String writeFailed(String file, String reason) {
    return "[kiln:write-failed] Could not write " + file + ": " + reason;
  }
}

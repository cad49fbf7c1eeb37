package dev.kiln.processor.validation;

/** The diagnostics of enforced security ({@code @SecurityRequirement}), each with a stable tag. */
public final class SecurityMessages {
  private SecurityMessages() {}

  public static String unenforceableScheme(String name, String what) {
    return "[kiln:unenforceable-security-scheme] @SecurityRequirement(\"" + name + "\") requires "
        + what + ", which Kiln cannot check. Kiln enforces apiKey schemes with a paramName, "
        + "http bearer and basic, oauth2 and openIdConnect: require one of those.";
  }

  public static String principalWithoutSecurity(String parameter, String operation) {
    return "[kiln:principal-without-security] " + parameter + " takes the authenticated "
        + "Principal, but " + operation + " requires no security, so there is none. Add a "
        + "@SecurityRequirement to the operation, its class or a provider it uses.";
  }
}

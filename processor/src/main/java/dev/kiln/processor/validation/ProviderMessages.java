package dev.kiln.processor.validation;

import java.util.List;

/**
 * The diagnostics of providers ({@code @Provides} methods and the parameters they feed), in the
 * style of {@link Messages}: a stable tag, the construct named, the fix proposed.
 */
public final class ProviderMessages {
  private ProviderMessages() {}

  public static String missingProvider(String key, String param, String user) {
    return "[kiln:missing-provider] No @Provides method provides " + key + " for parameter "
        + param + " of " + user + ". Add a @Provides method returning " + key
        + " to a class compiled with it, or bind the parameter from the request with @Header, "
        + "@QueryParam, @Cookie or @PathParam.";
  }

  public static String ambiguousProvider(String key, String provider, List<String> others) {
    return "[kiln:ambiguous-provider] " + provider + " provides " + key + ", as "
        + String.join(" and ", others) + " do" + (others.size() == 1 ? "es" : "")
        + ": a parameter of it cannot tell which to use. Keep one, or tell them apart with a "
        + "@Qualifier annotation on each provider and on the parameters using them.";
  }

  public static String providerCycle(List<String> cycle) {
    return "[kiln:provider-cycle] Providers depend on each other in a cycle: "
        + String.join(" -> ", cycle) + ". A provider cannot need its own value; break the "
        + "cycle by reading from the request what one of them needs.";
  }

  public static String badProvider(String provider, String reason) {
    return "[kiln:bad-provider] " + provider + " cannot be a @Provides method: " + reason + ".";
  }
}

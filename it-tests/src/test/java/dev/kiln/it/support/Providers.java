package dev.kiln.it.support;

import com.sun.net.httpserver.spi.HttpServerProvider;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;
import dev.kiln.test.KilnTest;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.extension.ExtensionContext;
import org.junit.jupiter.params.ParameterInfo;
import org.junit.jupiter.params.ParameterizedClass;
import org.junit.jupiter.params.provider.Arguments;
import org.junit.jupiter.params.provider.MethodSource;

/**
 * The HTTP server providers the integration tests run against: {@code jdk} (the JDK's own server,
 * Kiln's default), {@code jetty} ({@code kiln-server-jetty}) and {@code robaho} ({@code
 * kiln-server-robaho}). The system property {@code kiln.it.providers} lists them (failsafe sets
 * all three on JDK 21+, only {@code jdk} on JDK 17). A Kiln provider is found by its class name
 * through {@link ServiceLoader}, as each {@code kiln-server-*} jar registers it.
 */
public final class Providers {
  private Providers() {}

  /**
   * Runs the annotated test class once per provider, its {@code @Parameter String provider}
   * field holding the provider's name; {@link Apps#exampleApp()} starts the app on it.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ParameterizedClass(name = "on {0}")
  @MethodSource("dev.kiln.it.support.Providers#names")
  public @interface EachProvider {}

  /**
   * Runs the annotated test class once per provider, as {@link EachProvider} does, and once more
   * in process (kiln-test's {@link KilnTest.Mode#IN_PROCESS}, its provider named {@value
   * #IN_PROCESS}): the same assertions without a socket. {@link Apps#exampleAppEachWay()} starts
   * the app accordingly.
   */
  @Target(ElementType.TYPE)
  @Retention(RetentionPolicy.RUNTIME)
  @ParameterizedClass(name = "on {0}")
  @MethodSource("dev.kiln.it.support.Providers#namesAndInProcess")
  public @interface EachProviderAndInProcess {}

  /** The provider name of the in-process runs of {@link EachProviderAndInProcess}. */
  public static final String IN_PROCESS = "in-process";

  /** The providers under test with {@link KilnTest.Mode#HTTP}, then {@value #IN_PROCESS}. */
  public static List<Arguments> namesAndInProcess() {
    List<Arguments> arguments = new ArrayList<>();
    names().forEach(name -> arguments.add(Arguments.of(name, KilnTest.Mode.HTTP)));
    arguments.add(Arguments.of(IN_PROCESS, KilnTest.Mode.IN_PROCESS));
    return arguments;
  }

  /** The providers under test, by name. */
  public static List<String> names() {
    return Arrays.asList(System.getProperty("kiln.it.providers", "jdk").split(","));
  }

  /** The provider named {@code name}; {@code null} for {@code jdk} (Kiln's default). */
  public static HttpServerProvider named(String name) {
    if (name.equals("jdk")) {
      return null;
    }
    String type = "dev.kiln.server." + name + ".Kiln"
        + Character.toUpperCase(name.charAt(0)) + name.substring(1) + "Provider";
    return ServiceLoader.load(HttpServerProvider.class).stream()
        .filter(provider -> provider.type().getName().equals(type))
        .findFirst()
        .orElseThrow(() -> new IllegalStateException(type + " is not on the class path"))
        .get();
  }

  /** The provider name of the current {@link EachProvider} invocation; {@code jdk} outside one. */
  public static String current(ExtensionContext context) {
    ParameterInfo info = ParameterInfo.get(context);
    return info == null ? "jdk" : (String) info.getArguments().get(0);
  }
}

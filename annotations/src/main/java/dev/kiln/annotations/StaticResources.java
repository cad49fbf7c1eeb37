package dev.kiln.annotations;

import java.lang.annotation.Documented;
import java.lang.annotation.ElementType;
import java.lang.annotation.Retention;
import java.lang.annotation.RetentionPolicy;
import java.lang.annotation.Target;

/**
 * The class-path folders the application serves with {@code StaticFiles.classPath}, so that the
 * Kiln processor writes their GraalVM native-image resource configuration ({@code
 * META-INF/native-image/<kiln.nativeImage.dir>/static/resource-config.json}, next to the OpenAPI
 * document's): in a native image, class-path resources exist only when configured. Put it on any
 * class of the application, e.g. the one that builds the server, and use the same constant there:
 *
 * <pre>{@code
 * @StaticResources(App.STATIC)
 * public final class App {
 *   static final String STATIC = "static";   // src/main/resources/static
 *   ... KilnServer.builder().routes(StaticFiles.classPath("/static", STATIC)) ...
 * }
 * }</pre>
 */
@Documented
@Retention(RetentionPolicy.CLASS)
@Target(ElementType.TYPE)
public @interface StaticResources {
  /**
   * The folders, as resource names without leading or trailing {@code /} (e.g. {@code "static"},
   * {@code "web/assets"}); each is included with every file below it.
   */
  String[] value();
}

package dev.kiln.processor.testing;

import com.google.testing.compile.Compilation;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.generated.RouteGroup;
import java.time.Duration;

/** Serves a controller compiled by a test: its generated routes on a real server. */
public final class GeneratedServers {
  private GeneratedServers() {}

  /**
   * Loads {@code controller} (a qualified name with a no-argument constructor) and its {@code
   * _Routes} from {@code compilation} and serves them on 127.0.0.1 and a free port.
   */
  public static KilnServer start(Compilation compilation, String controller) throws Exception {
    ClassLoader loader = new GeneratedClassLoader(compilation);
    Object instance = loader.loadClass(controller).getConstructor().newInstance();
    RouteGroup routes = (RouteGroup) loader.loadClass(controller + "_Routes")
        .getConstructor(instance.getClass()).newInstance(instance);
    return KilnServer.builder().port(0).shutdownTimeout(Duration.ofSeconds(1)).routes(routes)
        .start();
  }
}

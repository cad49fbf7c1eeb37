package dev.kiln.runtime.internal;

import dev.kiln.runtime.ExceptionHandler;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.MultipartLimits;
import dev.kiln.runtime.filter.Filter;
import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.security.Security;
import com.sun.net.httpserver.spi.HttpServerProvider;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.Map;
import javax.net.ssl.SSLContext;
import tools.jackson.core.StreamReadConstraints;

/**
 * What a {@link KilnServer.Builder} configured, as the server starts with it (documented there).
 *
 * @param maxConnections 0 for the default (see {@link ServerProperties#defaultMaxConnections()})
 * @param jsonConstraints {@code null} for Kiln's limits (see {@link BodyConfig})
 * @param filters the filters in the order added, the outermost first, then the mounts
 * @param startHooks run before the port is bound
 * @param stopHooks run after the server stopped
 * @param drainHooks run in order when a stop begins
 * @param drainDelay how long the server keeps serving after the drain hooks ran
 * @param multipartLimits how {@code multipart/form-data} bodies are read
 * @param security the checks of credentials of the secured operations
 */
public record ServerSettings(String host, int port, Duration shutdownTimeout,
    boolean shutdownHook, long maxBodySize, int maxThreads, int maxConnections,
    StreamReadConstraints jsonConstraints, List<Route> routes,
    Map<Class<?>, ExceptionHandler<?>> exceptionHandlers, HttpServerProvider provider,
    SSLContext sslContext, Path keyStore, char[] keyStorePassword, List<Filter> filters,
    List<KilnServer.Hook> startHooks, List<KilnServer.Hook> stopHooks,
    List<KilnServer.Hook> drainHooks, Duration drainDelay, MultipartLimits multipartLimits,
    Security security) {

  /** Settings with copies of the route list, handler map and filter list. */
  public ServerSettings {
    routes = List.copyOf(routes);
    filters = List.copyOf(filters);
    startHooks = List.copyOf(startHooks);
    stopHooks = List.copyOf(stopHooks);
    exceptionHandlers = Map.copyOf(exceptionHandlers);
    drainHooks = List.copyOf(drainHooks);
  }
}

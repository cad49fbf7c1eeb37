package dev.kiln.health;

import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.RouteGroup;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.BooleanSupplier;

/**
 * Liveness and readiness of a Kiln server, served as two routes (by default {@code GET
 * /health/live} and {@code GET /health/ready}) for a load balancer or an orchestrator's probes.
 *
 * <ul>
 *   <li><b>Live</b>: the process answers requests. Always {@code 200} once the server listens
 *       (a liveness probe that fails makes Kubernetes restart the process, so it checks nothing
 *       that a restart would not fix).
 *   <li><b>Ready</b>: the instance should be sent new requests. {@code 200} only when {@link
 *       #markStarted()} was called (after the start-up hooks ran), {@link #markDraining()} was not,
 *       and every {@link #check readiness check} passes; else {@code 503}. The checks run on every
 *       readiness request, in the order added.
 * </ul>
 *
 * <p>Both answer {@code application/json} in MicroProfile Health's shape, e.g. {@code
 * {"status":"DOWN","checks":[{"name":"started","status":"UP"},{"name":"draining","status":"DOWN"},
 * {"name":"database","status":"UP"}]}} (the {@code draining} check is {@code DOWN} while
 * draining), with {@code Cache-Control: no-store}.
 *
 * <pre>{@code
 * Health health = Health.create().check("database", database::check);
 * KilnServer server = KilnServer.builder().routes(health).onDrain(health::markDraining).start();
 * health.markStarted();
 * }</pre>
 *
 * <p>Thread-safe: the marks may come from any thread.
 */
public final class Health implements RouteGroup {
  /** The default liveness path. */
  public static final String LIVE_PATH = "/health/live";
  /** The default readiness path. */
  public static final String READY_PATH = "/health/ready";

  private final String livePath;
  private final String readyPath;
  private final Map<String, BooleanSupplier> checks = new LinkedHashMap<>();
  private volatile boolean started;
  private volatile boolean draining;

  private Health(String livePath, String readyPath) {
    this.livePath = livePath;
    this.readyPath = readyPath;
  }

  /** Health at {@link #LIVE_PATH} and {@link #READY_PATH}, not started, with no checks. */
  public static Health create() {
    return new Health(LIVE_PATH, READY_PATH);
  }

  /**
   * Health at other paths (each a literal path starting with {@code /}).
   *
   * @throws IllegalArgumentException if a path does not start with {@code /}, or both are equal
   */
  public static Health at(String livePath, String readyPath) {
    checkPath(livePath);
    checkPath(readyPath);
    if (livePath.equals(readyPath)) {
      throw new IllegalArgumentException("live and ready paths must differ: " + livePath);
    }
    return new Health(livePath, readyPath);
  }

  private static void checkPath(String path) {
    Objects.requireNonNull(path, "path");
    if (!path.startsWith("/") || path.contains("{")) {
      throw new IllegalArgumentException("a health path is a literal path starting with /: "
          + path);
    }
  }

  /**
   * Adds a readiness check: {@code check} returns whether the dependency answers (e.g. a
   * database's validity check). It should return within about a second; an exception it throws
   * counts as {@code DOWN}.
   *
   * @throws IllegalArgumentException if {@code name} is already taken, or is {@code started} or
   *     {@code draining}
   */
  public synchronized Health check(String name, BooleanSupplier check) {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(check, "check");
    if (name.equals("started") || name.equals("draining") || checks.containsKey(name)) {
      throw new IllegalArgumentException("a readiness check is already named " + name);
    }
    checks.put(name, check);
    return this;
  }

  /** Marks start-up as done (call it once the start-up hooks ran): ready from now on, unless draining. */
  public void markStarted() {
    started = true;
  }

  /**
   * Marks the server as draining (call it from the server's drain hook): not ready from now on,
   * for good.
   */
  public void markDraining() {
    draining = true;
  }

  /** Whether {@link #markDraining()} was called. */
  public boolean isDraining() {
    return draining;
  }

  /** Runs the readiness checks now; see the class description. */
  public HealthReport readiness() {
    HealthReport report = new HealthReport();
    report.add("started", started);
    report.add("draining", !draining);
    for (Map.Entry<String, BooleanSupplier> check : snapshot()) {
      report.add(check.getKey(), passes(check.getValue()));
    }
    return report;
  }

  /** Whether the server is ready now (runs the checks); see {@link #readiness()}. */
  public boolean isReady() {
    return readiness().up();
  }

  private synchronized List<Map.Entry<String, BooleanSupplier>> snapshot() {
    return List.copyOf(checks.entrySet());
  }

  private static boolean passes(BooleanSupplier check) {
    try {
      return check.getAsBoolean();
    } catch (RuntimeException e) {
      return false;
    }
  }

  /** {@code GET} at the liveness path and at the readiness path. */
  @Override
  public List<Route> routes() {
    return List.of(
        Route.of("GET", livePath, exchange -> new HealthReport().send(exchange)),
        Route.of("GET", readyPath, exchange -> readiness().send(exchange)));
  }
}

package dev.kiln.runtime.internal;

import dev.kiln.runtime.generated.Route;
import dev.kiln.runtime.generated.Responder;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.Blackhole;

/**
 * Route matching in a 50-route table: Kiln's {@link Router} on the raw path, as the {@code
 * Dispatcher} calls it, against a hand-written matcher of the same table (a {@code switch} on the
 * first segment, then {@code indexOf}/{@code substring}, like the jdk-raw peer). This class sits
 * in {@code dev.kiln.runtime.internal} because {@link Router} is package-private.
 *
 * <p>The router's cost includes the match it returns for a route with variables (the match and
 * its array of values), consumed like the hand-written matcher's substrings.
 *
 * <p>The table: ten resources ({@link #RESOURCES}), each with the five templates {@code /r},
 * {@code /r/search}, {@code /r/{id}}, {@code /r/{id}/children}, {@code /r/{id}/children/{childId}}
 * (GET), i.e. 50 routes.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class RouterBenchmark {
  static final String[] RESOURCES = {"users", "orders", "items", "carts", "invoices", "products",
      "reviews", "shipments", "payments", "coupons"};

  /** A literal route, one variable, two variables, and a miss (404). */
  @Param({"/payments/search", "/payments/42", "/payments/42/children/7", "/payments/42/nope"})
  public String path;

  private Router router;
  private final Responder[] handlers = new Responder[RESOURCES.length * 5];

  @Setup
  public void setup() {
    List<Route> routes = new ArrayList<>();
    for (int r = 0; r < RESOURCES.length; r++) {
      String base = "/" + RESOURCES[r];
      String[] templates = {base, base + "/search", base + "/{id}", base + "/{id}/children",
          base + "/{id}/children/{childId}"};
      for (int t = 0; t < templates.length; t++) {
        int index = r * 5 + t;
        Responder handler = exchange -> exchange.respondEmpty(200 + index);
        handlers[index] = handler;
        routes.add(Route.of("GET", templates[t], handler));
      }
    }
    router = new Router(routes);
    Blackhole bh = new Blackhole(
        "Today's password is swordfish. I understand instantiating Blackholes directly is dangerous.");
    if (kiln(bh) != handWritten(bh)) {
      throw new IllegalStateException("the two matchers disagree on " + path);
    }
  }

  /** What the Dispatcher does per request: match the raw path, binding values; pick the method. */
  @Benchmark
  public Responder kiln(Blackhole bh) {
    Router.Match match = router.match(path);
    if (match == null) {
      return null;
    }
    bh.consume(match.values());
    return match.responder("GET");
  }

  /** The same table matched by hand (path variables extracted with substring, like jdk-raw). */
  @Benchmark
  public Responder handWritten(Blackhole bh) {
    String p = path;
    int s1 = p.indexOf('/', 1);
    String first = s1 < 0 ? p.substring(1) : p.substring(1, s1);
    int resource;
    switch (first) {
      case "users": resource = 0; break;
      case "orders": resource = 1; break;
      case "items": resource = 2; break;
      case "carts": resource = 3; break;
      case "invoices": resource = 4; break;
      case "products": resource = 5; break;
      case "reviews": resource = 6; break;
      case "shipments": resource = 7; break;
      case "payments": resource = 8; break;
      case "coupons": resource = 9; break;
      default: return null;
    }
    return resource(resource * 5, p, s1, bh);
  }

  private Responder resource(int base, String p, int s1, Blackhole bh) {
    if (s1 < 0) {
      return handlers[base];
    }
    int s2 = p.indexOf('/', s1 + 1);
    if (s2 < 0) {
      if (s1 + 1 == p.length()) {
        return null;
      }
      if (p.regionMatches(s1 + 1, "search", 0, 6) && p.length() == s1 + 7) {
        return handlers[base + 1];
      }
      String id = p.substring(s1 + 1);
      bh.consume(id);
      return id.isEmpty() ? null : handlers[base + 2];
    }
    String id = p.substring(s1 + 1, s2);
    bh.consume(id);
    if (id.isEmpty() || !p.startsWith("children", s2 + 1)) {
      return null;
    }
    int s3 = s2 + 9;
    if (p.length() == s3) {
      return handlers[base + 3];
    }
    if (p.charAt(s3) != '/' || p.indexOf('/', s3 + 1) >= 0 || p.length() == s3 + 1) {
      return null;
    }
    String childId = p.substring(s3 + 1);
    bh.consume(childId);
    return childId.isEmpty() ? null : handlers[base + 4];
  }
}

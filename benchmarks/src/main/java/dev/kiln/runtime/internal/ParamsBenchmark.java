package dev.kiln.runtime.internal;

import dev.kiln.bench.HandWritten;
import dev.kiln.runtime.KilnServer;
import dev.kiln.runtime.ParamIn;
import dev.kiln.runtime.generated.Params;
import dev.kiln.runtime.generated.RouteExchange;
import java.net.URI;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * Parameter conversion as generated routes call it ({@link Params#toInt}, {@link
 * RouteExchange#queryParam}) against jdk-raw's {@code Integer.parseInt} and {@code URLDecoder}-based
 * query lookup, on {@code GET /items/42?q=foo}. Fields are non-final so the JIT cannot fold them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ParamsBenchmark {
  String id = "42";
  String rawQuery = "q=foo";
  private RouteExchange exchange;

  @Setup
  public void setup() {
    StubHttpExchange http = new StubHttpExchange("GET", URI.create("/items/42?q=foo"), null,
        new byte[0]);
    exchange = new JdkExchange(http, "/items/42",
        new BodyConfig(KilnServer.Builder.DEFAULT_MAX_BODY_SIZE, null));
  }

  @Benchmark
  public int toIntGenerated() {
    return Params.toInt(exchange.errors(), ParamIn.PATH, "id", id);
  }

  @Benchmark
  public int toIntHandWritten() {
    return Integer.parseInt(id);
  }

  /** Includes {@code getRequestURI().getRawQuery()} on the stub, like the generated route. */
  @Benchmark
  public String queryGenerated() {
    return exchange.queryParam("q");
  }

  @Benchmark
  public String queryHandWritten() {
    return HandWritten.queryParam(exchange.http().getRequestURI().getRawQuery(), "q");
  }
}

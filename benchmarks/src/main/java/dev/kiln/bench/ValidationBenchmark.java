package dev.kiln.bench;

import dev.kiln.runtime.generated.Checks;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * The checks the generated {@code Item_JsonReader} emits for {@code Item}'s constraints ({@code
 * Checks.notBlank}, {@code Checks.positive}, {@code Checks.size}, each tag {@code notBlank}) against
 * the same checks written by hand ({@code isBlank}, {@code > 0}, {@code size() <=}), on a valid
 * item. Fields are non-final so that the JIT cannot fold them.
 */
@State(Scope.Thread)
@BenchmarkMode(Mode.AverageTime)
@OutputTimeUnit(TimeUnit.NANOSECONDS)
@Warmup(iterations = 5, time = 1)
@Measurement(iterations = 5, time = 1)
@Fork(2)
public class ValidationBenchmark {
  String name = "widget";
  double price = 9.5;
  List<String> tags = List.of("a", "b");

  @Benchmark
  public boolean generatedChecks() {
    boolean valid = Checks.notBlank(name) & Checks.positive(price) & Checks.size(tags, 0, 20);
    for (String tag : tags) {
      valid &= Checks.notBlank(tag);
    }
    return valid;
  }

  @Benchmark
  public boolean handWritten() {
    boolean valid = name != null && !name.isBlank() && price > 0 && tags.size() <= 20;
    for (String tag : tags) {
      valid &= !tag.isBlank();
    }
    return valid;
  }
}

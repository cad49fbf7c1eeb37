#!/usr/bin/env bash
# Annotation processing time for a generated app of HANDLERS handler classes (default 100): javac
# with Kiln's processor against javac -proc:none on the same sources, RUNS times each (default 5,
# alternating), median and spread. Each handler class has three routes (GET /hN, GET /hN/{id} with
# an int path variable and an Optional query parameter, POST /hN with a validated record body),
# so the processor writes a routes class, a JSON reader and writer per handler.
#
#   bench/apt-time.sh                   # 100 handlers, 5 runs each
#   HANDLERS=20 RUNS=2 bench/apt-time.sh
#
# Env: APT_JAVA_HOME (default JDK 25 if present, else the javac on the PATH), HANDLERS, RUNS,
# SKIP_BUILD=1 (reuse the processor/runtime jars), OUT (default target/apt-time).
set -euo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JDK25=/usr/lib/jvm/temurin-25-jdk-amd64
APT_JAVA_HOME=${APT_JAVA_HOME:-$([[ -x $JDK25/bin/javac ]] && echo $JDK25 || dirname "$(dirname "$(readlink -f "$(command -v javac)")")")}
JAVAC=$APT_JAVA_HOME/bin/javac
HANDLERS=${HANDLERS:-100}
RUNS=${RUNS:-5}
OUT=${OUT:-$ROOT/target/apt-time}
log() { echo "[apt-time] $*" >&2; }

# ---- jars and class paths ---------------------------------------------------------------------
if [[ ${SKIP_BUILD:-0} != 1 || ! -f $ROOT/processor/target/classpath.txt ]]; then
  log "building annotations, processor, runtime"
  (cd "$ROOT" && mvn -B -q -DskipTests package dependency:build-classpath \
      -Dmdep.outputFile=target/classpath.txt -Dmdep.includeScope=runtime \
      -pl annotations,processor,runtime -am)
fi
jar_of() { ls "$ROOT/$1"/target/kiln-*-SNAPSHOT.jar | grep -v -e sources -e javadoc | head -1; }
PROCESSOR_PATH="$(jar_of processor):$(cat "$ROOT/processor/target/classpath.txt")"
# the app's compile class path: annotations, runtime (+ jackson-core), jakarta.validation
JAKARTA=$(tr ':' '\n' < "$ROOT/processor/target/classpath.txt" | grep jakarta.validation-api | head -1)
CLASS_PATH="$(jar_of annotations):$(jar_of runtime):$(cat "$ROOT/runtime/target/classpath.txt"):$JAKARTA"

# ---- the generated app ------------------------------------------------------------------------
rm -rf "$OUT"; SRC=$OUT/src/app; mkdir -p "$SRC"
for ((i = 1; i <= HANDLERS; i++)); do
  cat > "$SRC/Thing$i.java" <<JAVA
package app;

import jakarta.validation.constraints.NotBlank;
import jakarta.validation.constraints.Positive;
import jakarta.validation.constraints.Size;
import java.util.List;

/** The body of handler $i. */
public record Thing$i(@NotBlank String name, @Positive double price, @Size(max = 20) List<@NotBlank String> tags) {}
JAVA
  cat > "$SRC/Handler$i.java" <<JAVA
package app;

import dev.kiln.annotations.Get;
import dev.kiln.annotations.Path;
import dev.kiln.annotations.Post;
import dev.kiln.annotations.Status;
import java.util.List;
import java.util.Optional;

/** Handler $i of $HANDLERS. */
@Path("/h$i")
public final class Handler$i {
  /** Lists. */
  @Get
  public List<Thing$i> list() {
    return List.of();
  }

  /** One by id. */
  @Get("/{id}")
  public Thing$i get(int id, Optional<String> q) {
    return new Thing$i(q.orElse("x") + id, 1, List.of());
  }

  /** Creates. */
  @Post
  @Status(201)
  public Thing$i create(Thing$i thing) {
    return thing;
  }
}
JAVA
done
find "$OUT/src" -name '*.java' > "$OUT/sources.txt"

now_ms() { local t=$EPOCHREALTIME; echo $(( ${t/./} / 1000 )); }
compile() {  # compile MODE -> prints wall ms
  local mode=$1 dir=$OUT/classes-$1 gen=$OUT/generated-$1 t0 t1
  rm -rf "$dir" "$gen"; mkdir -p "$dir" "$gen"
  t0=$(now_ms)
  if [[ $mode == with ]]; then
    "$JAVAC" --release 17 -encoding UTF-8 -d "$dir" -s "$gen" -cp "$CLASS_PATH" \
      -processorpath "$PROCESSOR_PATH" @"$OUT/sources.txt" 2> "$OUT/javac-$mode.log"
  else
    "$JAVAC" --release 17 -encoding UTF-8 -proc:none -d "$dir" -s "$gen" -cp "$CLASS_PATH" \
      @"$OUT/sources.txt" 2> "$OUT/javac-$mode.log"
  fi
  t1=$(now_ms)
  echo $((t1 - t0))
}

log "$($JAVAC -version 2>&1), $HANDLERS handlers ($(wc -l < "$OUT/sources.txt") sources), $RUNS runs each"
with=(); without=()
for ((r = 1; r <= RUNS; r++)); do
  without+=("$(compile without)")
  with+=("$(compile with)")
  log "run $r: without ${without[-1]} ms, with ${with[-1]} ms"
done
generated=$(find "$OUT/generated-with" -name '*.java' | wc -l)
classes=$(find "$OUT/classes-with" -name '*.class' | wc -l)
[[ $generated -gt 0 ]] || { log "the processor generated nothing; see $OUT/javac-with.log"; exit 1; }

python3 - "$HANDLERS" "$generated" "$classes" "$($JAVAC -version 2>&1)" "${without[*]}" "${with[*]}" <<'PY' | tee "$OUT/apt-time.md"
import statistics, sys
handlers, generated, classes, javac = sys.argv[1:5]
without = [int(x) for x in sys.argv[5].split()]
with_ = [int(x) for x in sys.argv[6].split()]
mw, mo = statistics.median(with_), statistics.median(without)
print(f"{javac}, {handlers} handler classes + {handlers} records; the processor generated {generated} sources "
      f"({classes} classes in all). Wall time of one javac run, ms:\n")
print("| javac | runs | median | min | max |")
print("| --- | ---: | ---: | ---: | ---: |")
print(f"| -proc:none | {len(without)} | {mo:.0f} | {min(without)} | {max(without)} |")
print(f"| with the Kiln processor | {len(with_)} | {mw:.0f} | {min(with_)} | {max(with_)} |")
print(f"\nProcessing and compiling the generated code adds {mw - mo:.0f} ms (x {mw / mo:.2f}); "
      f"{(mw - mo) / int(handlers):.1f} ms per handler class.")
PY

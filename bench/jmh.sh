#!/usr/bin/env bash
# Runs Kiln's JMH micro-benchmarks (module benchmarks) with the GC profiler (bytes allocated per op).
#
#   bench/jmh.sh                          # every benchmark, the classes' defaults (2 forks, 5+5 x 1 s)
#   bench/jmh.sh -f1 -wi 2 -i 3 -w 1s -r 1s          # a quick look
#   bench/jmh.sh 'DispatchBenchmark' -p endpoint=create   # a subset (JMH regexp + options)
#
# Env: JAVA_HOME_BENCH (default JDK 25 if present, else java on the PATH), SKIP_BUILD=1 to reuse
# benchmarks/target/benchmarks.jar, OUT (default benchmarks/target/jmh-<time>): the JSON result
# and the text log land there. Any arguments are passed to JMH as they are.
set -euo pipefail
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
JDK25=/usr/lib/jvm/temurin-25-jdk-amd64
JAVA_HOME_BENCH=${JAVA_HOME_BENCH:-$([[ -x $JDK25/bin/java ]] && echo $JDK25 || dirname "$(dirname "$(readlink -f "$(command -v java)")")")}
JAR=$ROOT/benchmarks/target/benchmarks.jar
OUT=${OUT:-$ROOT/benchmarks/target/jmh-$(date +%Y%m%d-%H%M%S)}

if [[ ${SKIP_BUILD:-0} != 1 || ! -f $JAR ]]; then
  (cd "$ROOT" && JAVA_HOME=$JAVA_HOME_BENCH mvn -B -q -DskipTests -pl benchmarks -am package)
fi
mkdir -p "$OUT"
echo "[jmh] $("$JAVA_HOME_BENCH/bin/java" -version 2>&1 | head -1); results in $OUT" >&2
"$JAVA_HOME_BENCH/bin/java" -jar "$JAR" -prof gc -rf json -rff "$OUT/jmh.json" "$@" 2>&1 | tee "$OUT/jmh.txt"
# The table to paste into docs/performance.md: time and allocation per operation, side by side.
python3 - "$OUT/jmh.json" <<'PY' | tee "$OUT/jmh.md"
import json, sys
rows = json.load(open(sys.argv[1]))
print("| benchmark | params | ns/op | ± | B/op |")
print("| --- | --- | ---: | ---: | ---: |")
for r in rows:
    name = r["benchmark"].replace("dev.kiln.runtime.internal.", "").replace("dev.kiln.runtime.", "").replace("dev.kiln.bench.", "")
    params = ",".join(f"{k}={v}" for k, v in (r.get("params") or {}).items())
    pm = r["primaryMetric"]
    alloc = r.get("secondaryMetrics", {}).get("gc.alloc.rate.norm", {}).get("score")
    err = pm.get("scoreError")
    # JMH writes "NaN" (a string) when it cannot estimate the error, e.g. with too few iterations
    err = f"{err:.1f}" if isinstance(err, (int, float)) and err == err else ""
    print(f"| {name} | {params} | {pm['score']:.1f} | {err} | {'' if alloc is None else f'{alloc:.0f}'} |")
PY

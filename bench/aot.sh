#!/usr/bin/env bash
# JDK 25 AOT cache (JEP 483/514/515) for Kiln: a training run writes the cache, later runs load it.
# Measures startup to first answer (spawn -> first 200 "Hello, World!" on GET /hello, curl every
# 5 ms, as bench/run.sh does) for jdk-raw and Kiln, each without a cache (plain), with its own AOT
# cache (aot) and with the cache plus C1 only (aot-c1: -XX:TieredStopAtLevel=1, for start-up-critical
# deployments; it costs peak throughput, which the last step measures with wrk for kiln).
#
#   bench/aot.sh                 # RUNS=10 launches per configuration
#   RUNS=3 bench/aot.sh          # quick look
#
# The recipe, by hand (JDK 25's java; the whole block is in docs/performance.md, "JDK 25 AOT cache"):
#   java -XX:AOTCacheOutput=app.aot -cp kiln-example-app.jar dev.kiln.example.BenchApp &  # training run:
#   ... wait until it answers, send a few requests to every route, then kill -TERM it: the JVM
#   writes app.aot at exit
#   java -XX:AOTCache=app.aot -cp kiln-example-app.jar dev.kiln.example.BenchApp           # every later start
# Use the cache only with the JDK build that wrote it, the same class path and compatible JVM
# options, and write it again for every new jar: the JVM checks little of this at start.
#
# Env: BENCH_JAVA_HOME (JDK 25), BENCH_WORK (where the bench peers are built; jdk-raw is taken from
# $BENCH_WORK/peers/jdk-raw/target/app.jar), RUNS (10), TRAIN_REQUESTS (500 per GET endpoint, a tenth of it for POST /items), PORT
# (18090), SERVER_CPU (0) / LOAD_CPU (1) as in the harness, JAVA_OPTS, SKIP_BUILD=1, OUT (target/aot),
# MODES ("plain aot aot-c1"), THROUGHPUT_S (10: wrk seconds per mode after as long a warm-up; 0 skips).
set -uo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
BENCH_JAVA_HOME=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$BENCH_JAVA_HOME/bin/java
if [[ -z ${BENCH_WORK:-} ]]; then
  BENCH_WORK=${TMPDIR:-/tmp}/kiln-bench
  [[ -d /work/bench-work ]] && BENCH_WORK=/work/bench-work
fi
RUNS=${RUNS:-10}
TRAIN_REQUESTS=${TRAIN_REQUESTS:-500}
PORT=${PORT:-18090}
SERVER_CPU=${SERVER_CPU:-0}
LOAD_CPU=${LOAD_CPU:-1}
JAVA_OPTS=${JAVA_OPTS:-}
OUT=${OUT:-$ROOT/target/aot}
read -r -a MODES <<< "${MODES:-plain aot aot-c1}"
THROUGHPUT_S=${THROUGHPUT_S:-10}
C1_OPTS="-XX:TieredStopAtLevel=1"
mode_opts() {  # JVM options of a mode (checked above) for app NAME: mode_opts MODE NAME
  case $1 in
    plain) echo "" ;;
    aot) echo "-XX:AOTCache=$OUT/$2.aot" ;;
    aot-c1) echo "-XX:AOTCache=$OUT/$2.aot $C1_OPTS" ;;
  esac
}
BASE=http://127.0.0.1:$PORT
APP_JAR=$ROOT/example-app/target/kiln-example-app.jar
RAW_JAR=$BENCH_WORK/peers/jdk-raw/target/app.jar
log() { echo "[aot.sh] $*" >&2; }
(( ${#MODES[@]} > 0 )) || { log "MODES is empty (plain, aot, aot-c1)"; exit 2; }
for mode in "${MODES[@]}"; do
  case $mode in plain | aot | aot-c1) ;; *) log "unknown mode '$mode' in MODES (plain, aot, aot-c1)"; exit 2 ;; esac
done
[[ $RUNS =~ ^[1-9][0-9]*$ ]] || { log "RUNS must be at least 1: '$RUNS'"; exit 2; }

"$JAVA" -XX:+PrintFlagsFinal -version 2>/dev/null | grep -q AOTCacheOutput \
  || { log "$JAVA has no -XX:AOTCacheOutput (JDK 25+ needed)"; exit 2; }
if [[ ${SKIP_BUILD:-0} != 1 || ! -f $APP_JAR ]]; then
  log "building the example app with $BENCH_JAVA_HOME"
  (cd "$ROOT" && JAVA_HOME=$BENCH_JAVA_HOME mvn -B -q -DskipTests package -pl example-app -am) \
    || { log "build failed"; exit 1; }
fi
[[ -f $RAW_JAR ]] || { log "no jdk-raw at $RAW_JAR (run bench/build.sh jdk-raw with BENCH_WORK=$BENCH_WORK)"; exit 1; }
mkdir -p "$OUT"
rm -f "$OUT"/*.log  # the AOT check below reads this run's logs only
taskset -cp "$LOAD_CPU" $$ >/dev/null 2>&1 || true
if (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null; then log "port $PORT is in use"; exit 3; fi

# configurations: name -> java arguments after the JVM options
declare -A ARGS=(
  [jdk-raw]="-jar $RAW_JAR"
  [kiln]="-cp $APP_JAR dev.kiln.example.BenchApp"
  [kiln-full]="-jar $APP_JAR"
)
NAMES=(jdk-raw kiln kiln-full)

now_us() { local t=$EPOCHREALTIME; echo "${t/./}"; }
PID=
stop() {  # TERM the server we started (by PID), wait for it and for the port to be free
  [[ -n $PID ]] || return 0
  kill -TERM "$PID" 2>/dev/null; wait "$PID" 2>/dev/null; PID=
  local i; for i in $(seq 1 200); do (exec 3<>"/dev/tcp/127.0.0.1/$PORT") 2>/dev/null || return 0; sleep 0.05; done
  log "port $PORT still in use after stop"; exit 1
}
trap stop EXIT
MS=
start() {  # start LOG JAVA-ARGS... ; sets PID and MS (startup ms), or fails. Not in $(...): PID must stay set.
  local logf=$1 t0 t1; shift
  t0=$(now_us)
  PORT=$PORT HOST=127.0.0.1 taskset -c "$SERVER_CPU" "$JAVA" "$@" > "$logf" 2>&1 &
  PID=$!
  while :; do
    [[ $(curl -s --max-time 1 "$BASE/hello" 2>/dev/null) == "Hello, World!" ]] && break
    kill -0 "$PID" 2>/dev/null || { log "server exited, see $logf"; PID=; return 1; }
    (( $(now_us) - t0 > 60000000 )) && { log "no answer in 60 s, see $logf"; return 1; }
    sleep 0.005
  done
  t1=$(now_us)
  MS=$(( (t1 - t0) / 1000 ))
}
train_load() {  # every bench endpoint, TRAIN_REQUESTS times
  local i
  for ((i = 0; i < TRAIN_REQUESTS; i++)); do echo "url = \"$BASE/hello\""; echo "url = \"$BASE/items/$i?q=foo\""; done > "$OUT/urls.txt"
  curl -s -K "$OUT/urls.txt" -o /dev/null
  for ((i = 0; i < TRAIN_REQUESTS / 10; i++)); do
    curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"name":"widget","price":9.5,"tags":["a","b"]}' "$BASE/items"
  done
  curl -s -o /dev/null "$BASE/items/abc"
  curl -s -o /dev/null -H 'Content-Type: application/json' -d '{"name":" ","price":0}' "$BASE/items"
}

# ---- training runs ---------------------------------------------------------------------------
for n in "${NAMES[@]}"; do
  rm -f "$OUT/$n.aot"
  log "training $n -> $OUT/$n.aot"
  # shellcheck disable=SC2086
  start "$OUT/$n-train.log" -XX:AOTCacheOutput="$OUT/$n.aot" $JAVA_OPTS ${ARGS[$n]} || exit 1
  train_load > /dev/null
  stop
  [[ -f $OUT/$n.aot ]] || { log "no cache written for $n, see $OUT/$n-train.log"; exit 1; }
  log "$n.aot: $(du -h "$OUT/$n.aot" | cut -f1)"
done

# ---- startup, interleaved --------------------------------------------------------------------
: > "$OUT/startup.csv"
for ((r = 1; r <= RUNS; r++)); do
  for ((i = 0; i < ${#NAMES[@]}; i++)); do
    n=${NAMES[$(( (i + r - 1) % ${#NAMES[@]} ))]}  # the order rotates each round
    for mode in "${MODES[@]}"; do
      opts="$(mode_opts "$mode" "$n") $JAVA_OPTS"
      # shellcheck disable=SC2086
      start "$OUT/$n-$mode.log" $opts ${ARGS[$n]} || exit 1
      stop
      echo "$n,$mode,$MS" >> "$OUT/startup.csv"
    done
  done
  log "round $r/$RUNS done"
done

# ---- what a mode costs in throughput: kiln, wrk after a warm-up of the same length -----------
: > "$OUT/throughput.csv"
if (( THROUGHPUT_S > 0 )) && ! command -v wrk >/dev/null; then
  log "no wrk on the PATH: throughput not measured (bench/setup.sh installs it)"
elif (( THROUGHPUT_S > 0 )); then
  for mode in "${MODES[@]}"; do
    [[ $mode == plain ]] && continue
    # shellcheck disable=SC2086
    start "$OUT/kiln-$mode-wrk.log" $(mode_opts "$mode" kiln) $JAVA_OPTS ${ARGS[kiln]} || exit 1
    for path in /hello "/items/42?q=foo"; do
      taskset -c "$LOAD_CPU" wrk -t1 -c64 -d"${THROUGHPUT_S}s" "$BASE$path" > /dev/null
      rps=$(taskset -c "$LOAD_CPU" wrk -t1 -c64 -d"${THROUGHPUT_S}s" "$BASE$path" | awk '/Requests\/sec/ {print $2}')
      if [[ -z $rps ]]; then log "wrk gave no Requests/sec for $mode $path"; continue; fi
      echo "$mode,$path,$rps" >> "$OUT/throughput.csv"
    done
    stop
  done
fi

grep -l -i "unable to use\|mismatch\|error" "$OUT"/*-aot*.log 2>/dev/null | sed 's/^/[aot.sh] check: /' >&2

python3 - "$OUT/startup.csv" "$OUT/throughput.csv" "$("$JAVA" -version 2>&1 | head -1)" "$C1_OPTS" <<'PY' | tee "$OUT/aot.md"
import csv, statistics, sys
rows = list(csv.reader(open(sys.argv[1])))
data = {}
for n, mode, ms in rows:
    data.setdefault((n, mode), []).append(int(ms))
base = statistics.median(data[("jdk-raw", "plain")]) if ("jdk-raw", "plain") in data else None
recipe = {"plain": "none", "aot": "AOT cache", "aot-c1": f"AOT cache + {sys.argv[4]}"}
print(f"{sys.argv[3]}; startup = spawn to first 200 on GET /hello, ms, {len(next(iter(data.values())))} launches each, interleaved.\n")
print("| app | recipe | median ms | min | max | x jdk-raw (no cache) |")
print("| --- | --- | ---: | ---: | ---: | ---: |")
for (n, mode), v in data.items():
    m = statistics.median(v)
    ratio = f"{m / base:.2f}" if base else "n/a"
    print(f"| {n} | {recipe.get(mode, mode)} | {m:.0f} | {min(v)} | {max(v)} | {ratio} |")
tp = list(csv.reader(open(sys.argv[2])))
if tp:
    print("\nkiln throughput after start (wrk -t1 -c64, one measurement after a warm-up of the same length):\n")
    print("| recipe | endpoint | req/s | x AOT cache |")
    print("| --- | --- | ---: | ---: |")
    ref = {path: float(rps) for mode, path, rps in tp if mode == "aot"}
    for mode, path, rps in tp:
        ratio = f"{float(rps) / ref[path]:.2f}" if path in ref else "n/a"
        print(f"| {recipe.get(mode, mode)} | GET {path} | {float(rps):,.0f} | {ratio} |")
PY

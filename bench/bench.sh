#!/usr/bin/env bash
# Kiln's side-by-side HTTP benchmark in one command (issue 8; method in docs/performance.md):
#
#   bench/bench.sh                                   # the full run (about 90 min on 2 cores)
#   ROUNDS=1 STARTUP_RUNS=2 WARMUP_S=1 MEASURE_S=2 bench/bench.sh   # a smoke test of the whole pipeline
#
#  1. builds Kiln with JDK 25: example-app -> kiln-example-app.jar (the JDK's server),
#     example-app-jetty -> kiln-example-app-jetty.jar, example-app-robaho -> kiln-example-app-robaho.jar;
#  2. builds the shared harness' peers in BENCH_WORK unless already built there;
#  3. one run of the shared harness (bench/all.sh) over PEERS + the Kiln bench entries, each the
#     three bench routes only (BenchApp; the per-provider jars with the argument `bench`): kiln (the
#     JDK's server), kiln-robaho (robaho's, Kiln's defaults: TCP_NODELAY on) and kiln-jetty (Jetty
#     12's), then FULL_PEERS (the whole example app on each provider) right after with run.sh;
#  4. ROUNDS rounds of ROUND_PEERS (each Kiln entry and its hand-written twin of the harness:
#     jdk-raw, jdk-raw-robaho-nodelay, jdk-raw-jetty) with bench/run.sh, the order rotated each round;
#  5. start-up: STARTUP_RUNS interleaved launches of STARTUP_PEERS through the harness' start.sh,
#     pinned and polled as bench/run.sh does (one launch per run is too noisy for a 10 % target);
#  6. writes OUT/summary.md (bench/bench_summary.py): the one-run table, medians and spread over
#     the rounds, the start-up launches, and the ratios checked against the issue's targets.
#
# Env (defaults): BENCH_DIR (../shared/bench next to the repo, else /work/shared/bench),
# BENCH_WORK (/work/bench-work if writable, else ${TMPDIR:-/tmp}/kiln-bench), PEERS ("jdk-raw
# jdk-raw-robaho-nodelay jdk-raw-jetty avaje-jex javalin fastify go-nethttp fastapi"), FULL_PEERS
# ("kiln-full kiln-full-robaho kiln-full-jetty"), ROUNDS (5), ROUND_PEERS (the Kiln entries and their
# twins, and kiln-full), WARMUP_S (20), MEASURE_S (10), JAVA_OPTS (empty: the same for every JVM
# peer, Kiln included), PORT (8080), SKIP_KILN_BUILD=1, SKIP_BUILD=1 (peers: never build), OUT
# ($BENCH_WORK/results/kiln-<time>), STARTUP_RUNS (10), STARTUP_PEERS (as ROUND_PEERS),
# PHASES ("run rounds startup"; e.g. PHASES=startup OUT=<a run> SKIP_KILN_BUILD=1 adds the start-up
# launches to an existing run). The harness' own knobs (CONNS, THREADS, SERVER_CPU, LOAD_CPU, ...)
# pass through.
set -uo pipefail
export LC_ALL=C
ROOT=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)
export BENCH_JAVA_HOME=${BENCH_JAVA_HOME:-/usr/lib/jvm/temurin-25-jdk-amd64}
JAVA=$BENCH_JAVA_HOME/bin/java
if [[ -z ${BENCH_DIR:-} ]]; then
  BENCH_DIR=$ROOT/../shared/bench
  [[ -x $BENCH_DIR/all.sh ]] || BENCH_DIR=/work/shared/bench
fi
BENCH_DIR=$(cd "$BENCH_DIR" && pwd) || { echo "no bench harness at $BENCH_DIR" >&2; exit 2; }
if [[ -z ${BENCH_WORK:-} ]]; then
  BENCH_WORK=${TMPDIR:-/tmp}/kiln-bench
  [[ -d /work/bench-work && -w /work/bench-work ]] && BENCH_WORK=/work/bench-work
fi
export BENCH_WORK
export PEERS=${PEERS:-"jdk-raw jdk-raw-robaho-nodelay jdk-raw-jetty avaje-jex javalin fastify go-nethttp fastapi"}
export WARMUP_S=${WARMUP_S:-20} MEASURE_S=${MEASURE_S:-10} JAVA_OPTS=${JAVA_OPTS:-}
FULL_PEERS=${FULL_PEERS:-"kiln-full kiln-full-robaho kiln-full-jetty"}
ROUNDS=${ROUNDS:-5}
TWINS="jdk-raw kiln jdk-raw-robaho-nodelay kiln-robaho jdk-raw-jetty kiln-jetty"
ROUND_PEERS=${ROUND_PEERS:-"$TWINS kiln-full"}
STARTUP_RUNS=${STARTUP_RUNS:-10}
STARTUP_PEERS=${STARTUP_PEERS:-"$TWINS kiln-full"}
PHASES=" ${PHASES:-run rounds startup} "
OUT=${OUT:-$BENCH_WORK/results/kiln-$(date +%Y%m%d-%H%M%S)}
mkdir -p "$OUT/rounds"   # not OUT/main: all.sh picks another STAMP when it exists
log() { echo "[bench.sh] $*" >&2; }
[[ -x $JAVA ]] || { log "no JDK at $BENCH_JAVA_HOME (set BENCH_JAVA_HOME to a JDK 25)"; exit 2; }

# ---- 1. Kiln, built with the JDK the peers run on ------------------------------------------------
APP_JAR=$ROOT/example-app/target/kiln-example-app.jar
ROBAHO_JAR=$ROOT/example-app-robaho/target/kiln-example-app-robaho.jar
JETTY_JAR=$ROOT/example-app-jetty/target/kiln-example-app-jetty.jar
if [[ ${SKIP_KILN_BUILD:-0} != 1 ]]; then
  log "building Kiln with $BENCH_JAVA_HOME"
  (cd "$ROOT" && JAVA_HOME=$BENCH_JAVA_HOME mvn -B -q -DskipTests package \
      -pl example-app,example-app-jetty,example-app-robaho -am) > "$OUT/kiln-build.log" 2>&1 \
    || { log "Kiln build failed, see $OUT/kiln-build.log"; exit 1; }
fi
for j in "$APP_JAR" "$ROBAHO_JAR" "$JETTY_JAR"; do [[ -f $j ]] || { log "missing $j"; exit 1; }; done
# Run by the harness through `bash -c`, so ${JAVA_OPTS:-} expands in the server's environment,
# in the same place as in the Java peers' start.sh. The provider is chosen by each jar's main class
# (KilnRobaho/KilnJetty with Kiln's defaults: robaho's TCP_NODELAY needs no flag), never by the
# class path; `bench` serves the three bench routes only, as BenchApp does.
KILN_BENCH_CMD="exec $JAVA \${JAVA_OPTS:-} -cp $APP_JAR dev.kiln.example.BenchApp"
KILN_FULL_CMD="exec $JAVA \${JAVA_OPTS:-} -jar $APP_JAR"
KILN_ROBAHO_CMD="exec $JAVA \${JAVA_OPTS:-} -jar $ROBAHO_JAR bench"
KILN_FULL_ROBAHO_CMD="exec $JAVA \${JAVA_OPTS:-} -jar $ROBAHO_JAR"
KILN_JETTY_CMD="exec $JAVA \${JAVA_OPTS:-} -jar $JETTY_JAR bench"
KILN_FULL_JETTY_CMD="exec $JAVA \${JAVA_OPTS:-} -jar $JETTY_JAR"
export KILN_ROBAHO_CMD KILN_JETTY_CMD

# ---- 2. peers ----------------------------------------------------------------------------------
built() {  # whether the peer's build output exists in BENCH_WORK
  local p=$1 src=$BENCH_DIR/peers/$1 d=$BENCH_WORK/peers/$1
  [[ -x $d/start.sh ]] || return 1
  if [[ -f $src/pom.xml ]]; then [[ -f $d/target/app.jar ]]
  elif [[ -f $src/go.mod ]]; then [[ -x $d/target/server ]]
  elif [[ -f $src/package.json ]]; then [[ -d $d/node_modules ]]
  else return 0; fi
}
to_build=()
for p in $PEERS $( [[ " $PEERS " == *" jdk-raw-robaho-nodelay "* ]] && echo jdk-raw-robaho ); do
  built "$p" || to_build+=("$p")
done
if [[ ${#to_build[@]} -gt 0 && ${SKIP_BUILD:-0} != 1 ]]; then
  log "building peers: ${to_build[*]}"
  "$BENCH_DIR/build.sh" "${to_build[@]}" || log "some peer builds failed (see $BENCH_WORK/peers/*/build.log)"
fi
export SKIP_BUILD=1
# The harness has peers kiln and kiln-robaho (start.sh running KILN_CMD, KILN_ROBAHO_CMD) but no
# kiln-jetty: bench.sh adds it to BENCH_WORK (where run.sh looks first; the harness may be read-only).
mkdir -p "$BENCH_WORK/peers/kiln-jetty"
cat > "$BENCH_WORK/peers/kiln-jetty/start.sh" <<'START'
#!/bin/bash
# Kiln's example app on Jetty 12 (kiln-example-app-jetty.jar), written by Kiln's bench/bench.sh.
[[ -n ${KILN_JETTY_CMD:-} ]] || { echo "KILN_JETTY_CMD is not set (see Kiln's bench/bench.sh)" >&2; exit 2; }
exec bash -c "$KILN_JETTY_CMD"
START
chmod +x "$BENCH_WORK/peers/kiln-jetty/start.sh"
peer_start() {  # the start.sh run.sh would use for a peer: BENCH_WORK's, else the harness' own
  if [[ -x $BENCH_WORK/peers/$1/start.sh ]]; then echo "$BENCH_WORK/peers/$1/start.sh"
  else echo "$BENCH_DIR/peers/$1/start.sh"; fi
}

# ---- 3. one run of every peer ------------------------------------------------------------------
kiln_cmd() {  # the harness peer and KILN_CMD of a label: kiln_cmd LABEL -> "peer|command"
  case $1 in   # every Kiln label runs as the harness' peer kiln, KILN_CMD saying which jar
    kiln) echo "kiln|$KILN_BENCH_CMD" ;;
    kiln-full) echo "kiln|$KILN_FULL_CMD" ;;
    kiln-robaho) echo "kiln|$KILN_ROBAHO_CMD" ;;
    kiln-full-robaho) echo "kiln|$KILN_FULL_ROBAHO_CMD" ;;
    kiln-jetty) echo "kiln|$KILN_JETTY_CMD" ;;
    kiln-full-jetty) echo "kiln|$KILN_FULL_JETTY_CMD" ;;
    *) echo "$1|$KILN_BENCH_CMD" ;;
  esac
}
# run-info.txt: written by the first phases run into OUT; later ones (PHASES=...) add a line
if [[ ! -f $OUT/run-info.txt ]]; then
{
  echo "date: $(date -Is)"
  echo "kiln commit: $(git -C "$ROOT" rev-parse HEAD 2>/dev/null)$(git -C "$ROOT" diff --quiet 2>/dev/null || echo ' (dirty)')"
  echo "PHASES=${PHASES# } PEERS=$PEERS ROUNDS=$ROUNDS ROUND_PEERS=$ROUND_PEERS WARMUP_S=$WARMUP_S MEASURE_S=$MEASURE_S JAVA_OPTS=$JAVA_OPTS"
  echo "STARTUP_RUNS=$STARTUP_RUNS STARTUP_PEERS=$STARTUP_PEERS"
  echo "CONNS=${CONNS:-64} THREADS=${THREADS:-1} SERVER_CPU=${SERVER_CPU:-0} LOAD_CPU=${LOAD_CPU:-1} PORT=${PORT:-8080}"
  echo "FULL_PEERS=$FULL_PEERS"
  for label in kiln kiln-robaho kiln-jetty $FULL_PEERS; do
    pc=$(kiln_cmd "$label"); echo "command ($label)=${pc#*|}"
  done
} > "$OUT/run-info.txt"
else
  echo "later: $(date -Is) PHASES=${PHASES# } STARTUP_RUNS=$STARTUP_RUNS STARTUP_PEERS=$STARTUP_PEERS commit $(git -C "$ROOT" rev-parse HEAD 2>/dev/null)" >> "$OUT/run-info.txt"
fi
if [[ $PHASES == *" run "* ]]; then
log "one run: $PEERS kiln kiln-robaho kiln-jetty, then $FULL_PEERS -> $OUT/main"
KILN_CMD=$KILN_BENCH_CMD RESULTS_DIR=$OUT STAMP=main \
  PEERS="$PEERS kiln kiln-robaho kiln-jetty" "$BENCH_DIR/all.sh" || log "all.sh reported failed peers (see $OUT/main.md)"
for label in $FULL_PEERS; do
  sleep 2
  pc=$(kiln_cmd "$label")
  KILN_CMD=${pc#*|} "$BENCH_DIR/run.sh" "${pc%%|*}" "$OUT/main/$label" 2> >(tee "$OUT/main-$label.stderr.log" >&2) >/dev/null \
    || log "$label failed (see $OUT/main/$label)"
done
fi

# ---- 4. interleaved rounds ---------------------------------------------------------------------
read -r -a order <<< "$ROUND_PEERS"
[[ $PHASES == *" rounds "* ]] || ROUNDS=0
for ((r = 1; r <= ROUNDS; r++)); do
  for ((i = 0; i < ${#order[@]}; i++)); do
    label=${order[$(( (i + r - 1) % ${#order[@]} ))]}   # rotate the order each round
    pc=$(kiln_cmd "$label"); peer=${pc%%|*}; cmd=${pc#*|}
    log "round $r/$ROUNDS: $label"
    sleep 2
    KILN_CMD=$cmd "$BENCH_DIR/run.sh" "$peer" "$OUT/rounds/r$r/$label" \
      2> >(tee "$OUT/rounds/r$r-$label.stderr.log" >&2) >/dev/null || log "round $r: $label failed"
  done
done

# ---- 5. start-up, interleaved launches -----------------------------------------------------------
# Spawn -> first 200 "Hello, World!" on GET /hello, as bench/run.sh measures it (server pinned to
# SERVER_CPU through the peer's start.sh, curl every 5 ms from LOAD_CPU); the server is stopped
# right after its first answer.
if [[ $PHASES == *" startup "* ]] && (( STARTUP_RUNS > 0 )); then
  SPORT=${PORT:-8080}
  read -r -a sorder <<< "$STARTUP_PEERS"
  : > "$OUT/startup.csv"
  taskset -cp "${LOAD_CPU:-1}" $$ >/dev/null 2>&1 || true
  for ((r = 1; r <= STARTUP_RUNS; r++)); do
    for ((i = 0; i < ${#sorder[@]}; i++)); do
      label=${sorder[$(( (i + r - 1) % ${#sorder[@]} ))]}
      pc=$(kiln_cmd "$label"); peer=${pc%%|*}; cmd=${pc#*|}
      t0=${EPOCHREALTIME/./}
      KILN_CMD=$cmd PORT=$SPORT HOST=127.0.0.1 \
        taskset -c "${SERVER_CPU:-0}" "$(peer_start "$peer")" > "$OUT/startup-$label.log" 2>&1 &
      spid=$!
      until [[ $(curl -s --max-time 1 "http://127.0.0.1:$SPORT/hello" 2>/dev/null) == "Hello, World!" ]]; do
        kill -0 "$spid" 2>/dev/null || { log "start-up: $label exited (see $OUT/startup-$label.log)"; break; }
        sleep 0.005
      done
      t1=${EPOCHREALTIME/./}
      kill -0 "$spid" 2>/dev/null && echo "$label,$(( (t1 - t0) / 1000 ))" >> "$OUT/startup.csv"
      kill -TERM "$spid" 2>/dev/null; wait "$spid" 2>/dev/null
      for _ in $(seq 1 100); do (exec 3<>"/dev/tcp/127.0.0.1/$SPORT") 2>/dev/null || break; sleep 0.05; done
    done
  done
  log "start-up: $STARTUP_RUNS launches each of $STARTUP_PEERS -> $OUT/startup.csv"
fi

# ---- 6. summary --------------------------------------------------------------------------------
python3 "$ROOT/bench/bench_summary.py" "$OUT" > "$OUT/summary.md" || { log "summary failed"; exit 1; }
cat "$OUT/summary.md"
log "wrote $OUT/summary.md (one run: $OUT/main.md; raw: $OUT/main/, $OUT/rounds/)"

#!/usr/bin/env bash
# Soak test (not in CI): the example app under 200 concurrent connections for 60 s of mixed valid
# and invalid requests (bench/soak.lua). Passes when there were zero 5xx answers, zero socket
# errors, /hello answered every probe throughout, and the RSS at the end is within 10% of the RSS
# after warm-up. Needs wrk (apt-get install wrk) and a built jar (mvn -B -q -DskipTests package).
#
#   bench/soak.sh            # DURATION=60 CONNECTIONS=200 WARMUP=20 THREADS=2 PORT=18080
set -euo pipefail
cd "$(dirname "$0")/.."
duration=${DURATION:-60}
connections=${CONNECTIONS:-200}
warmup=${WARMUP:-20}
threads=${THREADS:-2}
port=${PORT:-18080}
jar=example-app/target/kiln-example-app.jar
[[ -f $jar ]] || { echo "soak: build the jar first: mvn -B -q -DskipTests package" >&2; exit 2; }
command -v wrk >/dev/null || { echo "soak: needs wrk (apt-get install wrk)" >&2; exit 2; }
url="http://127.0.0.1:$port"
out=$(mktemp -d)

PORT=$port java ${SOAK_JAVA_OPTS:--Xmx256m} -jar "$jar" >"$out/app.log" 2>&1 &
app=$!
trap 'kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true' EXIT
for _ in $(seq 100); do curl -fs "$url/hello" >/dev/null 2>&1 && break; sleep 0.1; done
curl -fs "$url/hello" >/dev/null || { echo "soak: the app did not start" >&2; cat "$out/app.log"; exit 1; }
rss() { awk '/VmRSS/ {print $2}' "/proc/$app/status"; }

echo "== soak: $(java -version 2>&1 | head -1); warm-up ${warmup}s"
wrk -t"$threads" -c"$connections" -d"${warmup}s" -s bench/soak.lua "$url" >"$out/warmup.txt"
sleep 2
rss_warm=$(rss)

echo "== soak: ${connections} connections for ${duration}s (RSS after warm-up ${rss_warm} KiB)"
probes=0; probe_failures=0; probe_max_ms=0
(
  end=$((SECONDS + duration))
  while (( SECONDS < end )); do
    t=$(curl -s -o /dev/null -m 5 -w '%{http_code} %{time_total}' "$url/hello" || echo "000 5")
    echo "$t"
    sleep 1
  done
) >"$out/probes.txt" &
prober=$!
wrk -t"$threads" -c"$connections" -d"${duration}s" --timeout 5s -s bench/soak.lua "$url" \
  >"$out/run.txt"
wait "$prober"
sleep 2
rss_end=$(rss)

cat "$out/run.txt"
probes=$(wc -l <"$out/probes.txt")
probe_failures=$(awk '$1 != "200"' "$out/probes.txt" | wc -l)
probe_max_ms=$(awk '{ms = $2 * 1000; if (ms > max) max = ms} END {printf "%d", max}' "$out/probes.txt")
statuses=$(grep '^statuses' "$out/run.txt")
errors=$(grep '^socket_errors' "$out/run.txt")
five=$(sed -E 's/.*5xx=([0-9]+).*/\1/' <<<"$statuses")
sock=$(awk '{s = 0; for (i = 2; i <= 5; i++) {split($i, kv, "="); s += kv[2]} print s}' <<<"$errors")
growth=$(awk -v a="$rss_warm" -v b="$rss_end" 'BEGIN {printf "%.1f", (b - a) * 100 / a}')

echo "== soak result: $statuses; $errors; /hello probes $probes, failed $probe_failures, slowest ${probe_max_ms} ms; RSS ${rss_warm} -> ${rss_end} KiB (${growth}%)"
fail=0
(( five == 0 )) || { echo "FAIL: $five answers were 5xx"; fail=1; }
(( sock == 0 )) || { echo "FAIL: $sock socket errors"; fail=1; }
(( probe_failures == 0 )) || { echo "FAIL: /hello failed $probe_failures of $probes probes"; fail=1; }
awk -v g="$growth" 'BEGIN {exit !(g <= 10 && g >= -10)}' || { echo "FAIL: RSS changed by ${growth}%"; fail=1; }
(( fail == 0 )) && echo "== soak: PASS" || { echo "== soak: FAIL (logs in $out)"; exit 1; }

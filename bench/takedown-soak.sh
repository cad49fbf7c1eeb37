#!/usr/bin/env bash
# Take-down soak (not in CI): repeats issue 12's forked-server regression tests for minutes, with
# more traffic than the build uses: connections reset before their answer (their descriptors must
# all be closed again), concurrent downloads of the Swagger UI bundle on -Xmx128m and clients that
# never read, the connection cap, fail-fast after an OutOfMemoryError, unreadable request heads
# and bodies, and the graceful stop under load. Stops at the first failure (exit 1).
#
#   bench/takedown-soak.sh   # MINUTES=5 RESETS=10000 DOWNLOADS=300
# Runs the runtime module's tests offline (mvn -o): the dependencies must be in ~/.m2 already.
set -euo pipefail
cd "$(dirname "$0")/.."
minutes=${MINUTES:-5}
resets=${RESETS:-10000}
downloads=${DOWNLOADS:-300}
tests=ResetLeakTest,LargeAnswersTest,ConnectionCapTest,FailFastTest,RequestChecksTest,GracefulStopTest
end=$((SECONDS + minutes * 60))
round=0
echo "== takedown-soak: $(java -version 2>&1 | head -1); ${minutes} min; ${resets} resets and" \
  "${downloads} downloads a round"
while (( SECONDS < end )); do
  round=$((round + 1))
  started=$SECONDS
  if ! mvn -B -q -o -pl runtime test -Dtest="$tests" -Dsurefire.failIfNoSpecifiedTests=false \
      -Dkiln.soak.resets="$resets" -Dkiln.soak.downloads="$downloads" >/tmp/takedown-soak.log 2>&1; then
    echo "== takedown-soak: round $round FAILED; see /tmp/takedown-soak.log and runtime/target/surefire-reports"
    grep -E "Tests run:|FAIL" /tmp/takedown-soak.log | head -20
    exit 1
  fi
  echo "== takedown-soak: round $round passed in $((SECONDS - started)) s"
done
echo "== takedown-soak: PASS ($round rounds)"

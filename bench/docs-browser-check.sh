#!/usr/bin/env bash
# Opt-in check (not part of `mvn verify`): starts the example app, loads /docs (Swagger UI) and
# /redoc (ReDoc) in headless Chromium with every host but 127.0.0.1 unresolvable, and checks that
# each page's rendered DOM lists every operationId of /openapi.json - so the pages work offline.
#
#   bench/docs-browser-check.sh            # builds the jar if missing
#   PORT=18080 bench/docs-browser-check.sh
#
# Needs chromium (apt-get install -y chromium) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18080}"
source bench/browser-common.sh

for _ in $(seq 1 100); do
  curl -sf "http://127.0.0.1:$PORT/openapi.json" -o "$WORK/openapi.json" && break
  sleep 0.1
done
[[ -s "$WORK/openapi.json" ]] || { echo "the app did not start:"; cat "$WORK/app.log"; exit 1; }

status=0
for page in docs redoc; do
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --user-data-dir="$WORK/profile-$page" \
    --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" \
    --virtual-time-budget=15000 --dump-dom "http://127.0.0.1:$PORT/$page" \
    > "$WORK/$page.html" 2> "$WORK/$page.err" || true
  if ! python3 - "$WORK/openapi.json" "$WORK/$page.html" "$page" <<'PY'
import json, sys
document = json.load(open(sys.argv[1]))
dom = open(sys.argv[2], encoding="utf-8", errors="replace").read()
page = sys.argv[3]
ids = sorted(op["operationId"] for item in document["paths"].values()
             for op in item.values() if isinstance(op, dict) and "operationId" in op)
# Swagger UI renders ids in element ids (operations-<tag>-<operationId>); ReDoc in
# anchors (#tag/<tag>/operation/<operationId>)
missing = [i for i in ids if ("-" + i + '"') not in dom and ("operation/" + i) not in dom]
print(f"/{page}: {len(ids) - len(missing)} of {len(ids)} operations rendered ({len(dom)} bytes of DOM)")
if missing:
    print(f"/{page}: missing {missing}")
    sys.exit(1)
PY
  then
    status=1
    head -c 2000 "$WORK/$page.html"; echo; tail -20 "$WORK/$page.err"
  fi
done
# the app must not have been asked for anything it does not serve
if grep -q "No route matches" "$WORK/app.log"; then
  echo "the pages asked for files the app does not serve:"; grep "No route" "$WORK/app.log"
fi
[[ $status -eq 0 ]] && echo "docs-browser-check: OK"
exit $status

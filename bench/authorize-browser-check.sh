#!/usr/bin/env bash
# Opt-in check (not part of `mvn verify`): starts the example app and drives Swagger UI (/docs) in
# headless Chromium: Authorize with petstore_auth (the OAuth 2 implicit flow against the app's
# demo GET /oauth/authorize, back through /docs/oauth2-redirect.html) must yield the demo token,
# and DELETE /pet/{petId} tried from the page must carry it (404, not 401). Offline: every host
# but 127.0.0.1 is unresolvable.
#
#   bench/authorize-browser-check.sh            # builds the jar if missing
#   PORT=18080 DEVTOOLS_PORT=19222 bench/authorize-browser-check.sh
#
# Needs chromium (apt-get install -y chromium) and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18080}"
DEVTOOLS_PORT="${DEVTOOLS_PORT:-19222}"
source bench/browser-common.sh

up=
for _ in $(seq 1 300); do
  curl -sf -o /dev/null "http://127.0.0.1:$PORT/openapi.json" && { up=1; break; }
  sleep 0.1
done
[[ -n $up ]] || { echo "the app did not start:"; cat "$WORK/app.log"; exit 1; }
"$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
  --disable-component-update --no-first-run --user-data-dir="$WORK/profile" \
  --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" \
  --remote-debugging-port="$DEVTOOLS_PORT" about:blank > "$WORK/chromium.log" 2>&1 &
BROWSER=$!
trap 'kill "$BROWSER" "$APP" 2>/dev/null || true; wait "$BROWSER" "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
for _ in $(seq 1 100); do
  curl -sf -o /dev/null "http://127.0.0.1:$DEVTOOLS_PORT/json" && break
  sleep 0.1
done
python3 bench/swagger_authorize_check.py "$PORT" "$DEVTOOLS_PORT"
echo "authorize-browser-check: OK"

#!/usr/bin/env bash
# Opt-in check (not part of `mvn verify`): starts the example app, adds two pets through the HTML
# form endpoint and uploads a photo of the first (multipart, as its page's form does), then loads /ui/pets, /ui/pets?q=..., /ui/pets/1 and /ui/pets/new in headless
# Chromium with every host but 127.0.0.1 unresolvable, and checks the rendered DOM of each page and
# that the page's stylesheet was served (nothing asked of the app went unanswered).
#
#   bench/pages-browser-check.sh            # builds the jar if missing
#   PORT=18081 bench/pages-browser-check.sh
#
# Needs chromium (apt-get install -y chromium), curl and python3.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18081}"
source bench/browser-common.sh

BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do
  curl -sf "$BASE/static/css/site.css" -o /dev/null && break
  sleep 0.1
done
curl -sf -o /dev/null -d 'name=Rex&category=Dogs&status=available' "$BASE/ui/pets"
curl -sf -o /dev/null -d 'name=Tom <b>&status=sold' "$BASE/ui/pets"
printf '\x89PNG\r\n\x1a\nnot really' > "$WORK/rex.png"
curl -sf -o /dev/null -F "photo=@$WORK/rex.png;type=image/png" "$BASE/ui/pets/1/photo"

status=0
check() { # page, then strings the rendered DOM must contain
  local page="$1"; shift
  local out="$WORK/page-$(echo "$page" | tr -c 'a-z0-9' '_').html"
  "$CHROMIUM" --headless --no-sandbox --disable-gpu --disable-background-networking \
    --disable-component-update --no-first-run --user-data-dir="$WORK/profile" \
    --host-resolver-rules="MAP * ~NOTFOUND, EXCLUDE 127.0.0.1" \
    --virtual-time-budget=5000 --dump-dom "$BASE$page" > "$out" 2> "$WORK/chromium.err" || true
  for expected in "$@"; do
    if ! grep -qF -- "$expected" "$out"; then
      echo "$page: missing $expected"; status=1
    fi
  done
  echo "$page: $(wc -c < "$out") bytes of DOM checked"
}
check /ui/pets '<a href="/ui/pets/1">Rex</a>' '<a href="/ui/pets/2">Tom &lt;b&gt;</a>' 'name="q"'
check '/ui/pets?q=re' '<a href="/ui/pets/1">Rex</a>' 'value="re"'
check /ui/pets/1 '<h1 id="name">Rex</h1>' '<dd id="category">Dogs</dd>' \
  '<a href="/ui/pets/1/photo">rex.png</a> (image/png, 18 bytes)' 'enctype="multipart/form-data"'
check /ui/pets/new '<form method="post" action="/ui/pets" id="add-pet">' '<select id="status" name="status">'
if grep -q "No route matches\|No file at" "$WORK/app.log"; then
  echo "the pages asked for something the app does not serve:"; grep "No route\|No file" "$WORK/app.log"
  status=1
fi
[[ $status -eq 0 ]] && echo "pages-browser-check: OK"
exit $status

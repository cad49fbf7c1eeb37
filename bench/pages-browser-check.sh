#!/usr/bin/env bash
# Opt-in check (not part of `mvn verify`): starts the example app, adds two pets through the HTML
# form endpoint (multipart, the first with a photo, as the add-pet form sends it) and uploads a
# photo of the second from its page's form, then loads
# /ui/pets, /ui/pets?q=..., /ui/pets/1 and /ui/pets/new in headless Chromium with every host but
# 127.0.0.1 unresolvable, and checks the rendered DOM of each page and
# that the page's stylesheet was served (nothing asked of the app went unanswered). Then, through
# chromedriver (bench/pages_browser_form.py), it uses the pages as a person would: searches the
# list, follows a pet's link, submits the add-pet form with a blank name (the 422 page shows the
# error next to the field and keeps the values) and then correctly with a photo attached
# (redirected to the new pet, whose page names the photo, served back byte for byte).
#
#   bench/pages-browser-check.sh            # builds the jar if missing
#   PORT=18081 bench/pages-browser-check.sh
#
# Needs chromium and chromium-driver (apt-get install -y chromium chromium-driver), curl and
# python3.
set -euo pipefail
cd "$(dirname "$0")/.."

PORT="${PORT:-18081}"
source bench/browser-common.sh

BASE="http://127.0.0.1:$PORT"
for _ in $(seq 1 100); do
  curl -sf "$BASE/static/css/site.css" -o /dev/null && break
  sleep 0.1
done
printf '\x89PNG\r\n\x1a\nnot really' > "$WORK/rex.png"
# the add-pet form is multipart/form-data (its photo is optional); Tom's photo comes from his page
curl -sf -o /dev/null --form-string 'name=Rex' --form-string 'category=Dogs' \
  --form-string 'status=available' -F "photo=@$WORK/rex.png;type=image/png" "$BASE/ui/pets"
curl -sf -o /dev/null --form-string 'name=Tom <b>' --form-string 'status=sold' "$BASE/ui/pets"
curl -sf -o /dev/null -F "photo=@$WORK/rex.png;filename=tom.png;type=image/png" \
  "$BASE/ui/pets/2/photo"

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
check /ui/pets/2 '<a href="/ui/pets/2/photo">tom.png</a> (image/png, 18 bytes)'
check /ui/pets/new '<form method="post" action="/ui/pets" enctype="multipart/form-data" id="add-pet">' \
  '<select id="status" name="status">' '<input type="file" id="photo" name="photo" accept="image/*">'
DRIVER="$(command -v chromedriver || true)"
if [[ -z "$DRIVER" ]]; then
  echo "chromedriver not found: apt-get install -y chromium-driver"; status=1
else
  DRIVER_PORT="${DRIVER_PORT:-$((PORT + 1000))}"
  "$DRIVER" --port="$DRIVER_PORT" > "$WORK/chromedriver.log" 2>&1 &
  DRIVER_PID=$!
  trap 'kill "$DRIVER_PID" 2>/dev/null || true; kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT
  for _ in $(seq 1 100); do
    curl -sf "http://127.0.0.1:$DRIVER_PORT/status" -o /dev/null && break
    sleep 0.1
  done
  python3 bench/pages_browser_form.py "$BASE" "$DRIVER_PORT" "$CHROMIUM" || status=1
fi
if grep -q "No route matches\|No file at" "$WORK/app.log"; then
  echo "the pages asked for something the app does not serve:"; grep "No route\|No file" "$WORK/app.log"
  status=1
fi
[[ $status -eq 0 ]] && echo "pages-browser-check: OK"
exit $status

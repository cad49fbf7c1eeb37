# Sourced by the opt-in headless-Chromium checks (docs-browser-check.sh, pages-browser-check.sh),
# from the repository root with PORT set: finds Chromium (CHROMIUM), builds the example app's jar
# if missing, starts it on PORT with a fresh database (APP, log in $WORK/app.log) and cleans up on
# exit.
JAR=example-app/target/kiln-example-app.jar
CHROMIUM="$(command -v chromium || command -v chromium-browser || command -v google-chrome || true)"
if [[ -z "$CHROMIUM" ]]; then
  echo "chromium not found: apt-get install -y chromium" >&2
  exit 2
fi
if [[ ! -f "$JAR" ]]; then
  mvn -B -q -DskipTests package
fi

WORK="$(mktemp -d)"
# a database of its own (an H2 file in $WORK): the checks expect the pets they add, no others
env -u KILN_DB_URL PORT="$PORT" KILN_DB_FILE="$WORK/petstore" java -jar "$JAR" > "$WORK/app.log" 2>&1 &
APP=$!
trap 'kill "$APP" 2>/dev/null || true; wait "$APP" 2>/dev/null || true; rm -rf "$WORK"' EXIT

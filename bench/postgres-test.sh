#!/usr/bin/env bash
# The Petstore on PostgreSQL (opt-in, not in CI's default run): installs PostgreSQL with apt-get
# if it is missing, starts a throw-away server on 127.0.0.1 in a temporary directory, and
#   1. runs the Petstore's integration tests on it (PetIT, StoreIT, UserIT and the concurrent
#      clients of PetstoreConcurrencyIT, each app on a fresh schema: it-tests' TestDatabases);
#   2. starts the example app's jar on it, stops PostgreSQL under it (the Petstore answers 503,
#      the rest of the app 200), starts PostgreSQL again (the Petstore answers 200 again).
# Then stops the server and removes the directory. Every wait is bounded. Exits non-zero on the
# first failure.
#
#   bench/postgres-test.sh          # PG_PORT=55432 APP_PORT=18090; run as root or as a user
#                                     # that may run PostgreSQL's initdb (never root itself)
set -euo pipefail
cd "$(dirname "$0")/.."
pg_port=${PG_PORT:-55432}
app_port=${APP_PORT:-18090}
log() { echo "== [postgres-test] $*"; }

pg_bin() { find /usr/lib/postgresql -maxdepth 3 -name initdb -path '*/bin/*' 2>/dev/null | sort -V | tail -1 | xargs -r dirname; }
bin=$(pg_bin)
if [[ -z $bin ]]; then
  [[ $(id -u) -eq 0 ]] || { echo "PostgreSQL is not installed: run as root, or apt-get install postgresql" >&2; exit 2; }
  log "installing PostgreSQL (apt-get)"
  timeout 600 apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends postgresql >/dev/null
  bin=$(pg_bin)
  [[ -n $bin ]] || { echo "apt-get installed no PostgreSQL server" >&2; exit 2; }
fi
log "PostgreSQL: $("$bin/postgres" --version)"

work=$(mktemp -d /tmp/kiln-postgres.XXXXXX)
# PostgreSQL refuses to run as root: root runs it as the postgres user the package created
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$work"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi
app=
stop_all() {
  [[ -n $app ]] && { kill "$app" 2>/dev/null || true; wait "$app" 2>/dev/null || true; }
  as_pg timeout 60 "$bin/pg_ctl" -D "$work/data" -m fast -w -t 30 stop >/dev/null 2>&1 || true
  rm -rf "$work"
}
trap stop_all EXIT

pg_start() {
  as_pg timeout 60 "$bin/pg_ctl" -D "$work/data" -l "$work/server.log" -w -t 30 \
    -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work -c fsync=off" start >/dev/null \
    || { cat "$work/server.log" >&2; exit 1; }
}
pg_stop() { as_pg timeout 60 "$bin/pg_ctl" -D "$work/data" -m fast -w -t 30 stop >/dev/null; }

log "starting a server on 127.0.0.1:$pg_port in $work"
echo kiln > "$work/password"
as_pg "$bin/initdb" -D "$work/data" -U kiln --pwfile="$work/password" --auth-local=trust \
  --auth-host=scram-sha-256 -E UTF8 --no-locale >"$work/initdb.log" \
  || { cat "$work/initdb.log" >&2; exit 1; }
pg_start
as_pg timeout 30 "$bin/createdb" -h "$work" -p "$pg_port" -U kiln kiln_test
url="jdbc:postgresql://127.0.0.1:$pg_port/kiln_test"

log "1. the Petstore's integration tests on PostgreSQL"
rm -rf it-tests/target/failsafe-reports
KILN_TEST_DB_URL=$url KILN_TEST_DB_USER=kiln KILN_TEST_DB_PASSWORD=kiln \
  timeout 1200 mvn -B -ntp -q -pl it-tests -am verify -Dtest=none -Dsurefire.failIfNoSpecifiedTests=false \
  -Dit.test='PetIT,StoreIT,UserIT,PetstoreConcurrencyIT' >"$work/mvn.log" 2>&1 \
  || { grep -E "Tests run|FAIL|ERROR" "$work/mvn.log" | head -40 >&2; exit 1; }
grep -h "Tests run" it-tests/target/failsafe-reports/*.txt | sed 's/^/   /'

log "2. the example app's jar on PostgreSQL while PostgreSQL stops and starts again"
base="http://127.0.0.1:$app_port"
status() { curl -s -o /dev/null -w '%{http_code}' --max-time 10 "$@" || true; }
expect() { # expect STATUS what curl-arguments...: retries for up to 20 s
  local want=$1 what=$2 got=; shift 2
  for _ in $(seq 40); do got=$(status "$@"); [[ $got == "$want" ]] && { echo "   $what: $got"; return; }; sleep 0.5; done
  echo "$what: expected $want, got $got" >&2; cat "$work/app.log" >&2; exit 1
}
KILN_DB_URL=$url KILN_DB_USER=kiln KILN_DB_PASSWORD=kiln PORT=$app_port \
  java -jar example-app/target/kiln-example-app.jar >"$work/app.log" 2>&1 &
app=$!
# /pet requires petstore_auth: the example app's demo token
auth='Authorization: Bearer special-key'
expect 200 "POST /pet once the database is open" -X POST "$base/pet" -H "$auth" -H 'Content-Type: application/json' -d '{"id":1,"name":"doggie"}'
expect 409 "POST /pet with the same id" -X POST "$base/pet" -H "$auth" -H 'Content-Type: application/json' -d '{"id":1,"name":"doggie"}'
pg_stop
expect 503 "GET /pet/1 with PostgreSQL stopped" -H "$auth" "$base/pet/1"
expect 200 "GET /hello with PostgreSQL stopped" "$base/hello"
pg_start
expect 200 "GET /pet/1 with PostgreSQL back" -H "$auth" "$base/pet/1"
grep -q "The Petstore database is not reachable" "$work/app.log" || { echo "readiness never went false" >&2; exit 1; }
log "passed"

#!/usr/bin/env bash
# Scale-out on this machine (opt-in, not in CI's default run): 3 instances of the example app's
# jar on one PostgreSQL, behind nginx, all on 127.0.0.1, under a bounded mixed load (reads and
# writes of pets, bench/scale_out_load.py) while
#   1. rolling: each instance in turn is taken out of nginx's upstream (reload), stopped with
#      SIGTERM (Kiln drains: not ready, listener closed, requests in flight finish), started
#      again, and put back once /health/ready answers 200;
#   2. kill: one instance is killed with SIGKILL (nginx's passive health check takes it out),
#      then taken out of the upstream, started again and put back once ready.
# Then it checks every write answered 2xx against the database and writes the report
# (bench/scale_out_report.py) to docs/scale-out-report.json. Targets: no failed request while
# rolling, no acknowledged write lost in either phase, no failure while killing but those in
# flight on the killed instance. Exits non-zero when one is missed. docs/deployment.md explains it.
#
# Installs PostgreSQL and nginx with apt-get when missing (as root), builds the example app's jar
# when missing (REBUILD=1 forces it). Every wait is bounded; everything started is stopped and
# the temporary directory removed on exit (KEEP=1 keeps it, for the logs).
#
#   bench/scale-out.sh     # LB_PORT=18100 (instances LB_PORT+1..3) PG_PORT=55433 WORKERS=8
set -euo pipefail
cd "$(dirname "$0")/.."
lb_port=${LB_PORT:-18100}
pg_port=${PG_PORT:-55433}
workers=${WORKERS:-8}
jar=example-app/target/kiln-example-app.jar
instances=(1 2 3)
log() { echo "== [scale-out $(date +%T)] $*"; }
fail() { echo "scale-out: $*" >&2; exit 1; }

# --- tools -------------------------------------------------------------------------------------
pg_bin() { find /usr/lib/postgresql -maxdepth 3 -name initdb -path '*/bin/*' 2>/dev/null | sort -V | tail -1 | xargs -r dirname; }
need=()
[[ -n $(pg_bin) ]] || need+=(postgresql)
command -v nginx >/dev/null || [[ -x /usr/sbin/nginx ]] || need+=(nginx)
if ((${#need[@]})); then
  [[ $(id -u) -eq 0 ]] || fail "missing ${need[*]}: run as root, or apt-get install ${need[*]}"
  log "installing ${need[*]} (apt-get)"
  timeout 600 apt-get update -qq
  DEBIAN_FRONTEND=noninteractive timeout 900 apt-get install -y -qq --no-install-recommends "${need[@]}" >/dev/null
fi
bin=$(pg_bin)
nginx=$(command -v nginx || echo /usr/sbin/nginx)
[[ -n $bin && -x $nginx ]] || fail "PostgreSQL or nginx is still missing"
if [[ ! -f $jar || ${REBUILD:-0} == 1 ]]; then
  log "building $jar"
  timeout 1200 mvn -B -ntp -q -pl example-app -am package -DskipTests
fi

# --- clean-up ----------------------------------------------------------------------------------
work=$(mktemp -d /tmp/kiln-scale-out.XXXXXX)
chmod 755 "$work"
declare -A pid=()
load_pid=
if [[ $(id -u) -eq 0 ]]; then
  chown postgres: "$work"
  as_pg() { runuser -u postgres -- "$@"; }
else
  as_pg() { "$@"; }
fi
cleanup() {
  [[ -n $load_pid ]] && kill "$load_pid" 2>/dev/null
  for i in "${instances[@]}"; do [[ -n ${pid[$i]:-} ]] && kill -9 "${pid[$i]}" 2>/dev/null; done
  [[ -f $work/nginx/nginx.pid ]] && "$nginx" -p "$work/nginx" -c nginx.conf -s stop 2>/dev/null
  as_pg timeout 60 "$bin/pg_ctl" -D "$work/data" -m fast -w -t 30 stop >/dev/null 2>&1
  if [[ ${KEEP:-0} == 1 ]]; then echo "kept $work"; else rm -rf "$work"; fi
}
trap 'cleanup || true' EXIT

# --- PostgreSQL --------------------------------------------------------------------------------
log "PostgreSQL ($("$bin/postgres" --version)) on 127.0.0.1:$pg_port"
echo kiln > "$work/password"
as_pg "$bin/initdb" -D "$work/data" -U kiln --pwfile="$work/password" --auth-local=trust \
  --auth-host=scram-sha-256 -E UTF8 --no-locale >"$work/initdb.log" || { cat "$work/initdb.log" >&2; exit 1; }
as_pg timeout 60 "$bin/pg_ctl" -D "$work/data" -l "$work/postgres.log" -w -t 30 \
  -o "-c listen_addresses=127.0.0.1 -p $pg_port -k $work -c max_connections=100" start >/dev/null \
  || { cat "$work/postgres.log" >&2; exit 1; }
as_pg timeout 30 "$bin/createdb" -h "$work" -p "$pg_port" -U kiln petstore
psql_pets() { as_pg timeout 60 psql -h "$work" -p "$pg_port" -U kiln -d petstore -At -F $'\t' -c "$1"; }

# --- instances ---------------------------------------------------------------------------------
port_of() { echo $((lb_port + $1)); }
start_instance() {
  KILN_DB_URL="jdbc:postgresql://127.0.0.1:$pg_port/petstore" KILN_DB_USER=kiln KILN_DB_PASSWORD=kiln \
    KILN_DB_POOL_SIZE=8 HOST=127.0.0.1 PORT=$(port_of "$1") \
    java -Xmx256m -XX:+UseSerialGC -jar "$jar" >>"$work/app$1.log" 2>&1 &
  pid[$1]=$!
}
wait_ready() { # up to 90 s for /health/ready to answer 200
  local url="http://127.0.0.1:$(port_of "$1")/health/ready"
  for _ in $(seq 180); do
    [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "$url" || true) == 200 ]] && return
    kill -0 "${pid[$1]}" 2>/dev/null || { tail -20 "$work/app$1.log" >&2; fail "instance $1 exited"; }
    sleep 0.5
  done
  tail -20 "$work/app$1.log" >&2; fail "instance $1 not ready after 90 s"
}
wait_exit() { # up to 30 s for instance $1 to exit after SIGTERM
  for _ in $(seq 300); do kill -0 "${pid[$1]}" 2>/dev/null || { wait "${pid[$1]}" 2>/dev/null || true; return; }; sleep 0.1; done
  fail "instance $1 did not exit within 30 s of SIGTERM"
}

# --- nginx -------------------------------------------------------------------------------------
mkdir -p "$work/nginx/tmp"
declare -A down=()
write_nginx_conf() {
  local servers="" i
  for i in "${instances[@]}"; do
    servers+="    server 127.0.0.1:$(port_of "$i") max_fails=1 fail_timeout=3s${down[$i]:+ down};"$'\n'
  done
  cat >"$work/nginx/nginx.conf" <<EOF
$([[ $(id -u) -eq 0 ]] && echo "user root;")
worker_processes 2;
pid nginx.pid;
error_log error.log warn;
events { worker_connections 1024; }
http {
  client_body_temp_path tmp/body; proxy_temp_path tmp/proxy; fastcgi_temp_path tmp/fastcgi;
  uwsgi_temp_path tmp/uwsgi; scgi_temp_path tmp/scgi;
  log_format lb '\$msec \$request_method \$request_uri \$status up=\$upstream_addr \$upstream_status \$request_time';
  access_log access.log lb;
  # a connection per client request: a reload's old workers then have no idle kept-alive
  # connection to close under a client about to send on it
  keepalive_timeout 0;
  upstream kiln {
$servers  }
  server {
    listen 127.0.0.1:$lb_port;
    location / {
      proxy_pass http://kiln;
      proxy_http_version 1.1;
      proxy_set_header Connection "";
      # nginx retries a request on the next instance after a connection error, a time-out or a
      # 502/503/504, but never a POST or PATCH once it was sent (non_idempotent is not set)
      proxy_next_upstream error timeout http_502 http_503 http_504;
      proxy_next_upstream_tries 3;
      proxy_connect_timeout 1s;
      proxy_read_timeout 20s;
      add_header X-Upstream \$upstream_addr always;
    }
  }
}
EOF
}
workers_shutting_down() { pgrep -f "nginx: worker process is shutting down" | wc -l || true; }
reload_nginx() { # reload, then wait up to 30 s for the old workers to finish their requests
  "$nginx" -p "$work/nginx" -c nginx.conf -t -q
  "$nginx" -p "$work/nginx" -c nginx.conf -s reload
  sleep 0.3
  for _ in $(seq 300); do [[ $(workers_shutting_down) -eq 0 ]] && return; sleep 0.1; done
  fail "nginx's old workers still busy 30 s after a reload"
}

log "starting ${#instances[@]} instances on ports $(port_of 1)-$(port_of ${#instances[@]})"
start_instance 1; wait_ready 1 # the first one migrates the schema
for i in "${instances[@]:1}"; do start_instance "$i"; done
for i in "${instances[@]:1}"; do wait_ready "$i"; done
write_nginx_conf
"$nginx" -p "$work/nginx" -c nginx.conf
for _ in $(seq 50); do
  [[ $(curl -s -o /dev/null -w '%{http_code}' --max-time 2 "http://127.0.0.1:$lb_port/health/ready" || true) == 200 ]] && break
  sleep 0.2
done
log "nginx on 127.0.0.1:$lb_port"

start_load() { # phase id-base
  rm -f "$work/stop"
  python3 bench/scale_out_load.py "http://127.0.0.1:$lb_port" "$1" "$work/$1.json" "$work/stop" \
    --workers "$workers" --max-seconds 300 --id-base "$2" >"$work/load-$1.log" 2>&1 &
  load_pid=$!
}
stop_load() { # stop the load, wait up to 60 s for its records
  touch "$work/stop"
  for _ in $(seq 600); do kill -0 "$load_pid" 2>/dev/null || break; sleep 0.1; done
  wait "$load_pid" || fail "the load generator failed: $(cat "$work/load-$1.log")"
  load_pid=
  log "$(cat "$work/load-$1.log")"
}

# --- phase 1: rolling restart ------------------------------------------------------------------
log "phase 1: rolling restart under load"
start_load rolling 10000000
sleep 5
for i in "${instances[@]}"; do
  log "  instance $i: out of the upstream, SIGTERM, start, ready, back in"
  down[$i]=1; write_nginx_conf; reload_nginx
  kill -TERM "${pid[$i]}"; wait_exit "$i"
  start_instance "$i"; wait_ready "$i"
  unset "down[$i]"; write_nginx_conf; reload_nginx
  sleep 3
done
stop_load rolling

# --- phase 2: SIGKILL --------------------------------------------------------------------------
log "phase 2: SIGKILL one instance under load"
start_load kill 50000000
sleep 5
victim=2
killed_at=$(date +%s.%N)
kill -KILL "${pid[$victim]}"; wait "${pid[$victim]}" 2>/dev/null || true
# the process is gone (and its listening socket closed) only once wait returns
printf '{"time": %s, "dead": %s, "upstream": "127.0.0.1:%s"}\n' "$killed_at" "$(date +%s.%N)" \
  "$(port_of $victim)" >"$work/kill-info.json"
log "  instance $victim killed; out of the upstream, started again, back in once ready"
sleep 3
# as an orchestrator restarting it would: nginx's passive check alone would send it requests as
# soon as its port is open, before its database is (they would wait for it, up to 30 s)
down[$victim]=1; write_nginx_conf; reload_nginx
start_instance "$victim"; wait_ready "$victim"
unset "down[$victim]"; write_nginx_conf; reload_nginx
sleep 5
stop_load kill

# --- report ------------------------------------------------------------------------------------
psql_pets "SELECT id, name FROM pet" >"$work/pets.tsv"
log "report (docs/scale-out-report.json)"
python3 bench/scale_out_report.py "$work/rolling.json" "$work/kill.json" "$work/pets.tsv" \
  "$work/kill-info.json" docs/scale-out-report.json
log "passed"

#!/usr/bin/env bash
# A throwaway PostgreSQL server for the store tests (and the throughput script).
#
#   eval "$(scripts/postgres-test-server.sh start)"   # exports STEPWISE_TEST_PG_URL and STEPWISE_TEST_PG_DIR
#   npx vitest run test/store
#   scripts/postgres-test-server.sh stop              # uses STEPWISE_TEST_PG_DIR, or: stop DIR
#
# start: installs PostgreSQL with apt-get when no server binaries are found (Debian, as root; a
# no-op when already installed), initialises a cluster in a new temp dir with trust auth, starts it
# on 127.0.0.1 on a free port from 54329 up (socket in the temp dir), creates `stepwise_test`, and
# prints `export` lines on stdout. Everything else goes to stderr.
# Options for start: --durable keeps fsync on (default: off, for fast tests; use --durable to measure).
set -euo pipefail

log() { printf '%s\n' "postgres-test-server: $*" >&2; }

find_bin_dir() {
  local d
  # Debian keeps the server binaries off PATH, under /usr/lib/postgresql/VERSION/bin: take the newest.
  for d in $(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V -r); do
    if [[ -x "$d/pg_ctl" && -x "$d/initdb" ]]; then echo "$d"; return 0; fi
  done
  if command -v pg_ctl >/dev/null 2>&1 && command -v initdb >/dev/null 2>&1; then
    dirname "$(command -v pg_ctl)"; return 0
  fi
  return 1
}

ensure_installed() {
  if find_bin_dir >/dev/null; then return 0; fi
  if [[ "$(id -u)" != 0 ]]; then
    log "PostgreSQL is not installed and this is not root: install the 'postgresql' package first."
    exit 1
  fi
  log "PostgreSQL not found: installing it with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update >&2
  apt-get install -y postgresql >&2
  find_bin_dir >/dev/null || { log "apt-get installed postgresql but no pg_ctl was found"; exit 1; }
}

# initdb and postgres refuse to run as root: run them as the `postgres` user then.
as_pg() {
  if [[ "$(id -u)" == 0 ]]; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local durable=0
  for arg in "$@"; do
    case "$arg" in
      --durable) durable=1 ;;
      *) log "unknown option: $arg"; exit 2 ;;
    esac
  done
  ensure_installed
  local bin dir port opts
  bin="$(find_bin_dir)"
  dir="$(mktemp -d "${TMPDIR:-/tmp}/stepwise-pg.XXXXXX")"
  chmod 0755 "$dir"
  if [[ "$(id -u)" == 0 ]]; then chown postgres: "$dir"; fi
  as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --locale=C.UTF-8 --no-sync >"$dir/initdb.log" 2>&1 \
    || as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust -E UTF8 --no-sync >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; log "initdb failed"; exit 1; }
  opts="-c listen_addresses=127.0.0.1 -k $dir -c max_connections=200"
  if [[ "$durable" == 0 ]]; then opts="$opts -c fsync=off -c synchronous_commit=off -c full_page_writes=off"; fi
  port=54329
  while :; do
    if ! port_in_use "$port" && as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 -o "$opts -p $port" start >/dev/null 2>&1; then
      break
    fi
    # Only a taken port is worth another try; any other failure is reported as it is.
    if [[ -f "$dir/server.log" ]] && ! grep -q -i 'in use\|could not bind\|could not create any TCP' "$dir/server.log"; then
      cat "$dir/server.log" >&2; log "the server did not start"; exit 1
    fi
    rm -f "$dir/server.log"
    port=$((port + 1))
    if (( port > 54429 )); then cat "$dir/server.log" >&2 2>/dev/null || true; log "could not start on any port 54329-54429"; exit 1; fi
  done
  as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres stepwise_test
  echo "$port" >"$dir/port"
  log "running on 127.0.0.1:$port (data in $dir; stop with: $0 stop $dir)"
  echo "export STEPWISE_TEST_PG_URL=postgres://postgres@127.0.0.1:$port/stepwise_test"
  echo "export STEPWISE_TEST_PG_DIR=$dir"
}

stop() {
  local dir="${1:-${STEPWISE_TEST_PG_DIR:-}}"
  if [[ -z "$dir" ]]; then log "stop: no dir given and STEPWISE_TEST_PG_DIR is not set"; exit 2; fi
  if [[ ! -d "$dir/data" ]]; then log "stop: $dir holds no test cluster"; exit 0; fi
  local bin
  bin="$(find_bin_dir)"
  as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null 2>&1 || log "stop: server was not running"
  rm -rf "$dir"
  log "stopped and removed $dir"
}

# For outage tests: stop a running test cluster but keep its data, then start it again on the same port.
pause() {
  local dir="${1:?pause: give the cluster dir}" bin
  bin="$(find_bin_dir)"
  as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >/dev/null
  log "paused $dir"
}

resume() {
  local dir="${1:?resume: give the cluster dir}" bin port
  bin="$(find_bin_dir)"
  port="$(cat "$dir/port")"
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -k $dir -c max_connections=200 -c fsync=off -p $port" start >/dev/null
  log "resumed $dir on 127.0.0.1:$port"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  pause) shift; pause "$@" ;;
  resume) shift; resume "$@" ;;
  *) echo "usage: $0 start [--durable] | stop [DIR] | pause DIR | resume DIR" >&2; exit 2 ;;
esac

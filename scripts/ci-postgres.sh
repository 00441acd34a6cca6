#!/usr/bin/env bash
# A throwaway PostgreSQL cluster for the storage tests, separate from any system cluster.
#
#   scripts/ci-postgres.sh start DIR [PORT]   initdb into DIR, start on 127.0.0.1, create the
#                                             database linkage_test, print its URL on stdout
#   scripts/ci-postgres.sh stop DIR           stop the cluster in DIR and remove DIR
#
# Trust authentication is safe here only because the server listens on the loopback address
# and its socket lives in DIR; the cluster is deleted when the tests end.
set -euo pipefail

die() { echo "ci-postgres: $*" >&2; exit 1; }

# The newest server binaries: Debian's /usr/lib/postgresql/N/bin, else whatever is on PATH.
find_bin() {
  local dir
  dir=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)
  if [ -n "$dir" ] && [ -x "$dir/pg_ctl" ]; then echo "$dir"; return; fi
  command -v pg_ctl >/dev/null 2>&1 && { dirname "$(readlink -f "$(command -v pg_ctl)")"; return; }
  die "no PostgreSQL server binaries (pg_ctl, initdb) found; install the postgresql package"
}

# PostgreSQL refuses to run as root: as root, run it as the postgres user, made if missing
# (the Debian package makes it; bare binaries may come without it).
is_root() { [ "$(id -u)" -eq 0 ]; }
ensure_pg_user() {
  id postgres >/dev/null 2>&1 || useradd --system --home-dir /var/lib/postgresql --shell /bin/bash postgres
}
as_pg() {
  if is_root; then runuser -u postgres -- "$@"; else "$@"; fi
}

port_in_use() { (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null; }

start() {
  local dir=${1:?usage: start DIR [PORT]} port=${2:-54329} bin
  bin=$(find_bin)
  while port_in_use "$port"; do port=$((port + 1)); done
  mkdir -p "$dir"
  if is_root; then ensure_pg_user; chown postgres: "$dir"; fi
  as_pg "$bin/initdb" -D "$dir/data" -U postgres --auth=trust --encoding=UTF8 --locale=C >"$dir/initdb.log" 2>&1 \
    || { cat "$dir/initdb.log" >&2; die "initdb failed"; }
  as_pg "$bin/pg_ctl" -D "$dir/data" -l "$dir/server.log" -w -t 60 \
    -o "-c listen_addresses=127.0.0.1 -p $port -c unix_socket_directories=$dir -c fsync=off" start >&2 \
    || { cat "$dir/server.log" >&2; die "the server did not start"; }
  as_pg "$bin/createdb" -h 127.0.0.1 -p "$port" -U postgres linkage_test
  echo "postgres://postgres@127.0.0.1:$port/linkage_test"
}

stop() {
  local dir=${1:?usage: stop DIR} bin
  bin=$(find_bin)
  if [ -f "$dir/data/postmaster.pid" ]; then as_pg "$bin/pg_ctl" -D "$dir/data" -m fast -w stop >&2 || true; fi
  rm -rf "$dir"
}

case "${1:-}" in
  start) shift; start "$@" ;;
  stop) shift; stop "$@" ;;
  *) die "usage: $0 start DIR [PORT] | stop DIR" ;;
esac

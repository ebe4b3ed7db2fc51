#!/usr/bin/env bash
# Starts a throwaway PostgreSQL cluster (Debian's postgresql package) on a loopback port,
# as the postgres user, and prints the URL of a database the tests may use.
#   eval "$(.ci/postgres.sh)"   # exports CLAIMMAP_TEST_DATABASE_URL and PG_THROWAWAY_DIR
set -euo pipefail
PORT="${PG_PORT:-55432}"
BIN="$(ls -d /usr/lib/postgresql/*/bin | sort -V | tail -1)"
DIR="$(mktemp -d /tmp/claimmap-pg.XXXXXX)"
chmod 755 "$DIR"
if [ "$(id -un)" = postgres ]; then AS=""
elif [ "$(id -u)" -eq 0 ]; then AS="runuser -u postgres --"; chown postgres "$DIR"
else AS="sudo -u postgres"; sudo chown postgres "$DIR"; fi
$AS "$BIN/initdb" -D "$DIR/data" -U postgres -A trust --no-sync >&2
$AS "$BIN/pg_ctl" -D "$DIR/data" -l "$DIR/log" -w -o "-c listen_addresses=127.0.0.1 -c port=$PORT -c unix_socket_directories=$DIR -c fsync=off" start >&2
$AS "$BIN/createdb" -h 127.0.0.1 -p "$PORT" -U postgres claimmap_test >&2
echo "export CLAIMMAP_TEST_DATABASE_URL=postgres://postgres@127.0.0.1:$PORT/claimmap_test"
echo "export PG_THROWAWAY_DIR=$DIR"
echo "export PG_THROWAWAY_STOP='$AS $BIN/pg_ctl -D $DIR/data -m fast stop'"

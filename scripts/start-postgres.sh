#!/usr/bin/env bash
# Starts (or reuses) a private PostgreSQL server for tests and local clusters:
# 127.0.0.1:55432 (or $CP_POSTGRES_PORT), data under $1 (default /tmp/cp-postgres), role and database "communityplanning".
# Idempotent: the server of the same folder, already running from a previous call, is reused; another server on
# the port is refused. Prints the connection string. scripts/stop-postgres.sh stops it.
set -euo pipefail

ROOT="${1:-/tmp/cp-postgres}"
PORT="${CP_POSTGRES_PORT:-55432}" # another port for a second worktree
DATA="$ROOT/data"
LOG="$ROOT/server.log"
ROLE=communityplanning
CONNECTION_STRING="Host=127.0.0.1;Port=$PORT;Database=$ROLE;Username=$ROLE;Password=$ROLE"

log() { echo "start-postgres: $*" >&2; }

# The server binaries: Debian keeps them per major version under /usr/lib/postgresql/N/bin.
find_bin() { ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true; }

BIN="$(find_bin)"
if [[ -z "$BIN" || ! -x "$BIN/initdb" ]]; then
  log "PostgreSQL is not installed; installing it with apt-get"
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q >&2
  apt-get install -y -q postgresql >&2
  BIN="$(find_bin)"
fi
[[ -x "$BIN/initdb" ]] || { log "initdb not found after install"; exit 1; }

# The server refuses to run as root, so everything touching the data dir runs as "postgres".
if [[ $EUID -eq 0 ]]; then
  OWNER=postgres
  as_owner() { runuser -u postgres -- "$@"; }
else
  OWNER="$(id -un)"
  as_owner() { "$@"; }
fi

mkdir -p "$ROOT"
chown "$OWNER" "$ROOT"
chmod 700 "$ROOT"

if [[ ! -f "$DATA/PG_VERSION" ]]; then
  log "initialising $DATA"
  # Local socket: peer auth for the owner (used below to create the role); TCP: passwords only.
  as_owner "$BIN/initdb" -D "$DATA" -U postgres --auth-local=peer --auth-host=scram-sha-256 -E UTF8 --locale=C.UTF-8 >&2
fi

# The socket lives in $ROOT, so no write access to /var/run/postgresql is needed.
ready() { "$BIN/pg_isready" -q -h 127.0.0.1 -p "$PORT" -t 2; }

if as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  log "server for $DATA is already running; reusing it"
elif ready; then
  # Someone else's server (another folder's, or the system's): its data are not ours to test or run a cluster on.
  log "another PostgreSQL server already listens on 127.0.0.1:$PORT (not the one in $DATA)."
  log "Stop it (scripts/stop-postgres.sh FOLDER for one this script started) or choose another port: CP_POSTGRES_PORT=55433 $0 $ROOT"
  exit 1
else
  log "starting server on 127.0.0.1:$PORT"
  as_owner "$BIN/pg_ctl" -D "$DATA" -l "$LOG" -w -t 60 \
    -o "-p $PORT -k $ROOT -c listen_addresses=127.0.0.1" start >&2
fi

# Bounded wait: pg_ctl -w normally returns when ready, this covers the reuse paths.
for _ in $(seq 1 60); do
  ready && break
  sleep 0.5
done
ready || { log "server did not accept connections; see $LOG"; exit 1; }

# Role and database, created once. Superuser so tests can CREATE/DROP their own databases.
psql_owner() { as_owner "$BIN/psql" -h "$ROOT" -p "$PORT" -U postgres -d postgres -v ON_ERROR_STOP=1 -qtA "$@"; }
if [[ -S "$ROOT/.s.PGSQL.$PORT" ]]; then
  if [[ "$(psql_owner -c "SELECT 1 FROM pg_roles WHERE rolname = '$ROLE'")" != 1 ]]; then
    psql_owner -c "CREATE ROLE $ROLE LOGIN SUPERUSER PASSWORD '$ROLE'"
  fi
  if [[ "$(psql_owner -c "SELECT 1 FROM pg_database WHERE datname = '$ROLE'")" != 1 ]]; then
    psql_owner -c "CREATE DATABASE $ROLE OWNER $ROLE"
  fi
else
  log "not our server (no socket in $ROOT); assuming role and database exist"
fi

echo "$CONNECTION_STRING"

#!/usr/bin/env bash
# Stops the private PostgreSQL server that scripts/start-postgres.sh started with the same data folder
# ($1, default /tmp/cp-postgres). Its data stay; the next start-postgres.sh starts it again. Nothing to do if it is not running.
set -euo pipefail

ROOT="${1:-/tmp/cp-postgres}"
DATA="$ROOT/data"
BIN="$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1 || true)"
[[ -n "$BIN" && -f "$DATA/PG_VERSION" ]] || exit 0

if [[ $EUID -eq 0 ]]; then
  as_owner() { runuser -u postgres -- "$@"; }
else
  as_owner() { "$@"; }
fi

if as_owner "$BIN/pg_ctl" -D "$DATA" status >/dev/null 2>&1; then
  as_owner "$BIN/pg_ctl" -D "$DATA" -m fast -w stop >&2
fi

#!/usr/bin/env bash
# The scale-out figure (docs/performance.md, "Scale-out"): a cluster as deploy/ runs it, on one machine — PostgreSQL,
# two silos and two web servers in processes of their own (Release builds) — and the load tool's typing load with
# its clients split over both web servers; it prints edit → last receiver p50/p95/p99/max, missing and duplicated
# arrivals and each process's CPU and peak memory, then stops everything it started.
#
#   scripts/load-cluster.sh                                   # 50 writers, 4,949 light observers (+ the organizer = 5,000), 20 s (+30 s warm-up)
#   scripts/load-cluster.sh --writers 10 --observers 500      # any typing option of tests/LoadTest/Program.cs
#
# Ports: PostgreSQL $CP_LOAD_POSTGRES_PORT (55490); silos, gateways and web servers from $CP_LOAD_PORT_BASE (41100).
# Logs of the cluster's processes: the folder printed at the start.
set -euo pipefail
cd "$(dirname "$0")/.."

PG_PORT="${CP_LOAD_POSTGRES_PORT:-55490}"
BASE="${CP_LOAD_PORT_BASE:-41100}"
WORK="$(mktemp -d /tmp/cp-load-cluster.XXXXXX)"
chmod 0755 "$WORK"   # PostgreSQL runs as its own user when this runs as root
CLUSTER="load-$(date +%s)"
ADMIN_EMAIL="zatez@kraj-lbc.example"           # tests/LoadTest/LoadServer.cs signs in with these
ADMIN_PASSWORD="zátěžové-heslo-koordinátora"
LOAD_ARGS=("$@")
[[ ${#LOAD_ARGS[@]} -gt 0 ]] || LOAD_ARGS=(--writers 50 --observers 4949)   # 5,000 people: a meeting's roster limit (Roster.MaxEntries), the organizer included
PIDS=()

log() { echo "load-cluster: $*" >&2; }
stop() {
  for pid in "${PIDS[@]}"; do kill "$pid" 2>/dev/null || true; done
  for pid in "${PIDS[@]}"; do wait "$pid" 2>/dev/null || true; done
  scripts/stop-postgres.sh "$WORK/postgres" || true
}
trap stop EXIT

# Each process's sockets: the load tool and the web servers hold thousands.
ulimit -n "$(ulimit -Hn)"

log "building (Release) …"
dotnet build Silo -c Release --nologo -v quiet >&2
dotnet build tests/LoadTest -c Release --nologo -v quiet >&2   # builds Web too

CONNECTION="$(CP_POSTGRES_PORT="$PG_PORT" scripts/start-postgres.sh "$WORK/postgres" 2>>"$WORK/postgres.log" | tail -n 1)" \
  || { log "PostgreSQL did not start:"; tail -n 5 "$WORK/postgres.log" >&2; exit 1; }
COMMON=(--Storage:Provider=PostgreSql "--Storage:ConnectionString=$CONNECTION" "--Cluster:ClusterId=$CLUSTER" "--Cluster:ServiceId=$CLUSTER"
        --Logging:LogLevel:Default=Warning)
log "processes' logs in $WORK"

# Waits until something listens on 127.0.0.1:$1 (at most 120 s).
wait_port() {
  for _ in $(seq 1 600); do
    (exec 3<>"/dev/tcp/127.0.0.1/$1") 2>/dev/null && return 0
    sleep 0.2
  done
  log "nothing listens on $1 after 120 s (see $WORK)"; exit 1
}

start_silo() { # number
  local n=$1
  (cd Silo && exec dotnet bin/Release/net10.0/CommunityPlanning.Silo.dll "${COMMON[@]}" \
      "--Cluster:SiloPort=$((BASE + n))" "--Cluster:GatewayPort=$((BASE + 10 + n))") >"$WORK/silo$n.log" 2>&1 &
  PIDS+=($!)
  SILO_PIDS+=("silo$n=$!")
  wait_port $((BASE + 10 + n))
}

start_web() { # number, extra settings
  local n=$1; shift
  (cd Web && exec dotnet bin/Release/net10.0/CommunityPlanning.Web.dll "${COMMON[@]}" --Hosting:Mode=Client --Demo:Enabled=false \
      "--urls=http://127.0.0.1:$((BASE + 20 + n))" --SignIn:PermitsPerMinute=100000 --JoinCode:PermitsPerMinute=100000 "$@") >"$WORK/web$n.log" 2>&1 &
  PIDS+=($!)
  WEB_PIDS+=("web$n=$!")
  for _ in $(seq 1 600); do
    curl -fs "http://127.0.0.1:$((BASE + 20 + n))/health/ready" >/dev/null && return 0
    sleep 0.2
  done
  log "web server $n is not ready after 120 s (see $WORK/web$n.log)"; exit 1
}

SILO_PIDS=(); WEB_PIDS=()
start_silo 1          # the first applies the schema and makes the cluster
start_silo 2
start_web 1 "--Admin:Email=$ADMIN_EMAIL" "--Admin:Password=$ADMIN_PASSWORD"   # creates the administrator
start_web 2
log "cluster up: silos on $((BASE + 1)),$((BASE + 2)), web servers on $((BASE + 21)),$((BASE + 22)); load average $(cut -d' ' -f1-3 /proc/loadavg)"

MEASURE="$(IFS=,; echo "${SILO_PIDS[*]},${WEB_PIDS[*]}")"
dotnet tests/LoadTest/bin/Release/net10.0/CommunityPlanning.LoadTest.dll typing "${LOAD_ARGS[@]}" \
  --urls "http://127.0.0.1:$((BASE + 21)),http://127.0.0.1:$((BASE + 22))" --measure "$MEASURE"

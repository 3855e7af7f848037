#!/usr/bin/env bash
# The test command: installs what is missing, starts PostgreSQL on loopback, and runs every test.
# Works on a fresh Debian machine with only the .NET SDK and Node.js (as root for apt-get).
set -euo pipefail
cd "$(dirname "$0")"

# Debian's Chromium for the browser tests (Playwright drives it; it never downloads a browser).
if ! command -v chromium >/dev/null 2>&1; then
  [[ $EUID -eq 0 ]] || { echo "test.sh: chromium is missing; install it as root: apt-get install chromium" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q chromium fonts-dejavu-core
fi

# Debian's nginx for the deployment test (tests/Web.Tests/Deployment: deploy/nginx in front of two web servers).
# Installed only, never started as a service (the test runs its own in a folder of its own).
if ! command -v nginx >/dev/null 2>&1 && [[ ! -x /usr/sbin/nginx ]]; then
  [[ $EUID -eq 0 ]] || { echo "test.sh: nginx is missing; install it as root: apt-get install nginx" >&2; exit 1; }
  export DEBIAN_FRONTEND=noninteractive
  apt-get update -q
  apt-get install -y -q nginx
  # Debian starts the service it installs (where services can start); the test needs none on port 80.
  if command -v systemctl >/dev/null 2>&1 && systemctl is-active --quiet nginx 2>/dev/null; then
    systemctl disable --now nginx
  fi
fi

# The browser client's packages (also used by the browser tests for axe-core).
if [[ ! -f Web/Client/node_modules/.package-lock.json ]] || [[ Web/Client/package-lock.json -nt Web/Client/node_modules/.package-lock.json ]]; then
  (cd Web/Client && npm ci --no-audit --no-fund)
fi

# The text engine's tests replay real editing traces: $CP_TRACES_DIR, or a shared/traces folder beside the
# repository or above it (as tests/Text.Tests/Support/EditingTrace.cs looks for it).
traces_found() {
  [[ -n "${CP_TRACES_DIR:-}" ]] && { [[ -d "$CP_TRACES_DIR" ]]; return; }
  local dir="$PWD"
  while [[ "$dir" != / ]]; do
    [[ -d "$dir/shared/traces" ]] && return 0
    dir="$(dirname "$dir")"
  done
  return 1
}
traces_found || { echo "test.sh: the editing traces are missing: set CP_TRACES_DIR to a folder of *.json.gz traces, or put shared/traces beside the repository (README, Test)" >&2; exit 1; }

# One folder per port, so runs on other ports (CP_POSTGRES_PORT) have servers of their own.
postgres_dir="/tmp/cp-test-postgres${CP_POSTGRES_PORT:+-$CP_POSTGRES_PORT}"
results="$(mktemp -d)"
finish() {
  rm -rf "$results"
  [[ "${CP_KEEP_POSTGRES:-}" == 1 ]] || scripts/stop-postgres.sh "$postgres_dir" || true
}
trap finish EXIT

# A private PostgreSQL on 127.0.0.1 (installed with apt-get when missing) for the storage and cluster tests.
# Stopped again at the end unless CP_KEEP_POSTGRES=1 (its data stay in the folder for the next run).
CP_TEST_POSTGRES="$(scripts/start-postgres.sh "$postgres_dir" | tail -n 1)"
export CP_TEST_POSTGRES

dotnet build CommunityPlanning.sln -c Debug --nologo -v minimal

status=0

(cd Web/Client && npx vitest run --reporter=default --reporter=json --outputFile="$results/vitest.json") || status=1

for project in tests/*/*.Tests.csproj; do
  dotnet test "$project" --no-build --nologo --logger "trx;LogFileName=$(basename "$project" .csproj).trx" \
    --results-directory "$results" || status=1
done

# One closing line for all runners together.
python3 - "$results" <<'PY' || status=1
import glob, json, sys, xml.etree.ElementTree as ET
passed = failed = 0
for trx in glob.glob(f"{sys.argv[1]}/*.trx"):
    counters = ET.parse(trx).getroot().find("{*}ResultSummary/{*}Counters")
    passed += int(counters.get("passed")); failed += int(counters.get("failed")) + int(counters.get("error"))
vitest = json.load(open(f"{sys.argv[1]}/vitest.json"))
passed += vitest["numPassedTests"]; failed += vitest["numFailedTests"]
print(f"{passed} passed, {failed} failed")
sys.exit(1 if failed or not passed else 0)
PY
exit $status

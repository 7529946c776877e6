#!/usr/bin/env bash
# Every set-up step and every test suite. Ends with one line: "N passed, N failed".
# Needs only the .NET SDK and Debian's package manager; installs the rest (npm, chromium, PostgreSQL) when missing.
set -uo pipefail
cd "$(dirname "$0")"
root=$(pwd)
run_dir="$root/.test-run"
rm -rf "$run_dir" && mkdir -p "$run_dir"
passed=0; failed=0
log() { printf '\n== %s\n' "$*"; }

need_apt=()
command -v npm >/dev/null || need_apt+=(nodejs npm)
command -v chromium >/dev/null || need_apt+=(chromium)
pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
[ -n "$pg_bin" ] || need_apt+=(postgresql)
if [ ${#need_apt[@]} -gt 0 ]; then
  log "Installing ${need_apt[*]}"
  if [ "$(id -u)" = 0 ]; then apt-get update -qq && DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null
  else sudo apt-get update -qq && sudo DEBIAN_FRONTEND=noninteractive apt-get install -y -qq "${need_apt[@]}" >/dev/null; fi
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
fi

# --- a throwaway PostgreSQL cluster on a free port ---
source tools/throwaway-postgres.sh
log "PostgreSQL"
start_postgres "$run_dir" "$pg_bin" || { echo "0 passed, 1 failed"; exit 1; }

# --- build once (the build installs the NL Design System CSS from npm) ---
log "Build"
dotnet tool restore >/dev/null
if ! dotnet build Plein.sln -c Release -nologo -clp:ErrorsOnly >"$run_dir/build.log" 2>&1; then
  cat "$run_dir/build.log"; echo "0 passed, 1 failed"; exit 1
fi

count() { # adds the totals of one `dotnet test` log to the summary
  local line
  line=$(grep -E '^(Passed|Failed)!' "$1" | tail -n 1)
  if [ -z "$line" ]; then failed=$((failed + 1)); return; fi
  passed=$((passed + $(sed -E 's/.*Passed: *([0-9]+).*/\1/' <<<"$line")))
  failed=$((failed + $(sed -E 's/.*Failed: *([0-9]+),.*/\1/' <<<"$line")))
}
check() { # a single pass/fail check
  if "$@"; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
}

# --- known vulnerabilities in dependencies: NuGet (direct and transitive) and both npm folders ---
log "Dependency audit"
audit_nuget() {
  local out
  out=$(dotnet list Plein.sln package --vulnerable --include-transitive 2>&1) || { echo "$out"; return 1; }
  grep -E 'has the following vulnerable packages|error' <<<"$out" && { echo "$out"; return 1; }
  echo "NuGet: no known vulnerable packages ($(grep -c 'has no vulnerable packages' <<<"$out") projects checked)"
}
audit_npm() { # found vulnerabilities fail; a registry that serves no advisories (a mirror answering 405) cannot check
  local out
  if out=$(cd "$1" && npm audit --audit-level=low 2>&1); then echo "npm $1: $(tail -n 1 <<<"$out")"; passed=$((passed + 1)); return; fi
  if grep -q 'audit endpoint returned an error' <<<"$out"; then
    echo "npm $1: NOT CHECKED, the npm registry here does not serve the advisory database ($(grep -m1 -o '[0-9]\{3\} [A-Za-z ]*- POST' <<<"$out" | sed 's/ - POST//'))"
    return
  fi
  echo "npm audit in $1 failed:"; echo "$out" | tail -n 25; failed=$((failed + 1))
}
check audit_nuget
audit_npm src/Plein
audit_npm tools

log "Integration tests (SQLite and PostgreSQL)"
dotnet test tests/Plein.Tests -c Release --no-build -nologo 2>&1 | tee "$run_dir/tests.log" | grep -E -A6 '^\s*(Failed |Passed!|Failed!|Error Message)' | grep -v '^\s*at ' ; count "$run_dir/tests.log"

if [ -f tests/Plein.Browser/Plein.Browser.csproj ]; then
  log "Browser tests (chromium + axe)"
  export PLEIN_CHROMIUM=$(command -v chromium)
  dotnet test tests/Plein.Browser -c Release --no-build -nologo 2>&1 | tee "$run_dir/browser.log" | grep -E -A6 '^\s*(Failed |Passed!|Failed!|Error Message)' | grep -v '^\s*at ' ; count "$run_dir/browser.log"
fi

if [ -f tests/Plein.Faults/Plein.Faults.csproj ]; then
  log "Fault tests (SIGKILL, two nodes, database and SMTP outages; Release build as separate processes)"
  dotnet test tests/Plein.Faults -c Release --no-build -nologo 2>&1 | tee "$run_dir/faults.log" | grep -E -A6 '^\s*(Failed |Passed!|Failed!|Error Message)' | grep -v '^\s*at ' ; count "$run_dir/faults.log"
fi

# --- the benchmark of every target (bench/run.sh), as a small smoke run on both databases so it cannot rot ---
log "Benchmark smoke run (SQLite and PostgreSQL)"
bench_smoke() { dotnet bench/Plein.Bench/bin/Release/net10.0/Plein.Bench.dll --smoke >"$run_dir/bench.log" 2>&1 || { tail -n 40 "$run_dir/bench.log"; return 1; }; tail -n 1 "$run_dir/bench.log"; }
check bench_smoke

# --- the served app: start-up time, and the NL API Design Rules lint of its openapi.json ---
log "Start-up and API lint"
app_port=$(free_port 5180)
start_ms=$(date +%s%3N)
ASPNETCORE_ENVIRONMENT=Development Database__ConnectionString="Data Source=$run_dir/startup.db" Mail__PickupDirectory="$run_dir/mail" \
  dotnet src/Plein/bin/Release/net10.0/Plein.dll --urls "http://127.0.0.1:$app_port" --contentRoot "$root/src/Plein" >"$run_dir/app.log" 2>&1 &
app_pid=$!
for _ in $(seq 1 300); do curl -fs "http://127.0.0.1:$app_port/" -o /dev/null && break; sleep 0.05; done
first_page_ms=$(( $(date +%s%3N) - start_ms ))
echo "First page after ${first_page_ms} ms (fresh database, target < 5000 ms)"
check test "$first_page_ms" -lt 5000
curl -fs "http://127.0.0.1:$app_port/api/v1/openapi.json" -o "$run_dir/openapi.json"
kill "$app_pid" 2>/dev/null; wait "$app_pid" 2>/dev/null
lint() {
  ( cd tools && { [ -d node_modules/@stoplight/spectral-cli ] || npm ci --ignore-scripts --no-audit --no-fund >/dev/null 2>&1; } ) || return 1
  tools/node_modules/.bin/spectral lint -r specs/nl-api-design-rules.spectral.yaml --fail-severity error "$run_dir/openapi.json"
}
check lint

echo
echo "$passed passed, $failed failed"
[ "$failed" -eq 0 ]

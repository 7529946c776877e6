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

# --- a throwaway PostgreSQL cluster on a free port (as a non-root user when we are root) ---
free_port() { local p; for p in $(seq "$1" $(( $1 + 200 ))); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }
pg_port=$(free_port 55432)
pg_dir="$run_dir/pg"
pg_user=$(id -un)
as_pg() { "$@"; }
if [ "$(id -u)" = 0 ]; then
  pg_user=plein-test
  id "$pg_user" >/dev/null 2>&1 || useradd --system --no-create-home --shell /usr/sbin/nologin "$pg_user"
  as_pg() { runuser -u "$pg_user" -- "$@"; }
fi
mkdir -p "$pg_dir" && chown "$pg_user" "$pg_dir" 2>/dev/null; chmod 755 "$run_dir"
stop_pg() { as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1; }
trap 'stop_pg; rm -rf "$pg_dir"' EXIT
log "PostgreSQL on port $pg_port"
as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U "$pg_user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$run_dir/initdb.log" 2>&1 || { cat "$run_dir/initdb.log"; echo "0 passed, 1 failed"; exit 1; }
# A free port can still be taken by the time the server binds it (a client socket may hold it): then the next one.
for attempt in 1 2 3 4 5; do
  as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null && break
  [ "$attempt" = 5 ] && { cat "$pg_dir/server.log"; echo "0 passed, 1 failed"; exit 1; }
  pg_port=$(free_port $(( pg_port + 1 )))
  log "PostgreSQL on port $pg_port (the first port was taken)"
done
export PLEIN_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Database=postgres;Pooling=true;Maximum Pool Size=20"

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

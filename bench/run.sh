#!/usr/bin/env bash
# Every performance target of every module, on SQLite and on PostgreSQL, in one run: prints one table and writes it to
# bench/RESULTS.md. Usage: bench/run.sh [--smoke]   (--smoke: a small dataset, seconds instead of minutes, no RESULTS.md)
# Uses the PostgreSQL server in PLEIN_BENCH_POSTGRES when set, else starts a throwaway cluster like ./test.sh.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
run_dir="$root/.bench-run"
rm -rf "$run_dir" && mkdir -p "$run_dir"
dotnet build Plein.sln -c Release -nologo -clp:ErrorsOnly >"$run_dir/build.log" 2>&1 || { cat "$run_dir/build.log"; exit 1; }
if [ -z "${PLEIN_BENCH_POSTGRES:-}" ]; then
  pg_bin=$(ls -d /usr/lib/postgresql/*/bin 2>/dev/null | sort -V | tail -n 1)
  [ -n "$pg_bin" ] || { echo "PostgreSQL server binaries not found (Debian: apt-get install postgresql)"; exit 1; }
  source tools/throwaway-postgres.sh
  start_postgres "$run_dir" "$pg_bin"
  export PLEIN_BENCH_POSTGRES=$PLEIN_TEST_POSTGRES
fi
dotnet bench/Plein.Bench/bin/Release/net10.0/Plein.Bench.dll "$@"

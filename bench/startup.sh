#!/usr/bin/env bash
# Start-up to first page on SQLite (issue: under 5 s), fresh database and existing database, 3 runs each.
# Prints the numbers and rewrites the start-up section of bench/RESULTS.md.
set -euo pipefail
cd "$(dirname "$0")/.."
root=$(pwd)
work=$(mktemp -d)
trap 'rm -rf "$work"' EXIT
dotnet build src/Plein -c Release -nologo -clp:ErrorsOnly >/dev/null
port=5199

first_page_ms() { # $1 = database file
  local start pid ms
  start=$(date +%s%3N)
  ASPNETCORE_ENVIRONMENT=Development Database__ConnectionString="Data Source=$1" Mail__PickupDirectory="$work/mail" \
    dotnet src/Plein/bin/Release/net10.0/Plein.dll --urls "http://127.0.0.1:$port" --contentRoot "$root/src/Plein" >"$work/app.log" 2>&1 &
  pid=$!
  until curl -fs "http://127.0.0.1:$port/" -o /dev/null; do sleep 0.02; done
  ms=$(( $(date +%s%3N) - start ))
  # A fresh database gets its demo content in the background after the first page: let it finish, so the next start
  # measures an existing database and not the rest of this one's seeding.
  if [ "${2:-}" = fresh ]; then
    for _ in $(seq 1 600); do grep -q 'Demo-inhoud geladen.' "$work/app.log" && break; sleep 0.1; done
  fi
  kill "$pid"; wait "$pid" 2>/dev/null || true
  echo "$ms"
}
median() { printf '%s\n' "$@" | sort -n | sed -n 2p; }

fresh=(); warm=()
for i in 1 2 3; do
  rm -f "$work/bench-$i.db"*
  fresh+=("$(first_page_ms "$work/bench-$i.db" fresh)")
  warm+=("$(first_page_ms "$work/bench-$i.db")")
done
f=$(median "${fresh[@]}"); w=$(median "${warm[@]}")
echo "fresh database: ${fresh[*]} ms (median $f ms)"
echo "existing database: ${warm[*]} ms (median $w ms)"

section=$(cat <<MD
## Start-up to first page (SQLite)

Measured $(date -u +%Y-%m-%d) by \`bench/startup.sh\` on this 2-core machine: process start until \`GET /\` answers 200,
Release build, three runs each, median. A fresh database includes migrations, the national register (379
organisations) and 23 demo users (password hashing dominates).

| case | runs (ms) | median (ms) | budget (ms) | median / budget |
|---|---|---|---|---|
| fresh database | ${fresh[*]} | $f | 5000 | $(awk "BEGIN{printf \"%.2f\", $f/5000}") |
| existing database | ${warm[*]} | $w | 5000 | $(awk "BEGIN{printf \"%.2f\", $w/5000}") |
| existing / fresh | | | | $(awk "BEGIN{printf \"%.2f\", $w/$f}") |
MD
)
results=bench/RESULTS.md
[ -f "$results" ] || printf '# Benchmark results\n\nEach section is rewritten by the script named in it.\n' >"$results"
python3 - "$results" "$section" <<'PY' || printf '\n%s\n' "$section" >>"$results"
import re, sys
path, section = sys.argv[1], sys.argv[2]
text = open(path).read()
pattern = re.compile(r"## Start-up to first page \(SQLite\).*?(?=\n## |\Z)", re.S)
text = pattern.sub(section.strip() + "\n", text) if pattern.search(text) else text.rstrip() + "\n\n" + section.strip() + "\n"
open(path, "w").write(text)
PY
echo "written to $results"

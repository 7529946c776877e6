# A throwaway PostgreSQL cluster on a free port (as a non-root user when we are root), for test.sh and bench/run.sh.
# Usage: source tools/throwaway-postgres.sh; start_postgres RUN_DIR PG_BIN   (exports PLEIN_TEST_POSTGRES; stops on exit)
free_port() { local p; for p in $(seq "$1" $(( $1 + 200 ))); do (exec 3<>"/dev/tcp/127.0.0.1/$p") 2>/dev/null || { echo "$p"; return; }; done; }

start_postgres() {
  local run_dir=$1 pg_bin=$2 attempt
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
  PG_BIN=$pg_bin
  stop_pg() { as_pg "$PG_BIN/pg_ctl" -D "$pg_dir/data" -m immediate stop >/dev/null 2>&1; }
  trap 'stop_pg; rm -rf "$pg_dir"' EXIT
  echo "PostgreSQL on port $pg_port"
  as_pg "$pg_bin/initdb" -D "$pg_dir/data" -U "$pg_user" --auth=trust -E UTF8 --locale=C.UTF-8 >"$run_dir/initdb.log" 2>&1 || { cat "$run_dir/initdb.log"; return 1; }
  # A free port can still be taken by the time the server binds it (a client socket may hold it): then the next one.
  for attempt in 1 2 3 4 5; do
    as_pg "$pg_bin/pg_ctl" -D "$pg_dir/data" -l "$pg_dir/server.log" -w -o "-p $pg_port -k $pg_dir -c listen_addresses=127.0.0.1 -c fsync=off -c synchronous_commit=off -c full_page_writes=off -c max_connections=200" start >/dev/null && break
    [ "$attempt" = 5 ] && { cat "$pg_dir/server.log"; return 1; }
    pg_port=$(free_port $(( pg_port + 1 )))
    echo "PostgreSQL on port $pg_port (the first port was taken)"
  done
  export PLEIN_TEST_POSTGRES="Host=127.0.0.1;Port=$pg_port;Username=$pg_user;Database=postgres;Pooling=true;Maximum Pool Size=20"
}

# Sourced by the section scripts that run the service (writers.sh and reads.sh under wrk, nightly.sh for the job as
# the running service makes it): the defaults of the benchmark contract, a fresh database (or an existing one), the
# packaged jar started on it with one user per role, and the cleanup. Defines start_service NAME [SETTINGS...],
# start_service_on DATABASE NAME [SETTINGS...], wrk_rate FILE, wrk_p99_ms FILE, peak_heap_mb, auth ROLE, and sets SURGE
# (the URL).
# SERVICE_HEAP is the service's -Xmx (default 512m).

# shellcheck source=defaults.sh
. "$(dirname "${BASH_SOURCE[0]}")/defaults.sh"

SERVICE_PID=
SERVICE_DB=
stop_service() {
  if [ -n "$SERVICE_PID" ] && kill -0 "$SERVICE_PID" 2>/dev/null; then
    kill "$SERVICE_PID"
    wait "$SERVICE_PID" 2>/dev/null || true
  fi
  SERVICE_PID=
  if [ -n "$SERVICE_DB" ]; then
    dropdb --if-exists "$SERVICE_DB"
  fi
  SERVICE_DB=
}
trap stop_service EXIT

# Starts the jar on a fresh database ${DB_PREFIX}_NAME, with the users viewer, operator, auditor and admin (the
# password is the name followed by -pw), and waits until it is ready. Further arguments are settings of the service.
start_service() {
  local name=$1
  shift
  SERVICE_DB=${DB_PREFIX}_$name
  dropdb --if-exists "$SERVICE_DB"
  createdb "$SERVICE_DB"
  start_service_on "$SERVICE_DB" "$name" "$@"
}

# Starts the jar on the existing database DATABASE (which stop_service leaves as it is, unless start_service made
# it), its log and folders named NAME in WORK, and waits until it is ready.
start_service_on() {
  local database=$1 name=$2
  shift 2
  SERVICE_PORT=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  SURGE=http://127.0.0.1:$SERVICE_PORT
  SERVICE_LOG=$WORK/$name.log
  SERVICE_GC=$WORK/$name-gc.log
  mkdir -p "$WORK/$name"
  local users=() i=0
  for role in viewer operator auditor admin; do
    users+=("--surge.security.users[$i].username=$role" "--surge.security.users[$i].password={noop}$role-pw"
      "--surge.security.users[$i].roles=${role^^}")
    i=$((i + 1))
  done
  (cd "$WORK/$name" && exec "$JAVA" -Xmx"${SERVICE_HEAP:-512m}" -Xlog:gc:file="$SERVICE_GC" -jar "$JAR" \
    --server.port="$SERVICE_PORT" --spring.datasource.url="jdbc:postgresql://$PGHOST:$PGPORT/$database?user=$PGUSER" \
    --surge.jobs.recompute.cron=- --surge.import.folder="$WORK/$name/imports" \
    --surge.reports.location="$WORK/$name/reports" "${users[@]}" "$@") > "$SERVICE_LOG" 2>&1 &
  SERVICE_PID=$!
  for _ in $(seq 1 240); do
    if curl -fs "$SURGE/actuator/health/readiness" > /dev/null; then
      return 0
    fi
    if ! kill -0 "$SERVICE_PID" 2>/dev/null; then
      tail -n 40 "$SERVICE_LOG" >&2
      echo "the service ended before it was ready" >&2
      return 1
    fi
    sleep 0.5
  done
  echo "the service was not ready within 2 minutes" >&2
  return 1
}

# Waits until the demonstration data is loaded (GET /api/v1/demo-data answers 200).
await_demo_data() {
  for _ in $(seq 1 240); do
    if curl -fs -u viewer:viewer-pw "$SURGE/api/v1/demo-data" > /dev/null; then
      return 0
    fi
    sleep 0.5
  done
  echo "the demonstration data was not loaded within 2 minutes" >&2
  return 1
}

# wrk's requests per second, from its output in FILE.
wrk_rate() {
  awk '/^Requests\/sec:/ {print $2}' "$1"
}

# The largest heap in use before a collection, in MB, from the service's GC log.
peak_heap_mb() {
  gc_peak_mb "$SERVICE_GC"
}

# The HTTP Basic header of the user of ROLE (viewer, operator, auditor or admin) that start_service_on makes.
auth() {
  printf 'Authorization: Basic %s' "$(printf '%s:%s-pw' "$1" "$1" | base64 | tr -d '\n')"
}

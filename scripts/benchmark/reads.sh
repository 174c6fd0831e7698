#!/usr/bin/env bash
# Reads: how fast the service answers a policy's status and a 90-day timeline, against its cheapest answer,
# /actuator/health, measured in the same run on the same service: the packaged jar on a fresh PostgreSQL database
# holding the demonstration data. Each of the three is driven by wrk with 32 connections for DURATION seconds after a
# warm-up, in two rounds (health, status, timeline, then again), and each ratio is the mean rate of its two rounds over
# the mean rate of health's. The status and the timeline are asked as a VIEWER (HTTP Basic), health anonymously.
#
# Needs: the jar (JAR, default bootstrap/target), a JDK 25 (JAVA), wrk, curl, python3, psql/createdb/dropdb and a
# PostgreSQL server (PGHOST, PGPORT, PGUSER); the database is named ${DB_PREFIX}_reads and dropped at the end.
set -euo pipefail
DURATION=${DURATION:-15}
WARM=${WARM:-5}
POLICY=${POLICY:-securing-the-border}
RANGE=${RANGE:-from=2025-01-01&to=2025-03-31}
source "$(dirname "$0")/service.sh"

start_service reads --surge.demo-data.enabled=true
await_demo_data
VIEWER=$(auth viewer)
declare -A PATHS=([health]=/actuator/health [status]=/api/v1/policies/$POLICY/status
  [timeline]="/api/v1/policies/$POLICY/timeline?$RANGE")
days=$(curl -fs -H "$VIEWER" "$SURGE${PATHS[timeline]}" | python3 -c 'import json, sys; print(len(json.load(sys.stdin)["days"]))')
echo "timeline: $days days ($RANGE)"
echo "load before: $(uptime)"

run() { # NAME SECONDS OUTPUT: a measured run must be answered 2xx throughout (a warm-up's first sign-ins may not)
  local header=()
  if [ "$1" != health ]; then header=(-H "$VIEWER"); fi
  wrk -t2 -c32 -d"$2s" "${header[@]}" "$SURGE${PATHS[$1]}" > "$3"
}
check() { # OUTPUT
  if grep -q "Non-2xx" "$1"; then
    echo "FAILED: answers other than 2xx in $1" >&2
    cat "$1" >&2
    exit 1
  fi
}

for name in health status timeline; do
  run "$name" "$WARM" "$WORK/reads-warm-$name.txt"
done
declare -A RATE
for round in 1 2; do
  for name in health status timeline; do
    run "$name" "$DURATION" "$WORK/reads-$round-$name.txt"
    check "$WORK/reads-$round-$name.txt"
    rate=$(wrk_rate "$WORK/reads-$round-$name.txt")
    RATE[$name]="${RATE[$name]:-} $rate"
    echo "round $round: $name $rate req/s"
  done
done
load=$(uptime | sed 's/.*load average: //')
mean() { echo "$1" | awk '{s = 0; for (i = 1; i <= NF; i++) s += $i; printf "%.1f", s / NF}'; }
health=$(mean "${RATE[health]}")
status=$(mean "${RATE[status]}")
timeline=$(mean "${RATE[timeline]}")
echo "mean req/s: health $health, status $status, timeline $timeline; peak heap $(peak_heap_mb) MB;"
echo "load average at the end: $load"
printf 'RATIO\t90-day timeline / health\t%.2f\t>= 0.8\trequests/s of GET timeline (90 days) / GET /actuator/health, wrk 32 connections\n' \
  "$(echo "$timeline / $health" | bc -l)"
printf 'RATIO\tstatus / health\t%.2f\t>= 1.0\trequests/s of GET status / GET /actuator/health, wrk 32 connections\n' \
  "$(echo "$status / $health" | bc -l)"

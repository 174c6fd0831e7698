#!/usr/bin/env bash
# Writers: 20 concurrent clients each sending one-row submissions (POST /api/v1/tallies), every request a key of its
# own (writers.lua), against the packaged jar on a fresh PostgreSQL database holding the demonstration data.
#
# A warm-up of WARM seconds, then DURATION seconds measured with wrk (20 connections, 2 threads). The goal is a figure
# of its own (>= 1,000 requests/s, p99 < 100 ms); as a reference measured in the same run, the same wrk against
# /actuator/health. Afterwards it checks that every acknowledged row is in the ledger (every answer accounts for its
# one row as added, revised or unchanged, the revisions of the run's source are the rows the answers said were
# added or revised, give or take the requests still in flight when wrk stops, and no request was refused) and that
# no determination was recorded twice (each recorded determination has exactly one DETERMINATION_RECORDED entry in
# the audit trail).
#
# Needs: the jar (JAR, default bootstrap/target), a JDK 25 (JAVA), wrk, curl, python3, psql/createdb/dropdb and a
# PostgreSQL server (PGHOST, PGPORT, PGUSER); databases are named ${DB_PREFIX}_writers and dropped at the end.
set -euo pipefail
DURATION=${DURATION:-30}
WARM=${WARM:-10}
WRITERS=20 # wrk connections, each one writer
source "$(dirname "$0")/service.sh"
LUA=$ROOT/scripts/benchmark/writers.lua

start_service writers --surge.demo-data.enabled=true
OPERATOR=$(auth operator)
await_demo_data
echo "load before: $(uptime)"

wrk -t2 -c"$WRITERS" -d"${WARM}s" -s "$LUA" -H "$OPERATOR" "$SURGE/api/v1/tallies" \
  -- warm > "$WORK/writers-warm.txt"
wrk -t2 -c"$WRITERS" -d"${DURATION}s" --latency -s "$LUA" -H "$OPERATOR" \
  "$SURGE/api/v1/tallies" -- measure > "$WORK/writers.txt"
load=$(uptime | sed 's/.*load average: //')
wrk -t2 -c"$WRITERS" -d"${WARM}s" "$SURGE/actuator/health" > "$WORK/writers-health.txt"
sed -n '/Latency Distribution/,/Requests\/sec/p' "$WORK/writers.txt"

rate=$(wrk_rate "$WORK/writers.txt")
acknowledged=$(awk -F'\t' '$1 == "ACKNOWLEDGED" {print $2}' "$WORK/writers.txt")
refused=$(awk -F'\t' '$1 == "REFUSED" {print $2}' "$WORK/writers.txt")
warm_acknowledged=$(awk -F'\t' '$1 == "ACKNOWLEDGED" {print $2}' "$WORK/writers-warm.txt")
said_stored=$(awk -F'\t' '$1 == "STORED" {s += $2} END {print s}' "$WORK/writers-warm.txt" "$WORK/writers.txt")
said_unchanged=$(awk -F'\t' '$1 == "UNCHANGED" {s += $2} END {print s}' "$WORK/writers-warm.txt" "$WORK/writers.txt")
p99=$(awk -F'\t' '$1 == "P99_US" {printf "%.1f", $2 / 1000}' "$WORK/writers.txt")
p50=$(awk -F'\t' '$1 == "P50_US" {printf "%.1f", $2 / 1000}' "$WORK/writers.txt")
sleep 1
stored=$(psql -tA -d "$SERVICE_DB" -c "select count(*) from tally_revision where source = 'bench-writers'")
twice=$(psql -tA -d "$SERVICE_DB" -c "select count(*) from (select policy_id, determination_date,
  determination_type from determination group by 1, 2, 3 having count(*) > 1) d")
determinations=$(psql -tA -d "$SERVICE_DB" -c "select count(*) from determination")
audited=$(psql -tA -d "$SERVICE_DB" -c "select count(*) from audit_entry where action = 'DETERMINATION_RECORDED'")

echo "health under the same load: $(wrk_rate "$WORK/writers-health.txt") req/s"
echo "submissions: $acknowledged acknowledged in ${DURATION}s ($warm_acknowledged in the warm-up), $refused refused;"
echo "  answered: $said_stored rows stored (added or revised), $said_unchanged unchanged (a key of the demonstration"
echo "  data with the same count); $stored revisions of the benchmark's source in the ledger; p50 $p50 ms"
echo "determinations: $determinations recorded, $audited DETERMINATION_RECORDED audit entries, $twice recorded twice"
echo "peak heap: $(peak_heap_mb) MB; load average at the end of the measured run: $load"
printf 'FIGURE\t20 writers throughput\t%.0f req/s\t>= 1000\tone-row submissions on PostgreSQL, wrk 20 connections, %ss\n' \
  "$rate" "$DURATION"
printf 'FIGURE\t20 writers p99\t%s ms\t< 100\tone-row submissions on PostgreSQL, wrk 20 connections, %ss\n' "$p99" \
  "$DURATION"

failed=0
if [ "$refused" -ne 0 ]; then
  echo "FAILED: $refused submissions were refused" >&2; failed=1
fi
if [ $((said_stored + said_unchanged)) -ne $((acknowledged + warm_acknowledged)) ]; then
  echo "FAILED: $((acknowledged + warm_acknowledged)) one-row submissions acknowledged, their answers account for" \
    "$((said_stored + said_unchanged)) rows" >&2; failed=1
fi
# Requests still in flight when wrk stops are stored but not counted: at most one per writer in each of its two runs.
if [ "$stored" -lt "$said_stored" ] || [ "$stored" -gt $((said_stored + 2 * WRITERS)) ]; then
  echo "FAILED: $said_stored rows answered as stored, $stored in the ledger" >&2; failed=1
fi
if [ "$twice" -ne 0 ] || [ "$audited" -ne "$determinations" ]; then
  echo "FAILED: determinations recorded more than once" >&2; failed=1
fi
exit $failed

#!/usr/bin/env bash
# Section "nightly" of scripts/benchmark.sh: the nightly recomputation (the Spring Batch job recomputeJob, run from
# the jar with --surge.job=recompute and -Xmx256m) over NIGHTLY_ROWS daily rows (default 5,000,000), against its
# baseline: the shipped policy's counting rule, the sum per day and the 7-day window in one bare SQL statement over
# the same rows loaded with psql's \copy into a plain table. Both are measured in the same run, on the same rows.
#
# 1. generates the daily file with scripts/generate-daily-file.py (kept in WORK for the other sections);
# 2. creates a fresh database ${DB_PREFIX}_nightly, whose schema the jar creates (an import of the file's header);
# 3. loads the file with \copy into a plain table of its seven columns (daily_file), and from it, with SQL, the
#    ledger exactly as the service's import of that file leaves it: one revision per line numbered in line order
#    (the file's keys are distinct, so every revision is its key's first: no previous count), all recorded at one
#    instant, the latest counts, the daily aggregate summed per day and cell with the domain's regions, the ledger at
#    version 1 and the commit clock at the revisions' instant. NIGHTLY_LOAD=import loads it with the service's own
#    import from the jar instead (a few minutes for 5 M rows);
# 4. runs the bare SQL statement (printed below) three times and keeps the best;
# 5. runs the job from the command line (a fresh JVM each time) once to settle what an import records after it
#    publishes (the policies' first determinations), then three more times, keeping the best; each run's own time is
#    end_time - start_time in batch_job_execution;
# 6. starts the service on the same database (-Xmx256m) and runs the job in it as its schedule does (the same job,
#    asked for through POST /api/v1/jobs/recompute), each run after a one-row submission that moves the ledger to a
#    new version (as a day's changes do before the night): once to warm the service's JVM, not counted, then three
#    more times, keeping the best: the nightly job as it runs every night, in a service that has run before;
# 7. prints both ratios (job seconds / SQL seconds), each against the goal, and the largest heap in use before a
#    collection (GC logs).
#
# Environment (each defaulted when run alone): ROOT, JAR, JAVA, WORK, PGHOST, PGPORT, PGUSER, DB_PREFIX,
# NIGHTLY_ROWS, NIGHTLY_LOAD (sql or import), NIGHTLY_KEEP_DATABASE=1 (keeps the database at the end, to look into
# it). Needs psql, createdb, dropdb, python3 and a built jar
# (./mvnw -pl bootstrap -am package -DskipTests).
set -euo pipefail

# shellcheck source=service.sh
. "$(dirname "$0")/service.sh"
ROWS=${NIGHTLY_ROWS:-5000000}
LOAD=${NIGHTLY_LOAD:-sql}
DB=${DB_PREFIX}_nightly
RUN=$WORK/nightly
FILE=$WORK/daily-$ROWS.csv
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER&reWriteBatchedInserts=true"
mkdir -p "$RUN"

cleanup() {
  stop_service
  [ "${NIGHTLY_KEEP_DATABASE:-0}" = 1 ] || dropdb --if-exists "$DB" >/dev/null 2>&1 || true
}
trap cleanup EXIT

q() { psql -X -q -v ON_ERROR_STOP=1 -d "$DB" "$@"; }
now() { date +%s.%N; }
jar() { # runs the jar from the command line with a 256 MB heap and a GC log named $1
  local log=$1; shift
  "$JAVA" -Xmx256m -Xlog:gc:file="$RUN/$log-gc.log" -jar "$JAR" --spring.datasource.url="$URL" \
    --surge.reports.location="$RUN/reports" --surge.import.folder="$RUN/imports" "$@" > "$RUN/$log.log" 2>&1 \
    || { echo "nightly: the jar failed ($RUN/$log.log):" >&2; tail -n 20 "$RUN/$log.log" >&2; exit 1; }
}

if [ ! -f "$FILE" ]; then
  python3 "$ROOT/scripts/generate-daily-file.py" "$FILE" "$ROWS"
fi
echo "file: $FILE ($ROWS rows, $(du -hL "$FILE" | cut -f1)); load average $(cut -d' ' -f1-3 /proc/loadavg)"

dropdb --if-exists "$DB"
createdb "$DB"
# The service's schema first (Flyway migrates only an empty database): an import of the file's header alone.
head -n 1 "$FILE" > "$RUN/header.csv"
jar schema --surge.import.file="$RUN/header.csv" --surge.import.format=daily
q -c "create table daily_file ($DAILY_COLUMNS)"
start=$(now)
q -c "\\copy daily_file from '$FILE' with (format csv, header true)"
echo "psql \\copy into a plain table: $(printf '%.1f' "$(echo "$(now) - $start" | bc)") s"

start=$(now)
if [ "$LOAD" = import ]; then
  jar import --surge.import.file="$FILE" --surge.import.format=daily --surge.import.chunk-size=5000
  echo "ledger loaded by the service's import: $(printf '%.1f' "$(echo "$(now) - $start" | bc)") s"
else
  q -v source="import-$(q -tA -c "select coalesce(max(id), 0) + 1 from import_run") $(basename "$FILE")" \
    -f "$ROOT/scripts/benchmark/ledger-from-file.sql"
  q -c analyze
  echo "ledger loaded with SQL as the import leaves it: $(printf '%.1f' "$(echo "$(now) - $start" | bc)") s"
fi
q -tA -c "select 'ledger: ' || (select count(*) from tally_revision) || ' revisions, ' ||
  (select count(*) from tally_latest) || ' keys, ' || (select count(*) from daily_aggregate) || ' aggregate cells over '
  || (select count(distinct tally_date) from daily_aggregate) || ' days, version ' || (select version from tally_ledger)"

# The shipped policy (securing-the-border): Border Patrol (USBP) in the southwest land border and southern coastal
# sectors; p10773 (to 2024-09-30) leaves out unaccompanied children of countries other than Mexico and Canada,
# p10817 (from 2024-10-01) counts them; a version counts its whole 7-day window with its own rule.
SQL_STATEMENT="select tally_date,
       case when tally_date < date '2024-10-01' then counted_p10773 else counted_p10817 end as counted,
       (case when tally_date < date '2024-10-01' then window_p10773 else window_p10817 end) / 7 as average,
       days_in_window
from (select tally_date, counted_p10773, counted_p10817,
             sum(counted_p10773) over w as window_p10773, sum(counted_p10817) over w as window_p10817,
             count(*) over w as days_in_window
      from (select tally_date,
                   sum(encounter_count) filter (where not (demographic = 'UC_SINGLE_MINORS'
                       and citizenship not in ('MEXICO', 'CANADA'))) as counted_p10773,
                   sum(encounter_count) as counted_p10817
            from daily_file
            where component = 'USBP'
              and area in ('SDC', 'ELC', 'YUM', 'TCA', 'EPT', 'BBT', 'DRT', 'LRT', 'RGV', 'MIP', 'NLL', 'RMY')
            group by tally_date) per_day
      window w as (order by tally_date range between interval '6 days' preceding and current row)) windows
order by tally_date"
echo
echo "the bare SQL statement (over daily_file):"
echo "$SQL_STATEMENT"
best() { sort -g | head -n 1; }
last_run_steps() { # the step times of the last job run
  q -tA -F ' ' -c "select s.step_name, extract(epoch from s.end_time - s.start_time) from batch_step_execution s
    where s.job_execution_id = (select max(job_execution_id) from batch_job_execution) order by s.step_execution_id" \
    | awk '{ printf "  last run, %s: %.3f s\n", $1, $2 }'
}
for i in 1 2 3; do
  printf '\\timing on\n%s;\n' "$SQL_STATEMENT" | q -o /dev/null | sed -n 's/^Time: \([0-9.]*\) ms.*/\1/p' \
    > "$RUN/sql-$i.ms"
  echo "bare SQL, run $i: $(printf '%.0f' "$(cat "$RUN/sql-$i.ms")") ms"
done
sql_seconds=$(cat "$RUN"/sql-*.ms | best | awk '{ printf "%.3f", $1 / 1000 }')

echo
job_seconds() {
  q -tA -c "select extract(epoch from e.end_time - e.start_time) from batch_job_execution e
    join batch_job_instance i on i.job_instance_id = e.job_instance_id where i.job_name = 'recomputeJob'
    order by e.job_execution_id desc limit 1"
}
for i in 0 1 2 3; do
  start=$(now)
  jar "recompute-$i" --surge.job=recompute
  whole=$(echo "$(now) - $start" | bc)
  status=$(q -tA -c "select status from batch_job_execution order by job_execution_id desc limit 1")
  [ "$status" = COMPLETED ] || { echo "nightly: the job ended $status ($RUN/recompute-$i.log)" >&2; exit 1; }
  seconds=$(job_seconds)
  [ "$i" = 0 ] || echo "$seconds" > "$RUN/job-$i.s"
  printf 'job run %s%s: %.3f s (the whole command %.1f s), peak heap %s MB; %s\n' "$i" \
    "$([ "$i" = 0 ] && echo ' (settles the first determinations, not counted)')" "$seconds" "$whole" \
    "$(gc_peak_mb "$RUN/recompute-$i-gc.log")" "$(grep -m 1 -E '^Nightly recomputation' "$RUN/recompute-$i.log" || true)"
done
last_run_steps
job_best=$(cat "$RUN"/job-*.s | best)
heap=$(gc_peak_mb "$RUN"/recompute-*-gc.log)
ratio=$(awk -v j="$job_best" -v s="$sql_seconds" 'BEGIN { printf "%.2f", j / s }')

# The same job in the running service, as its schedule runs it every night: a JVM that has run the job before.
echo
SERVICE_HEAP=256m start_service_on "$DB" nightly-service
ADMIN=$(auth admin)
for i in 0 1 2 3; do
  # A change of the ledger before each run, as a day's submissions make one before the night: the run evaluates the
  # policies on a new ledger version rather than answering from the evaluation the previous run left.
  curl -fs -o /dev/null -X POST -H "$(auth operator)" -H 'Content-Type: application/json' "$SURGE/api/v1/tallies" \
    -d '{"source":"bench-nightly","tallies":[{"date":"2024-06-03","component":"USBP","area":"RGV",
      "demographic":"SINGLE_ADULTS","citizenship":"MEXICO","encounterType":"APPREHENSIONS","count":'"$((1000 + i))"'}]}'
  execution=$(curl -fs -X POST -H "$ADMIN" "$SURGE/api/v1/jobs/recompute" \
    | python3 -c 'import json, sys; print(json.load(sys.stdin)["executionId"])')
  status=STARTED
  for _ in $(seq 1 600); do
    status=$(curl -fs -H "$ADMIN" "$SURGE/api/v1/jobs/$execution" | python3 -c 'import json, sys; print(json.load(sys.stdin)["status"])')
    case "$status" in COMPLETED|FAILED|STOPPED|ABANDONED) break ;; esac
    sleep 0.2
  done
  [ "$status" = COMPLETED ] || { echo "nightly: the job in the service ended $status ($SERVICE_LOG)" >&2; exit 1; }
  seconds=$(job_seconds)
  [ "$i" = 0 ] || echo "$seconds" > "$RUN/service-job-$i.s"
  printf 'job in the service, run %s%s: %.3f s (job execution %s)\n' "$i" \
    "$([ "$i" = 0 ] && echo ' (the service'"'"'s first, not counted)')" "$seconds" "$execution"
done
last_run_steps
service_best=$(cat "$RUN"/service-job-*.s | best)
service_heap=$(peak_heap_mb)
stop_service
service_ratio=$(awk -v j="$service_best" -v s="$sql_seconds" 'BEGIN { printf "%.2f", j / s }')

echo
echo "load average: $(cut -d' ' -f1-3 /proc/loadavg)"
millions=$(awk -v r="$ROWS" 'BEGIN { printf "%g", r / 1000000 }')
printf 'bare SQL (best of 3):                      %.3f s\n' "$sql_seconds"
printf 'nightly job in the service (best of 3):    %.3f s, peak heap %s MB (-Xmx256m, the whole service)\n' \
  "$service_best" "$service_heap"
printf 'nightly job, command line (best of 3):     %.3f s, peak heap %s MB (-Xmx256m)\n' "$job_best" "$heap"
printf 'RATIO\tnightly %sM rows, in the service\t%s\t<= 3\tthe job'"'"'s own time in the running service (batch_job_execution, best of 3 after a first run) / the bare SQL statement'"'"'s (best of 3); peak heap %s MB of 256\n' \
  "$millions" "$service_ratio" "$service_heap"
printf 'RATIO\tnightly %sM rows, command line\t%s\t<= 3\tthe job'"'"'s own time in a fresh JVM each run (batch_job_execution, best of 3) / the bare SQL statement'"'"'s (best of 3); peak heap %s MB of 256\n' \
  "$millions" "$ratio" "$heap"

#!/usr/bin/env bash
# Import section of the benchmark: how fast the service imports a daily file on PostgreSQL, against psql's \copy of
# the same file into a plain table of the same columns (no parsing, no validation, no indexes): the fastest a file can
# go into PostgreSQL from a client.
#
# For each size in ROWS_LIST (default "1000000 5000000"):
#   1. makes (or reuses) $WORK/daily-<rows>.csv with scripts/generate-daily-file.py;
#   2. imports it with the service's jar from the command line (--surge.import.file) into a new database, the JVM at
#      -Xmx256m with a GC log, and times the whole run; "the import" is the import job's own time (its Spring Batch
#      run, from its start to its end after the publish commits: import_run's finished_at is stamped inside the
#      publish's transaction, before the revisions are written at the commit, so it is printed beside it), with its
#      two steps (staging the lines, publishing them);
#   2a. for a size larger than REVISE_ROWS (default 1,000,000; 0 for none), then imports into the same ledger a file
#      that revises its first REVISE_ROWS keys (generate-daily-file.py with every count one more), and prints the
#      job's time as a reference, with no goal:
#      FLOOR	import <r>M revisions, <n>M ledger	<seconds> s	-	...
#   3. loads the same file with \copy into a plain table, and times it;
#   3a. as a reference, the floor of the ledger's own tables: the import's database emptied, the file's rows written
#      into its revisions, latest counts and daily aggregate by bare SQL (ledger-from-file.sql) and timed, printed as
#      FLOOR	import <n>M rows, bare SQL	<floor rows/s / \copy rows/s>	-	...
#   4. prints the rates, the JVM's peak heap (the largest heap in use before a collection, from the GC log), and
#      RATIO	import <n>M rows	<job rows/s / \copy rows/s>	>= 0.25	...
#
# Environment (each has a default when the script runs alone): ROOT, JAR, JAVA, WORK, PGHOST, PGPORT, PGUSER,
# DB_PREFIX (databases ${DB_PREFIX}_import_<rows> and ${DB_PREFIX}_copy_<rows>, dropped at the end), ROWS_LIST,
# IMPORT_HEAP (default 256m), REVISE_ROWS.
# Needs: a JDK 25, psql/createdb/dropdb, a PostgreSQL server (trust authentication), python3, bc, and the jar
# (./mvnw -pl bootstrap -am package -DskipTests).
set -euo pipefail

# shellcheck source=defaults.sh
. "$(dirname "$0")/defaults.sh"
ROWS_LIST=${ROWS_LIST:-"1000000 5000000"}
IMPORT_HEAP=${IMPORT_HEAP:-256m}
REVISE_ROWS=${REVISE_ROWS:-1000000}

databases=()
cleanup() {
  for db in "${databases[@]}"; do
    dropdb --if-exists "$db" 2>/dev/null || true
  done
}
trap cleanup EXIT

seconds_since() {
  echo "$(date +%s.%N) - $1" | bc
}
# import_file FILE URL LOG GC ROWS: imports FILE (daily) from the command line into the database at URL, and stops
# the section when the import does not complete with every line imported.
import_file() {
  "$JAVA" -Xmx"$IMPORT_HEAP" -Xlog:gc:file="$4" -jar "$JAR" --spring.datasource.url="$2" \
    --surge.import.file="$1" --surge.import.format=daily --surge.import.folder="$WORK/imports-$5" \
    --surge.reports.location="$WORK/reports-$5" > "$3" 2>&1 || true
  local outcome
  outcome=$(grep -E "^Import [0-9]+ of .*: (COMPLETED|FAILED|REJECTED)" "$3" || true)
  echo "  $outcome"
  case "$outcome" in
    *COMPLETED*) ;;
    *) echo "import: the import did not complete; its log is $3" >&2; tail -n 30 "$3" >&2; exit 1 ;;
  esac
}
# The last import job's run as Spring Batch records it: it ends after the publish's transaction commits, whereas the
# import's finished_at is stamped inside that transaction, before the revisions are written with the commit stamp.
last_import_seconds() {
  psql -tA -d "$1" -c "select extract(epoch from e.end_time - e.start_time) from import_run r
    join batch_job_execution e on e.job_execution_id = r.job_execution_id order by r.id desc limit 1"
}
last_import_steps() { # its steps' times
  psql -tA -F' ' -d "$1" -c "select step_name, round(extract(epoch from end_time - start_time)::numeric, 2)
    from batch_step_execution where job_execution_id = (select job_execution_id from import_run order by id desc
    limit 1) order by step_execution_id" | tr '\n' ' '
}
label() { # 1000000 -> 1M
  if [ $(($1 % 1000000)) -eq 0 ]; then echo "$(($1 / 1000000))M"; else echo "$1"; fi
}

for rows in $ROWS_LIST; do
  file=$WORK/daily-$rows.csv
  if [ ! -f "$file" ]; then
    python3 "$ROOT/scripts/generate-daily-file.py" "$file" "$rows"
  fi
  echo "file: $file ($rows rows, $(du -h "$file" | cut -f1)); load average: $(cut -d' ' -f1-3 /proc/loadavg)"

  db=${DB_PREFIX}_import_$rows
  copy_db=${DB_PREFIX}_copy_$rows
  databases+=("$db" "$copy_db")
  dropdb --if-exists "$db"
  createdb "$db"
  dropdb --if-exists "$copy_db"
  createdb "$copy_db"
  url="jdbc:postgresql://$PGHOST:$PGPORT/$db?user=$PGUSER"
  log=$WORK/import-$rows.log
  gc=$WORK/import-$rows-gc.log

  start=$(date +%s.%N)
  import_file "$file" "$url" "$log" "$gc" "$rows"
  jar_seconds=$(seconds_since "$start")
  job_seconds=$(last_import_seconds "$db")
  record_seconds=$(psql -tA -d "$db" -c "select extract(epoch from finished_at - created_at) from import_run
    order by id desc limit 1")
  steps=$(last_import_steps "$db")
  revisions=$(psql -tA -d "$db" -c "select count(*) from tally_revision")

  # Revised figures into the ledger the import left: its first REVISE_ROWS keys, each with a new count, as a file of
  # a month's revised figures is. Every line revises its key: a revision, a new latest count in place of the old one,
  # and its cell moved.
  if [ "$REVISE_ROWS" -gt 0 ] && [ "$REVISE_ROWS" -lt "$rows" ]; then
    revised=$WORK/revised-$REVISE_ROWS.csv
    [ -f "$revised" ] || python3 "$ROOT/scripts/generate-daily-file.py" "$revised" "$REVISE_ROWS" 1
    import_file "$revised" "$url" "$WORK/import-$rows-revised.log" "$WORK/import-$rows-revised-gc.log" "$REVISE_ROWS"
    revise_seconds=$(last_import_seconds "$db")
    printf '  import of %s revised keys into this ledger (the job): %.1f s (steps, s: %s), peak heap %s MB\n' \
      "$REVISE_ROWS" "$revise_seconds" "$(last_import_steps "$db")" "$(gc_peak_mb "$WORK/import-$rows-revised-gc.log")"
    printf 'FLOOR\timport %s revisions, %s ledger\t%.1f s\t-\tthe import job of a file revising %s of the keys\n' \
      "$(label "$REVISE_ROWS")" "$(label "$rows")" "$revise_seconds" "$(label "$REVISE_ROWS")"
  fi

  psql -q -d "$copy_db" -c "create table copy_target ($DAILY_COLUMNS)"
  start=$(date +%s.%N)
  psql -q -d "$copy_db" -c "\\copy copy_target from '$file' with (format csv, header true)"
  copy_seconds=$(seconds_since "$start")

  # The floor of the ledger's own tables: the same rows written into them by bare SQL (ledger-from-file.sql, as the
  # import leaves an empty ledger) from a plain table, without reading, validating or staging anything. The import
  # database's ledger is emptied first; the \copy into the plain table is not timed.
  psql -X -q -v ON_ERROR_STOP=1 -d "$db" -c "truncate tally_revision, tally_latest, daily_aggregate" \
    -c "update tally_ledger set version = 0, last_revision_id = 0" \
    -c "create table daily_file ($DAILY_COLUMNS)" \
    -c "\\copy daily_file from '$file' with (format csv, header true)" -c checkpoint
  start=$(date +%s.%N)
  psql -X -q -v ON_ERROR_STOP=1 -d "$db" -v source="floor $(basename "$file")" \
    -f "$ROOT/scripts/benchmark/ledger-from-file.sql"
  floor_seconds=$(seconds_since "$start")

  ratio=$(echo "scale=4; $copy_seconds / $job_seconds" | bc)
  printf '  import (the job):          %6.1f s, %8.0f rows/s   (steps, s: %s)\n' "$job_seconds" \
    "$(echo "$rows / $job_seconds" | bc -l)" "$steps"
  printf '  import (its record):       %6.1f s, created_at to finished_at (before the publish commits)\n' \
    "$record_seconds"
  printf '  import (jar, whole run):   %6.1f s, %8.0f rows/s, -Xmx%s, peak heap %s MB\n' "$jar_seconds" \
    "$(echo "$rows / $jar_seconds" | bc -l)" "$IMPORT_HEAP" "$(gc_peak_mb "$gc")"
  printf '  psql \\copy:                %6.1f s, %8.0f rows/s\n' "$copy_seconds" \
    "$(echo "$rows / $copy_seconds" | bc -l)"
  printf '  the ledger by bare SQL:    %6.1f s, %8.0f rows/s   (its three tables written from the rows as \\copy left them)\n' \
    "$floor_seconds" "$(echo "$rows / $floor_seconds" | bc -l)"
  echo "  revisions in the ledger: $revisions; load average after: $(cut -d' ' -f1-3 /proc/loadavg)"
  printf 'RATIO\timport %s rows\t%.2f\t>= 0.25\timport rows/s (the job) / psql \\copy rows/s\n' "$(label "$rows")" "$ratio"
  printf 'FLOOR\timport %s rows, bare SQL\t%.2f\t-\tthe ledger tables written by bare SQL, rows/s / psql \\copy rows/s: the most any import into them reaches\n' \
    "$(label "$rows")" "$(echo "scale=4; $copy_seconds / $floor_seconds" | bc)"
  dropdb --if-exists "$db"
  dropdb --if-exists "$copy_db"
done

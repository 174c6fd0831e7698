#!/usr/bin/env bash
# Import and recomputation benchmark on PostgreSQL, as docs/benchmarks.md reports it.
#
# 1. generates a daily CSV file of ROWS distinct tallies (default 5,000,000);
# 2. imports it with the service's jar from the command line (--surge.import.file) into a fresh database, with a
#    512 MB heap and a GC log, and times it;
# 3. loads the same file with psql's \copy into a plain table of the same columns, and times it;
# 4. runs the nightly recomputation from the command line (--surge.job=recompute) over the imported tallies, with a
#    512 MB heap and a GC log, and times it;
# 5. prints the rates and each JVM's peak heap (the largest heap in use before a collection, from the GC log).
#
# Needs: a JDK 25 as JAVA_HOME (or java on the PATH), psql/createdb/dropdb, a PostgreSQL server (PGHOST, PGPORT,
# PGUSER; default 127.0.0.1:5432, postgres), python3, and the jar (./mvnw -pl bootstrap -am package -DskipTests).
set -euo pipefail

ROWS=${ROWS:-5000000}
DB=${DB:-surge_benchmark}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$(ls "$ROOT"/bootstrap/target/surge-policy-bootstrap-*.jar | grep -v original | head -n 1)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
WORK=${WORK:-$(mktemp -d /tmp/surge-benchmark.XXXXXX)}
FILE=$WORK/daily-$ROWS.csv
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER&reWriteBatchedInserts=true"

mkdir -p "$WORK"
echo "work folder: $WORK"
if [ ! -f "$FILE" ]; then
  python3 "$ROOT/scripts/generate-daily-file.py" "$FILE" "$ROWS"
fi
echo "file: $FILE ($(wc -l < "$FILE") lines, $(du -h "$FILE" | cut -f1))"

dropdb --if-exists "$DB"
createdb "$DB"

peak() { # the largest heap in use before a collection, in MB
  grep -oE '[0-9]+M->[0-9]+M' "$1" | sed 's/M->.*//' | sort -n | tail -n 1
}

start=$(date +%s.%N)
"$JAVA" -Xmx512m -Xlog:gc:file="$WORK/import-gc.log" -jar "$JAR" --spring.datasource.url="$URL" \
  --surge.import.file="$FILE" --surge.import.format=daily --surge.import.folder="$WORK/imports" \
  --surge.reports.location="$WORK/reports" --surge.import.chunk-size=5000 > "$WORK/import.log" 2>&1
import_seconds=$(echo "$(date +%s.%N) - $start" | bc)
grep -E "^Import [0-9]+ of .*: (COMPLETED|FAILED|REJECTED)" "$WORK/import.log" || true

psql -q -d "$DB" -c "create table copy_target (tally_date date, component varchar(8), area varchar(8),
  demographic varchar(32), citizenship varchar(64), encounter_type varchar(16), encounter_count bigint)"
start=$(date +%s.%N)
psql -q -d "$DB" -c "\\copy copy_target from '$FILE' with (format csv, header true)"
copy_seconds=$(echo "$(date +%s.%N) - $start" | bc)

start=$(date +%s.%N)
"$JAVA" -Xmx512m -Xlog:gc:file="$WORK/recompute-gc.log" -jar "$JAR" --spring.datasource.url="$URL" \
  --surge.job=recompute --surge.reports.location="$WORK/reports" > "$WORK/recompute.log" 2>&1
recompute_seconds=$(echo "$(date +%s.%N) - $start" | bc)
grep -E "^Nightly recomputation \(job execution [0-9]+\): " "$WORK/recompute.log" || true

tallies=$(psql -tA -d "$DB" -c "select count(*) from tally_latest")
import_job=$(psql -tA -d "$DB" -c "select extract(epoch from finished_at - created_at) from import_run order by id
  desc limit 1")
recompute_job=$(psql -tA -d "$DB" -c "select extract(epoch from end_time - start_time) from batch_job_execution e
  join batch_job_instance i on i.job_instance_id = e.job_instance_id where job_name = 'recomputeJob'
  order by e.job_execution_id desc limit 1")
echo
echo "rows in the file:            $ROWS"
echo "tallies in the ledger:       $tallies"
printf 'import (jar, whole run):     %.1f s, %.0f rows/s, peak heap %s MB\n' "$import_seconds" \
  "$(echo "$ROWS / $import_seconds" | bc -l)" "$(peak "$WORK/import-gc.log")"
printf 'import (the job itself):     %.1f s, %.0f rows/s\n' "$import_job" "$(echo "$ROWS / $import_job" | bc -l)"
printf 'psql \\copy:                  %.1f s, %.0f rows/s\n' "$copy_seconds" "$(echo "$ROWS / $copy_seconds" | bc -l)"
printf 'recomputation (jar, whole):  %.1f s, peak heap %s MB\n' "$recompute_seconds" \
  "$(peak "$WORK/recompute-gc.log")"
printf 'recomputation (the job):     %.1f s\n' "$recompute_job"

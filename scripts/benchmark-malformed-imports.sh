#!/usr/bin/env bash
# Malformed-line import benchmark on PostgreSQL, as docs/benchmarks.md reports it.
#
# 1. generates a daily CSV file of ROWS distinct tallies (default 1,000,000) and, from it, one file of each kind of
#    bad line: its second line (the first data line) given a stray quote, made longer than the line limit
#    (100,000 bytes), given a NUL, or given a byte that is not UTF-8 (Latin-1's e acute); plus the clean file;
# 2. imports each file with the service's jar from the command line (--surge.import.file), into a fresh database,
#    allowing one reject, and times it;
# 3. prints, per file, the import's outcome, its rejects, the whole command's time and the job's own.
#
# Needs: a JDK 25 as JAVA_HOME (or java on the PATH), psql/createdb/dropdb, a PostgreSQL server (PGHOST, PGPORT,
# PGUSER; default 127.0.0.1:5432, postgres), python3, and the jar (./mvnw -pl bootstrap -am package -DskipTests).
set -euo pipefail

ROWS=${ROWS:-1000000}
DB=${DB:-surge_benchmark_malformed}
KINDS=${KINDS:-"clean stray-quote overlong nul invalid-utf8"}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
export PGHOST PGPORT PGUSER
ROOT=$(cd "$(dirname "$0")/.." && pwd)
JAR=$(ls "$ROOT"/bootstrap/target/surge-policy-bootstrap-*.jar | grep -v original | head -n 1)
JAVA=${JAVA_HOME:+$JAVA_HOME/bin/}java
WORK=${WORK:-$(mktemp -d /tmp/surge-benchmark-malformed.XXXXXX)}
URL="jdbc:postgresql://$PGHOST:$PGPORT/$DB?user=$PGUSER&reWriteBatchedInserts=true"

mkdir -p "$WORK"
echo "work folder: $WORK"
clean="$WORK/daily-$ROWS-clean.csv"
[ -f "$clean" ] || python3 "$ROOT/scripts/generate-daily-file.py" "$clean" "$ROWS"
python3 - "$clean" $KINDS <<'PY'
import os, sys
clean, kinds = sys.argv[1], sys.argv[2:]
with open(clean, "rb") as f:
    f.readline()
    first_line = f.readline().rstrip(b"\r\n")
bad = {
    "stray-quote": first_line.replace(b",USBP,", b',"USBP,', 1),
    "overlong": first_line + b"," * 100_000,
    "nul": first_line.replace(b"USBP", b"US\x00BP", 1),
    "invalid-utf8": first_line.replace(b"SINGLE_ADULTS", b"SINGLE_ADULTS\xe9", 1),
}
for kind in kinds:
    path = clean.replace("-clean.csv", "-" + kind + ".csv")
    if kind == "clean" or os.path.exists(path):
        continue
    with open(clean, "rb") as src, open(path, "wb") as out:
        out.write(src.readline())
        src.readline()
        out.write(bad[kind] + b"\r\n")
        while True:
            block = src.read(1 << 20)
            if not block:
                break
            out.write(block)
PY

results=()
for kind in $KINDS; do
  file="$WORK/daily-$ROWS-$kind.csv"
  dropdb --if-exists "$DB"
  createdb "$DB"
  start=$(date +%s.%N)
  "$JAVA" -Xmx512m -jar "$JAR" --spring.datasource.url="$URL" \
    --surge.import.file="$file" --surge.import.format=daily --surge.import.max-rejects-override=1 \
    --surge.import.folder="$WORK/imports" --surge.reports.location="$WORK/reports" \
    --surge.audit.digest-key-file="$WORK/audit-digest.key" --surge.import.chunk-size=5000 \
    > "$WORK/import-$kind.log" 2>&1 || true
  seconds=$(echo "$(date +%s.%N) - $start" | bc)
  outcome=$(psql -tA -d "$DB" -c "select status || ', ' || lines_read || ' lines read, ' || rows_revised
    || ' rows imported, ' || rows_rejected || ' rejected' from import_run order by id desc limit 1")
  job=$(psql -tA -d "$DB" -c "select extract(epoch from finished_at - created_at) from import_run order by id desc
    limit 1")
  reject=$(psql -tA -d "$DB" -c "select 'line ' || line_number || ': ' || reason from import_reject order by
    line_number limit 1")
  results+=("$(printf '%-13s %7.1f s whole command, %7.1f s the job; %s; %s' "$kind" "$seconds" "$job" "$outcome" \
    "${reject:-no reject}")")
done
dropdb --if-exists "$DB"

echo
echo "rows in each file: $ROWS"
printf '%s\n' "${results[@]}"

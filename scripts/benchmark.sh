#!/usr/bin/env bash
# The benchmark command: measures the service's speed side by side with its baselines on this machine, in one run,
# and prints each ratio against its goal (docs/benchmarks.md gives the figures and what limits each one).
#
#   scripts/benchmark.sh                      every section
#   SECTIONS="import nightly" scripts/benchmark.sh
#
# Sections (each one a script in scripts/benchmark/, which can also run alone):
#   import   an import of 1 M and 5 M daily rows against psql's \copy of the same file
#   nightly  the nightly recomputation over 5 M rows against the counting rule as one bare SQL statement
#   writers  20 concurrent writers of one-row submissions on PostgreSQL (throughput and p99)
#   reads    status and a 90-day timeline against /actuator/health under wrk with 32 connections
#
# Needs: a JDK 25 (found as scripts/surge finds it), a PostgreSQL server (PGHOST, PGPORT, PGUSER; default
# 127.0.0.1:5432, postgres, trust authentication) with psql, createdb and dropdb, python3 and wrk. It builds the jar
# once (./mvnw -pl bootstrap -am package -DskipTests) unless SKIP_BUILD=1. The scratch folder WORK (default a new
# folder under /tmp) keeps the generated data files, the logs and the results; set it to reuse generated files.
set -euo pipefail

ROOT=$(cd "$(dirname "$0")/.." && pwd)
# shellcheck source=find-java.sh
. "$ROOT/scripts/find-java.sh"

SECTIONS=${SECTIONS:-"import nightly writers reads"}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB_PREFIX=${DB_PREFIX:-surge_bench}
WORK=${WORK:-$(mktemp -d /tmp/surge-benchmark.XXXXXX)}
export ROOT PGHOST PGPORT PGUSER DB_PREFIX WORK
mkdir -p "$WORK"

if ! JAVA=$(find_java); then
  echo "benchmark: no JDK 25 was found (JAVA_HOME, JAVA25_HOME, the java on the PATH, /usr/lib/jvm and the like)" >&2
  exit 1
fi
export JAVA
for tool in psql createdb dropdb python3 wrk; do
  command -v "$tool" >/dev/null || { echo "benchmark: $tool is needed and was not found" >&2; exit 1; }
done
pg_isready -h "$PGHOST" -p "$PGPORT" -q || { echo "benchmark: PostgreSQL does not answer on $PGHOST:$PGPORT" >&2; exit 1; }

if [ "${SKIP_BUILD:-0}" != 1 ]; then
  echo "building the jar"
  # Packaging alone does not remake the jar when only another module changed: remove it, so it is made afresh.
  rm -f "$ROOT"/bootstrap/target/surge-policy-bootstrap-*.jar
  (cd "$ROOT" && ./mvnw -B -q -pl bootstrap -am package -DskipTests)
fi
JAR=$(ls "$ROOT"/bootstrap/target/surge-policy-bootstrap-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)
[ -n "$JAR" ] || { echo "benchmark: the jar is not built (./mvnw -pl bootstrap -am package -DskipTests)" >&2; exit 1; }
export JAR

echo "machine: $(nproc) cores, $(awk '/MemTotal/ {printf "%.0f GB", $2 / 1048576}' /proc/meminfo) of memory," \
  "$(sed -n 's/^model name[^:]*: //p' /proc/cpuinfo | head -n 1)"
echo "java: $("$JAVA" -version 2>&1 | head -n 1); PostgreSQL: $(psql -h "$PGHOST" -p "$PGPORT" -U "$PGUSER" -d postgres -tAc 'show server_version')"
echo "commit: $(git -C "$ROOT" rev-parse --short HEAD 2>/dev/null || echo unknown); work folder: $WORK"

results=$WORK/results.tsv
: > "$results"
for section in $SECTIONS; do
  script=$ROOT/scripts/benchmark/$section.sh
  [ -x "$script" ] || { echo "benchmark: no section '$section' ($script)" >&2; exit 64; }
  echo
  echo "=== $section (load average before: $(cut -d' ' -f1-3 /proc/loadavg)) ==="
  "$script" 2>&1 | tee "$WORK/$section.out"
  grep -E $'^(RATIO|FIGURE|FLOOR)\t' "$WORK/$section.out" | sed "s/^/$section\t/" >> "$results" || true
done

# Each ratio against its goal: ">= x", "<= x", "> x" or "< x", the value's first number compared.
echo
echo "=== results ($(date -u '+%Y-%m-%d %H:%M UTC'), load average after: $(cut -d' ' -f1-3 /proc/loadavg)) ==="
missed=0
while IFS=$'\t' read -r section kind name value goal what; do
  if [ "$kind" = FLOOR ]; then # a reference figure that explains a ratio, with no goal of its own
    printf '%-8s %-32s %12s   %-21s %s\n' "$section" "$name" "$value" "(reference)" "$what"
    continue
  fi
  verdict=$(awk -v v="$value" -v g="$goal" 'BEGIN {
    split(g, p, " "); op = p[1]; t = p[2] + 0; x = v + 0
    ok = (op == ">=" && x >= t) || (op == "<=" && x <= t) || (op == ">" && x > t) || (op == "<" && x < t)
    print ok ? "met" : "MISSED" }')
  [ "$verdict" = met ] || missed=$((missed + 1))
  printf '%-8s %-32s %12s   goal %-8s %-7s %s\n' "$section" "$name" "$value" "$goal" "$verdict" "$what"
done < "$results"
echo
echo "$(grep -cv $'\tFLOOR\t' "$results") results, $missed missed; every section's output is in $WORK"

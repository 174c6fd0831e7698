# Sourced by every section script: the benchmark contract's environment, each value defaulted when a section runs
# alone (scripts/benchmark.sh sets them all): ROOT, JAVA (a JDK 25, found as scripts/surge finds one), JAR (the
# packaged bootstrap jar, which must exist), WORK, PGHOST, PGPORT, PGUSER (exported for psql) and DB_PREFIX;
# DAILY_COLUMNS, the daily file's seven columns as a plain table holds them (the baselines' tables); and
# gc_peak_mb FILE..., the largest heap in use before a collection in the JVMs' GC logs.

ROOT=${ROOT:-$(cd "$(dirname "${BASH_SOURCE[0]}")/../.." && pwd)}
if [ -z "${JAVA:-}" ]; then
  # shellcheck source=../find-java.sh
  . "$ROOT/scripts/find-java.sh"
  JAVA=$(find_java) || { echo "no JDK 25 was found (JAVA_HOME, JAVA25_HOME, the PATH, /usr/lib/jvm); set JAVA" >&2; exit 1; }
fi
JAR=${JAR:-$(ls "$ROOT"/bootstrap/target/surge-policy-bootstrap-*.jar 2>/dev/null | grep -v '\.original$' | head -n 1 || true)}
if [ -z "$JAR" ] || [ ! -f "$JAR" ]; then
  echo "no jar: build it with ./mvnw -pl bootstrap -am package -DskipTests, or set JAR" >&2
  exit 1
fi
WORK=${WORK:-$(mktemp -d /tmp/surge-benchmark.XXXXXX)}
PGHOST=${PGHOST:-127.0.0.1} PGPORT=${PGPORT:-5432} PGUSER=${PGUSER:-postgres}
DB_PREFIX=${DB_PREFIX:-surge_bench}
export PGHOST PGPORT PGUSER
mkdir -p "$WORK"

# The daily file's seven columns in a plain table, without keys or indexes: what \copy loads for every baseline.
DAILY_COLUMNS="tally_date date, component varchar(8), area varchar(8), demographic varchar(32), citizenship varchar(64),
  encounter_type varchar(16), encounter_count bigint"

# The largest heap in use before a collection, in MB, over the GC logs (-Xlog:gc) given.
gc_peak_mb() {
  grep -ohE '[0-9]+M->[0-9]+M' "$@" | sed 's/M->.*//' | sort -n | tail -n 1
}

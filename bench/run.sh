#!/usr/bin/env bash
# Builds Barista and the bench, starts the server as a separate process on a fresh data directory, runs the
# scenarios against it, prints the report and writes it to bench/results/<date>.md. See bench/README.md.
#
#   bench/run.sh [--no-build] [--keep-data] [--server-arg ARG]... [bench flags: --quick, --duration 5, ...]
set -euo pipefail
root=$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)

if [ -z "${JAVA_HOME:-}" ] || ! "$JAVA_HOME/bin/java" -version 2>&1 | grep -q 'version "2[5-9]'; then
  # The default java here is 17; Barista's build and Java runtimes want JDK 25 (its AOT cache needs 25).
  for candidate in /usr/lib/jvm/temurin-25-jdk-amd64 /usr/lib/jvm/*25* ; do
    if [ -x "$candidate/bin/java" ]; then JAVA_HOME=$candidate; break; fi
  done
fi
export JAVA_HOME
java="$JAVA_HOME/bin/java"

build=1
keep_data=0
server_args=()
bench_args=()
while [ $# -gt 0 ]; do
  case "$1" in
    --no-build) build=0 ;;
    --keep-data) keep_data=1 ;;
    --server-arg) server_args+=("$2"); shift ;;
    *) bench_args+=("$1") ;;
  esac
  shift
done

if [ "$build" = 1 ]; then
  echo "bench: building (mvn -B -q -DskipTests package, JAVA_HOME=$JAVA_HOME)..." >&2
  (cd "$root" && mvn -B -q -DskipTests -pl bench -am package)
fi
lib="$root/bench/target/lib"
bench_jar=$(ls "$root"/bench/target/barista-bench-*.jar | head -n 1)

# A fresh data directory per run, outside /tmp like the default ./data (environments get a private /tmp).
data=$(mktemp -d "$root/bench/target/data.XXXXXX")
log="$data/server.log"
server_pid=""
elasticmq_pid=""
cleanup() {
  if [ -n "$elasticmq_pid" ] && kill -0 "$elasticmq_pid" 2>/dev/null; then
    kill "$elasticmq_pid"; wait "$elasticmq_pid" 2>/dev/null || true
  fi
  if [ -n "$server_pid" ] && kill -0 "$server_pid" 2>/dev/null; then
    kill "$server_pid"                      # graceful: the server stops its environments
    for _ in $(seq 1 100); do kill -0 "$server_pid" 2>/dev/null || break; sleep 0.1; done
    kill -9 "$server_pid" 2>/dev/null || true
  fi
  if [ "$keep_data" = 1 ]; then echo "bench: data directory kept: $data" >&2; else rm -rf "$data"; fi
}
trap cleanup EXIT

# The server runs as its own process, exactly as ./barista runs it, so that its CPU and memory are its own.
"$java" --enable-native-access=ALL-UNNAMED ${BARISTA_JAVA_OPTIONS:-} -cp "$lib/*" dev.barista.server.Main server \
  --port 0 --data-dir "$data" ${server_args[@]+"${server_args[@]}"} >"$log" 2>&1 &
server_pid=$!
endpoint=""
for _ in $(seq 1 600); do
  endpoint=$(sed -n 's/^Barista listening on \(http:[^ ]*\).*/\1/p' "$log" | head -n 1)
  [ -n "$endpoint" ] && break
  kill -0 "$server_pid" 2>/dev/null || { echo "bench: the server exited:" >&2; cat "$log" >&2; exit 1; }
  sleep 0.1
done
[ -n "$endpoint" ] || { echo "bench: the server did not start in 60 s:" >&2; cat "$log" >&2; exit 1; }
echo "bench: server pid $server_pid at $endpoint, data $data" >&2

# ElasticMQ, the in-memory SQS measured beside Barista's in the sqs scenario: from Maven Central (its class path is
# resolved from bench/elasticmq/pom.xml), on 127.0.0.1, unless --scenarios leaves sqs out.
wants_sqs=1
for ((i = 0; i < ${#bench_args[@]}; i++)); do
  if [ "${bench_args[$i]}" = "--scenarios" ] && [[ ",${bench_args[$((i + 1))]:-}," != *",sqs,"* ]]; then wants_sqs=0; fi
done
if [ "$wants_sqs" = 1 ]; then
  classpath_file="$root/bench/target/elasticmq.classpath"
  (cd "$root" && mvn -B -q -f bench/elasticmq/pom.xml \
    org.apache.maven.plugins:maven-dependency-plugin:3.11.0:build-classpath -Dmdep.outputFile="$classpath_file")
  elasticmq_port=$(python3 -c 'import socket; s = socket.socket(); s.bind(("127.0.0.1", 0)); print(s.getsockname()[1])')
  ELASTICMQ_PORT=$elasticmq_port "$java" -Dconfig.file="$root/bench/elasticmq/elasticmq.conf" \
    -cp "$(cat "$classpath_file")" org.elasticmq.server.Main >"$data/elasticmq.log" 2>&1 &
  elasticmq_pid=$!
  for _ in $(seq 1 600); do
    grep -q "ElasticMQ server .* started" "$data/elasticmq.log" && break
    kill -0 "$elasticmq_pid" 2>/dev/null || { echo "bench: ElasticMQ exited:" >&2; cat "$data/elasticmq.log" >&2; exit 1; }
    sleep 0.1
  done
  echo "bench: ElasticMQ pid $elasticmq_pid at http://127.0.0.1:$elasticmq_port" >&2
  bench_args+=(--elasticmq "http://127.0.0.1:$elasticmq_port" --elasticmq-pid "$elasticmq_pid")
fi

label="commit $(git -C "$root" rev-parse --short HEAD 2>/dev/null || echo unknown)"
if [ -n "$(git -C "$root" status --porcelain -- . ':!bench' 2>/dev/null)" ]; then
  label="$label with uncommitted changes outside bench/"
fi
label="$label; server JDK $("$java" -XshowSettings:properties -version 2>&1 | sed -n 's/^ *java.runtime.version = //p')"

mkdir -p "$root/bench/results"
out="$root/bench/results/$(date +%F).md"
"$java" -Xms256m -Xmx1g -XX:+UseParallelGC -cp "$bench_jar:$lib/*" dev.barista.bench.Bench \
  --endpoint "$endpoint" --server-pid "$server_pid" --data-dir "$data" --out "$out" --label "$label" \
  ${bench_args[@]+"${bench_args[@]}"}

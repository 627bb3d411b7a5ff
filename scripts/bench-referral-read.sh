#!/usr/bin/env bash
# Audited referral reads versus PostgreSQL's own commit rate on this machine.
# Usage: scripts/bench-referral-read.sh [seconds] [clients]   (after ./mvnw package -DskipTests)
# Starts the packaged app in demo mode on 127.0.0.1 with a throw-away data directory, runs the benchmark,
# prints the figures and stops the app.
set -euo pipefail
cd "$(dirname "$0")/.."
seconds="${1:-10}"
clients="${2:-16}"
port="${BENCH_PORT:-8099}"
app=backend/target/quarkus-app
[ -f "$app/quarkus-run.jar" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
data="$(mktemp -d)"
QUARKUS_PROFILE=demo MTD_DEMO_ENABLED=true MTD_DATA_DIR="$data" QUARKUS_HTTP_HOST=127.0.0.1 \
  QUARKUS_HTTP_PORT="$port" java -jar "$app/quarkus-run.jar" > "$data/app.log" 2>&1 &
pid=$!
trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null; rm -rf "$data"' EXIT
for _ in $(seq 1 120); do
  curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1 && break
  sleep 1
done
curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null || { cat "$data/app.log" >&2; exit 1; }
pgport="$(sed -n 4p "$data/postgres/postmaster.pid")"
java -cp "$(ls "$app"/lib/main/org.postgresql.postgresql-*.jar)" scripts/ReferralReadBenchmark.java \
  "http://127.0.0.1:$port" "jdbc:postgresql://127.0.0.1:$pgport/postgres" "$seconds" "$clients"

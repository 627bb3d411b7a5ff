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
. scripts/demo-app.sh
start_demo_app "$port"
"$java_bin" -cp "$(ls "$app"/lib/main/org.postgresql.postgresql-*.jar)" scripts/ReferralReadBenchmark.java \
  "http://127.0.0.1:$port" "jdbc:postgresql://127.0.0.1:$pgport/postgres" "$seconds" "$clients"

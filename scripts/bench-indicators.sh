#!/usr/bin/env bash
# Indicators on a generated programme (12 regions, 200,000 referrals, 20,000 volunteers, 30,000 matches,
# 1,000,000 diary entries): full-year requests for one region and for all regions, median of repeated runs.
# Usage: scripts/bench-indicators.sh [runs]   (after ./mvnw package -DskipTests)
# Starts the packaged app in demo mode on 127.0.0.1 with a throw-away data directory, generates the data,
# prints the figures and stops the app.
set -euo pipefail
cd "$(dirname "$0")/.."
runs="${1:-15}"
port="${BENCH_PORT:-8099}"
. scripts/demo-app.sh
start_demo_app "$port"
"$java_bin" -cp "$(ls "$app"/lib/main/org.postgresql.postgresql-*.jar)" scripts/IndicatorBenchmark.java \
  "http://127.0.0.1:$port" "jdbc:postgresql://127.0.0.1:$pgport/postgres" "$runs"

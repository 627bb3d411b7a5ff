#!/usr/bin/env bash
# Matching on a generated region (2,000 waiting children, 3,000 approved mentors by default): suggestions for one
# child and whole-pool runs through the API, optimal total versus a greedy baseline, and the app's memory.
# Usage: scripts/bench-matching.sh [children] [mentors]   (after ./mvnw package -DskipTests)
# Starts the packaged app in demo mode on 127.0.0.1 with a throw-away data directory, runs the benchmark,
# prints the figures and stops the app.
set -euo pipefail
cd "$(dirname "$0")/.."
children="${1:-2000}"
mentors="${2:-3000}"
port="${BENCH_PORT:-8098}"
. scripts/demo-app.sh
start_demo_app "$port"
"$java_bin" -cp "$(ls "$app"/lib/main/org.postgresql.postgresql-*.jar)" scripts/MatchingBenchmark.java \
  "http://127.0.0.1:$port" "jdbc:postgresql://127.0.0.1:$pgport/postgres" "$pid" "$children" "$mentors"

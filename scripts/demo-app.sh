# Sourced by the benchmark scripts: starts the packaged app in demo mode on 127.0.0.1 with a throw-away data
# directory, waits until it is ready and stops it on exit. Sets pid, data and pgport (the embedded PostgreSQL).
java_bin="${JAVA_HOME:+$JAVA_HOME/bin/}java"

start_demo_app() {
  local port="$1"
  app=backend/target/quarkus-app
  [ -f "$app/quarkus-run.jar" ] || { echo "Build first: ./mvnw package -DskipTests" >&2; exit 1; }
  data="$(mktemp -d)"
  QUARKUS_PROFILE=demo MTD_DEMO_ENABLED=true MTD_DATA_DIR="$data" QUARKUS_HTTP_HOST=127.0.0.1 \
    QUARKUS_HTTP_PORT="$port" "$java_bin" -jar "$app/quarkus-run.jar" > "$data/app.log" 2>&1 &
  pid=$!
  trap 'kill "$pid" 2>/dev/null; wait "$pid" 2>/dev/null || true; rm -rf "$data"' EXIT
  for _ in $(seq 1 120); do
    curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null 2>&1 && break
    sleep 1
  done
  curl -fs "http://127.0.0.1:$port/q/health/ready" > /dev/null || { cat "$data/app.log" >&2; exit 1; }
  pgport="$(sed -n 4p "$data/postgres/postmaster.pid")"
}

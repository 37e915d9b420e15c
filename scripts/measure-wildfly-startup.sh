#!/usr/bin/env bash
# Measures WildFly with the portal: seconds from `bin/standalone.sh` to the first 200 of
# /health/ready and of /plans, then stops the server. Uses the test WildFly that `mvn verify`
# unpacked and configured (target/wildfly-*), on a copy of its standalone/ folder with a fresh H2
# file, so each run is a first start (migrations and demo data included) and the tests' server
# is left untouched. Ports are shifted by 400 (HTTP 8480, management 10390).
# Usage: mvn verify (once), then scripts/measure-wildfly-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
home=$(ls -d target/wildfly-*.Final 2>/dev/null | head -1)
[ -n "$home" ] || { echo "no target/wildfly-*: run mvn verify first" >&2; exit 1; }
[ -f target/portal-wildfly.war ] || { echo "no target/portal-wildfly.war: run mvn package first" >&2; exit 1; }
base=$PWD/target/wildfly-measure
for run in $(seq 1 "$runs"); do
    rm -rf "$base"
    cp -r "$home/standalone" "$base"
    rm -rf "$base/data" "$base/log" "$base/tmp" "$base/deployments/"*
    cp target/portal-wildfly.war "$base/deployments/ROOT.war"
    start=$(date +%s.%N)
    # In background mode standalone.sh writes WildFly's PID to the file and waits for it.
    PORTAL_DEMO_DATA=true LAUNCH_JBOSS_IN_BACKGROUND=1 JBOSS_PIDFILE="$base/wildfly.pid" \
        "$home/bin/standalone.sh" -Djboss.server.base.dir="$base" \
        -Djboss.socket.binding.port-offset=400 > "$base/console.log" 2>&1 &
    script_pid=$!
    ready=""
    until [ -n "$ready" ]; do
        if ! kill -0 "$script_pid" 2>/dev/null; then echo "WildFly stopped; see $base/console.log" >&2; exit 1; fi
        curl -fs -o /dev/null http://127.0.0.1:10390/health/ready && ready=$(date +%s.%N)
        sleep 0.2
    done
    until curl -fs -o /dev/null http://127.0.0.1:8480/plans; do sleep 0.1; done
    page=$(date +%s.%N)
    printf 'run %d: ready after %.1f s, first page after %.1f s\n' "$run" \
        "$(echo "$ready - $start" | bc)" "$(echo "$page - $start" | bc)"
    kill "$(cat "$base/wildfly.pid")"
    wait "$script_pid" 2>/dev/null || true
done

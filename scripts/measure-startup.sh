#!/usr/bin/env bash
# Measures the README run: seconds from `mvn package -DskipTests payara-micro:start` to the first
# 200 answer of http://localhost:8080/plans, then stops the server. Use a warm Maven repository.
# Usage: scripts/measure-startup.sh [runs]
set -euo pipefail
cd "$(dirname "$0")/.."
runs=${1:-3}
for run in $(seq 1 "$runs"); do
    start=$(date +%s.%N)
    mvn -q package -DskipTests payara-micro:start > target/measure-startup.log 2>&1 &
    mvn_pid=$!
    until curl -fs -o /dev/null http://localhost:8080/plans; do
        if ! kill -0 "$mvn_pid" 2>/dev/null; then echo "the portal did not start; see target/measure-startup.log" >&2; exit 1; fi
        sleep 0.2
    done
    end=$(date +%s.%N)
    printf 'run %d: first page after %.1f s\n' "$run" "$(echo "$end - $start" | bc)"
    # Stop Payara Micro (the java child of Maven), then Maven itself.
    server_pid=$(ss -ltnpH 'sport = :8080' | grep -o 'pid=[0-9]*' | head -1 | cut -d= -f2)
    [ -n "$server_pid" ] && kill "$server_pid"
    wait "$mvn_pid" 2>/dev/null || true
done

#!/usr/bin/env bash
# Stops the cluster started by start-cluster.sh: each process by its PID (TERM, then KILL after
# 15 s), then removes the scratch files (Flink leaves a large RPC jar per JVM in tmp/).
set -uo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
work="${REEL2SOP_FLINK_WORK:-$here/work}"
stopped=0
for pid_file in "$work"/pids/*.pid; do
  [[ -f "$pid_file" ]] || continue
  pid="$(cat "$pid_file")"
  if kill -0 "$pid" 2>/dev/null; then
    kill "$pid" 2>/dev/null
    for _ in $(seq 1 60); do kill -0 "$pid" 2>/dev/null || break; sleep 0.25; done
    kill -9 "$pid" 2>/dev/null || true
    stopped=$((stopped + 1))
  fi
  rm -f "$pid_file"
done
rm -rf "$work/tmp"
echo "Flink cluster stopped ($stopped process(es))."

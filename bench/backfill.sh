#!/usr/bin/env bash
# Backfill benchmark: N copies of the bundled sample (31 s each, distinct files) into a fresh output,
# then the same command again (everything is up to date). Prints wall times and the run summaries.
# Usage: bench/backfill.sh [N=100] [work folder=/tmp/reel2sop-backfill]
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
n="${1:-100}"
work="${2:-/tmp/reel2sop-backfill}"
rm -rf "$work" && mkdir -p "$work/library"
for i in $(seq -w 1 "$n"); do
  cp "$here/samples/new-lead-walkthrough.mp4" "$work/library/walkthrough-$i.mp4"
done
run() {
  local start end
  start=$(date +%s.%N)
  "$here/reel2sop" --input="$work/library" --output="$work/sops" "$@" > "$work/run.log" 2>&1 || true
  end=$(date +%s.%N)
  grep -E "^Done in" "$work/run.log"
  printf 'wall %.1f s\n' "$(echo "$end - $start" | bc)"
}
echo "== backfill of $n recordings ($(nproc) cores)"; run
echo "== rerun (all up to date)"; run

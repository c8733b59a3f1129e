#!/usr/bin/env bash
# SOP quality on the development set: runs reel2sop over the dev set's recordings (all but the
# 12.7-minute long_session, which bench/speed.sh times; LONG=1 adds it) and prints the scorer's
# table: cut F1, steps found, right screenshot, UI label named, instruction wording, word error rate.
#   bench/quality.sh                  DEVSET=../shared/dev-set OUT=target/quality
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
devset="$(cd "${DEVSET:-../shared/dev-set}" && pwd)"
out="${OUT:-target/quality}"
pattern="$devset/recordings/h*/recording.*"
[[ -n "${LONG:-}" ]] && pattern="$devset/recordings/*/recording.*"

rm -rf "$out"
./reel2sop --input="$pattern" --output="$out" --reprocess=all | grep -E "^(reel2sop|Done|  FAILED)" || true
python3 "$devset/evaluate.py" "$devset/recordings" "$out"

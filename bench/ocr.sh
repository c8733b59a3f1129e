#!/usr/bin/env bash
# OCR speed: median ms to open an engine, to read a whole 1280x720 frame, a quarter frame and the
# region around the pointer, with and without the inverted pass (io.reel2sop.ocr.OcrBenchmark).
# Frames given as arguments (PNG or JPEG, e.g. frames of real recordings, which hold more text than
# the rendered screens) are timed whole as well.
# Usage: [ROUNDS=7] bench/ocr.sh [frame files...]   (about a minute; run it on an otherwise idle machine)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$here" && mvn -q -B -pl transforms test-compile dependency:build-classpath \
   -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test 2>&1 | sed 's/\x1b\[[0-9;]*m//g')
t="$here/transforms/target"
java -Drounds="${ROUNDS:-7}" -cp "$t/test-classes:$t/classes:$(cat "$work/classpath.txt")" io.reel2sop.ocr.OcrBenchmark "$@"

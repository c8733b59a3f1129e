#!/usr/bin/env bash
# PDF speed: for each published SOP folder given, the time to render its sop.pdf from sop.json and
# its screenshots (first run in a cold JVM, then the median and fastest of ROUNDS), pages and size
# (io.reel2sop.render.PdfBenchmark).
# Usage: [ROUNDS=7] bench/pdf.sh <sop folder>...   (run it on an otherwise idle machine)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$here" && mvn -q -B -pl transforms test-compile dependency:build-classpath \
   -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test 2>&1 | sed 's/\x1b\[[0-9;]*m//g')
t="$here/transforms/target"
java -Drounds="${ROUNDS:-7}" -cp "$t/test-classes:$t/classes:$(cat "$work/classpath.txt")" io.reel2sop.render.PdfBenchmark "$@"

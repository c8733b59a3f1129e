#!/usr/bin/env bash
# PDF speed: for each published SOP folder given, the time to render its sop.pdf from sop.json and
# its screenshots (first run in a cold JVM, then the median and fastest of ROUNDS), pages and size
# (io.reel2sop.render.PdfBenchmark).
# Usage: [ROUNDS=7] bench/pdf.sh <sop folder>...   (run it on an otherwise idle machine)
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/transforms-main.sh" io.reel2sop.render.PdfBenchmark "$@"

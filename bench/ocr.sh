#!/usr/bin/env bash
# OCR speed: median ms to open an engine, to read a whole 1280x720 frame, a quarter frame and the
# region around the pointer, with and without the inverted pass (io.reel2sop.ocr.OcrBenchmark).
# Frames given as arguments (PNG or JPEG, e.g. frames of real recordings, which hold more text than
# the rendered screens) are timed whole as well.
# Usage: [ROUNDS=7] bench/ocr.sh [frame files...]   (about a minute; run it on an otherwise idle machine)
set -euo pipefail
exec "$(dirname "${BASH_SOURCE[0]}")/transforms-main.sh" io.reel2sop.ocr.OcrBenchmark "$@"

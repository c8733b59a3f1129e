#!/usr/bin/env bash
# Runs a main class of the transforms module's test classes (a benchmark) with the test classpath:
# bench/transforms-main.sh <class> [args...]; ROUNDS (default 7) is passed on as -Drounds.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT
(cd "$here" && mvn -q -B -pl transforms test-compile dependency:build-classpath \
   -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test 2>&1 | sed 's/\x1b\[[0-9;]*m//g')
t="$here/transforms/target"
main="$1"
shift
java -Drounds="${ROUNDS:-7}" -cp "$t/test-classes:$t/classes:$(cat "$work/classpath.txt")" "$main" "$@"

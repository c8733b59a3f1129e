#!/usr/bin/env bash
# Flink scale-out benchmark (issue #16): a backfill of the dev set's short recordings on the standalone
# cluster from runners/flink/, with 1 and then 2 TaskManagers of 1 slot each (the job's parallelism
# is the number of TaskManagers), in alternating rounds. Prints per run: wall time of the client
# (submission included) and the job's own duration from the REST API, recordings per minute,
# recording-minutes per wall-minute, CPU-seconds and peak RSS of each TaskManager and of the
# JobManager, and the output's size; then the speed-up of 2 TaskManagers over 1 (medians), and
# whether every run's SOPs are the same as a DirectRunner run of the same library (sop.json without
# its run fields, and every other file byte for byte).
# Usage: [RUNS=2] [COPIES=2] [TMS="1 2"] [CPU_LOCK=/tmp/cpu.lock] [DEVSET=../shared/dev-set]
#        bench/flink-scale.sh [work folder=/tmp/reel2sop-flink-scale]
# COPIES: how many times each recording is in the library, under distinct names (more work per job,
# so the job's fixed costs weigh less). CPU_LOCK: a lock file held (flock) for each measured step
# and released between them.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/reel2sop-flink-scale}"
devset="$(cd "${DEVSET:-$here/../shared/dev-set}" && pwd)"
runs="${RUNS:-2}"
copies="${COPIES:-2}"
port="${REEL2SOP_FLINK_PORT:-18081}"
export REEL2SOP_FLINK_PORT="$port" REEL2SOP_FLINK_SLOTS=1 REEL2SOP_FLINK_WORK="$work/cluster"
cluster_work="$REEL2SOP_FLINK_WORK"

now() { date +%s.%N; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
median_of() { printf '%s\n' "$@" | median; }
# The lock is taken on fd 9 and never passed on: every child gets the fd closed (9<&-).
hold() { if [[ -n "${CPU_LOCK:-}" ]]; then exec 9<"$CPU_LOCK"; flock 9; fi; }
release() { if [[ -n "${CPU_LOCK:-}" ]]; then flock -u 9; exec 9<&-; fi; }
proc_field() { sed -n "s/^$2:[[:space:]]*\([0-9]*\).*/\1/p" "/proc/$1/status" 2>/dev/null; }
cpu_seconds() { awk -v hz="$(getconf CLK_TCK)" '{print ($14 + $15) / hz}' "/proc/$1/stat" 2>/dev/null; }

# builds the job jar if needed; the first run after a build records the class-data archive (see the launcher)
hold
"$here/reel2sop" --help > /dev/null 9<&-
rm -rf "$work/warm-up"
"$here/reel2sop" --input="$here/samples/new-lead-walkthrough.mp4" --output="$work/warm-up" > /dev/null 2>&1 9<&-
release

# The library: each dev-set recording (h*/recording.*) COPIES times, as <folder>[-copyK].<ext>
library="$work/library"
rm -rf "$library" && mkdir -p "$library"
for file in "$devset"/recordings/h*/recording.*; do
  name="$(basename "$(dirname "$file")")"; ext="${file##*.}"
  for k in $(seq 1 "$copies"); do
    suffix=""; [[ $k == 1 ]] || suffix="-copy$k"
    cp "$file" "$library/$name$suffix.$ext"
  done
done
count=$(find "$library" -type f | wc -l)
input_bytes=$(du -cb "$library"/* | tail -1 | cut -f1)
seconds=$(python3 - "$devset/recordings/index.json" "$copies" <<'PY'
import json, sys
index = json.load(open(sys.argv[1]))["recordings"]
print(round(int(sys.argv[2]) * sum(r["duration_s"] for r in index if r["recording_id"].startswith("h")), 1))
PY
)
minutes=$(echo "scale=3; $seconds / 60" | bc)
echo "== machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)), $(free -g | awk '/Mem:/ {print $2}') GiB, $(date -u +%F)"
echo "== library: $count recordings ($copies x the dev set's h*), $seconds s = $minutes min of video, $input_bytes bytes"

run_client() { # output log [options...] -> "wall"; $log.progress: seconds since the start and SOPs published
  local out="$1" log="$2" start end pid; shift 2
  rm -rf "$out" "$log.progress"
  start=$(now)
  "$here/reel2sop" --input="$library" --output="$out" "$@" > "$log" 2>&1 9<&- &
  pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    echo "$(echo "$(now) - $start" | bc) $(find "$out" -mindepth 2 -maxdepth 2 -name sop.json 2>/dev/null | wc -l)" >> "$log.progress"
    sleep 1
  done
  wait "$pid" || true
  end=$(now)
  echo "$end - $start" | bc
}
published_at() { # log -> when the first SOP and half of them were published (seconds since the start)
  awk -v half="$(( (count + 1) / 2 ))" '$2 >= 1 && !f {f = $1} $2 >= half && !h {h = $1}
    END {printf "first SOP published at %.0f s, half of them at %.0f s", f, h}' "$1.progress"
}
rate_line() { # wall -> "N recordings/min, M recording-min per wall-min"
  echo "$(echo "scale=1; $count * 60 / $1" | bc) recordings/min, $(echo "scale=2; $minutes * 60 / $1" | bc) recording-min per wall-min"
}

# The reference: the DirectRunner (2 workers) over the same library
hold
direct_wall=$(run_client "$work/direct" "$work/direct.log")
release
echo "DirectRunner, 2 workers: ${direct_wall} s, $(rate_line "$direct_wall"); $(grep -o 'recordingsProcessed=[0-9]*' "$work/direct.log" | head -1); $(published_at "$work/direct.log")"

compare() { # flink output -> a line saying whether its SOPs are the DirectRunner's
  python3 - "$work/direct" "$1" <<'PY'
import hashlib, json, os, sys
direct, other = sys.argv[1], sys.argv[2]
RUN_FIELDS = ("runner", "createdAt")  # of producedBy: what a run says about itself; the rest must be equal
def sops(root):
    return sorted(d for d in os.listdir(root) if os.path.isfile(os.path.join(root, d, "sop.json")))
def files(folder):
    out = {}
    for base, _, names in os.walk(folder):
        for n in names:
            p = os.path.join(base, n)
            out[os.path.relpath(p, folder)] = open(p, "rb").read()
    return out
def run_fields(sop):
    return [str(sop["producedBy"][f]) for f in RUN_FIELDS]
def without_run_fields(sop):
    sop = json.loads(json.dumps(sop))
    for f in RUN_FIELDS:
        sop["producedBy"][f] = None
    return sop
def differing(a, b, path=""):
    if isinstance(a, dict) and isinstance(b, dict):
        return [d for k in sorted(set(a) | set(b)) for d in differing(a.get(k), b.get(k), f"{path}.{k}")]
    if isinstance(a, list) and isinstance(b, list) and len(a) == len(b):
        return [d for i, (x, y) in enumerate(zip(a, b)) for d in differing(x, y, f"{path}[{i}]")]
    return [] if a == b else [path]
a, b = sops(direct), sops(other)
problems, pngs, texts = [], 0, 0
if a != b:
    problems.append(f"SOP folders differ: {sorted(set(a) ^ set(b))}")
for sop in sorted(set(a) & set(b)):
    fa, fb = files(os.path.join(direct, sop)), files(os.path.join(other, sop))
    ja, jb = json.loads(fa["sop.json"]), json.loads(fb["sop.json"])
    fields = differing(without_run_fields(ja), without_run_fields(jb))
    if fields:
        problems.append(f"{sop}: sop.json differs in {fields[:5]}")
    if set(fa) != set(fb):
        problems.append(f"{sop}: files differ: {sorted(set(fa) ^ set(fb))}")
    for name in sorted(set(fa) & set(fb)):
        x, y = fa[name], fb[name]
        if name.endswith(".png"):
            pngs += 1
        else:
            texts += 1
            # the texts repeat the run fields (the page's "Produced by" line): the other run's become these
            y = y.decode("utf-8")
            for mine, theirs in zip(run_fields(ja), run_fields(jb)):
                y = y.replace(json.dumps(theirs)[1:-1], json.dumps(mine)[1:-1]).replace(theirs, mine)
            y = y.encode("utf-8")
        if x != y:
            problems.append(f"{sop}: {name} differs")
print(f"same SOPs as the DirectRunner: {'yes' if not problems else 'NO'} ({len(b)} SOPs; sop.json equal but for"
      f" producedBy.{'/'.join(RUN_FIELDS)}; {pngs} screenshots byte for byte; {texts} other files byte for byte"
      " once the run fields are the same)")
for p in problems[:20]:
    print("  " + p)
PY
}

job_phases() { # job id, file to keep the job's details in -> per TaskManager: what its slot did when
  curl -fsS "http://localhost:$port/jobs/$1" > "$2"
  python3 - "$2" "http://localhost:$port/jobs/$1/vertices/" <<'PY'
import json, sys, urllib.request
job = json.load(open(sys.argv[1]))
# the vertices that do the work, by the Beam step in their chain
phases = [("chunk tasks", "AnalyzeChunks/Analyze/"), ("stitch, OCR, SOP", "AssembleSops/CollectChunks"),
          ("screenshots", "TakeScreenshots/Take/")]
lines = {}
for label, step in phases:
    for vertex in job["vertices"]:
        if step not in vertex["name"]:
            continue
        detail = json.load(urllib.request.urlopen(sys.argv[2] + vertex["id"]))
        for task in detail["subtasks"]:
            seconds = lambda t: (t - job["start-time"]) / 1000
            lines.setdefault(task.get("taskmanager-id", "?"), []).append(
                f"{label} {seconds(task['start-time']):.1f}-{seconds(task['end-time']):.1f} s"
                f" ({task['metrics']['read-records']} in)")
for manager in sorted(lines):
    print(f"{manager}: " + "; ".join(lines[manager]))
PY
}

declare -A walls jobs
for r in $(seq 1 "$runs"); do
  for n in ${TMS:-1 2}; do
    hold
    started=$(now)
    "$here/runners/flink/start-cluster.sh" "$n" > "$work/start-$n.log" 2>&1 9<&-
    up=$(echo "$(now) - $started" | bc)
    out="$work/flink-$n-$r"
    # the client sets the job's parallelism: without --parallelism Beam's Flink runner takes 1 (it reads no
    # cluster configuration), and every task runs in one slot however many TaskManagers there are
    wall=$(run_client "$out" "$out.log" --runner=FlinkRunner --flinkMaster="localhost:$port" --parallelism="$n")
    job_id=$(curl -fsS "http://localhost:$port/jobs/overview" | python3 -c \
      'import json,sys; print(max(json.load(sys.stdin)["jobs"], key=lambda x: x["start-time"])["jid"])')
    phases=$(job_phases "$job_id" "$out.job.json")
    job=$(python3 -c 'import json,sys; print(round(json.load(open(sys.argv[1]))["duration"] / 1000, 1))' "$out.job.json")
    stats=""
    for pid_file in "$cluster_work"/pids/*.pid; do
      pid=$(cat "$pid_file")
      stats+="$(basename "$pid_file" .pid) $(cpu_seconds "$pid") CPU-s, peak RSS $(( $(proc_field "$pid" VmHWM) / 1024 )) MB; "
    done
    "$here/runners/flink/stop-cluster.sh" > /dev/null 2>&1 9<&-
    release
    walls[$n]+="$wall "; jobs[$n]+="$job "
    echo "run $r, $n TaskManager(s): client ${wall} s, job ${job} s (cluster up in ${up} s): $(rate_line "$wall");" \
      "$(grep -o 'recordingsProcessed=[0-9]*' "$out.log" | head -1)"
    echo "  ${stats% }; $(published_at "$out.log")"
    echo "$phases" | sed 's/^/  /'
    echo "  output $(du -sb "$out" | cut -f1) bytes; $(compare "$out")"
  done
done

for n in ${TMS:-1 2}; do
  # shellcheck disable=SC2086
  m=$(median_of ${walls[$n]}); j=$(median_of ${jobs[$n]})
  echo "$n TaskManager(s), median of $runs: client ${m} s, job ${j} s; $(rate_line "$m")"
done
if [[ -n "${walls[1]:-}" && -n "${walls[2]:-}" ]]; then
  # shellcheck disable=SC2086
  echo "speed-up of 2 TaskManagers over 1 (medians): client $(echo "scale=2; $(median_of ${walls[1]}) / $(median_of ${walls[2]})" | bc)x," \
    "job $(echo "scale=2; $(median_of ${jobs[1]}) / $(median_of ${jobs[2]})" | bc)x"
fi
echo "DirectRunner output: $(du -sb "$work/direct" | cut -f1) bytes for $minutes recording-minutes"

#!/usr/bin/env bash
# Speed and memory benchmark (issue #4), side by side in one run on this machine. Builds long
# narrated recordings by repeating the bundled 31 s sample (each repeat adds a real cut), then
# prints: the decode floor against scene detection alone, FFmpeg's scene filter (time, precision,
# recall), Vosk alone, the do-it-yourself sequence, the pipeline end to end with 1 and 2 workers,
# a backfill of 50 short recordings with 1 and 2 workers, and peak memory for 20 and 60 minutes.
# Section 7 does the same for dense narration (issue #16): the dev set's 12.7-minute long_session and
# a 20-minute recording made of it, with Vosk alone on the same audio and where speech CPU goes;
# BASE=<another checkout> adds that checkout's reel2sop with 2 workers to its rounds. Section 8 is
# section 6 on dense narration: peak memory for 20:10 and 60:28 recordings made of long_session.
# Usage: [RUNS=3] [SECTIONS="1 2 3 4 5 6 7 8"] [DENSE="long twenty"] [BASE=dir] bench/speed.sh [work folder=/tmp/reel2sop-speed]
# (about 50 minutes on 2 cores; section 4 runs rounds of the do-it-yourself sequence, 1 and 2
# workers, section 5 alternates 1 and 2 workers, section 6 the 20 and 60 minute recordings, RUNS
# times each, and all three report medians)
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
work="${1:-/tmp/reel2sop-speed}"
sample="$here/samples/new-lead-walkthrough.mp4"
mkdir -p "$work"
"$here/reel2sop" --help > /dev/null                     # builds the job jar if needed
# the first run after a build also records the class-data archive (see the launcher): do it here
rm -rf "$work/warm-up"; "$here/reel2sop" --input="$sample" --output="$work/warm-up" > /dev/null 2>&1
(cd "$here" && mvn -o -q -B -pl pipeline -am test-compile dependency:build-classpath \
   -Dmdep.outputFile="$work/classpath.txt" -Dmdep.includeScope=test 2>&1 | sed 's/\x1b\[[0-9;]*m//g')
cp="$here/pipeline/target/test-classes:$here/pipeline/target/classes:$here/transforms/target/test-classes:$here/transforms/target/classes:$(cat "$work/classpath.txt")"
# FFmpeg's command line for the do-it-yourself sequence: the system's, or else the one the bytedeco
# FFmpeg jar carries (the same FFmpeg as reel2sop's decoders), next to its libraries
if ! command -v ffmpeg > /dev/null; then
  ffjar=$(tr ':' '\n' < "$work/classpath.txt" | grep -m1 '/ffmpeg-[^/]*-linux-x86_64\.jar$')
  mkdir -p "$work/ffmpeg" "$work/bin"
  (cd "$work/ffmpeg" && unzip -o -q -j "$ffjar" 'org/bytedeco/ffmpeg/linux-x86_64/*' && chmod +x ffmpeg)
  printf '#!/bin/sh\nLD_LIBRARY_PATH="%s" exec "%s/ffmpeg" "$@"\n' "$work/ffmpeg" "$work/ffmpeg" > "$work/bin/ffmpeg"
  chmod +x "$work/bin/ffmpeg"
  export PATH="$work/bin:$PATH"
fi
bench() { java -Xmx2g -cp "$cp" io.reel2sop.bench.BenchTool "$@" 2>/dev/null | tail -n 1; }
field() { sed -n "s/.*$1=\([^ ]*\).*/\1/p"; }
median() { sort -g | awk '{a[NR]=$1} END {print a[int((NR+1)/2)]}'; }
median_of() { printf '%s\n' "$@" | median; }
now() { date +%s.%N; }

repeat_sample() { # copies output
  local list="$work/list-$1.txt"; : > "$list"
  for _ in $(seq 1 "$1"); do echo "file '$sample'" >> "$list"; done
  [[ -f "$2" ]] || ffmpeg -v error -y -f concat -safe 0 -i "$list" -c copy "$2"
}
truth_cuts() { # copies -> true cut times: the sample's four, plus one where each repeat starts
  python3 - "$1" "$here/samples/new-lead-walkthrough.truth.json" <<'PY'
import json, sys
n = int(sys.argv[1]); t = json.load(open(sys.argv[2])); d = t["durationSeconds"]
cuts = [c["time"] for c in t["cuts"]]
print(",".join(f"{i*d + c:.3f}" for i in range(n) for c in ([0.0] if i else []) + cuts))
PY
}
score() { # truth found tolerance -> "precision recall"
  python3 - "$1" "$2" "$3" <<'PY'
import sys
truth = [float(x) for x in sys.argv[1].split(",") if x]; found = [float(x) for x in sys.argv[2].split(",") if x]
tol = float(sys.argv[3]); unused = list(found); tp = 0
for t in truth:
    best = min((f for f in unused if abs(f - t) <= tol), key=lambda f: abs(f - t), default=None)
    if best is not None: unused.remove(best); tp += 1
print(f"{tp / max(1, tp + len(unused)):.3f} {tp / max(1, len(truth)):.3f}")
PY
}
scene_filter() { # file -> "seconds cuts"
  local start end cuts
  start=$(now)
  cuts=$(ffmpeg -hide_banner -threads 1 -i "$1" -an -vf "select='gt(scene,0.3)',metadata=print" -f null - 2>&1 \
    | sed -n 's/.*pts_time:\([0-9.]*\).*/\1/p' | paste -sd, -)
  end=$(now)
  echo "$(echo "$end - $start" | bc) $cuts"
}
run_pipeline() { # input output parallelism [checkout] -> "wall peakRSS_MB liveHeapMB" (live: largest heap after a GC)
  rm -rf "$2"
  local start end peak=0 kb live
  start=$(now)
  JAVA_TOOL_OPTIONS="-Xlog:gc:file=$2.gc.log::filecount=0" "${4:-$here}/reel2sop" --input="$1" --output="$2" --targetParallelism="$3" > "$2.log" 2>&1 &
  local pid=$!
  while kill -0 "$pid" 2>/dev/null; do
    kb=$(sed -n 's/^VmHWM:[[:space:]]*\([0-9]*\).*/\1/p' "/proc/$pid/status" 2>/dev/null || true)
    [[ -n "$kb" && "$kb" -gt "$peak" ]] && peak=$kb
    sleep 0.5
  done
  wait "$pid" || true
  end=$(now)
  live=$(grep -o '[0-9]*M->[0-9]*M' "$2.gc.log" | sed 's/.*->//; s/M//' | sort -n | tail -1)
  echo "$(echo "$end - $start" | bc) $((peak / 1024)) ${live:-0}"
}
work_line() { # a run's Metrics line -> where its work went (ms inside the tasks, summed over the workers)
  local m="$1" ocr assemble
  ocr=$(echo "$m" | field ocrWorkMillis); assemble=$(echo "$m" | field assembleWorkMillis)
  echo "work: scenes $(echo "$m" | field sceneWorkMillis) ms, speech $(echo "$m" | field speechWorkMillis) ms" \
    "(RTF inside the pipeline $(echo "scale=3; $(echo "$m" | field speechWorkMillis) / $(echo "$m" | field audioMillisProcessed)" | bc))," \
    "OCR ${ocr} ms, stitching and alignment $((assemble - ocr)) ms, screenshots $(echo "$m" | field shotWorkMillis) ms," \
    "publishing $(echo "$m" | field writeWorkMillis) ms"
}
want() { [[ " ${SECTIONS:-1 2 3 4 5 6 7 8} " == *" $1 "* ]]; }
runs="${RUNS:-3}"

echo "== machine: $(nproc) cores ($(lscpu | sed -n 's/^Model name:[[:space:]]*//p' | head -1)), $(free -g | awk '/Mem:/ {print $2}') GiB, $(date -u +%F)"
five="$work/five-min.mp4"; repeat_sample 10 "$five"
twenty="$work/twenty-min.mp4"; repeat_sample 39 "$twenty"
sixty="$work/sixty-min.mp4"; repeat_sample 117 "$sixty"

if want 1; then
echo "== 1. floor: decode only vs scene detection alone (5:10 of 720p30, median of 3)"
floor=$(for _ in 1 2 3; do s=$(now); ffmpeg -v error -threads 1 -i "$five" -f null - ; e=$(now); echo "$e - $s" | bc; done | median)
ours=$(for _ in 1 2 3; do bench scenes "$five" | field seconds; done | median)
echo "ffmpeg -threads 1 decode-only ${floor} s; scene detection alone ${ours} s; ratio $(echo "scale=2; $ours / $floor" | bc)"

fi
if want 2; then
echo "== 2. FFmpeg's scene filter vs our detector on the same file (cuts within 0.5 s)"
truth=$(truth_cuts 10)
read -r filter_s filter_cuts <<< "$(scene_filter "$five")"
ours_run=$(bench scenes "$five")
echo "scene filter gt(scene,0.3): ${filter_s} s, precision/recall $(score "$truth" "$filter_cuts" 0.5)"
echo "reel2sop scene detection:   $(echo "$ours_run" | field seconds) s, precision/recall $(score "$truth" "$(echo "$ours_run" | field cuts)" 0.5)"

fi
if want 3; then
echo "== 3. Vosk alone (model load excluded) on 5:10 of narration"
rtf() { echo "scale=3; $(echo "$1" | field seconds) / $(echo "$1" | field audio)" | bc; }
plain=$(bench vosk "$five")
ours_speech=$(bench speech "$five")
echo "plain Vosk over all the audio (ffmpeg | recognizer): $(echo "$plain" | field seconds) s, RTF $(rtf "$plain")"
echo "reel2sop transcription (voiced segments only):       $(echo "$ours_speech" | field seconds) s, RTF $(rtf "$ours_speech")"

fi
if want 4; then
echo "== 4. one 20:09 recording end to end: the do-it-yourself sequence and the pipeline"
# each round runs the do-it-yourself sequence, then reel2sop with 1 and with 2 workers, RUNS times
# (default 3), so drift on a shared machine hits all three alike
diys=(); walls1=(); walls2=()
for r in $(seq 1 "$runs"); do
  read -r diy_filter _ <<< "$(scene_filter "$twenty")"
  diy_speech=$(bench vosk "$twenty" | field seconds)
  diys+=("$(echo "$diy_filter + $diy_speech" | bc)")
  echo "run $r, do it yourself (scene filter ${diy_filter} s, then plain Vosk ${diy_speech} s): ${diys[-1]} s"
  for p in 1 2; do
    read -r wall peak _ <<< "$(run_pipeline "$twenty" "$work/out-20-$p" "$p")"
    if [[ $p == 1 ]]; then walls1+=("$wall"); else walls2+=("$wall"); fi
    metrics=$(grep '^Metrics' "$work/out-20-$p.log")
    echo "run $r, reel2sop, $p worker(s): ${wall} s ($(echo "scale=1; 1209 / $wall" | bc)x real time, $(echo "scale=2; ${diys[-1]} / $wall" | bc)x this round's do-it-yourself), peak RSS ${peak} MB"
    echo "  $(work_line "$metrics")"
  done
done
diy=$(median_of "${diys[@]}")
m1=$(median_of "${walls1[@]}"); m2=$(median_of "${walls2[@]}")
echo "do it yourself, median of $runs: ${diy} s ($(echo "scale=1; 1209 / $diy" | bc)x real time)"
echo "median of $runs: 1 worker ${m1} s ($(echo "scale=1; 1209 / $m1" | bc)x real time), 2 workers ${m2} s ($(echo "scale=1; 1209 / $m2" | bc)x real time, $(echo "scale=2; $diy / $m2" | bc)x the do-it-yourself)"
echo "speed-up of 2 workers over 1 (medians): $(echo "scale=2; $m1 / $m2" | bc)x"

shots=$(python3 -c "import json; print(json.load(open('$work/out-20-1/report.json'))['outcomes'][0]['steps'])")
echo "of which screenshots: $(bench shots "$twenty" "$shots" | field seconds) s for $shots full-resolution screenshots"

fi
if want 5; then
echo "== 5. backfill of 50 recordings of 31 s"
mkdir -p "$work/fifty"
for i in $(seq -w 1 50); do cp -n "$sample" "$work/fifty/r$i.mp4"; done
bf1=(); bf2=()
for r in $(seq 1 "$runs"); do
  for p in 1 2; do
    read -r wall peak _ <<< "$(run_pipeline "$work/fifty" "$work/out-50-$p" "$p")"
    if [[ $p == 1 ]]; then bf1+=("$wall"); else bf2+=("$wall"); fi
    echo "run $r, $p worker(s): ${wall} s, $(echo "scale=1; 50 * 60 / $wall" | bc) recordings per minute, peak RSS ${peak} MB"
  done
done
b1=$(median_of "${bf1[@]}"); b2=$(median_of "${bf2[@]}")
echo "median of $runs: 1 worker $(echo "scale=1; 50 * 60 / $b1" | bc), 2 workers $(echo "scale=1; 50 * 60 / $b2" | bc) recordings per minute"
echo "speed-up of 2 workers over 1 (medians): $(echo "scale=2; $b1 / $b2" | bc)x"

fi
if want 6; then
echo "== 6. peak memory, 20:09 and 60:27 alternating (2 workers)"
rss20=(); rss60=(); live20=(); live60=()
for r in $(seq 1 "$runs"); do
  for len in 20 60; do
    file=$twenty; [[ $len == 60 ]] && file=$sixty
    read -r wall peak live <<< "$(run_pipeline "$file" "$work/out-mem-$len" 2)"
    if [[ $len == 20 ]]; then rss20+=("$peak"); live20+=("$live"); else rss60+=("$peak"); live60+=("$live"); fi
    echo "run $r, $len min: ${wall} s, peak RSS ${peak} MB, largest heap after a GC ${live} MB"
  done
done
p20=$(median_of "${rss20[@]}"); p60=$(median_of "${rss60[@]}")
echo "median peak RSS: 20 min ${p20} MB, 60 min ${p60} MB ($(echo "scale=1; 100 * ($p60 - $p20) / $p20" | bc)%); largest heap after a GC: 20 min $(median_of "${live20[@]}") MB, 60 min $(median_of "${live60[@]}") MB"
fi
long="$here/../shared/dev-set/recordings/long_session/recording.mp4"
dense_recording() { # whole-copies tail-seconds output: long_session that many times, then its first seconds again
  [[ -f "$3" ]] && return
  : > "$3.txt"
  for _ in $(seq 1 "$1"); do echo "file '$long'" >> "$3.txt"; done
  printf "file '%s'\noutpoint %s\n" "$long" "$2" >> "$3.txt"
  ffmpeg -v error -y -f concat -safe 0 -i "$3.txt" -c copy "$3"
}
if want 7; then
echo "== 7. dense narration: the dev set's long_session (12:40) and a 20:10 recording made of it"
dense="$work/dense-twenty.mp4"; dense_recording 1 450 "$dense"   # long_session, then its first 450 s again
for name in ${DENSE:-long twenty}; do
  if [[ $name == long ]]; then file=$long; length=759.6; else file=$dense; length=1209.7; fi
  echo "-- $name: $length s"
  # where transcription's CPU goes, one thread, against Vosk alone over the same 16 kHz audio
  costs=$(java -Xmx2g -cp "$cp" io.reel2sop.speech.SpeechCost "$file" 0 "${WINDOW:-180}" 2>/dev/null | grep '^stage=')
  echo "$costs" | sed 's/^/  /'
  stage() { echo "$costs" | grep "stage=$1 " | field cpu; }
  ours=$(echo "$(stage decode) + $(stage vad) + $(stage dither) + $(stage segments)" | bc)
  echo "  reel2sop's transcription ${ours} CPU-s (decode, find speech, dither, Vosk over the segments) = $(echo "scale=2; $ours / $(stage alone)" | bc)x Vosk alone ($(stage alone) CPU-s)"
  diys=(); walls1=(); walls2=(); walls_base=()
  for r in $(seq 1 "$runs"); do
    read -r diy_filter _ <<< "$(scene_filter "$file")"
    diy_speech=$(bench vosk "$file" | field seconds)
    diys+=("$(echo "$diy_filter + $diy_speech" | bc)")
    echo "run $r, do it yourself (scene filter ${diy_filter} s, then plain Vosk ${diy_speech} s): ${diys[-1]} s"
    for p in ${BASE:+base} 1 2; do
      checkout=$here; [[ $p == base ]] && checkout=$BASE
      read -r wall peak _ <<< "$(run_pipeline "$file" "$work/out-dense-$name-$p" "${p/base/2}" "$checkout")"
      case $p in base) walls_base+=("$wall");; 1) walls1+=("$wall");; 2) walls2+=("$wall");; esac
      what="$p worker(s)"; [[ $p == base ]] && what="$BASE, 2 workers"
      echo "run $r, reel2sop, $what: ${wall} s ($(echo "scale=1; $length / $wall" | bc)x real time, $(echo "scale=2; ${diys[-1]} / $wall" | bc)x this round's do-it-yourself), peak RSS ${peak} MB"
      echo "  $(work_line "$(grep '^Metrics' "$work/out-dense-$name-$p.log")")"
    done
  done
  diy=$(median_of "${diys[@]}"); m1=$(median_of "${walls1[@]}"); m2=$(median_of "${walls2[@]}")
  echo "$name, medians of $runs: do it yourself ${diy} s ($(echo "scale=1; $length / $diy" | bc)x real time);" \
    "reel2sop 1 worker ${m1} s, 2 workers ${m2} s ($(echo "scale=1; $length / $m2" | bc)x real time," \
    "$(echo "scale=2; $diy / $m2" | bc)x the do-it-yourself; 2 workers over 1: $(echo "scale=2; $m1 / $m2" | bc)x)"
  if [[ -n "${BASE:-}" ]]; then
    mb=$(median_of "${walls_base[@]}")
    echo "$name, $BASE with 2 workers: median ${mb} s ($(echo "scale=2; $diy / $mb" | bc)x the do-it-yourself)"
  fi
done
fi
if want 8; then
echo "== 8. peak memory on dense narration: 20:10 and 60:28 made of long_session, alternating (2 workers)"
dense20="$work/dense-twenty.mp4"; dense_recording 1 450 "$dense20"
dense60="$work/dense-sixty.mp4"; dense_recording 4 590 "$dense60"   # three times the 20:10 one
rss20=(); rss60=(); live20=(); live60=()
for r in $(seq 1 "$runs"); do
  for len in 20 60; do
    file=$dense20; [[ $len == 60 ]] && file=$dense60
    read -r wall peak live <<< "$(run_pipeline "$file" "$work/out-dense-mem-$len" 2)"
    if [[ $len == 20 ]]; then rss20+=("$peak"); live20+=("$live"); else rss60+=("$peak"); live60+=("$live"); fi
    echo "run $r, dense $len min: ${wall} s, peak RSS ${peak} MB, largest heap after a GC ${live} MB"
  done
done
p20=$(median_of "${rss20[@]}"); p60=$(median_of "${rss60[@]}")
echo "dense, median peak RSS: 20 min ${p20} MB, 60 min ${p60} MB ($(echo "scale=1; 100 * ($p60 - $p20) / $p20" | bc)%);" \
  "largest heap after a GC: 20 min $(median_of "${live20[@]}") MB, 60 min $(median_of "${live60[@]}") MB"
fi

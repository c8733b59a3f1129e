#!/usr/bin/env bash
# Starts a Flink 1.19 standalone session cluster on this machine for reel2sop: one JobManager and
# N TaskManagers (default 2), each its own JVM, loopback only, from jars Maven resolves.
#   runners/flink/start-cluster.sh [N]      prints the REST address once every slot is up
#   runners/flink/stop-cluster.sh           stops it (by PID) and cleans its scratch files
# REEL2SOP_FLINK_PORT (default 8081) moves the REST port; the RPC and blob ports follow it.
# REEL2SOP_FLINK_SLOTS (default 2) is the task slots per TaskManager.
# State lives in runners/flink/work/: conf/, log/<process>.log, pids/, tmp/.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
repo="$(cd "$here/../.." && pwd)"
taskmanagers="${1:-2}"
work="${REEL2SOP_FLINK_WORK:-$here/work}"
rest_port="${REEL2SOP_FLINK_PORT:-8081}"
slots="${REEL2SOP_FLINK_SLOTS:-2}"
jar="$repo/runners/target/reel2sop.jar"

for pid_file in "$work"/pids/*.pid; do
  if [[ -f "$pid_file" ]] && kill -0 "$(cat "$pid_file")" 2>/dev/null; then
    echo "start-cluster: a cluster is already running ($pid_file); stop it with runners/flink/stop-cluster.sh" >&2
    exit 1
  fi
done
mkdir -p "$work"/{conf,log,pids,tmp}
rm -f "$work"/pids/*.pid

if [[ ! -f "$jar" ]]; then
  echo "start-cluster: building $jar..." >&2
  (cd "$repo" && mvn -q -B -DskipTests package 2>&1 | sed 's/\x1b\[[0-9;]*m//g') >&2
fi
if [[ ! -s "$work/classpath.txt" || "$here/cluster-pom.xml" -nt "$work/classpath.txt" ]]; then
  echo "start-cluster: resolving the Flink 1.19 jars with Maven..." >&2
  mvn -q -B -f "$here/cluster-pom.xml" dependency:build-classpath -Dmdep.outputFile="$work/classpath.txt" 2>&1 \
    | sed 's/\x1b\[[0-9;]*m//g' >&2
fi
# The job jar is on the cluster's classpath too, for the native libraries (see config.yaml).
classpath="$(cat "$work/classpath.txt"):$jar"

sed -e "s|@REST_PORT@|$rest_port|" -e "s|@RPC_PORT@|$((rest_port + 1))|" -e "s|@BLOB_PORT@|$((rest_port + 2))|" \
    -e "s|@PARALLELISM@|$taskmanagers|" -e "s|@SLOTS@|$slots|" -e "s|@TMP_DIR@|$work/tmp|" \
    "$here/config.yaml.template" > "$work/conf/config.yaml"
cp "$here/log4j2.properties" "$work/conf/log4j2.properties"

# Flink's own scripts size each JVM with BashJavaUtils: a JVM flags line, then a -D settings line.
resource_params() {
  java -cp "$classpath" -Dlog4j2.level=OFF org.apache.flink.runtime.util.bash.BashJavaUtils "$1" \
    --configDir "$work/conf" 2>/dev/null | grep '^BASH_JAVA_UTILS_EXEC_RESULT:' | sed 's/^BASH_JAVA_UTILS_EXEC_RESULT://' | tail -n 2
}

start_process() { # name main-class jvm-flags dynamic-settings
  local name="$1" main="$2" jvm="$3" dynamic="$4"
  # shellcheck disable=SC2086
  nohup java $jvm -Djava.io.tmpdir="$work/tmp" -Dlog.file="$work/log/$name.log" \
    -Dlog4j.configurationFile="$work/conf/log4j2.properties" -cp "$classpath" \
    "$main" --configDir "$work/conf" $dynamic > "$work/log/$name.out" 2>&1 &
  echo $! > "$work/pids/$name.pid"
}

overview() { curl -fsS "http://localhost:$rest_port/overview" 2>/dev/null || true; }

wait_until() { # description seconds test-command...
  local what="$1" seconds="$2"; shift 2
  for _ in $(seq 1 $((seconds * 4))); do
    if "$@"; then return 0; fi
    sleep 0.25
  done
  echo "start-cluster: timed out waiting for $what; logs in $work/log" >&2
  "$here/stop-cluster.sh" >&2 || true
  exit 1
}

jm_params="$(resource_params GET_JM_RESOURCE_PARAMS)"
start_process jobmanager org.apache.flink.runtime.entrypoint.StandaloneSessionClusterEntrypoint \
  "$(echo "$jm_params" | head -n 1)" "$(echo "$jm_params" | tail -n 1)"
wait_until "the JobManager's REST endpoint" 90 bash -c "curl -fsS http://localhost:$rest_port/overview >/dev/null 2>&1"

tm_params="$(resource_params GET_TM_RESOURCE_PARAMS)"
for i in $(seq 1 "$taskmanagers"); do
  # A resource id named like its PID file, so a TaskManager seen in the REST API can be found here.
  start_process "taskmanager-$i" org.apache.flink.runtime.taskexecutor.TaskManagerRunner \
    "$(echo "$tm_params" | head -n 1)" "$(echo "$tm_params" | tail -n 1) -D taskmanager.resource-id=taskmanager-$i"
done
slots_up() { [[ "$(overview | sed -n 's/.*"slots-total":\([0-9]*\).*/\1/p')" == "$((taskmanagers * slots))" ]]; }
wait_until "the slots of $taskmanagers TaskManager(s)" 90 slots_up

echo "Flink cluster ready: REST http://localhost:$rest_port ($taskmanagers TaskManagers; logs in $work/log)"
echo "Run on it: ./reel2sop --runner=FlinkRunner --flinkMaster=localhost:$rest_port --input=... --output=..."

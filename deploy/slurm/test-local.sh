#!/usr/bin/env bash
# The Slurm path, run for real on this machine: install slurm-wlm and munge,
# start a one-node cluster on localhost, submit the array over the corpus in
# shards, merge, and compare line for line with one `qingxi clean` of the same
# inputs. Then again with one task killed mid-run: the merge must refuse and
# name that shard, and rerunning that one index must complete the run.
#
#   deploy/slurm/test-local.sh        (from .ci/run, after npm test; needs dist/)
#
# Skips, exit 0, only where Slurm cannot be installed (not root, no apt-get,
# apt-get fails). Environment: QINGXI_CORPUS (default ../shared/corpus/banned-news2,
# else fixtures/), QINGXI_SHARDS (default 8), QINGXI_SLURM_DIR (default
# /tmp/qingxi-slurm: the cluster's state and the runs).
set -euo pipefail
cd "$(dirname "$0")/../.."
repo=$PWD
me=deploy/slurm/test-local.sh
corpus=${QINGXI_CORPUS:-../shared/corpus/banned-news2}
shards=${QINGXI_SHARDS:-8}
work=${QINGXI_SLURM_DIR:-/tmp/qingxi-slurm}
runs=$work/runs

say() { echo "$me: $*"; }
skip() { say "skipped: $*"; exit 0; }
fail() { say "FAIL: $*" >&2; exit 1; }
now() { date +%s.%N; }
seconds() { awk -v a="$1" -v b="$2" 'BEGIN { printf "%.1f", b - a }'; }

# --- Slurm and munge, from Debian -------------------------------------------
have_slurm() { command -v slurmctld && command -v slurmd && command -v sbatch && command -v munged && command -v mungekey; } > /dev/null
[ "$(id -u)" -eq 0 ] || skip "the one-node cluster runs its daemons as root, and this is uid $(id -u)"
if ! have_slurm; then
  command -v apt-get > /dev/null || skip "Slurm is not installed and there is no apt-get to install it"
  mkdir -p "$work"
  say "installing slurm-wlm and munge with apt-get (log: $work/apt.log)"
  export DEBIAN_FRONTEND=noninteractive
  if ! apt-get install -y -q slurm-wlm munge > "$work/apt.log" 2>&1; then
    apt-get update -q >> "$work/apt.log" 2>&1 && apt-get install -y -q slurm-wlm munge >> "$work/apt.log" 2>&1 ||
      skip "apt-get could not install slurm-wlm and munge; see $work/apt.log"
  fi
  have_slurm || skip "slurm-wlm and munge installed, but slurmctld, slurmd, sbatch, munged or mungekey is missing"
fi

# --- the inputs and the single-process reference ----------------------------
if [ ! -d "$corpus" ]; then
  say "no corpus at $corpus; using fixtures/ instead"
  corpus=fixtures
fi
[ -f dist/cli.js ] || npm run -s build
export QINGXI="node $repo/dist/cli.js"
rm -rf "$runs"
mkdir -p "$runs"

start=$(now)
node dist/cli.js clean "$corpus" --quiet > "$runs/single.jsonl" || [ $? -eq 1 ] || fail "the single-process clean failed"
single_wall=$(seconds "$start" "$(now)")
pages=$(wc -l < "$runs/single.jsonl")
say "single process: $pages lines in $single_wall s (qingxi clean, --jobs $(nproc))"

# --- the cluster ------------------------------------------------------------
cluster=$work/cluster
trap 'deploy/slurm/local-cluster.sh stop "$cluster"' EXIT
deploy/slurm/local-cluster.sh start "$cluster"
export SLURM_CONF=$cluster/slurm.conf
cpus=$(sinfo -h -N -o %c | head -n 1)

# Wait until a job has left the queue (polling: sbatch --wait sleeps up to 10 s between looks), then give its state.
finish() {
  local deadline=$((SECONDS + 300))
  while [ -n "$(squeue -h -j "$1" 2> /dev/null)" ]; do
    [ "$SECONDS" -lt "$deadline" ] || fail "job $1 still queued after 300 s"
    sleep 0.2
  done
  scontrol show job "$1" -o | sed -n 's/.*JobState=\([A-Z_]*\).*/\1/p' | head -n 1
}

# The figures each task logged: "qingxi-task: ... 300 inputs, 300 lines in 0.85 s, 353 inputs/s".
task_figures() {
  cat "$1"/log/*_*.out | awk '/^qingxi-task: .* inputs\/s$/ { print $(NF - 3), $(NF - 1) }' | sort -k 2 -n |
    awk '{ n++; t += $1; r[n] = $2 } END { if (n == 0) exit 1
      printf "%d tasks, %.1f task-seconds, %d–%d pages/s per task (median %d)", n, t, r[1], r[n], r[int((n + 1) / 2)] }'
}

# --- run 1: the whole array, then the merge job -----------------------------
run=$runs/full
start=$(now)
read -r array merge < <(deploy/slurm/submit.sh --run "$run" --shards "$shards" --jobs 1 --mem 1G --time 00:10:00 "$corpus") || true
[ -n "${merge:-}" ] || fail "submit.sh did not submit the run"
state=$(finish "$merge")
cluster_wall=$(seconds "$start" "$(now)")
[ "$state" = COMPLETED ] || { cat "$run"/log/*; fail "merge job $merge ended $state"; }
cmp "$run/merged.jsonl" "$runs/single.jsonl" || fail "the merged output differs from the single-process output"
tasks=$(task_figures "$run") || fail "no task logged its figures"
say "cluster run: $shards shards, array job $array, $tasks; submit to merged in $cluster_wall s"
say "cluster run: merged output identical to the single process, $(wc -l < "$run/merged.jsonl") lines"

# --- run 2: a task killed mid-run, then only that index rerun ---------------
killed=$((shards / 2 - 1))
cat > "$runs/slow-qingxi" <<EOF
#!/bin/bash
# Task $killed writes part of its output, then hangs until it is cancelled.
if [ "\${SLURM_ARRAY_TASK_ID:-}" = $killed ]; then
  node "$repo/dist/cli.js" "\$@" | head -n 25
  touch "$runs/task-$killed-running"
  exec sleep 600
fi
exec node "$repo/dist/cli.js" "\$@"
EOF
chmod +x "$runs/slow-qingxi"
run=$runs/killed
read -r array merge < <(QINGXI=$runs/slow-qingxi deploy/slurm/submit.sh --run "$run" --shards "$shards" --jobs 1 --mem 1G --time 00:10:00 "$corpus") || true
[ -n "${merge:-}" ] || fail "submit.sh did not submit the run"
for _ in $(seq 600); do [ -e "$runs/task-$killed-running" ] && break; sleep 0.2; done
[ -e "$runs/task-$killed-running" ] || fail "task $killed never started"
partial=$(cat "$run/out/$(printf 'shard-%04d' "$killed").jsonl".tmp.* | wc -l)
[ "$partial" -eq 25 ] || fail "task $killed should have 25 lines in its temporary output, not $partial"
scancel "${array}_$killed"
state=$(finish "$merge")
[ "$state" = FAILED ] || fail "the merge job ended $state although task $killed was cancelled"
[ ! -e "$run/merged.jsonl" ] || fail "a merged output was written although task $killed was cancelled"
[ ! -e "$run/out/$(printf 'shard-%04d' "$killed").jsonl" ] || fail "the cancelled task left an output for its shard"
grep -q "shard $killed: no output" "$run"/log/merge-*.out || fail "the merge log does not name shard $killed"
grep -q "rerun array indices $killed," "$run"/log/merge-*.out || fail "the merge log does not ask for index $killed alone"
say "killed run: task ${array}_$killed cancelled mid-run, $partial lines into its shard; the merge refused: $(grep -h "shard $killed:" "$run"/log/merge-*.out)"

read -r array merge < <(deploy/slurm/submit.sh --rerun "$run" --jobs 1 --mem 1G --time 00:10:00 2> "$runs/rerun.log") || true
[ -n "${merge:-}" ] || { cat "$runs/rerun.log"; fail "submit.sh --rerun did not submit"; }
grep -q "tasks $killed," "$runs/rerun.log" || { cat "$runs/rerun.log"; fail "the rerun did not submit index $killed alone"; }
state=$(finish "$merge")
[ "$state" = COMPLETED ] || { cat "$run"/log/*; fail "the merge after the rerun ended $state"; }
cmp "$run/merged.jsonl" "$runs/single.jsonl" || fail "after the rerun, the merged output differs from the single-process output"
say "killed run: rerunning index $killed alone (array job $array) completed it; merged output identical to the single process"

say "PASS: $pages pages, $shards shards on 1 node with $cpus CPUs; single process $single_wall s, cluster $cluster_wall s"

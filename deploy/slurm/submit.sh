#!/usr/bin/env bash
# Shard a qingxi run and submit it to Slurm: one array task per shard, then a
# merge job that runs when they are all done and checks that every input has
# exactly one output line.
#
#   deploy/slurm/submit.sh --run DIR [--shards N] [--jobs J] [--mem M] [--time T] [--wait] INPUT...
#   deploy/slurm/submit.sh --rerun DIR [--jobs J] [--mem M] [--time T] [--wait]
#
#   --run DIR     a new directory for the shards, their outputs (DIR/out), the
#                 logs (DIR/log) and the merged result (DIR/merged.jsonl)
#   --shards N    array tasks, one shard each (default 8; Slurm's MaxArraySize caps it, 1001 by default)
#   --jobs J      CPUs per task, and qingxi worker threads in it (default 2)
#   --mem M       memory per task (default 2G)
#   --time T      time limit per task (default 01:00:00)
#   --wait        wait for the merge and exit with its status
#   --rerun DIR   resubmit only the tasks whose shard output is missing or
#                 incomplete (a killed or failed task), then the merge again
#
# INPUT: files, directories, globs or .jsonl files, as for qingxi shard.
# Prints the two job ids on stdout: the array job (- when none) and the merge job.
# Environment: QINGXI, the command that runs qingxi (default: qingxi; e.g.
# "node /opt/qingxi/dist/cli.js"); SBATCH_PARTITION, SBATCH_ACCOUNT and the
# other SBATCH_* variables sbatch reads itself.
set -euo pipefail

here=$(cd "$(dirname "$0")" && pwd)
read -r -a qingxi <<< "${QINGXI:-qingxi}"
run= rerun= shards=8 jobs=2 mem=2G time=01:00:00 wait=()
inputs=()
while [ $# -gt 0 ]; do
  case $1 in
    --run) run=$2; shift 2 ;;
    --rerun) run=$2; rerun=1; shift 2 ;;
    --shards) shards=$2; shift 2 ;;
    --jobs) jobs=$2; shift 2 ;;
    --mem) mem=$2; shift 2 ;;
    --time) time=$2; shift 2 ;;
    --wait) wait=(--wait); shift ;;
    -h|--help) sed -n '2,/^set -e/p' "$0" | sed '$d; s/^# \{0,1\}//'; exit 0 ;;
    --) shift; inputs+=("$@"); break ;;
    -*) echo "submit.sh: unknown option $1 (see --help)" >&2; exit 2 ;;
    *) inputs+=("$1"); shift ;;
  esac
done
[ -n "$run" ] || { echo "submit.sh: give --run DIR (or --rerun DIR)" >&2; exit 2; }

if [ -z "$rerun" ]; then
  [ ${#inputs[@]} -gt 0 ] || { echo "submit.sh: no inputs" >&2; exit 2; }
  "${qingxi[@]}" shard "${inputs[@]}" --shards "$shards" --out "$run"
  array=0-$((shards - 1))
else
  # merge --check names the indices to rerun; an empty list means only the merge is left.
  report=$("${qingxi[@]}" merge --check "$run" 2>&1) && status=0 || status=$?
  [ "$status" -le 1 ] || { echo "$report" >&2; exit "$status"; }
  array=$(sed -n 's/.*rerun array indices \([0-9,]*\),.*/\1/p' <<< "$report")
  if [ "$status" -eq 1 ] && [ -z "$array" ]; then echo "$report" >&2; echo "submit.sh: rerunning tasks will not fix this; shard again" >&2; exit 1; fi
fi
run=$(cd "$run" && pwd)
mkdir -p "$run/log"

dependency=() job=-
if [ -n "$array" ]; then
  job=$(sbatch --parsable --job-name=qingxi --array="$array" --cpus-per-task="$jobs" --mem="$mem" --time="$time" \
    --output="$run/log/%A_%a.out" "$here/qingxi-array.sbatch" "$run")
  job=${job%%;*}
  dependency=(--dependency="afterany:$job")
  echo "submit.sh: array job $job, tasks $array, $jobs CPUs and $mem each, time limit $time" >&2
fi
merge=$(sbatch --parsable "${wait[@]}" "${dependency[@]}" --job-name=qingxi-merge --time="$time" \
  --output="$run/log/merge-%j.out" "$here/qingxi-merge.sbatch" "$run") && status=0 || status=$?
merge=${merge%%;*}
echo "submit.sh: merge job $merge writes $run/merged.jsonl; if a task fails: $0 --rerun $run" >&2
echo "$job $merge"
exit "$status"

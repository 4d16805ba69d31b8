#!/usr/bin/env bash
# A single-node Slurm cluster on localhost, for trying the array scripts and
# for the test: its own munge key and socket, its own slurm.conf, ports and
# state under DIR, nothing in /etc touched. Needs root and Debian's slurm-wlm
# and munge packages (slurmctld, slurmd, sbatch, munged).
#
#   deploy/slurm/local-cluster.sh start [DIR]   start munged, slurmctld and slurmd; wait for the node
#   deploy/slurm/local-cluster.sh stop [DIR]    stop them
#   export SLURM_CONF=DIR/slurm.conf            then sbatch, squeue, sinfo talk to it
#
# DIR defaults to /tmp/qingxi-slurm. QINGXI_SLURM_PORT (default 16817) is the
# controller's port; slurmd listens on the next one.
#
# No systemd and no cgroups in a container: the daemons are started directly,
# processes are tracked through /proc (proctrack/linuxproc) and tasks are not
# bound to CPUs (task/none).
set -euo pipefail

command=${1:?usage: local-cluster.sh start|stop [DIR]}
dir=${2:-/tmp/qingxi-slurm}
port=${QINGXI_SLURM_PORT:-16817}
node=localhost

say() { echo "local-cluster: $*" >&2; }

# Whether a pid file names a live process (a zombie is not: nothing reaps daemons here).
alive() {
  local pid
  pid=$(cat "$1" 2>/dev/null) || return 1
  [ -n "$pid" ] && [ -r "/proc/$pid/stat" ] && [ "$(awk '{ print $3 }' "/proc/$pid/stat")" != Z ]
}

stop() {
  local name pidfile
  for name in slurmd slurmctld munged; do
    pidfile=$dir/run/$name.pid
    alive "$pidfile" || continue
    kill "$(cat "$pidfile")"
    for _ in $(seq 50); do alive "$pidfile" || break; sleep 0.1; done
    if alive "$pidfile"; then kill -9 "$(cat "$pidfile")"; fi
    rm -f "$pidfile"
  done
}

start_munge() {
  mkdir -p "$dir/run" "$dir/munge"
  chmod 755 "$dir" "$dir/run"
  chmod 700 "$dir/munge"
  [ -f "$dir/munge/munge.key" ] || mungekey --create --keyfile="$dir/munge/munge.key"
  munged --socket="$dir/run/munge.sock" --key-file="$dir/munge/munge.key" --pid-file="$dir/run/munged.pid" \
    --log-file="$dir/munge/munged.log" --seed-file="$dir/munge/munged.seed"
  munge -S "$dir/run/munge.sock" -n | unmunge -S "$dir/run/munge.sock" > /dev/null
}

write_conf() {
  # The node's real CPUs and memory, as slurmd sees them; named localhost.
  local hardware
  hardware=$(slurmd -C | head -n 1 | sed 's/^NodeName=[^ ]*//')
  cat > "$dir/slurm.conf" <<CONF
# Written by deploy/slurm/local-cluster.sh: one node, this machine.
ClusterName=qingxi
SlurmctldHost=$node(127.0.0.1)
SlurmctldPort=$port
SlurmdPort=$((port + 1))
SlurmUser=root
SlurmdUser=root
AuthType=auth/munge
CredType=cred/munge
AuthInfo=socket=$dir/run/munge.sock
StateSaveLocation=$dir/state
SlurmdSpoolDir=$dir/spool
SlurmctldPidFile=$dir/run/slurmctld.pid
SlurmdPidFile=$dir/run/slurmd.pid
SlurmctldLogFile=$dir/log/slurmctld.log
SlurmdLogFile=$dir/log/slurmd.log
ProctrackType=proctrack/linuxproc
TaskPlugin=task/none
JobAcctGatherType=jobacct_gather/none
AccountingStorageType=accounting_storage/none
MpiDefault=none
SelectType=select/cons_tres
SelectTypeParameters=CR_Core_Memory
DefMemPerCPU=1024
# Start queued tasks as soon as resources free up, not after a 3 s batching delay.
SchedulerParameters=batch_sched_delay=0
ReturnToService=2
MinJobAge=600
NodeName=$node NodeAddr=127.0.0.1$hardware State=UNKNOWN
PartitionName=local Nodes=$node Default=YES MaxTime=INFINITE State=UP
CONF
}

start() {
  stop
  # A fresh controller state each time: no jobs left over from an earlier run.
  rm -rf "$dir/state" "$dir/spool" "$dir/log"
  mkdir -p "$dir/state" "$dir/spool" "$dir/log"
  start_munge
  write_conf
  export SLURM_CONF=$dir/slurm.conf
  slurmctld -i
  slurmd -N "$node"
  for _ in $(seq 120); do
    if [ "$(sinfo -h -N -n "$node" -o %t 2>/dev/null)" = idle ]; then
      say "node $node is idle: export SLURM_CONF=$SLURM_CONF"
      return 0
    fi
    sleep 0.5
  done
  say "the node did not come up; see $dir/log/slurmctld.log and $dir/log/slurmd.log"
  tail -n 20 "$dir/log/slurmctld.log" "$dir/log/slurmd.log" >&2 || true
  return 1
}

case $command in
  start) start ;;
  stop) stop ;;
  *) echo "usage: local-cluster.sh start|stop [DIR]" >&2; exit 2 ;;
esac

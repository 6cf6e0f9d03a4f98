#!/usr/bin/env bash
# Start-up of the published command, whole process: `accountability evaluate` of one example
# against `accountability --version`, both timed in the same run, alternately, so that the ratio
# holds on a loaded machine. Publishes the command three times into a temporary folder: as shipped by
# `dotnet publish src/Accountability.Rules.Cli -c Release` (natively compiled on linux-x64: `native`),
# as shipped before (ReadyToRun: `r2r`) and JIT-compiled (`jit`, the portable build), then prints the
# median wall and CPU (user + system) seconds of each command and the ratios. The native command
# starts in milliseconds, below /usr/bin/time's resolution (10 ms), so each run is timed by bash's
# own clock (EPOCHREALTIME) and its CPU read from the process's rusage (times).
#
#   bash bench/startup.sh [runs]      (default 15 runs of each command)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs="${1:-15}"
case="examples/yibin-2020/larger-loss.yaml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish src/Accountability.Rules.Cli -c Release -o "$work/native" > "$work/publish.out" 2>&1 || { cat "$work/publish.out" >&2; exit 1; }
dotnet publish src/Accountability.Rules.Cli -c Release -p:PublishAot=false -p:PublishReadyToRun=true -o "$work/r2r" > "$work/publish.out" 2>&1 || { cat "$work/publish.out" >&2; exit 1; }
dotnet publish src/Accountability.Rules.Cli -c Release -p:PublishAot=false -o "$work/jit" > "$work/publish.out" 2>&1 || { cat "$work/publish.out" >&2; exit 1; }
builds=(native r2r jit)

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# time_one <label> <command...>: appends "<wall> <cpu>" seconds of one run to $work/<label>: the wall
# clock around the command, and the user + system time of the subshell's children (the command) from
# bash's `times` (written to a file: a pipeline would run it in another process).
time_one() {
  local label="$1"; shift
  (
    start=$EPOCHREALTIME
    "$@" > /dev/null 2>&1
    end=$EPOCHREALTIME
    times > "$work/times"
    tail -n 1 "$work/times" | awk -v s="$start" -v e="$end" '{
      split($1, u, /[ms]/); split($2, y, /[ms]/)
      printf "%.4f %.4f\n", e - s, u[1] * 60 + u[2] + y[1] * 60 + y[2] }'
  ) >> "$work/$label"
}

for build in "${builds[@]}"; do
  "$work/$build/accountability" --version > /dev/null # warm the file cache
  "$work/$build/accountability" evaluate "$case" > /dev/null
done
for _ in $(seq "$runs"); do
  for build in "${builds[@]}"; do
    time_one "$build-version" "$work/$build/accountability" --version
    time_one "$build-evaluate" "$work/$build/accountability" evaluate "$case"
  done
done

printf '%-6s %-52s %8s %8s\n' build command "wall s" "cpu s"
for build in "${builds[@]}"; do
  for command in version evaluate; do
    wall="$(cut -d' ' -f1 "$work/$build-$command" | median)"
    cpu="$(cut -d' ' -f2 "$work/$build-$command" | median)"
    echo "$wall $cpu" > "$work/$build-$command.median"
    printf '%-6s %-52s %8.4f %8.4f\n' "$build" "$([ "$command" = version ] && echo "--version" || echo "evaluate $case")" "$wall" "$cpu"
  done
done
for build in "${builds[@]}"; do
  read -r ew ec < "$work/$build-evaluate.median"
  read -r vw vc < "$work/$build-version.median"
  awk -v b="$build" -v ew="$ew" -v vw="$vw" -v ec="$ec" -v vc="$vc" \
    'BEGIN { printf "%-6s evaluate / --version: wall %.1fx, cpu %.1fx (target: within 3x)\n", b, ew / vw, ec / vc }'
done

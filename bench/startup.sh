#!/usr/bin/env bash
# Start-up of the published command, whole process: `accountability evaluate` of one example
# against `accountability --version`, both timed in the same run, alternately, so that the ratio
# holds on a loaded machine. Publishes the command twice into a temporary folder: as shipped by
# `dotnet publish src/Accountability.Rules.Cli -c Release` (ReadyToRun on linux-x64), and without
# ReadyToRun (-p:PublishReadyToRun=false, as before), then prints the median wall and CPU (user +
# system) seconds of each command and the ratios.
#
#   bash bench/startup.sh [runs]      (default 15 runs of each command; needs /usr/bin/time)
set -euo pipefail
cd "$(dirname "${BASH_SOURCE[0]}")/.."
export DOTNET_CLI_TELEMETRY_OPTOUT=1 DOTNET_NOLOGO=1
runs="${1:-15}"
case="examples/yibin-2020/larger-loss.yaml"
work="$(mktemp -d)"
trap 'rm -rf "$work"' EXIT

dotnet publish src/Accountability.Rules.Cli -c Release -o "$work/r2r" > "$work/publish.out" 2>&1 || { cat "$work/publish.out" >&2; exit 1; }
dotnet publish src/Accountability.Rules.Cli -c Release -p:PublishReadyToRun=false -o "$work/jit" > "$work/publish.out" 2>&1 || { cat "$work/publish.out" >&2; exit 1; }

median() { sort -g | awk '{ v[NR] = $1 } END { print (NR % 2) ? v[(NR + 1) / 2] : (v[NR / 2] + v[NR / 2 + 1]) / 2 }'; }

# time_one <label> <command...>: appends "<wall> <cpu>" of one run to $work/<label>
time_one() {
  local label="$1"; shift
  /usr/bin/time -f '%e %U %S' -o "$work/one" "$@" > /dev/null 2>&1
  awk '{ printf "%s %.2f\n", $1, $2 + $3 }' "$work/one" >> "$work/$label"
}

for build in jit r2r; do
  "$work/$build/accountability" --version > /dev/null # warm the file cache
  "$work/$build/accountability" evaluate "$case" > /dev/null
done
for _ in $(seq "$runs"); do
  for build in jit r2r; do
    time_one "$build-version" "$work/$build/accountability" --version
    time_one "$build-evaluate" "$work/$build/accountability" evaluate "$case"
  done
done

printf '%-5s %-52s %8s %8s\n' build command "wall s" "cpu s"
for build in jit r2r; do
  for command in version evaluate; do
    wall="$(cut -d' ' -f1 "$work/$build-$command" | median)"
    cpu="$(cut -d' ' -f2 "$work/$build-$command" | median)"
    echo "$wall $cpu" > "$work/$build-$command.median"
    printf '%-5s %-52s %8s %8s\n' "$build" "$([ "$command" = version ] && echo "--version" || echo "evaluate $case")" "$wall" "$cpu"
  done
done
for build in jit r2r; do
  read -r ew ec < "$work/$build-evaluate.median"
  read -r vw vc < "$work/$build-version.median"
  awk -v b="$build" -v ew="$ew" -v vw="$vw" -v ec="$ec" -v vc="$vc" \
    'BEGIN { printf "%-5s evaluate / --version: wall %.1fx, cpu %.1fx (target: within 3x)\n", b, ew / vw, ec / vc }'
done

#!/usr/bin/env bash
# The batch harness: generates N realistic cases as JSON Lines and evaluates them end to end with
# the command as published (`dotnet publish src/Accountability.Rules.Cli -c Release`, natively
# compiled on linux-x64, what `dotnet tool install` gives), 'accountability evaluate --batch FILE --out FILE',
# reporting cases per second and the peak memory (maximum resident set size) of the process.
# Usage: bench/batch.sh [N=1000000] [engine=compiled|nrules] [ruleset-id]   (see bench/README.md)
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-1000000}"
engine="${2:-compiled}"
ruleset="${3:-}"
work="${BATCH_WORK:-${TMPDIR:-/tmp}/accountability-batch}"
mkdir -p "$work"
input="$work/cases-$count${ruleset:+-$ruleset}.jsonl"
output="$work/results-$count-$engine.jsonl"

dotnet build -c Release -v q -nologo bench/Accountability.Rules.BatchHarness >/dev/null
dotnet publish src/Accountability.Rules.Cli -c Release -v q -nologo -o "$work/tool" >/dev/null
if [[ ! -s "$input" ]]; then
  dotnet bench/Accountability.Rules.BatchHarness/bin/Release/net10.0/Accountability.Rules.BatchHarness.dll generate "$count" "$input" $ruleset
fi

echo "input: $input ($(du -h "$input" | cut -f1)), engine $engine, $(nproc) processors, load average $(cut -d' ' -f1-3 /proc/loadavg)"
# A new output file each run: truncating the last run's rows (7.5 GB for a million) is the kernel's work, not the batch's.
rm -f "$output"
set +e
/usr/bin/time -f '%e %M %U %S' -o "$work/time.txt" \
  "$work/tool/accountability" evaluate --batch "$input" --out "$output" --engine "$engine"
status=$?
set -e
read -r seconds peak_kb user system < <(tail -1 "$work/time.txt")
rows=$(wc -l < "$output")
# The processor seconds (user + system, every thread) beside the wall time: on a shared machine the wall time of the
# same work varies with what else runs, and the processor time shows whether the work itself changed.
awk -v rows="$rows" -v s="$seconds" -v kb="$peak_kb" -v user="$user" -v sys="$system" -v status="$status" 'BEGIN {
  printf "batch: %d rows in %.1f s wall = %.0f cases/s; %.1f s of processor time (user %.1f, system %.1f); peak memory (max RSS) %.0f MiB; exit %d\n", rows, s, rows / s, user + sys, user, sys, kb / 1024, status }'

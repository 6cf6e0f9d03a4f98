#!/usr/bin/env bash
# Instructions inside CaseEvaluator.Evaluate, counted by valgrind's callgrind on the natively compiled command over N
# generated cases (bench/batch.sh's generator): a measure of the engine and the projection that the machine's load
# does not move, for changes of a few per cent that wall and processor times cannot tell apart (bench/README.md,
# "After the twenty-second session's work"). Prints the instructions in all, and those outside the garbage collector:
# the collector's work lands in whichever thread allocates when a collection is due (the batch reads cases on
# another), so that share moves from run to run; compare builds by the second figure.
# Needs valgrind and binutils (apt-get install valgrind binutils); not part of CI.
# Usage: bench/instructions.sh [N=5000] [ruleset-id]
#   TOOL=path/to/accountability bench/instructions.sh ...   counts that build (natively compiled, with its symbols)
#   instead of publishing the working tree; keep such a build for an A/B of two commits.
#   INPUT=cases.jsonl bench/instructions.sh                  counts those cases instead of generated ones.
set -euo pipefail
cd "$(dirname "$0")/.."
count="${1:-5000}"
ruleset="${2:-}"
work="${BATCH_WORK:-${TMPDIR:-/tmp}/accountability-batch}"
mkdir -p "$work"
for needed in valgrind callgrind_annotate objcopy; do
  command -v "$needed" >/dev/null || { echo "instructions.sh: '$needed' is needed (apt-get install valgrind binutils)" >&2; exit 2; }
done

input="${INPUT:-$work/cases-$count${ruleset:+-$ruleset}.jsonl}"
if [[ ! -s "$input" ]]; then
  dotnet build -c Release -v q -nologo bench/Accountability.Rules.BatchHarness >/dev/null
  dotnet bench/Accountability.Rules.BatchHarness/bin/Release/net10.0/Accountability.Rules.BatchHarness.dll generate "$count" "$input" $ruleset
fi

tool="${TOOL:-}"
if [[ -z "$tool" ]]; then
  out="$work/instructions-tool"
  # Symbols kept, so that callgrind can name the functions; the native link of another publish (bench/batch.sh
  # strips them) is not reused.
  rm -rf src/Accountability.Rules.Cli/obj/Release/net10.0/linux-x64/native
  dotnet publish src/Accountability.Rules.Cli -c Release -r linux-x64 -p:StripSymbols=false -v q -nologo -o "$out" >/dev/null
  # valgrind cannot read the debugging information the native linker writes; the symbol table is enough.
  objcopy --strip-debug "$out/accountability" "$out/accountability-symbols"
  tool="$out/accountability-symbols"
fi

profile="$work/instructions.callgrind"
rm -f "$profile" "$work/instructions-results.jsonl"
# valgrind cannot run the server collector the command is published with: the workstation collector instead.
status=0
DOTNET_gcServer=0 valgrind --tool=callgrind --callgrind-out-file="$profile" --toggle-collect='*CaseEvaluator__Evaluate*' \
  "$tool" evaluate --batch "$input" --out "$work/instructions-results.jsonl" 2> "$work/instructions-valgrind.txt" || status=$?
if [[ ! -s "$profile" || ! -s "$work/instructions-results.jsonl" ]]; then
  echo "instructions.sh: the command did not run under valgrind (exit $status); see $work/instructions-valgrind.txt" >&2
  exit 1
fi

echo "input: $input, tool: $tool (exit $status: 1 when the input has error rows, as generated inputs do)"
callgrind_annotate --threshold=100 "$profile" | awk -v cases="$(wc -l < "$input")" '
  /^Ir +file:function/ { listed = 1; next }
  listed && /^ *[0-9,]+ / {
    n = $1; gsub(",", "", n)
    if ($0 ~ /WKS::|gc_heap|GCHeap|GcAlloc|RhpNew|memset/) collector += n; else rest += n
  }
  END {
    printf "instructions inside CaseEvaluator.Evaluate, %d cases: %.1f M in all (%.0f per case); outside the collector %.1f M (%.0f per case)\n",
      cases, (rest + collector) / 1e6, (rest + collector) / cases, rest / 1e6, rest / cases
  }'

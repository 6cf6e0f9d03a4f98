#!/usr/bin/env bash
# One benchmark row of two builds in alternating runs pinned to one core: the working tree against a base commit
# (built from a git worktree), for changes of a few per cent that BenchmarkDotNet runs minutes apart cannot tell from
# the machine's changes of speed (bench/README.md, "After the twenty-ninth session's work"). Each run is the row's
# `--loop` (its setup, then the row N times, the second half timed); the runs alternate base, change, base, change…
# on the same core, so that both builds meet the same spells of a slow host. Prints every pair, each build's median and
# least time, and the median of the pairs' ratios (change / base: below 1 is faster). Not part of CI.
# Usage: bench/pairs.sh <base-commit> [pairs=10] [row=EngineComparisonBenchmark.Evaluate] [calls=150000]
#   CORE=0 bench/pairs.sh ...   pins the runs to another core (the default, 1, is the quieter of this machine's two).
set -euo pipefail
cd "$(dirname "$0")/.."
base="${1:?usage: bench/pairs.sh <base-commit> [pairs] [row] [calls]}"
pairs="${2:-10}"
row="${3:-EngineComparisonBenchmark.Evaluate}"
calls="${4:-150000}"
core="${CORE:-1}"
work="${PAIRS_WORK:-${TMPDIR:-/tmp}/accountability-pairs}"
command -v taskset >/dev/null || { echo "pairs.sh: 'taskset' is needed (apt-get install util-linux)" >&2; exit 2; }

rm -rf "$work"
mkdir -p "$work"
git worktree add -q --detach "$work/base-tree" "$base"
trap 'git worktree remove --force "$work/base-tree" >/dev/null 2>&1 || true' EXIT
# Each build inside its own tree: the benchmarks find the rulesets by walking up from where they run.
project=bench/Accountability.Rules.Benchmarks
declare -A builds
builds=(["base"]="$work/base-tree/$project/bin/pairs" ["change"]="$PWD/$project/bin/pairs")
(cd "$work/base-tree" && dotnet build -c Release -v q -nologo "$project" -o "${builds[base]}" >/dev/null)
dotnet build -c Release -v q -nologo "$project" -o "${builds[change]}" >/dev/null

# The time a call of one run: "<row>: 8.83 us and 2480 B per call, ..." (µs).
run() {
  (cd "${builds[$1]}" && taskset -c "$core" dotnet Accountability.Rules.Benchmarks.dll --loop "$row" "$calls" 2>&1 >/dev/null) \
    | tail -1 | sed -n 's/.*: \([0-9.]*\) us and.*/\1/p'
}

: > "$work/pairs.txt"
for _ in $(seq "$pairs"); do
  echo "$(run base) $(run change)" | tee -a "$work/pairs.txt"
done

awk '
  BEGIN { n = 0 }
  NF == 2 && $1 > 0 { base[n] = $1; change[n] = $2; ratio[n] = $2 / $1; n++ }
  function median(a,   i, j, t, m) {
    for (i = 0; i < n; i++) { s[i] = a[i] }
    for (i = 1; i < n; i++) { t = s[i]; for (j = i - 1; j >= 0 && s[j] > t; j--) { s[j + 1] = s[j] } s[j + 1] = t }
    m = (n % 2) ? s[(n - 1) / 2] : (s[n / 2 - 1] + s[n / 2]) / 2
    return m
  }
  function least(a,   i, m) { m = a[0]; for (i = 1; i < n; i++) { if (a[i] < m) { m = a[i] } } return m }
  END {
    if (n == 0) { print "pairs.sh: no run gave a time" > "/dev/stderr"; exit 1 }
    printf "base: median %.2f us, least %.2f us; change: median %.2f us, least %.2f us; median ratio %.3f (%d pairs)\n",
      median(base), least(base), median(change), least(change), median(ratio), n
  }' "$work/pairs.txt"

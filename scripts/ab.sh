#!/usr/bin/env bash
# Same-moment comparison of the solver: the code at REF (a commit, branch or tag) against this checkout, on the same
# benchmark instances, one warm JVM per version, each instance run on both back to back (REF first, then this; the
# next round this first), so a moment when the machine runs slowly weighs on both alike; twice over with new JVMs,
# since what the JIT compiles differs from one JVM to the next. The benchmark machine's pace
# moved its times by up to 1.5x between sessions (docs/benchmarks.md), more than most changes to the solver; a full
# `./toplaag bench --compare` across sessions cannot tell them apart (its pace probe says how much the machine's pace
# moved, not what the code did), this can.
#
#   scripts/ab.sh REF [PREFIXES]      e.g. scripts/ab.sh HEAD~1   or   scripts/ab.sh main g1006,g1053
#
# PREFIXES: benchmark instance names (seed 1000) to run, comma-separated; by default the nine that take 0.1-3 s.
# AB_JVMS (2 pairs of JVMs), AB_ROUNDS (3 timed runs per instance, version and JVM), AB_WARMUP (2 rounds before
# them), AB_WORKERS (2) and AB_LIMIT_MS (each run's time limit, 10000) tune it; about 4 minutes by default.
# AB_JAVA_OPTS_REF and AB_JAVA_OPTS add JVM options (after the launcher's serial collector) to REF's JVMs and to this
# checkout's: with REF = HEAD and a clean checkout, the same code compares JVM settings, e.g.
# AB_JAVA_OPTS="-Xms1g -Xmn512m" scripts/ab.sh HEAD.
# REF's solver (configurator-core, catalog) is compiled offline in a temporary worktree; the instances and the runner
# are this checkout's, so REF must keep the configurator's public entry points.
# Prints a Markdown table (median and range per version, the ratios of their fastest runs, the steadier measure, and
# of their medians, the results) and exits 1 where two runs proved different optima. The same code against itself
# read 0.94-1.04 on the fastest runs of the nine default roofs, 0.85-1.39 on the medians.
set -euo pipefail
here="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
ref="${1:?usage: scripts/ab.sh REF [PREFIXES]}"
ids="${2:-g1002,g1004,g1006,g1015,g1031,g1049,g1050,g1053,g1057}"
jvms="${AB_JVMS:-2}"
rounds="${AB_ROUNDS:-3}"
warmup="${AB_WARMUP:-2}"
workers="${AB_WORKERS:-2}"
"$here/toplaag" --version > /dev/null # builds this checkout on first use or after a change
classpath="$(cat "$here/cli/target/toplaag.classpath")"
tmp="$(mktemp -d)"
cleanup() {
  git -C "$here" worktree remove --force "$tmp/ref" > /dev/null 2>&1 || true
  rm -rf "$tmp"
}
trap cleanup EXIT
git -C "$here" worktree add --detach -q "$tmp/ref" "$ref"
refName="base-$(git -C "$tmp/ref" rev-parse --short HEAD)"
changed="$([[ -z "$(git -C "$here" status --porcelain)" ]] || echo '+changes')"
hereName="this-$(git -C "$here" rev-parse --short HEAD)$changed"
echo "ab: compiling $ref ($refName) ..." >&2
(cd "$tmp/ref" && mvn -B -q -o -DskipTests compile -pl configurator-core,catalog -am >&2)
# the runner and the instances from this checkout's bench module, the solver from each version
refPath=""
IFS=':' read -r -a entries <<< "$classpath"
for e in "${entries[@]}"; do
  if [[ "$e" == "$here/configurator-core/target/classes" || "$e" == "$here/catalog/target/classes" ]]; then
    e="$tmp/ref/${e#"$here/"}"
  fi
  refPath="${refPath:+$refPath:}$e"
done
bench="$here/bench/target/classes"
echo "Same-moment comparison: $refName ($ref) against $hereName, $jvms pairs of JVMs, each $rounds rounds after" \
  "$warmup to warm up, $workers workers, $(nproc) processors"
if [[ -n "${AB_JAVA_OPTS_REF:-}${AB_JAVA_OPTS:-}" ]]; then
  echo "JVM options besides the serial collector: $refName '${AB_JAVA_OPTS_REF:-}', $hereName '${AB_JAVA_OPTS:-}'"
fi
echo
java -XX:+UseSerialGC -cp "$bench:$classpath" nl.toplaag.bench.SideBySide --a "$refName" "$bench:$refPath" \
  --b "$hereName" "$bench:$classpath" --ids "$ids" --jvms "$jvms" --rounds "$rounds" --warmup "$warmup" \
  --workers "$workers" --limit-ms "${AB_LIMIT_MS:-10000}" --a-jvm "${AB_JAVA_OPTS_REF:-}" --b-jvm "${AB_JAVA_OPTS:-}"

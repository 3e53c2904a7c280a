#!/usr/bin/env bash
# Regeneration matrix: regenerates neon-generated from several published versions of Neon's spec
# (npm @neondatabase/api-client), compiles it and runs its unit tests, one version after the other.
#
#   scripts/regeneration-matrix.sh [VERSION...]        default: 1.10.0 2.0.0 2.7.3
#
# Each published spec goes through the same preprocessing step as scripts/regenerate.sh
# (DriftCommand generator-options). Specs are cached in $NEON_SPEC_CACHE (default
# ~/.cache/neon-java/spec-cache) so that CI re-runs do not fetch again. Builds run in a copy of the
# sources under target/regen/matrix; logs go to target/regen/matrix-<version>.log, a summary to
# target/regen/matrix.md. Exit 1 when any version fails. neon-fluent is not part of the matrix: it
# is written against the current API, not against every published one (scripts/regenerate.sh builds it).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

if [ "$#" -gt 0 ]; then VERSIONS=("$@"); else VERSIONS=(1.10.0 2.0.0 2.7.3); fi
CACHE="${NEON_SPEC_CACHE:-$HOME/.cache/neon-java/spec-cache}"
mkdir -p "$ROOT/target/regen"
SUMMARY="$ROOT/target/regen/matrix.md"

TOOLS_CP=$(tools_classpath)
WS=$(workspace matrix)
passed=0
failed=0
{
  echo "# Regeneration matrix"
  echo
  echo "| @neondatabase/api-client | result | time (s) | unit tests | generator options |"
  echo "| --- | --- | --- | --- | --- |"
} >"$SUMMARY"

for v in "${VERSIONS[@]}"; do
  start=$(date +%s)
  logfile="$ROOT/target/regen/matrix-$v.log"
  status=FAILED
  opts=""
  tests="not run"
  if spec=$(drift_tool fetch --npm-version="$v" --release-url= --cache="$CACHE" 2>"$logfile"); then
    opts=$(drift_tool generator-options --spec="$spec" 2>>"$logfile")
    # shellcheck disable=SC2086 # $opts holds zero or more -D arguments
    if (cd "$WS" && "${MVN[@]}" -pl neon-generated -am verify -Dneon.spec="$spec" $opts) >>"$logfile" 2>&1; then
      status=ok
    fi
    tests=$(tests_summary "$logfile")
  fi
  elapsed=$(( $(date +%s) - start ))
  if [ "$status" = ok ]; then passed=$((passed + 1)); else failed=$((failed + 1)); fi
  echo "| $v | $status | $elapsed | $tests | ${opts:-none} |" >>"$SUMMARY"
  echo "matrix: @neondatabase/api-client@$v: $status in ${elapsed}s ($tests)${opts:+; options: $opts}"
  if [ "$status" != ok ]; then
    echo "matrix: last lines of $logfile:"
    tail -n 30 "$logfile" | sed 's/^/  | /'
  fi
done

echo "matrix: summary in $SUMMARY"
echo "matrix: $passed passed, $failed failed"
[ "$failed" -eq 0 ]

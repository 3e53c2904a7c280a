#!/usr/bin/env bash
# Regeneration matrix: regenerates neon-generated from published versions of Neon's spec
# (npm @neondatabase/api-client), compiles it and runs its unit tests, one version after the other.
#
#   scripts/regeneration-matrix.sh [VERSION...]            raw specs only; default 1.10.0 2.2.0 2.7.3 (CI)
#   scripts/regeneration-matrix.sh --candidate [VERSION...] also the candidate checks below
#   scripts/regeneration-matrix.sh --all                    every published version, with the candidate checks
#   scripts/regeneration-matrix.sh --drift-only [--all|VERSION...]  recompute only the drift column of a past run
#
# Per version: "generated, compiled, tests": neon-generated built from the published spec as is (with the
# preprocessing of DriftCommand generator-options) and its unit tests run (they use a fixture API, not the
# version's model names). Candidate checks: "candidate": the spec/ file scripts/regenerate.sh would derive
# from that version (DriftCommand adopt) compiles neon-generated; "fluent": neon-fluent's main code compiles
# against it (expected to fail on versions that lack operations it calls: neon-fluent targets today's API);
# "japicmp": the Java API of neon-generated from spec/ vs from the candidate; "drift verdict": the drift check
# of spec/ against the version, with japicmp's findings embedded (report under target/regen/matrix/<v>/).
#
# Specs are cached in $NEON_SPEC_CACHE (default ~/.cache/neon-java/spec-cache). Builds run in copies of the
# sources under target/regen/; logs go to target/regen/matrix/<version>/, the table to target/regen/matrix.md.
# Exit 1 when a version fails a raw-spec step or its candidate does not compile (fluent is reported only).
set -euo pipefail
source "$(dirname "$0")/lib.sh"

CANDIDATE_CHECKS=false
DRIFT_ONLY=false
VERSIONS=()
for a in "$@"; do
  case "$a" in
    --all) CANDIDATE_CHECKS=true; VERSIONS=(ALL) ;;
    --candidate) CANDIDATE_CHECKS=true ;;
    --drift-only) DRIFT_ONLY=true ;;
    -h|--help) sed -n '2,20p' "$0"; exit 0 ;;
    --*) log "unknown argument $a (see --help)"; exit 2 ;;
    *) VERSIONS+=("$a") ;;
  esac
done
if [ "${#VERSIONS[@]}" -eq 0 ]; then VERSIONS=(1.10.0 2.2.0 2.7.3); fi
if [ "${VERSIONS[0]}" = ALL ]; then
  mapfile -t VERSIONS < <(published_versions)
  if [ "${#VERSIONS[@]}" -eq 0 ]; then log "matrix: npm lists no published version"; exit 2; fi
fi
CACHE="${NEON_SPEC_CACHE:-$HOME/.cache/neon-java/spec-cache}"
OUT="$ROOT/target/regen/matrix"
SUMMARY="$ROOT/target/regen/matrix.md"
mkdir -p "$OUT"

TOOLS_CP=$(tools_snapshot "$OUT/tools")
if [ "$DRIFT_ONLY" = true ]; then
  for v in "${VERSIONS[@]}"; do
    if [ -f "$OUT/$v/result" ]; then
      if [ -f "$OUT/$v/japicmp/neon-generated.diff" ]; then
        # recount japicmp's diff with the current rules (the 7th column of the result)
        counts=$(japicmp_counts "$OUT/$v/japicmp/neon-generated.diff")
        echo "$counts" >"$OUT/$v/japicmp/neon-generated.outcome"
        awk -F'|' -v OFS='|' -v c=" $counts " '{ $7 = c; print }' "$OUT/$v/result" >"$OUT/$v/result.new"
        mv "$OUT/$v/result.new" "$OUT/$v/result"
      fi
      spec=$(drift_tool fetch --npm-version="$v" --release-url= --cache="$CACHE" 2>/dev/null)
      drift_verdict "$spec" "$OUT/$v" >"$OUT/$v/drift"
      log "matrix: $v: drift $(cat "$OUT/$v/drift")"
    fi
  done
  write_matrix_table "$SUMMARY" "$OUT" true "${VERSIONS[@]}"
  exit 0
fi
WS=$(workspace matrix-raw)
if [ "$CANDIDATE_CHECKS" = true ]; then
  CWS=$(workspace matrix-candidate)
  OLD_JAR="$OUT/neon-generated-from-spec.jar"
  log "matrix: building neon-generated from spec/ (the japicmp baseline)"
  # shellcheck disable=SC2046
  if ! (cd "$CWS" && "${MVN[@]}" -q -pl neon-generated -am package -Dmaven.test.skip=true $(drift_tool generator-options --spec="$ROOT/spec/neon-api.yaml")) \
      >"$OUT/spec-build.log" 2>&1; then
    log "matrix: neon-generated does not build from spec/; see $OUT/spec-build.log"
    exit 1
  fi
  cp "$(module_jar "$CWS" neon-generated)" "$OLD_JAR"
fi

failed=0
for v in "${VERSIONS[@]}"; do
  start=$(date +%s)
  dir="$OUT/$v"
  rm -rf "$dir"
  mkdir -p "$dir"
  generated="no"; compiled="—"; tests="not run"; candidate="—"; fluent="—"; japicmp="—"; ok=true
  if spec=$(drift_tool fetch --npm-version="$v" --release-url= --cache="$CACHE" 2>"$dir/fetch.log"); then
    opts=$(drift_tool generator-options --spec="$spec" 2>"$dir/preprocessing.log")
    # shellcheck disable=SC2086 # $opts holds zero or more -D arguments
    (cd "$WS" && "${MVN[@]}" -pl neon-generated -am verify -Dneon.spec="$spec" $opts) >"$dir/raw.log" 2>&1 || true
    generated=$(step_result "$dir/raw.log" generate); compiled=$(step_result "$dir/raw.log" compile)
    tests=$(tests_summary "$dir/raw.log")
    if ! grep -q 'BUILD SUCCESS' "$dir/raw.log"; then ok=false; tests="FAILED: $tests"; fi
    # the conformance suite (neon-generated's tests, docs/types.md) over every operation of that version
    grep -h '^conformance:' "$dir/raw.log" | tail -n 1 | sed "s/^/matrix: $v: /" >&2 || true
    if [ "$CANDIDATE_CHECKS" = true ]; then
      cand="$dir/candidate/neon-api.yaml"
      mkdir -p "$dir/candidate"
      cp "$ROOT/spec/neon-api.yaml" "$cand"
      if drift_tool adopt --published-file="$spec" --spec="$cand" --published-version="$v" \
          --report="$dir/candidate/derivation.md" 2>"$dir/adopt.log"; then
        copts=$(drift_tool generator-options --spec="$cand" 2>>"$dir/preprocessing.log")
        # shellcheck disable=SC2086
        (cd "$CWS" && "${MVN[@]}" -pl "$(regenerated_modules)" -am package -Dmaven.test.skip=true -Dneon.spec="$cand" $copts) \
          >"$dir/candidate.log" 2>&1 || true
        if module_built "$dir/candidate.log" "neon-java generated client"; then
          candidate="ok"
          fluent=$(fluent_result "$dir/candidate.log")
          japicmp=$(java_api_diff "$OLD_JAR" "$(module_jar "$CWS" neon-generated)" "$dir/japicmp")
        else
          candidate="FAILED"; ok=false
        fi
      else
        candidate="FAILED (adopt)"; ok=false
      fi
      drift_verdict "$spec" "$dir" >"$dir/drift"
    fi
  else
    ok=false
  fi
  elapsed=$(( $(date +%s) - start ))
  if [ "$ok" != true ]; then failed=$((failed + 1)); fi
  echo "$v | $generated | $compiled | $tests | $candidate | $fluent | $japicmp | ${elapsed}s | $ok" >"$dir/result"
  log "matrix: $v: generated $generated, compiled $compiled, tests $tests, candidate $candidate, fluent $fluent, japicmp $japicmp, drift $(cat "$dir/drift" 2>/dev/null || echo —) (${elapsed}s)"
  write_matrix_table "$SUMMARY" "$OUT" "$CANDIDATE_CHECKS" "${VERSIONS[@]}"
done

log "matrix: table in $SUMMARY; ${#VERSIONS[@]} version(s), $failed failed"
[ "$failed" -eq 0 ]

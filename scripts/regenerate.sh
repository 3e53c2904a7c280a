#!/usr/bin/env bash
# Regeneration on an API update: takes a new published spec, runs the drift check, regenerates and
# compiles neon-generated (and neon-fluent once it is a module), runs their unit tests and the
# Java-API check (japicmp), and writes the new spec into spec/ only with --adopt.
#
#   scripts/regenerate.sh [--npm-version=X.Y.Z|latest | --published=FILE|URL] [--policy=breaking|any|never]
#                         [--adopt | --force-adopt] [--release-url=URL|'']
#
# Steps (all output under target/):
#   1. fetch the published spec (same routes as the drift check)                 target/spec-cache/
#   2. derive the candidate spec/ file from it: structure only, our prose kept,   target/regen/candidate/neon-api.yaml
#      only what spec/ marks x-neon-java-origin carried over (with what it references), explicit error
#      responses matched by operationId, our security; what Neon removed or moved is listed in
#      target/regen/candidate/derivation.md (DriftCommand adopt)
#   3. preprocessing: the generator options each spec needs (DriftCommand generator-options)
#   4. build the modules from spec/ (old) and from the candidate (new, with unit tests), each in a
#      copy of the sources                                                         target/regen/{old,new}/
#   5. japicmp on each module's jar: report-only for neon-generated, breaking for neon-fluent
#                                                                                   target/spec-drift/japicmp/
#   6. the drift check of spec/ against the published spec, embedding step 5      target/spec-drift/report.{md,json}
#   7. with --adopt and everything green (or with --force-adopt, used by the workflow so that the
#      pull request shows what breaks): copy the candidate to spec/neon-api.yaml
#
# Exit 0 when the new spec regenerates cleanly, its tests pass, neon-fluent's API is intact and the
# drift policy (default: fail on breaking drift) is met; 1 otherwise; 2 when no spec can be obtained.
set -euo pipefail
source "$(dirname "$0")/lib.sh"

ADOPT=false
POLICY=breaking
FETCH_ARGS=()
for a in "$@"; do
  case "$a" in
    --adopt) ADOPT=true ;;
    --force-adopt) ADOPT=force ;;
    --policy=*) POLICY="${a#--policy=}" ;;
    --npm-version=*|--published=*|--release-url=*|--timeout=*|--npm=*) FETCH_ARGS+=("$a") ;;
    -h|--help) sed -n '2,27p' "$0"; exit 0 ;;
    *) log "unknown argument $a (see --help)"; exit 2 ;;
  esac
done

REGEN="$ROOT/target/regen"
JDIR="$ROOT/target/spec-drift/japicmp"
mkdir -p "$REGEN/candidate"
rm -rf "$JDIR"
mkdir -p "$JDIR"

log "regenerate: building the drift tooling"
TOOLS_CP=$(tools_classpath)

log "regenerate: fetching the published spec"
set +e
PUBLISHED=$(drift_tool fetch --spec="$ROOT/spec/neon-api.yaml" --cache="$ROOT/target/spec-cache" ${FETCH_ARGS[@]+"${FETCH_ARGS[@]}"})
rc=$?
set -e
if [ $rc -ne 0 ]; then exit 2; fi
NPM_VERSION=$(sed -n 's#.*/spec-cache/npm/\([^/]*\)/[^/]*$#\1#p' <<<"$PUBLISHED")

CANDIDATE="$REGEN/candidate/neon-api.yaml"
cp "$ROOT/spec/neon-api.yaml" "$CANDIDATE"
drift_tool adopt --published-file="$PUBLISHED" --spec="$CANDIDATE" ${NPM_VERSION:+--published-version="$NPM_VERSION"} \
  --report="$REGEN/candidate/derivation.md"

OLD_OPTS=$(drift_tool generator-options --spec="$ROOT/spec/neon-api.yaml")
NEW_OPTS=$(drift_tool generator-options --spec="$CANDIDATE")
MODULES=$(regenerated_modules)
log "regenerate: modules $MODULES; generator options: old '${OLD_OPTS}', new '${NEW_OPTS}'"

OLD_WS=$(workspace old)
NEW_WS=$(workspace new)
ok=true
log "regenerate: building from spec/ (old)"
# shellcheck disable=SC2086
if ! (cd "$OLD_WS" && "${MVN[@]}" -pl "$MODULES" -am package -DskipTests $OLD_OPTS) >"$REGEN/old.log" 2>&1; then
  log "regenerate: the build from spec/ failed; see $REGEN/old.log"
  grep -E '^\[ERROR\]' "$REGEN/old.log" | head -n 30 >&2 || true
  exit 1
fi
log "regenerate: building and testing from the candidate (new)"
# shellcheck disable=SC2086
if (cd "$NEW_WS" && "${MVN[@]}" -pl "$MODULES" -am verify -Dneon.spec="$CANDIDATE" $NEW_OPTS) >"$REGEN/new.log" 2>&1; then
  NEW_BUILD="ok ($(tests_summary "$REGEN/new.log"))"
elif module_built "$REGEN/new.log" "neon-java generated client" && [[ "$MODULES" == *neon-fluent* ]] \
    && ! module_built "$REGEN/new.log" "neon-java fluent client"; then
  ok=false
  # neon-fluent is written against today's API: an older or reshaped spec may lack what it calls
  fluent=$(fluent_result "$REGEN/new.log")
  NEW_BUILD="neon-generated ok; neon-fluent does not build from it, ${fluent#no, } (see $REGEN/new.log)"
else
  ok=false
  NEW_BUILD="FAILED (see $REGEN/new.log)"
  grep -E '^\[ERROR\]' "$REGEN/new.log" | grep -v -E 'Re-run Maven|full stack trace|Help 1|^\[ERROR\] *$|resume the build|mvn <args>' \
    | head -n 30 >&2 || true
fi
log "regenerate: new build: $NEW_BUILD"

jar_of() {
  local j
  for j in "$1/$2/target/"*.jar; do
    case "$j" in *-sources.jar|*-tests.jar|*-javadoc.jar) ;; *) if [ -f "$j" ]; then printf '%s' "$j"; return 0; fi ;; esac
  done
  return 0
}

IFS=',' read -r -a MODS <<<"$MODULES"
for m in "${MODS[@]}"; do
  if [ "$m" = neon-fluent ]; then mode=breaking; else mode=report; fi
  echo "$mode" >"$JDIR/$m.mode"
  old_jar=$(jar_of "$OLD_WS" "$m")
  new_jar=$(jar_of "$NEW_WS" "$m")
  if [ -z "$new_jar" ]; then
    echo "$m: no jar was built from the new spec ($NEW_BUILD)" >"$JDIR/$m.outcome"
    if [ "$mode" = breaking ]; then ok=false; fi
    continue
  fi
  out="$REGEN/japicmp-$m"
  rm -rf "$out"
  breaking_flag=false
  if [ "$mode" = breaking ]; then breaking_flag=true; fi
  if "${MVN[@]}" -q -f "$ROOT/pom.xml" -pl spec -Pjapicmp verify -Djapicmp.oldJar="$old_jar" -Djapicmp.newJar="$new_jar" \
      -Djapicmp.outDir="$out" -Djapicmp.breaking="$breaking_flag" >"$REGEN/japicmp-$m.log" 2>&1; then
    jc_ok=true
  else
    jc_ok=false
  fi
  changes=0
  if [ -f "$out/java-api.diff" ]; then
    cp "$out/java-api.diff" "$JDIR/$m.diff"
    changes=$(grep -c -E '^(\*\*\*|\+\+\+|---)[ !]*(MODIFIED|NEW|REMOVED) (CLASS|INTERFACE|ENUM|ANNOTATION)' "$out/java-api.diff" || true)
  fi
  if [ -f "$out/java-api.md" ]; then cp "$out/java-api.md" "$JDIR/$m.md"; fi
  if [ "$jc_ok" = true ]; then
    if [ "$changes" -eq 0 ]; then verdict="no change to the public API"; else verdict="$changes type(s) changed, none incompatible"; fi
    if [ "$mode" = report ] && [ "$changes" -gt 0 ]; then verdict="$changes type(s) changed (report only; see the diff)"; fi
  elif grep -q -i 'incompatib' "$REGEN/japicmp-$m.log" && [ -f "$out/java-api.diff" ]; then
    verdict="INCOMPATIBLE: $changes type(s) changed, with binary or source incompatibilities"
    ok=false
  else
    verdict="japicmp could not run (see $REGEN/japicmp-$m.log)"
    ok=false
  fi
  echo "$m ($mode): $verdict; old jar built from spec/, new from the candidate" >"$JDIR/$m.outcome"
  log "regenerate: japicmp $m: $verdict"
done

log "regenerate: drift check"
set +e
# same routes as step 1 (an npm version is served from the cache), so that the report names the source
(cd "$ROOT" && drift_tool drift --spec="$ROOT/spec/neon-api.yaml" --cache="$ROOT/target/spec-cache" --policy="$POLICY" \
  --out="$ROOT/target/spec-drift" --japicmp-dir="$JDIR" ${FETCH_ARGS[@]+"${FETCH_ARGS[@]}"})
drift_rc=$?
set -e
if [ $drift_rc -eq 2 ]; then exit 2; fi
if [ $drift_rc -ne 0 ]; then ok=false; fi

if [ "$ADOPT" != false ]; then
  if [ "$ok" = true ] || [ "$ADOPT" = force ]; then
    cp "$CANDIDATE" "$ROOT/spec/neon-api.yaml"
    log "regenerate: wrote spec/neon-api.yaml from ${NPM_VERSION:-$PUBLISHED}; next: write our descriptions for new"
    log "  elements (spec/README.md), run ./mvnw -B verify and scripts/spec-drift.sh, review git diff spec/"
  else
    log "regenerate: --adopt ignored: the regeneration is not green (see above); spec/ is unchanged"
  fi
fi
if [ "$ok" = true ]; then log "regenerate: ok"; exit 0; else log "regenerate: FAILED"; exit 1; fi

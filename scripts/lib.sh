# Shared by the scripts in this directory (source it; not executable on its own).
# NEON_MVN_OFFLINE=1 adds -o to every Maven call.

ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
MVN=("$ROOT/mvnw" -B)
if [ -n "${NEON_MVN_OFFLINE:-}" ]; then MVN+=(-o); fi
if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi

log() { printf '%s\n' "$*" >&2; }

# Compiles the drift tooling (module spec) and prints its runtime classpath.
tools_classpath() {
  local out="$ROOT/target/spec-tools"
  mkdir -p "$out"
  if ! "${MVN[@]}" -q -f "$ROOT/pom.xml" -pl spec compile dependency:build-classpath \
      -Dmdep.outputFile="$out/classpath" -Dmdep.includeScope=runtime >"$out/build.log" 2>&1; then
    cat "$out/build.log" >&2
    log "could not build the drift tooling (module spec); see above"
    return 1
  fi
  printf '%s' "$ROOT/spec/target/classes:$(cat "$out/classpath")"
}

# Runs dev.neonjava.spec.drift.DriftCommand with TOOLS_CP (set it with tools_classpath first).
drift_tool() {
  "$JAVA" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$TOOLS_CP" dev.neonjava.spec.drift.DriftCommand "$@"
}

# Copies the sources of the repository (no target/, no .git) to target/regen/NAME; prints the directory.
# Builds run there, so that building from another spec never touches the work tree's own output.
workspace() {
  local dir="$ROOT/target/regen/$1"
  rm -rf "$dir"
  mkdir -p "$dir"
  (cd "$ROOT" && tar --exclude=./.git --exclude='*/target' --exclude='*/node_modules' -cf - .) | tar -xf - -C "$dir"
  printf '%s' "$dir"
}

# The modules that are regenerated: neon-generated, and neon-fluent once it is a module of the build.
regenerated_modules() {
  local modules="neon-generated"
  if [ -f "$ROOT/neon-fluent/pom.xml" ] && grep -q '<module>neon-fluent</module>' "$ROOT/pom.xml"; then
    modules="$modules,neon-fluent"
  fi
  printf '%s' "$modules"
}

# The last Surefire "Tests run:" summary of a Maven log, or "no tests".
tests_summary() {
  local line
  line=$(grep -E 'Tests run: [0-9]+, Failures: [0-9]+, Errors: [0-9]+, Skipped: [0-9]+$' "$1" | tail -n 1 || true)
  if [ -z "$line" ]; then printf 'no tests'; else printf '%s' "${line#*\] }"; fi
}

# Every published version of @neondatabase/api-client, oldest first, one per line (asks the npm registry).
published_versions() {
  npm view @neondatabase/api-client versions --json 2>/dev/null | tr -d '[]" \n' | tr ',' '\n' | grep -E '^[0-9]+\.[0-9]+\.[0-9]+$'
}

# Like tools_classpath, but runs from a copy of the compiled classes under DIR, so that rebuilding the
# module spec while a long run (the matrix) goes on cannot change the tooling under it.
tools_snapshot() {
  local dir="$1" cp
  cp=$(tools_classpath) || return 1
  rm -rf "$dir/classes"
  mkdir -p "$dir"
  cp -r "$ROOT/spec/target/classes" "$dir/classes"
  printf '%s' "$dir/classes:${cp#*:}"
}

# The main jar of MODULE built in the source copy WS (empty when there is none).
module_jar() {
  local j
  for j in "$1/$2/target/"*.jar; do
    case "$j" in *-sources.jar|*-tests.jar|*-javadoc.jar) ;; *) if [ -f "$j" ]; then printf '%s' "$j"; return 0; fi ;; esac
  done
  return 0
}

# Whether the Maven reactor summary of LOG lists the module named NAME (its <name>) as SUCCESS.
module_built() {
  grep -q -E "^\[INFO\] $2 \.+ SUCCESS" "$1"
}

# "yes"/"no" for one step of a neon-generated build log: generate (the client sources were generated) or
# compile (they compiled: the build went on to compile the tests).
step_result() {
  case "$2" in
    generate)
      if grep -q 'generate (neon-client) @ neon-generated' "$1" && ! grep -q 'Failed to execute goal org.openapitools' "$1"; then
        printf 'yes'; else printf 'no'; fi ;;
    compile)
      if grep -q 'testCompile (default-testCompile) @ neon-generated' "$1"; then printf 'yes'
      elif grep -q 'generate (neon-client) @ neon-generated' "$1"; then printf 'no (%s errors)' "$(grep -c -E '^\[ERROR\] /.*\.java:\[' "$1")"
      else printf '—'; fi ;;
  esac
}

# neon-fluent's main code against a candidate (LOG: the candidate build): "ok", or what it misses.
fluent_result() {
  if module_built "$1" "neon-java fluent client"; then printf 'ok'; return 0; fi
  if ! grep -q 'compile (default-compile) @ neon-fluent' "$1"; then printf 'not built'; return 0; fi
  local n missing
  n=$(grep -E '^\[ERROR\] /.*neon-fluent/.*\.java:\[' "$1" | sort -u | wc -l)
  missing=$(grep -E '^\[ERROR\] +symbol: ' "$1" | sed -E 's/^\[ERROR\] +symbol: +//' | sort | uniq -c | sort -rn | head -n 3 \
    | sed -E 's/^ *[0-9]+ //' | paste -sd ',' - | sed 's/,/, /g')
  printf 'no, expected (targets today'"'"'s API): %s errors%s' "$n" "${missing:+; missing $missing}"
}

# japicmp on two jars of neon-generated (report only); writes DIR/neon-generated.{mode,diff,outcome};
# prints "N removed, M modified (K incompatible), P new" (classes).
java_api_diff() {
  local old="$1" new="$2" dir="$3" out="$3/japicmp-run" diff
  mkdir -p "$dir"
  if ! "${MVN[@]}" -q -f "$CWS/pom.xml" -pl spec -Pjapicmp verify -Djapicmp.oldJar="$old" -Djapicmp.newJar="$new" \
      -Djapicmp.outDir="$out" -Djapicmp.breaking=false >"$dir/japicmp.log" 2>&1 || [ ! -f "$out/java-api.diff" ]; then
    printf 'could not run'
    return 0
  fi
  diff="$dir/neon-generated.diff"
  cp "$out/java-api.diff" "$diff"
  if [ -f "$out/java-api.md" ]; then cp "$out/java-api.md" "$dir/neon-generated.md"; fi
  echo report >"$dir/neon-generated.mode"
  japicmp_counts "$diff" | tee "$dir/neon-generated.outcome"
}

# "N removed, M modified (K incompatible), P new" (classes, interfaces, enums) of a japicmp text diff.
japicmp_counts() {
  local removed modified incompatible added
  removed=$(grep -c -E '^---[! ] REMOVED (CLASS|INTERFACE|ENUM)' "$1" || true)
  modified=$(grep -c -E '^\*\*\*[! ] MODIFIED (CLASS|INTERFACE|ENUM)' "$1" || true)
  incompatible=$(grep -c -E '^\*\*\*! MODIFIED (CLASS|INTERFACE|ENUM)' "$1" || true)
  added=$(grep -c -E '^\+\+\+[! ] NEW (CLASS|INTERFACE|ENUM)' "$1" || true)
  printf '%s removed, %s modified (%s incompatible), %s new' "$removed" "$modified" "$incompatible" "$added"
}

# The drift check of spec/ against SPEC (policy never: the verdict only), with the japicmp findings of
# DIR/japicmp when present; report in DIR/drift-report; prints the verdict and its counts.
drift_verdict() {
  local spec="$1" dir="$2" json
  (cd "$ROOT" && drift_tool drift --spec="$ROOT/spec/neon-api.yaml" --published="$spec" --policy=never \
    --out="$dir/drift-report" --japicmp-dir="$dir/japicmp") >"$dir/drift.log" 2>&1 || true
  json="$dir/drift-report/report.json"
  if [ ! -f "$json" ]; then printf 'could not run (see %s)' "$dir/drift.log"; return 0; fi
  local verdict breaking nonbreaking java
  verdict=$(sed -n 's/^  "verdict" : "\([^"]*\)".*/\1/p' "$json")
  breaking=$(sed -n 's/^    "breaking" : \([0-9]*\).*/\1/p' "$json" | head -n 1)
  nonbreaking=$(sed -n 's/^    "nonBreaking" : \([0-9]*\).*/\1/p' "$json" | head -n 1)
  java=$(sed -n 's/^    "javaBreaking" : \([0-9]*\).*/\1/p' "$json" | head -n 1)
  printf '%s: %s breaking (%s for Java), %s non-breaking' "$verdict" "${breaking:-?}" "${java:-?}" "${nonbreaking:-?}"
}

# Writes the matrix table FILE from OUT/<version>/{result,drift}; CANDIDATE: whether those checks ran.
write_matrix_table() {
  local file="$1" out="$2" candidate="$3" v
  shift 3
  {
    echo "# Regeneration matrix"
    echo
    echo "@neondatabase/api-client versions, $(date -u '+%Y-%m-%d %H:%M UTC'); candidate checks: $candidate."
    echo "Columns: scripts/regeneration-matrix.sh --help. Logs and reports: target/regen/matrix/<version>/."
    echo
    echo "| version | generated | compiled | tests | candidate | fluent | japicmp | drift verdict | time |"
    echo "| --- | --- | --- | --- | --- | --- | --- | --- | --- |"
    for v in "$@"; do
      if [ -f "$out/$v/result" ]; then
        IFS='|' read -r c1 c2 c3 c4 c5 c6 c7 c8 _ <"$out/$v/result"
        c4=$(sed -E 's/Tests run: ([0-9]+), Failures: ([0-9]+), Errors: ([0-9]+), Skipped: ([0-9]+)/\1 run, \2 failures, \3 errors, \4 skipped/' <<<"$c4")
        echo "|$c1|$c2|$c3|$c4|$c5|$c6|$c7| $(cat "$out/$v/drift" 2>/dev/null || echo —) |$c8|"
      fi
    done
  } >"$file"
}

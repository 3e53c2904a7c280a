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

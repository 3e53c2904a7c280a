#!/usr/bin/env bash
# A new user's Maven project, from outside the build: installs neon-java into a private local
# repository (target/consumer-m2; ~/.m2 is only read, as a tail), then builds scripts/consumer/ (a
# copy under target/consumer/), which imports neon-java-bom, depends on neon-fluent without a version,
# and is a named module (requires dev.neonjava.fluent). It compiles on the module path, runs on it,
# and checks that the installed jars carry sources, javadoc and module names.
# Usage: scripts/check-consumer.sh        (NEON_MVN_OFFLINE=1 adds -o)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
REPO="$ROOT/target/consumer-m2"
WORK="$ROOT/target/consumer"
MVN=("$ROOT/mvnw" -B -q "-Dmaven.repo.local=$REPO" "-Dmaven.repo.local.tail=$HOME/.m2/repository")
if [ -n "${NEON_MVN_OFFLINE:-}" ]; then MVN+=(-o); fi
VERSION="$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/neon-java-bom/pom.xml" | head -1)"
if [ "$VERSION" != "$(sed -n 's:^  <version>\(.*\)</version>$:\1:p' "$ROOT/pom.xml" | head -1)" ]; then
  echo "[consumer] neon-java-bom's version $VERSION is not the parent's" >&2
  exit 1
fi

echo "[consumer] installing neon-java $VERSION into $REPO" >&2
mkdir -p "$ROOT/target"
rm -rf "$REPO/dev/neonjava"
"${MVN[@]}" -f "$ROOT/pom.xml" -pl neon-java-bom,neon-fluent -am install -DskipTests >"$ROOT/target/consumer-install.log" 2>&1 \
  || { cat "$ROOT/target/consumer-install.log" >&2; exit 2; }

fail=0
for module in neon-generated neon-fluent; do
  dir="$REPO/dev/neonjava/$module/$VERSION"
  for kind in "" -sources -javadoc; do
    [ -f "$dir/$module-$VERSION$kind.jar" ] || { echo "[consumer] missing $module-$VERSION$kind.jar" >&2; fail=1; }
  done
  name="$(unzip -p "$dir/$module-$VERSION.jar" META-INF/MANIFEST.MF | tr -d '\r' | sed -n 's/^Automatic-Module-Name: //p')"
  [ -n "$name" ] || { echo "[consumer] $module has no Automatic-Module-Name" >&2; fail=1; }
  for field in '<url>' '<licenses>' '<scm>' '<developers>'; do
    grep -q "$field" "$dir/$module-$VERSION.pom" "$REPO/dev/neonjava/neon-java-parent/$VERSION/neon-java-parent-$VERSION.pom" \
      || { echo "[consumer] no $field in $module's POM or its parent" >&2; fail=1; }
  done
done
[ "$fail" -eq 0 ] || exit 1

rm -rf "$WORK"
mkdir -p "$WORK"
cp -r "$ROOT/scripts/consumer/." "$WORK/"
sed -i "s:@NEON_JAVA_VERSION@:$VERSION:" "$WORK/pom.xml"
echo "[consumer] building $WORK (BOM import, neon-fluent, module path)" >&2
"${MVN[@]}" -f "$WORK/pom.xml" package dependency:build-classpath -Dmdep.outputFile="$WORK/target/classpath" \
  >"$WORK/build.log" 2>&1 || { cat "$WORK/build.log" >&2; exit 1; }

# what a user's build resolves: neon-fluent, neon-generated and gson only
deps="$(tr ':' '\n' <"$WORK/target/classpath" | xargs -n1 basename | sort | tr '\n' ' ')"
echo "[consumer] runtime class path: $deps" >&2
case "$deps" in
  *jakarta*) echo "[consumer] jakarta.annotation-api leaked into the user's class path" >&2; exit 1 ;;
esac

if [ -n "${JAVA_HOME:-}" ] && [ -x "$JAVA_HOME/bin/java" ]; then JAVA="$JAVA_HOME/bin/java"; else JAVA=java; fi
"$JAVA" --module-path "$WORK/target/classes:$(cat "$WORK/target/classpath")" -m consumer/consumer.Main

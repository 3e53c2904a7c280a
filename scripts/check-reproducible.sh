#!/usr/bin/env bash
# Builds the published modules twice, each time in a fresh copy of the sources under
# target/reproducible/{a,b}, and compares every jar (classes, sources, javadoc) byte for byte.
# Exit 0 when identical; 1 with the differing jars and entries otherwise. Installs nothing.
# Usage: scripts/check-reproducible.sh        (NEON_MVN_OFFLINE=1 adds -o)
set -euo pipefail
ROOT="$(cd "$(dirname "$0")/.." && pwd)"
OUT="$ROOT/target/reproducible"
MODULES=neon-java-bom,neon-generated,neon-fluent,neon-testkit
OFFLINE=()
if [ -n "${NEON_MVN_OFFLINE:-}" ]; then OFFLINE=(-o); fi

build() {
  local dir="$OUT/$1"
  rm -rf "$dir"
  mkdir -p "$dir"
  (cd "$ROOT" && tar --exclude=./.git --exclude='./target' --exclude='*/target' --exclude='*/node_modules' -cf - .) \
    | tar -xf - -C "$dir"
  echo "[reproducible] build $1 in $dir" >&2
  if ! (cd "$dir" && ./mvnw -B -q "${OFFLINE[@]}" -pl "$MODULES" -am package -DskipTests >"$OUT/$1.log" 2>&1); then
    cat "$OUT/$1.log" >&2
    echo "[reproducible] build $1 failed" >&2
    exit 2
  fi
}

build a
build b

status=0
count=0
while IFS= read -r jar; do
  rel="${jar#"$OUT/a/"}"
  other="$OUT/b/$rel"
  count=$((count + 1))
  if ! cmp -s "$jar" "$other"; then
    status=1
    echo "[reproducible] DIFFERS: $rel" >&2
    ea="$(mktemp -d)"; eb="$(mktemp -d)"
    (cd "$ea" && unzip -q "$jar") && (cd "$eb" && unzip -q "$other")
    diff -rq "$ea" "$eb" >&2 || true
    zipinfo -T "$jar" | head -5 >&2 || true
    rm -rf "$ea" "$eb"
  fi
done < <(find "$OUT/a" -path '*/target/*.jar' | sort)

if [ "$count" -eq 0 ]; then
  echo "[reproducible] no jars were built" >&2
  exit 2
fi
if [ "$status" -eq 0 ]; then
  echo "[reproducible] $count jars identical across two builds:"
  (cd "$OUT/a" && find . -path '*/target/*.jar' | sort | xargs sha256sum)
fi
exit "$status"

#!/usr/bin/env bash
# The drift check: compares spec/neon-api.yaml with Neon's published spec.
#
#   scripts/spec-drift.sh [--npm-version=X.Y.Z|latest] [--published=FILE|URL] [--policy=breaking|any|never]
#                         [--release-url=URL|''] [--baseline=FILE|none] [--out=DIR]
#
# Without --published/--npm-version the published spec comes from Neon's release URL, else from npm
# @neondatabase/api-client at the version pinned by spec/'s info.version. Writes target/spec-drift/report.md
# and report.json, prints a one-line verdict; exit 0 ok, 1 drift rejected by the policy (default: breaking),
# 2 no spec obtainable or usage error. Same as: ./mvnw -B -pl spec -Pspec-drift verify -Dneon.drift.*=...
set -euo pipefail
source "$(dirname "$0")/lib.sh"
TOOLS_CP=$(tools_classpath)
cd "$ROOT"
exec "$JAVA" -Dorg.slf4j.simpleLogger.defaultLogLevel=warn -cp "$TOOLS_CP" dev.neonjava.spec.drift.DriftCommand drift \
  --spec="$ROOT/spec/neon-api.yaml" --out="$ROOT/target/spec-drift" --cache="$ROOT/target/spec-cache" "$@"

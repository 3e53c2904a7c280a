#!/usr/bin/env bash
# Lints spec/neon-api.yaml with Redocly CLI, using the rules of spec/redocly.yaml.
# Fails (non-zero exit) on any lint error; warnings are printed and listed in spec/README.md.
#
# Needs only node and npm: Redocly CLI is installed, at the pinned version, into
# spec/target/redocly (git-ignored) on first use and reused afterwards.
# Extra arguments are passed to `redocly lint` (for example `--format=summary`).
set -euo pipefail

REDOCLY_VERSION=2.77.0
SPEC_DIR="$(cd "$(dirname "${BASH_SOURCE[0]}")" && pwd)"
PREFIX="$SPEC_DIR/target/redocly"
PACKAGE_JSON="$PREFIX/node_modules/@redocly/cli/package.json"
REDOCLY="$PREFIX/node_modules/.bin/redocly"

# no telemetry, no update check: the lint must give the same answer offline once installed
export REDOCLY_TELEMETRY=off
export REDOCLY_SUPPRESS_UPDATE_NOTICE=true

for tool in node npm; do
  command -v "$tool" >/dev/null || { echo "lint.sh: $tool is required (Node.js 20.19+ or 22.12+, as @redocly/cli requires)" >&2; exit 2; }
done

installed=""
if [[ -f "$PACKAGE_JSON" && -x "$REDOCLY" ]]; then
  installed="$(node -p 'require(process.argv[1]).version' "$PACKAGE_JSON")"
fi
if [[ "$installed" != "$REDOCLY_VERSION" ]]; then
  echo "lint.sh: installing @redocly/cli@$REDOCLY_VERSION into ${PREFIX#"$SPEC_DIR"/}"
  rm -rf "$PREFIX"
  mkdir -p "$PREFIX"
  # a private package.json keeps npm from walking up to (or writing into) the repository root
  printf '{"name":"neon-java-spec-lint","private":true}\n' >"$PREFIX/package.json"
  npm install --prefix "$PREFIX" --save-exact --no-audit --no-fund --loglevel=error \
    "@redocly/cli@$REDOCLY_VERSION"
  installed="$(node -p 'require(process.argv[1]).version' "$PACKAGE_JSON")"
  [[ "$installed" == "$REDOCLY_VERSION" ]] || { echo "lint.sh: installed $installed, expected $REDOCLY_VERSION" >&2; exit 2; }
fi

cd "$SPEC_DIR"
echo "lint.sh: redocly $installed lint neon-api.yaml (config redocly.yaml)"
exec "$REDOCLY" lint --config redocly.yaml --max-problems 1000 "$@" neon-api.yaml

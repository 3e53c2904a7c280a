#!/usr/bin/env bash
# Runs Neon's TypeScript SDK (@neon/sdk from npm) against the standalone emulator jar, when Node.js
# (>= 20.19) and npm are present; skips otherwise. node_modules goes under target/, never committed.
set -euo pipefail
cd "$(dirname "$0")/../.."
ROOT=$PWD
if ! command -v node >/dev/null || ! command -v npm >/dev/null; then
  echo "consumers/npm-sdk: Node.js not found, skipped"
  exit 0
fi
JAR=$(ls "$ROOT"/neon-testkit/target/neon-testkit-*-server.jar 2>/dev/null | head -1 || true)
if [ -z "$JAR" ]; then
  ./mvnw -B -q -pl neon-testkit -am package -DskipTests -Dmaven.javadoc.skip=true
  JAR=$(ls "$ROOT"/neon-testkit/target/neon-testkit-*-server.jar | head -1)
fi
WORK=$ROOT/consumers/npm-sdk/target
mkdir -p "$WORK"
cp consumers/npm-sdk/package.json consumers/npm-sdk/check.mjs "$WORK/"
(cd "$WORK" && npm install --no-audit --no-fund --silent)

PORT=$(python3 -c 'import socket; s=socket.socket(); s.bind(("127.0.0.1",0)); print(s.getsockname()[1]); s.close()')
LOG=$WORK/server.log
java -jar "$JAR" --port "$PORT" >"$LOG" 2>&1 &
SERVER=$!
trap 'kill $SERVER 2>/dev/null || true' EXIT
for _ in $(seq 1 600); do
  grep -q "listening on" "$LOG" && break
  kill -0 $SERVER 2>/dev/null || { cat "$LOG"; exit 1; }
  sleep 0.1
done
grep -q "listening on" "$LOG" || { echo "the emulator did not start in 60 s" >&2; cat "$LOG"; exit 1; }
(cd "$WORK" && NEON_EMULATOR_URL="http://127.0.0.1:$PORT/api/v2" \
  NEON_EMULATOR_KEY=napi_neon_emulator_test_key node check.mjs)

#!/usr/bin/env bash
# Runs every benchmark of issue 7 side by side and writes target/bench/results.md (see BENCHMARKS.md).
#   scripts/bench.sh              # the full run, about 18 minutes on 2 cores
#   scripts/bench.sh --quick      # smoke run: everything once, short iterations, numbers not meaningful
#   scripts/bench.sh --only=2,3   # some workloads (1-6)
#   scripts/bench.sh --prof=jfr   # also record JFR for each JMH benchmark under target/bench/jfr
# Needs a JDK 11+ and, for the @neon/sdk row, Node.js 20.19+ with npm (installed into
# neon-bench/target/node, never committed). Talks to 127.0.0.1 only, apart from npm's registry.
set -euo pipefail
cd "$(dirname "$0")/.."

./mvnw -B -q ${MVN_OFFLINE:+-o} -pl neon-bench -am package -DskipTests

node_dir=neon-bench/target/node
sdk_version=6.1.2
if command -v npm >/dev/null 2>&1; then
  mkdir -p "$node_dir"
  [ -f "$node_dir/package.json" ] || echo '{ "private": true, "description": "@neon/sdk for neon-bench" }' > "$node_dir/package.json"
  installed=$(node -p "require('./$node_dir/node_modules/@neon/sdk/package.json').version" 2>/dev/null || true)
  if [ "$installed" != "$sdk_version" ]; then
    (cd "$node_dir" && npm install --no-audit --no-fund --loglevel=error "@neon/sdk@$sdk_version") \
      || echo "[bench] npm could not install @neon/sdk@$sdk_version: the peer row will say it was not run" >&2
  fi
else
  echo "[bench] npm not found: the @neon/sdk row will say it was not run" >&2
fi

# run from a copy, so that a build of the module meanwhile cannot swap the jars under the forked JVMs
run_dir=target/bench/run
rm -rf "$run_dir"
mkdir -p "$run_dir"
cp neon-bench/target/benchmarks.jar neon-bench/target/neon-bench-*-forked.jar "$run_dir"/
cp -r neon-bench/target/lib "$run_dir"/lib

exec java -jar "$run_dir/benchmarks.jar" --out=target/bench --node-dir="$node_dir" "$@"

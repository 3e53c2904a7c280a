#!/usr/bin/env bash
# The emulator's start-up and per-request figures (BENCHMARKS.md, "Emulator"): builds the server
# jar and neon-bench, then runs EmulatorBench (about a minute).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl neon-bench -am package -DskipTests -Dmaven.javadoc.skip=true
JAR=$(ls neon-testkit/target/neon-testkit-*-server.jar | head -1)
java -cp "$JAR:neon-bench/target/classes" dev.neonjava.bench.emulator.EmulatorBench "$@"

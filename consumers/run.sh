#!/usr/bin/env bash
# Builds the consumer projects under consumers/ as a new user's build would: against neon-java
# artifacts freshly installed into a private local repository (target/consumer-m2; never ~/.m2),
# third-party artifacts read from ~/.m2 when present. Fails on an SLF4J warning in the test output.
set -euo pipefail
cd "$(dirname "$0")/.."
ROOT=$PWD
REPO=$ROOT/target/consumer-m2
TAIL=${MAVEN_REPO_TAIL:-$HOME/.m2/repository}
VERSION=$(./mvnw -B -q help:evaluate -Dexpression=project.version -DforceStdout 2>/dev/null || echo 0.1.0-SNAPSHOT)
rm -rf "$REPO/dev/neonjava"
mkdir -p "$REPO"
./mvnw -B -q install -DskipTests -Dmaven.javadoc.skip=true -pl neon-testkit -am \
  -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL"

LOG=$ROOT/target/consumer-maven.log
./mvnw -B -f consumers/maven/pom.xml clean test -Dneon.version="$VERSION" \
  -Dmaven.repo.local="$REPO" -Dmaven.repo.local.tail="$TAIL" 2>&1 | tee "$LOG"
grep -q "Tests run: 2, Failures: 0, Errors: 0" "$LOG" || { echo "consumers/maven: tests did not pass" >&2; exit 1; }
if grep -q "SLF4J" "$LOG"; then
  echo "consumers/maven: SLF4J warning in the build output" >&2
  exit 1
fi
echo "consumers/maven: OK"

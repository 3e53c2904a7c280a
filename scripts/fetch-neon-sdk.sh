#!/usr/bin/env bash
# Fetches Neon's TypeScript SDK @neon/sdk from npm into target/, so that the facts of the operations
# spec/ takes from it (spec/README.md, "Operations from @neon/sdk") can be re-checked. Nothing is committed.
#
#   scripts/fetch-neon-sdk.sh [VERSION]        default 6.1.2, the version spec/ was written from
#
# Writes target/neon-sdk/<VERSION>/package/ (the unpacked tarball) and prints the two files that carry
# the facts: dist/client/sdk.gen.d.ts (operation names) and dist/client/types.gen.d.ts (paths, methods,
# parameters, bodies, responses, schema properties, enums, error responses). Then, for example:
#
#   grep -n "url: '/projects/{project_id}/members" target/neon-sdk/6.1.2/package/dist/client/types.gen.d.ts
#   grep -n "^export type ProjectMember = " -A30 target/neon-sdk/6.1.2/package/dist/client/types.gen.d.ts
#
# and prints one line per operation spec/ takes from the SDK: operationId, method, path (from
# dist/client/sdk.gen.js), which must match spec/neon-api.yaml. Exit 0 ok, 2 npm unavailable.
set -euo pipefail
ROOT="$(cd "$(dirname "${BASH_SOURCE[0]}")/.." && pwd)"
VERSION="${1:-6.1.2}"
OUT="$ROOT/target/neon-sdk/$VERSION"
OPS="listProjectMembers setProjectMemberRole removeProjectMemberRole
listProjectBranchTriggers createProjectBranchTrigger getProjectBranchTrigger updateProjectBranchTrigger deleteProjectBranchTrigger
listProjectBranchCustomDomains registerProjectBranchCustomDomain deleteProjectBranchCustomDomain
queryProjectBranchLogs listProjectBranchLogFields listProjectBranchLogFieldValues
revealCredential rotateCredential sendNeonAuthEmailProviderTest"

if ! command -v npm >/dev/null 2>&1; then
  echo "npm is not installed; it is needed to fetch @neon/sdk@$VERSION" >&2
  exit 2
fi
mkdir -p "$OUT"
if [ ! -f "$OUT/package/dist/client/types.gen.d.ts" ]; then
  tarball=$(cd "$OUT" && npm pack --silent "@neon/sdk@$VERSION" | tail -n 1) || {
    echo "could not fetch @neon/sdk@$VERSION from the npm registry" >&2
    exit 2
  }
  tar -xzf "$OUT/$tarball" -C "$OUT"
fi
CLIENT="$OUT/package/dist/client"
echo "@neon/sdk@$VERSION: $CLIENT/sdk.gen.d.ts, $CLIENT/types.gen.d.ts" >&2
for op in $OPS; do
  method=$(grep -o "^const $op = (options) => (options.client ?? client)\.[a-z]*" "$CLIENT/sdk.gen.js" | sed 's/.*\.//' || true)
  url=$(awk -v op="$op" '$0 ~ "^const "op" = " {p=1} p && /url:/ {gsub(/[",\t ]|url:/, ""); print; exit}' "$CLIENT/sdk.gen.js")
  printf '%s %s %s\n' "$op" "$(tr '[:lower:]' '[:upper:]' <<<"${method:-?}")" "${url:-?}"
done

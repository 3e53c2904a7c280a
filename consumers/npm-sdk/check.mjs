// @neon/sdk, Neon's TypeScript SDK from npm, against the standalone emulator: create a project
// (the SDK polls its operations), a branch, list both, and check a 404. Exits non-zero on the
// first surprise.
import { createNeonClient } from "@neon/sdk";

const baseUrl = process.env.NEON_EMULATOR_URL;
const apiKey = process.env.NEON_EMULATOR_KEY;
if (!baseUrl || !apiKey) {
  throw new Error("set NEON_EMULATOR_URL and NEON_EMULATOR_KEY");
}
const neon = createNeonClient({ apiKey, baseUrl, throwOnError: true, wait: { pollIntervalMs: 50 } });

function check(condition, message) {
  if (!condition) {
    console.error("FAILED: " + message);
    process.exit(1);
  }
  console.log("ok - " + message);
}

const created = await neon.projects.create({ name: "sdk-project" });
const project = created.project ?? created;
check(project.id && project.name === "sdk-project", "projects.create returns the project " + project.id);

const branchResult = await neon.branches.create({ projectId: project.id, name: "sdk-branch" });
const branch = branchResult.branch ?? branchResult;
check(branch.name === "sdk-branch" && branch.id.startsWith("br-"), "branches.create returns branch " + branch.id);

const branches = await neon.branches.list({ projectId: project.id }).all();
check(branches.some((b) => b.id === branch.id) && branches.length === 2, "branches.list has main and sdk-branch");

const projects = await neon.projects.list().all();
check(projects.some((p) => p.id === project.id), "projects.list has the project");

let notFound = false;
try {
  await neon.projects.get({ projectId: "no-such-project" });
} catch (e) {
  notFound = e?.status === 404 || e?.kind === "not_found" || String(e).includes("404");
}
check(notFound, "projects.get of a missing project fails with 404");
console.log("@neon/sdk: all checks passed");

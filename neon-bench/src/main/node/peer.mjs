// Drives Neon's @neon/sdk against the benchmark server: N concurrent loops of
// neon.projects.get({ projectId }) for a warm-up, then a measured window. Prints one JSON line.
// Usage: node peer.mjs --sdk <path to @neon/sdk/dist/index.js> --url <base url>
//          --concurrency 16 --warmup-ms 5000 --measure-ms 10000
import { pathToFileURL } from "node:url";
import { readFileSync } from "node:fs";
import { dirname, join } from "node:path";

const args = {};
for (let i = 2; i < process.argv.length; i += 2) {
  args[process.argv[i].replace(/^--/, "")] = process.argv[i + 1];
}
const concurrency = Number(args.concurrency ?? 16);
const warmupMs = Number(args["warmup-ms"] ?? 5000);
const measureMs = Number(args["measure-ms"] ?? 10000);
const { createNeonClient } = await import(pathToFileURL(args.sdk).href);
const sdkVersion = JSON.parse(readFileSync(join(dirname(args.sdk), "..", "package.json"), "utf8")).version;

const neon = createNeonClient({ apiKey: "neon-bench-key", baseUrl: args.url, throwOnError: true });
const projectId = "late-frost-12345678";
const sleep = (ms) => new Promise((resolve) => setTimeout(resolve, ms));

let measuring = false;
let stop = false;
let ops = 0;
let errors = 0;
let firstError = null;

async function worker() {
  while (!stop) {
    try {
      const project = await neon.projects.get({ projectId });
      if (!project || project.id === undefined) {
        throw new Error("unexpected result " + JSON.stringify(project).slice(0, 200));
      }
      if (measuring) ops++;
    } catch (e) {
      errors++;
      firstError ??= String(e && e.stack ? e.stack : e);
      if (errors > 100) stop = true;
    }
  }
}

const workers = Array.from({ length: concurrency }, () => worker());
await sleep(warmupMs);
measuring = true;
const t0 = performance.now();
await sleep(measureMs);
measuring = false;
const t1 = performance.now();
stop = true;
await Promise.allSettled(workers);
const seconds = (t1 - t0) / 1000;
console.log(JSON.stringify({ ops, seconds, opsPerSec: ops / seconds, errors, firstError, sdk: sdkVersion, node: process.version }));

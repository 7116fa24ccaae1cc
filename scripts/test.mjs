// `npm test` (after the client build): the lifecycle test files (vitest.config.ts, LIFECYCLE_FILES: their own
// Neo4j JVMs, their own temporary homes, free ports) in one vitest process, and the unit → integration → e2e
// tiers in another, at the same time. Both are vitest's own output, the lifecycle lines prefixed; the exit
// code is non-zero when either run failed. Arguments go to both runs (e.g. `npm test -- --reporter=verbose`).
import { spawn } from "node:child_process";
import { existsSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
const extra = process.argv.slice(2);
const children = [];
// A JSON report (`--outputFile.json=FILE`, as .ci/run asks for) is written by both runs: the lifecycle run writes
// its own beside it, merged into FILE at the end, so FILE counts every test of `npm test`.
const JSON_FLAG = "--outputFile.json=";
const jsonOut = extra.find((a) => a.startsWith(JSON_FLAG))?.slice(JSON_FLAG.length);
const lifecycleJson = jsonOut ? `${jsonOut}.lifecycle.json` : undefined;
const argsFor = (lifecycle) =>
  lifecycle && lifecycleJson
    ? extra.map((a) => (a.startsWith(JSON_FLAG) ? JSON_FLAG + lifecycleJson : a))
    : extra;

function run(projects, prefix) {
  // A file filter meant for the tiers matches no lifecycle file: that run then passes.
  const args = [
    vitest,
    "run",
    ...projects.flatMap((p) => ["--project", p]),
    ...(prefix ? ["--passWithNoTests"] : []),
    ...argsFor(Boolean(prefix)),
  ];
  const child = spawn(process.execPath, args, {
    cwd: root,
    stdio: prefix ? ["ignore", "pipe", "pipe"] : "inherit",
  });
  children.push(child);
  if (prefix) {
    for (const [from, to] of [
      [child.stdout, process.stdout],
      [child.stderr, process.stderr],
    ]) {
      let rest = "";
      from.on("data", (chunk) => {
        const lines = (rest + chunk).split("\n");
        rest = lines.pop() ?? "";
        for (const line of lines) to.write(`${prefix}${line}\n`);
      });
      from.on("end", () => rest && to.write(`${prefix}${rest}\n`));
    }
  }
  return new Promise((resolve) => child.once("exit", (code, signal) => resolve(code ?? (signal ? 1 : 0))));
}

for (const signal of ["SIGINT", "SIGTERM"])
  process.on(signal, () => {
    for (const c of children) if (c.exitCode === null) c.kill(signal);
  });

const started = Date.now();
const [lifecycle, tiers] = await Promise.all([
  run(["lifecycle"], "[lifecycle] "),
  run(["unit", "integration", "e2e"], ""),
]);
mergeJsonReports();
const seconds = Math.round((Date.now() - started) / 1000);
process.stdout.write(
  `\nnpm test: tiers ${tiers === 0 ? "passed" : "FAILED"}, lifecycle ${lifecycle === 0 ? "passed" : "FAILED"} (${seconds} s)\n`,
);
process.exit(tiers === 0 && lifecycle === 0 ? 0 : 1);

/** Adds the lifecycle run's JSON report (counts and test results) into the tiers' report, then removes it. */
function mergeJsonReports() {
  if (!jsonOut || !lifecycleJson || !existsSync(lifecycleJson)) return;
  const life = JSON.parse(readFileSync(lifecycleJson, "utf8"));
  const main = existsSync(jsonOut) ? JSON.parse(readFileSync(jsonOut, "utf8")) : { testResults: [] };
  for (const key of Object.keys(life))
    if (key.startsWith("num") && typeof life[key] === "number") main[key] = (main[key] ?? 0) + life[key];
  main.testResults = [...(main.testResults ?? []), ...(life.testResults ?? [])];
  main.success = (main.success ?? true) && life.success;
  writeFileSync(jsonOut, JSON.stringify(main));
  rmSync(lifecycleJson);
}

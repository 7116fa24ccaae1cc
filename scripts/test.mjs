// `npm test` (after the client build): the lifecycle test files (vitest.config.ts, LIFECYCLE_FILES: their own
// Neo4j JVMs, their own temporary homes, free ports) in one vitest process, and the unit → integration → e2e
// tiers in another, at the same time. Both are vitest's own output, the lifecycle lines prefixed; the exit
// code is non-zero when either run failed. Arguments go to both runs (e.g. `npm test -- --reporter=verbose`).
import { spawn } from "node:child_process";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const vitest = path.join(root, "node_modules", "vitest", "vitest.mjs");
const extra = process.argv.slice(2);
const children = [];

function run(projects, prefix) {
  // A file filter meant for the tiers matches no lifecycle file: that run then passes.
  const args = [
    vitest,
    "run",
    ...projects.flatMap((p) => ["--project", p]),
    ...(prefix ? ["--passWithNoTests"] : []),
    ...extra,
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
const seconds = Math.round((Date.now() - started) / 1000);
process.stdout.write(
  `\nnpm test: tiers ${tiers === 0 ? "passed" : "FAILED"}, lifecycle ${lifecycle === 0 ? "passed" : "FAILED"} (${seconds} s)\n`,
);
process.exit(tiers === 0 && lifecycle === 0 ? 0 : 1);

#!/usr/bin/env node
// `zonegraph` entry point (npm link / npx zonegraph): runs the TypeScript CLI through tsx.
import { spawnSync } from "node:child_process";
import path from "node:path";
import { fileURLToPath } from "node:url";

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), "..");
const r = spawnSync(
  process.execPath,
  ["--import", "tsx", path.join(root, "server", "cli", "main.ts"), ...process.argv.slice(2)],
  {
    stdio: "inherit",
  },
);
process.exit(r.status ?? 1);

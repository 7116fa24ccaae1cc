// `npm start` runs this first: builds the client (vite) when client/dist is missing or older than
// the client sources or the shared contracts, so a fresh clone needs no separate build step.
import { spawnSync } from "node:child_process";
import fs from "node:fs";
import path from "node:path";

const root = path.resolve(path.dirname(new URL(import.meta.url).pathname), "..");
const dist = path.join(root, "client", "dist", "index.html");

function newest(dir) {
  let t = 0;
  if (!fs.existsSync(dir)) return t;
  for (const entry of fs.readdirSync(dir, { withFileTypes: true })) {
    if (entry.name === "dist" || entry.name === "node_modules") continue;
    const p = path.join(dir, entry.name);
    t = Math.max(t, entry.isDirectory() ? newest(p) : fs.statSync(p).mtimeMs);
  }
  return t;
}

if (!fs.existsSync(path.join(root, "client", "vite.config.ts"))) process.exit(0);
const built = fs.existsSync(dist) ? fs.statSync(dist).mtimeMs : 0;
const sources = Math.max(newest(path.join(root, "client")), newest(path.join(root, "contracts")));
if (built >= sources) process.exit(0);
process.stderr.write("[zonegraph] building the client…\n");
const r = spawnSync("npx", ["vite", "build", "--config", "client/vite.config.ts", "--logLevel", "warn"], {
  cwd: root,
  stdio: "inherit",
});
process.exit(r.status ?? 1);

/**
 * The app under soak: `node --import tsx server/index.ts` (the embedded default, supervised) in a
 * throw-away ZONEGRAPH_HOME, listening on loopback only. Also reads the RSS of a process and the
 * pid of the current Neo4j JVM.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { PROJECT_ROOT } from "../../server/config";

export interface SoakApp {
  base: string;
  child: ChildProcess;
  home: string;
  /** Everything the app wrote to stdout/stderr. */
  output(): string;
  /** The pid of the Neo4j JVM now (from the embedded state file), or null while restarting. */
  jvmPid(): number | null;
  stop(): Promise<void>;
}

export function rssMiB(pid: number | null): number | null {
  if (pid === null) return null;
  try {
    const status = fs.readFileSync(`/proc/${pid}/status`, "utf8");
    const kb = Number(/VmRSS:\s+(\d+) kB/.exec(status)?.[1]);
    return Number.isFinite(kb) ? Math.round(kb / 1024) : null;
  } catch {
    return null;
  }
}

async function waitForReady(base: string, child: ChildProcess, timeoutMs: number): Promise<void> {
  const until = Date.now() + timeoutMs;
  while (Date.now() < until) {
    if (child.exitCode !== null) throw new Error(`the app exited with code ${child.exitCode}`);
    try {
      const res = await fetch(`${base}/api/ready`, { signal: AbortSignal.timeout(5000) });
      if (res.status === 200) return;
    } catch {
      // not listening yet
    }
    await new Promise((r) => setTimeout(r, 1000));
  }
  throw new Error(`the app was not ready within ${timeoutMs / 1000} s`);
}

export async function startSoakApp(opts: {
  port: number;
  boltPort: number;
  corpus: string;
}): Promise<SoakApp> {
  const home = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-soak-"));
  const child = spawn(process.execPath, ["--import", "tsx", "server/index.ts"], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: "",
      ZONEGRAPH_HOME: home,
      HOST: "127.0.0.1",
      PORT: String(opts.port),
      NEO4J_BOLT_PORT: String(opts.boltPort),
      CORPUS_DIR: opts.corpus,
      LOG_LEVEL: "warn",
      // The soak measures stability under load, not the rate limiter.
      CYPHER_RATE_LIMIT_PER_MINUTE: "1000000",
    },
    stdio: ["ignore", "pipe", "pipe"],
  });
  let out = "";
  child.stdout?.on("data", (c) => (out += c));
  child.stderr?.on("data", (c) => (out += c));
  const base = `http://127.0.0.1:${opts.port}`;
  const stop = async () => {
    if (child.exitCode === null) {
      child.kill("SIGTERM");
      await new Promise((r) => child.once("exit", r));
    }
    fs.rmSync(home, { recursive: true, force: true });
  };
  try {
    await waitForReady(base, child, 900_000);
  } catch (error) {
    await stop();
    throw new Error(`${(error as Error).message}: ${out.trim().split("\n").slice(-3).join(" | ")}`);
  }
  const jvmPid = () => {
    try {
      const state = JSON.parse(fs.readFileSync(path.join(home, "neo4j", "state.json"), "utf8"));
      return typeof state.pid === "number" ? (state.pid as number) : null;
    } catch {
      return null;
    }
  };
  return { base, child, home, output: () => out, jvmPid, stop };
}

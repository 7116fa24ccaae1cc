/**
 * `npm start` as a user runs it: the embedded Neo4j is started, the corpus loaded, the API answers;
 * SIGTERM stops everything (no Neo4j process left behind); a second start finds its data again.
 * Runs in its own ZONEGRAPH_HOME on free ports, with a small fixture corpus.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, describe, expect, it } from "vitest";
import { PROJECT_ROOT } from "../../../server/config";
import { freePort } from "../../../server/neo4j/embedded";

const home = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-lifecycle-"));
const corpus = path.join(PROJECT_ROOT, "tests", "fixtures", "corpus-lifecycle");
const children: ChildProcess[] = [];

function isAlive(pid: number) {
  try {
    process.kill(pid, 0);
    return true;
  } catch {
    return false;
  }
}

async function waitUntil(check: () => Promise<boolean> | boolean, ms: number) {
  const until = Date.now() + ms;
  while (Date.now() < until) {
    if (await check()) return true;
    await new Promise((r) => setTimeout(r, 500));
  }
  return false;
}

function npmStart(env: Record<string, string>) {
  const child = spawn("npm", ["start", "--silent"], {
    cwd: PROJECT_ROOT,
    env: { ...process.env, ZONEGRAPH_HOME: home, CORPUS_DIR: corpus, LOG_LEVEL: "warn", ...env },
    stdio: ["ignore", "pipe", "pipe"],
  });
  children.push(child);
  let output = "";
  child.stdout?.on("data", (c) => (output += c));
  child.stderr?.on("data", (c) => (output += c));
  const exited = new Promise<number | null>((resolve) => child.once("exit", (code) => resolve(code)));
  return { child, output: () => output, exited };
}

async function health(port: number) {
  try {
    const res = await fetch(`http://127.0.0.1:${port}/api/health`);
    return {
      status: res.status,
      body: (await res.json()) as { neo4j: string; counts: Record<string, number> },
    };
  } catch {
    return null;
  }
}

afterAll(async () => {
  for (const c of children) if (c.exitCode === null) c.kill("SIGKILL");
  fs.rmSync(home, { recursive: true, force: true });
});

describe("npm start (embedded default)", () => {
  it("starts Neo4j, loads the corpus, answers /api/health, and SIGTERM leaves no Neo4j behind; a restart finds the data", async () => {
    const port = await freePort();
    const bolt = await freePort();
    const env = { PORT: String(port), NEO4J_BOLT_PORT: String(bolt) };

    const first = npmStart(env);
    expect(await waitUntil(async () => (await health(port))?.status === 200, 240_000)).toBe(true);
    const h1 = await health(port);
    expect(h1?.body.neo4j).toBe("up");
    expect(h1?.body.counts.Document).toBe(1);
    expect(first.output()).toContain("loading the corpus");
    // The banner: URL, embedded Neo4j with the credentials file under ZONEGRAPH_HOME, graph counts; and
    // no request log on the terminal (the health polls above were requests).
    expect(await waitUntil(() => first.output().includes("Graph: 1 documents"), 30_000)).toBe(true);
    expect(first.output()).toContain(`zonegraph explorer: http://127.0.0.1:${port}`);
    expect(first.output()).toContain(`password in ${path.join(home, "credentials.json")}`);
    expect(first.output()).not.toMatch(/"req":|\/api\/health/);
    const javaPid = JSON.parse(fs.readFileSync(path.join(home, "neo4j", "state.json"), "utf8")).pid as number;
    expect(isAlive(javaPid)).toBe(true);
    const credentials = JSON.parse(fs.readFileSync(path.join(home, "credentials.json"), "utf8"));
    expect(credentials.password).not.toBe("neo4j");
    expect(credentials.password.length).toBeGreaterThanOrEqual(16);

    first.child.kill("SIGTERM");
    expect(await first.exited).toBe(0);
    expect(await waitUntil(() => !isAlive(javaPid), 30_000)).toBe(true);
    expect(first.output()).toContain("stopped.");

    const second = npmStart(env);
    expect(await waitUntil(async () => (await health(port))?.status === 200, 120_000)).toBe(true);
    expect((await health(port))?.body.counts.Document).toBe(1);
    expect(second.output()).not.toContain("loading the corpus");
    second.child.kill("SIGTERM");
    expect(await second.exited).toBe(0);
  }, 420_000);

  it("reuses a Neo4j started by `zonegraph neo4j start` and leaves it running; `neo4j stop` stops it", async () => {
    const reuseHome = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-reuse-"));
    const port = await freePort();
    const env = {
      ...process.env,
      ZONEGRAPH_HOME: reuseHome,
      NEO4J_BOLT_PORT: String(await freePort()),
      PORT: String(port),
      CORPUS_DIR: corpus,
    };
    const cli = (...args: string[]) =>
      new Promise<{ code: number | null; out: string }>((resolve) => {
        const c = spawn(process.execPath, ["--import", "tsx", "server/cli/main.ts", ...args], {
          cwd: PROJECT_ROOT,
          env,
          stdio: ["ignore", "pipe", "pipe"],
        });
        let out = "";
        c.stdout.on("data", (d) => (out += d));
        c.stderr.on("data", (d) => (out += d));
        c.once("exit", (code) => resolve({ code, out }));
      });
    try {
      const started = await cli("neo4j", "start");
      expect(started.code).toBe(0);
      expect(started.out).toMatch(/Neo4j started: bolt:\/\/127\.0\.0\.1:\d+ \(pid (\d+)\)/);
      const pid = Number(/pid (\d+)/.exec(started.out)?.[1]);
      expect((await cli("neo4j", "status")).out).toContain("running: bolt://127.0.0.1");

      const app = npmStart({
        ZONEGRAPH_HOME: reuseHome,
        NEO4J_BOLT_PORT: env.NEO4J_BOLT_PORT,
        PORT: String(port),
      });
      expect(await waitUntil(async () => (await health(port))?.status === 200, 120_000)).toBe(true);
      expect(app.output()).toContain("Reusing the embedded Neo4j already running");
      app.child.kill("SIGTERM");
      expect(await app.exited).toBe(0);
      expect(isAlive(pid)).toBe(true);

      expect((await cli("neo4j", "stop")).out).toContain(`Neo4j stopped (pid ${pid})`);
      expect(await waitUntil(() => !isAlive(pid), 30_000)).toBe(true);
      const status = await cli("neo4j", "status");
      expect(status.code).toBe(3);
      expect(status.out).toContain("not running");
    } finally {
      await cli("neo4j", "stop");
      fs.rmSync(reuseHome, { recursive: true, force: true });
    }
  }, 300_000);

  it("fails within 15 s with one clear line when NEO4J_URI points at nothing", async () => {
    const started = Date.now();
    const run = npmStart({
      NEO4J_URI: "bolt://localhost:1",
      NEO4J_PASSWORD: "whatever1",
      PORT: String(await freePort()),
    });
    const code = await run.exited;
    expect(code).not.toBe(0);
    expect(Date.now() - started).toBeLessThan(15_000);
    const lines = run
      .output()
      .trim()
      .split("\n")
      .filter((l) => l.startsWith("zonegraph:"));
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatch(/Cannot reach Neo4j at bolt:\/\/localhost:1 \(NEO4J_URI\)/);
  }, 30_000);

  it("names a bad configuration value in one line", async () => {
    const run = npmStart({ PORT: "not-a-port" });
    expect(await run.exited).not.toBe(0);
    expect(run.output()).toMatch(/zonegraph: Invalid PORT \(got "not-a-port"\): expected a port number/);
    expect(run.output()).not.toMatch(/at .*\.ts:\d+/);
  }, 30_000);
});

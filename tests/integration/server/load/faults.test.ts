/**
 * Loads are all-or-nothing for readers: a `zonegraph load` or `load --reset` killed with SIGKILL at
 * several points leaves a graph that /api/ready does not call ready, and the next run gives exactly
 * the counts of a clean load. A Neo4j of its own (the test resets it and kills loads into it; it is one of
 * LIFECYCLE_FILES, so it runs beside the other tiers); the CLI runs as a real child process.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../../../bench/scale/generate";
import { PROJECT_ROOT } from "../../../../server/config";
import { type Counts, loadGraph, loadSource, readCounts, resetGraph } from "../../../../server/load/loader";
import { sourceFromFile } from "../../../../server/load/source";
import { latestLoad } from "../../../../server/load/state";
import { HealthRepository } from "../../../../server/repositories/health";
import { HealthService } from "../../../../server/services/health";
import { type PrivateNeo4j, startOwnNeo4j } from "../../../support/embedded";

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../fixtures/loader/graph.json"), "utf8"),
);
let db: PrivateNeo4j;
let dir: string;
let file: string;
let clean: Counts;

beforeAll(async () => {
  db = await startOwnNeo4j();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-faults-"));
  file = path.join(dir, "graph.ndjson");
  // A load of this graph with --batch-size 300 writes 25 batches: still writing 400 ms after it starts.
  await generateGraph(file, { entities: 1500, edges: 6000, superDegree: 300, seed: 7 });
  await loadSource(db.executor, sourceFromFile(file), { reset: true });
  clean = await readCounts(db.executor);
}, 600_000);
afterAll(async () => {
  await db?.dispose();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

function startCli(args: string[]): ChildProcess {
  const c = db.connection;
  return spawn(process.execPath, ["--import", "tsx", "server/cli/main.ts", "load", ...args], {
    cwd: PROJECT_ROOT,
    env: {
      ...process.env,
      NEO4J_URI: c.uri,
      NEO4J_USER: c.user,
      NEO4J_PASSWORD: c.password,
      NEO4J_DATABASE: c.database,
    },
    stdio: "ignore",
  });
}

const ready = () => new HealthService(new HealthRepository(db.executor), "neo4j").ready();

/** Waits until the child's load is recorded as running, lets it write for `afterMs`, then SIGKILLs it. */
async function killWhileLoading(child: ChildProcess, afterMs: number): Promise<void> {
  const deadline = Date.now() + 240_000;
  for (;;) {
    const { load } = await latestLoad(db.executor);
    if (load?.status === "running" && load.pid === child.pid) break;
    if (child.exitCode !== null)
      throw new Error(`the load ended (${child.exitCode}) before it could be killed`);
    if (Date.now() > deadline) throw new Error("the load never started");
    await new Promise((r) => setTimeout(r, 100));
  }
  // Listen for the exit before waiting: a listener added after the child ended would wait forever.
  const exited = new Promise((r) => child.once("exit", r));
  const during = await ready();
  expect(during).toMatchObject({ ready: false, state: "loading" });
  await new Promise((r) => setTimeout(r, afterMs));
  if (child.exitCode !== null || child.signalCode !== null)
    throw new Error(
      `the load finished within ${afterMs} ms, before it could be killed: use a larger graph or an earlier kill`,
    );
  child.kill("SIGKILL");
  await exited;
}

describe("a killed load is never ready and the next run repairs it", { timeout: 600_000 }, () => {
  // Into the empty graph, so these are fast-path loads (secondary indexes dropped while writing).
  it.each([0, 200, 400])("load killed %i ms after it started writing", async (afterMs) => {
    await resetGraph(db.executor);
    await killWhileLoading(startCli(["--graph", file, "--batch-size", "300"]), afterMs);
    expect(await ready()).toMatchObject({ ready: false, state: "incomplete" });
    expect((await latestLoad(db.executor)).load?.fresh).toBe(true);
    await loadSource(db.executor, sourceFromFile(file));
    expect(await readCounts(db.executor)).toEqual(clean);
    expect(await ready()).toMatchObject({ ready: true, state: "ready" });
    const indexes = await db.executor.executeRead({
      cypher: "SHOW INDEXES YIELD name, state WHERE state <> 'ONLINE' RETURN name",
    });
    expect(indexes.records.map((r) => r.get("name"))).toEqual([]);
  });

  it.each([0, 300])(
    "load --reset over another graph killed %i ms after it started writing",
    async (afterMs) => {
      await resetGraph(db.executor);
      await loadGraph(db.executor, fixture);
      await killWhileLoading(startCli(["--graph", file, "--reset", "--batch-size", "300"]), afterMs);
      expect(await ready()).toMatchObject({ ready: false, state: "incomplete" });
      // The next run is not a reset, but it redoes the interrupted reset: nothing of the old graph stays.
      const notes: string[] = [];
      await loadSource(db.executor, sourceFromFile(file), { onNote: (l) => notes.push(l) });
      expect(notes.join("\n")).toMatch(/did not finish; this load replaces it as a reset/);
      expect(await readCounts(db.executor)).toEqual(clean);
      expect(await ready()).toMatchObject({ ready: true, state: "ready" });
    },
  );

  it("refuses a reset with an empty input unless --allow-empty, and keeps the graph", async () => {
    const before = await readCounts(db.executor);
    const empty = { ...fixture, documents: [], passages: [], nodes: [], edges: [], mentions: [], claims: [] };
    await expect(loadGraph(db.executor, empty, { reset: true })).rejects.toThrow(
      /empty.*--allow-empty.*nothing was changed/,
    );
    expect(await readCounts(db.executor)).toEqual(before);
    await loadGraph(db.executor, empty, { reset: true, allowEmpty: true });
    expect(await readCounts(db.executor)).toEqual({ nodes: {}, relationships: {} });
  });
});

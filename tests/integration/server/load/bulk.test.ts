/**
 * The bulk path of `zonegraph load` (server/load/bulk.ts: neo4j-admin import into the embedded
 * Neo4j) gives exactly the graph the transactional loader gives on the same input — the bundled
 * corpus's extraction plus a generated graph, with claims, free-form properties and repeated keys —
 * compared as a full dump (every property with its Neo4j type). A neo4j-admin failure leaves the
 * database empty and names the problem. A load killed during the import leaves a store that the next
 * start removes, recording the load as interrupted: `npm start` (ensureLoaded) then redoes that load,
 * not the corpus; and a load interrupted after its writes began is redone by the next `zonegraph
 * load` on the bulk path again, as its partial work is all the database holds. One private Neo4j
 * home for the whole file.
 */
import { type ChildProcess, spawn } from "node:child_process";
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import request from "supertest";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../../../bench/scale/generate";
import { createApp } from "../../../../server/app";
import { PROJECT_ROOT } from "../../../../server/config";
import { extractCorpus } from "../../../../server/extract/index";
import { bulkBlocker, bulkLoad } from "../../../../server/load/bulk";
import { validateWithChecksum } from "../../../../server/load/loader";
import { sourceFromFile } from "../../../../server/load/source";
import { ensureLoaded } from "../../../../server/load/startup";
import { latestLoad, readinessOf } from "../../../../server/load/state";
import { forgetBookmarks, withSharedBookmarks } from "../../../../server/neo4j/causal";
import { freePort, type RunningNeo4j, startEmbedded } from "../../../../server/neo4j/embedded";
import { readImportMarker } from "../../../../server/neo4j/embeddedImport";
import { createDriver, Executor } from "../../../../server/neo4j/executor";
import { dumpGraph } from "../../../support/graphDump";
import { ndjsonLines } from "../../../support/ndjson";
import { TEST_APP_SETTINGS } from "../../../support/neo4j";

let dir: string;
let file: string;
let home: string;
let port: number;

const SEARCH =
  "CALL db.index.fulltext.queryNodes('entity_search', '二连浩特 OR 满洲里 OR 口岸') YIELD node, score RETURN node.id AS id ORDER BY score DESC, id LIMIT 20";

/** The corpus extraction, a generated graph and a few records the CSV path must get right. */
async function writeInput(): Promise<void> {
  const corpus = await extractCorpus(path.join(PROJECT_ROOT, "data", "corpus"));
  const generated = path.join(dir, "generated.ndjson");
  await generateGraph(generated, { entities: 800, edges: 3000, superDegree: 200, seed: 11 });
  const lines = ndjsonLines(corpus);
  lines.push(...fs.readFileSync(generated, "utf8").trim().split("\n").slice(1));
  const node = corpus.nodes[0];
  const edge = corpus.edges[0];
  if (!node || !edge) throw new Error("the corpus extraction has no node or edge");
  // Free-form properties: whole and fractional numbers, lists; a repeated node and a repeated edge.
  lines.push(
    JSON.stringify({
      edge: { ...edge, id: `${edge.id}:again`, properties: { weight: 2.5, tags: ["a", "b"] } },
    }),
  );
  lines.push(
    JSON.stringify({ node: { ...node, nameEn: "Repeated", properties: { area: 12, share: 0.25 } } }),
  );
  fs.writeFileSync(file, `${lines.join("\n")}\n`);
}

function cli(args: string[]): ChildProcess {
  const env: NodeJS.ProcessEnv = {
    ...process.env,
    ZONEGRAPH_HOME: home,
    NEO4J_BOLT_PORT: String(port),
    NEO4J_HEAP: "512m",
  };
  for (const k of ["NEO4J_URI", "NEO4J_USER", "NEO4J_PASSWORD", "NEO4J_DATABASE"]) delete env[k];
  return spawn(process.execPath, ["--import", "tsx", "server/cli/main.ts", "load", ...args], {
    cwd: PROJECT_ROOT,
    env,
    stdio: ["ignore", "pipe", "pipe"],
  });
}

async function finished(child: ChildProcess): Promise<{ code: number | null; output: string }> {
  let output = "";
  child.stdout?.on("data", (b: Buffer) => (output += b.toString()));
  child.stderr?.on("data", (b: Buffer) => (output += b.toString()));
  const code = await new Promise<number | null>((r) => child.once("exit", (c) => r(c)));
  return { code, output };
}

const startNeo4j = () =>
  startEmbedded({ home, boltPort: port, heap: "512m", txTimeout: "300s", log: () => {} });

/** The embedded Neo4j of `home`, and an executor with shared bookmarks as the CLI has. */
async function open(
  log: (line: string) => void = () => {},
): Promise<{ running: RunningNeo4j; executor: Executor }> {
  const running = await startEmbedded({ home, boltPort: port, heap: "512m", txTimeout: "300s", log });
  const connection = { uri: running.uri, ...running.credentials, database: "neo4j" };
  const driver = withSharedBookmarks(createDriver(connection, { acquisitionTimeoutMs: 10_000 }));
  return { running, executor: new Executor(driver, "neo4j") };
}

/** Ids of the entities the user-facing reads below look at (the test fails when one is missing). */
async function sampleEntities(executor: Executor) {
  const one = async (cypher: string) => {
    const r = (await executor.executeRead({ cypher })).records[0];
    if (!r) throw new Error(`no entity for: ${cypher}`);
    return r.toObject() as { id: string; alias?: string };
  };
  return {
    withAlias: await one(
      "MATCH (n:Entity) WHERE size(n.aliases) > 0 RETURN n.id AS id, n.aliases[0] AS alias ORDER BY n.id LIMIT 1",
    ),
    noAlias: await one(
      "MATCH (n:Entity) WHERE n.aliases IS NULL RETURN n.id AS id, n.name AS alias ORDER BY n.degree DESC, n.id LIMIT 1",
    ),
    lonely: await one("MATCH (n:Entity) WHERE n.typeCounts IS NULL RETURN n.id AS id ORDER BY n.id LIMIT 1"),
    hub: await one("MATCH (n:Entity) RETURN n.id AS id ORDER BY n.degree DESC, n.id LIMIT 1"),
  };
}

/**
 * What users read through the API — search by alias and by name (ranked hits with their aliases), a
 * named query, node details, neighbourhoods with their "N more" counts (a hub, an entity with no
 * entity neighbour), and the JSON and CSV exports — as the exact response bodies.
 */
async function userReads(executor: Executor, ids: Awaited<ReturnType<typeof sampleEntities>>) {
  const app = createApp({ executor, settings: TEST_APP_SETTINGS });
  const get = async (url: string) => {
    const res = await request(app)
      .get(url)
      .buffer(true)
      .parse((r, done) => {
        const chunks: Buffer[] = [];
        r.on("data", (b: Buffer) => chunks.push(b));
        r.on("end", () => done(null, Buffer.concat(chunks).toString("utf8")));
      });
    expect(res.status, url).toBe(200);
    // The JSON export is stamped with the time it was made: the one part that may differ.
    const body = (res.body as string).replace(/"exportedAt":\s*"[^"]*"/, '"exportedAt": "<time>"');
    return `${url}\n${body}`;
  };
  const e = encodeURIComponent;
  const named = await request(app)
    .post("/api/queries/search_entities/run")
    .send({ params: { q: ids.withAlias.alias } });
  expect(named.status).toBe(200);
  expect(named.body.rows.length).toBeGreaterThan(0);
  return [
    await get(`/api/search?q=${e(ids.withAlias.alias ?? "")}`),
    await get(`/api/search?q=${e(ids.noAlias.alias ?? "")}`),
    JSON.stringify(named.body.rows),
    ...(await Promise.all(
      [ids.withAlias.id, ids.noAlias.id, ids.lonely.id].map((id) => get(`/api/nodes/${e(id)}`)),
    )),
    await get(`/api/nodes/${e(ids.hub.id)}/neighborhood?limit=20`),
    await get(`/api/nodes/${e(ids.hub.id)}/neighborhood?depth=2&limit=200`),
    await get(`/api/nodes/${e(ids.lonely.id)}/neighborhood`),
    await get(`/api/nodes/${e(ids.noAlias.id)}/neighborhood`),
    await get("/api/export?format=json"),
    await get("/api/export?format=csv"),
  ];
}

/**
 * Users see the same whether an empty `aliases`/`typeCounts` is stored as no property (both loaders
 * now) or as [] (the loaders before, and anything written by hand): the reads above, byte for byte.
 */
async function expectAbsentListsReadAsEmpty(executor: Executor): Promise<void> {
  const absent = (
    await executor.executeRead({
      cypher:
        "MATCH (n:Entity) RETURN count(n.aliases IS NULL OR NULL) AS aliases, count(n.typeCounts IS NULL OR NULL) AS typeCounts",
    })
  ).records[0]?.toObject();
  expect(absent?.aliases).toBeGreaterThan(0);
  expect(absent?.typeCounts).toBeGreaterThan(0);
  const ids = await sampleEntities(executor);
  const before = await userReads(executor, ids);
  await executor.executeWrite({
    cypher:
      "MATCH (n:Entity) SET n.aliases = coalesce(n.aliases, []), n.typeCounts = coalesce(n.typeCounts, [])",
  });
  const after = await userReads(executor, ids);
  for (let i = 0; i < before.length; i++) expect(after[i]).toEqual(before[i]);
}

/** Every node and relationship removed: the empty database a bulk import needs (the schema stays). */
async function wipe(executor: Executor): Promise<void> {
  await executor.executeAutoCommit({ cypher: "MATCH (n) CALL (n) { DETACH DELETE n } IN TRANSACTIONS" });
}

/** The pid of a process that has exited. */
async function deadPid(): Promise<number> {
  const child = spawn(process.execPath, ["-e", "0"]);
  await new Promise((r) => child.once("exit", r));
  return child.pid ?? 0;
}

/** A bulk import killed while neo4j-admin writes the store. */
async function killDuringImport(): Promise<void> {
  const killed = cli(["--graph", file, "--bulk"]);
  const exited = finished(killed);
  const deadline = Date.now() + 600_000;
  while (!readImportMarker(home)?.adminPid) {
    if (Date.now() > deadline || killed.exitCode !== null)
      throw new Error(`no import to kill: ${(await exited).output}`);
    await new Promise((r) => setTimeout(r, 100));
  }
  killed.kill("SIGKILL");
  await exited;
}

let neo4j: { running: RunningNeo4j; executor: Executor } | null = null;

beforeAll(async () => {
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-bulk-"));
  home = path.join(dir, "home");
  file = path.join(dir, "graph.ndjson");
  port = await freePort();
  await writeInput();
}, 300_000);
afterAll(async () => {
  await neo4j?.executor.close();
  await neo4j?.running.stop();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

// One Neo4j home for the whole file. The transactional reference is what `npm start` loads when it
// redoes the interrupted import: loaded into the same database, before the bulk import that then
// replaces it; no second Neo4j is started.
describe("zonegraph load: the bulk path", () => {
  it("a load killed during the import: npm start redoes it (not the corpus); a load killed later is redone on the bulk path, with the transactional loader's graph", async () => {
    await killDuringImport();
    const said: string[] = [];
    let opened = await open((line) => said.push(line));
    try {
      expect(said.join("\n")).toMatch(
        /bulk import of .* was interrupted: its half-written database was removed/,
      );
      const state = await latestLoad(opened.executor);
      expect(state.load).toMatchObject({ source: file, status: "failed", method: "bulk", fresh: true });
      expect(readinessOf(state)).toBe("incomplete");
      expect(await bulkBlocker(opened.executor)).toBeNull();
      // npm start: the interrupted load is redone from its file, transactionally.
      const redone = await ensureLoaded(opened.executor, path.join(PROJECT_ROOT, "data", "corpus"));
      expect(redone).toMatchObject({ found: "incomplete", action: "redone" });
      const transactional = await dumpGraph(opened.executor);
      const search = (await opened.executor.executeRead({ cypher: SEARCH })).records.map((r) => r.get("id"));
      // That load killed before it was marked done: its partial work is all the database holds.
      await opened.executor.executeWrite({
        cypher: "MATCH (l:Load {status: 'done'}) SET l.status = 'running', l.pid = $pid",
        params: { pid: await deadPid() },
      });
      expect(await bulkBlocker(opened.executor)).toBeNull();
      await opened.executor.close();
      await opened.running.stop();

      const { code, output } = await finished(cli(["--graph", file, "--bulk"]));
      expect(code, output).toBe(0);
      expect(output).toMatch(/did not finish; the bulk import replaces its partial work/);
      expect(output).toMatch(
        /bulk: \d+ records in [\d.]+ s \(\d+ records\/s\): CSV .* neo4j-admin .* finish/,
      );

      opened = await open();
      const bulk = await dumpGraph(opened.executor);
      expect(bulk.nodes.join("\n")).not.toContain("BulkFill");
      // No empty list is stored, by either loader (a CSV cell cannot hold one): absent means empty.
      expect(bulk.nodes.join("\n")).not.toMatch(/"(aliases|typeCounts)":\["[^"]*",\[\]\]/);
      expect(bulk.nodes).toEqual(transactional.nodes);
      expect(bulk.relationships).toEqual(transactional.relationships);
      const [load] = bulk.loads;
      const tx = transactional.loads.find((l) => l.method === "transactional");
      expect(bulk.loads).toHaveLength(1);
      expect(load).toMatchObject({ method: "bulk", status: "done", fresh: true, reset: false, source: file });
      for (const k of ["checksum", "counts", "fresh", "reset", "source", "status"])
        expect(load?.[k]).toEqual(tx?.[k]);
      expect((await latestLoad(opened.executor)).load?.status).toBe("done");
      const found = (await opened.executor.executeRead({ cypher: SEARCH })).records.map((r) => r.get("id"));
      expect(found.length).toBeGreaterThan(0);
      expect(found).toEqual(search);
      await expectAbsentListsReadAsEmpty(opened.executor);
      await wipe(opened.executor);
      neo4j = opened;
    } catch (error) {
      await opened.executor.close();
      await opened.running.stop();
      throw error;
    }
  }, 900_000);

  it("a neo4j-admin failure names the problem and leaves the database empty", async () => {
    const opened = neo4j ?? (await open());
    neo4j = null;
    let running = opened.running;
    const executor = opened.executor;
    const source = sourceFromFile(file);
    const [validation, checksum] = await validateWithChecksum(source);
    const target = {
      home,
      executor,
      stop: () => running.stop(),
      start: async () => {
        running = await startNeo4j();
        await forgetBookmarks(executor.driver);
      },
    };
    try {
      await expect(
        bulkLoad(target, source, {
          validation,
          checksum,
          sourceName: file,
          classpath: path.join(dir, "missing.jar"),
        }),
      ).rejects.toThrow(
        /neo4j-admin database import failed \(exit \d+\):.*org\.neo4j\.cli\.AdminTool[\s\S]*the database is empty, as before/,
      );
      const r = await executor.executeRead({ cypher: "MATCH (n) RETURN count(n) AS n" });
      expect(r.records[0]?.get("n")).toBe(0);
      expect(readImportMarker(home)).toBeNull();
      expect(fs.existsSync(path.join(home, "bulk"))).toBe(false);
    } finally {
      await executor.close();
      await running.stop();
    }
  }, 600_000);
});

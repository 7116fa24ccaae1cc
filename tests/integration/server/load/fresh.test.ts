/**
 * The loader's fast path (server/load/fresh.ts): a load into a graph with no loader-owned node CREATEs
 * and builds the secondary indexes at the end. Against a real Neo4j, it must store exactly what the
 * MERGE path stores (every property, evidence, degree and typeCount), repeated keys included; a
 * second load must change nothing; and search must work as soon as the load returns.
 */
import fs from "node:fs";
import os from "node:os";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { generateGraph } from "../../../../bench/scale/generate";
import { type LoadOptions, loadGraph, loadSource, resetGraph } from "../../../../server/load/loader";
import { sourceFromFile } from "../../../../server/load/source";
import { latestLoad } from "../../../../server/load/state";
import { GraphRepository } from "../../../../server/repositories/graph";
import { GraphService } from "../../../../server/services/graph";
import { type PrivateNeo4j, startPrivateNeo4j } from "../../../support/embedded";

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../fixtures/loader/graph.json"), "utf8"),
) as Record<string, Record<string, unknown>[]>;
let db: PrivateNeo4j;
let dir: string;
let file: string;

beforeAll(async () => {
  db = await startPrivateNeo4j();
  dir = fs.mkdtempSync(path.join(os.tmpdir(), "zonegraph-fresh-"));
  file = path.join(dir, "graph.ndjson");
  await generateGraph(file, { entities: 800, edges: 3000, superDegree: 200, seed: 11 });
}, 600_000);
afterAll(async () => {
  await db?.dispose();
  if (dir) fs.rmSync(dir, { recursive: true, force: true });
});

/** Everything loader-owned, in a comparable form: nodes and relationships with all their properties. */
async function snapshot(): Promise<{ nodes: unknown[]; rels: unknown[] }> {
  const strip = (p: Record<string, unknown>) => {
    const { loadId: _, ...rest } = p;
    if (Array.isArray(rest.typeCounts)) rest.typeCounts = [...rest.typeCounts].sort();
    return JSON.stringify(rest, Object.keys(rest).sort());
  };
  const owned = (v: string) => `(${v}:Entity OR ${v}:Document OR ${v}:Passage OR ${v}:Claim)`;
  const n = await db.executor.executeRead({
    cypher: `MATCH (n) WHERE ${owned("n")} RETURN labels(n) AS labels, properties(n) AS p`,
  });
  const r = await db.executor.executeRead({
    cypher: `MATCH (a)-[r]->(b) WHERE ${owned("a")}
RETURN coalesce(a.id, '') + ' ' + type(r) + ' ' + coalesce(b.id, '') AS key, properties(r) AS p`,
  });
  return {
    nodes: n.records
      .map((x) => `${[...(x.get("labels") as string[])].sort().join(":")} ${strip(x.get("p"))}`)
      .sort(),
    rels: r.records.map((x) => `${x.get("key")} ${strip(x.get("p"))}`).sort(),
  };
}

/** Small graphs: the index deferral is forced on (by default it starts at DEFER_INDEXES_FROM records). */
const FAST: LoadOptions = { deferIndexesFrom: 0 };

async function loadBoth(options: LoadOptions = FAST) {
  await loadSource(db.executor, sourceFromFile(file), options);
  await loadGraph(db.executor, fixture, options);
}

const wasFresh = async () => (await latestLoad(db.executor)).load?.fresh;

describe("fast path of a first load", { timeout: 600_000 }, () => {
  let merged: Awaited<ReturnType<typeof snapshot>>;

  beforeAll(async () => {
    await resetGraph(db.executor);
    await loadBoth({ fastPath: false });
    merged = await snapshot();
  }, 600_000);

  it("stores exactly what the MERGE path stores, and a second load changes nothing", async () => {
    await resetGraph(db.executor);
    await loadSource(db.executor, sourceFromFile(file), FAST);
    expect(await wasFresh()).toBe(true);
    // The fixture goes into a non-empty graph: the MERGE path, with live indexes.
    await loadGraph(db.executor, fixture, FAST);
    expect(await wasFresh()).toBe(false);
    const fresh = await snapshot();
    expect(fresh.nodes.length).toBeGreaterThan(800);
    expect(fresh.rels.length).toBeGreaterThan(3000);
    expect(fresh).toEqual(merged);
    await loadBoth();
    expect(await snapshot()).toEqual(merged);
  });

  it("with repeated node ids and relationship keys and free-form properties, stores what the MERGE path stores", async () => {
    const [n0] = fixture.nodes as [Record<string, unknown>];
    const [e0] = fixture.edges as [Record<string, unknown>];
    const repeated = {
      ...fixture,
      nodes: [...(fixture.nodes ?? []), { ...n0, properties: { note: "said twice" } }],
      edges: [
        ...(fixture.edges ?? []),
        { ...e0, id: "the same pair again", confidence: 0.5 },
        { ...e0, id: "free-form", type: "BORDERS", properties: { weight: 3, id: "not the id" } },
      ],
      mentions: [...(fixture.mentions ?? []), fixture.mentions?.[0]],
    };
    await resetGraph(db.executor);
    await loadGraph(db.executor, repeated, { fastPath: false });
    const slow = await snapshot();
    await resetGraph(db.executor);
    await loadGraph(db.executor, repeated, FAST);
    expect(await wasFresh()).toBe(true);
    expect(await snapshot()).toEqual(slow);
    expect(slow.rels.filter((r) => String(r).includes("the same pair again"))).toHaveLength(1);
    expect(slow.rels.filter((r) => /"id":"free-form".*"weight":3/.test(String(r)))).toHaveLength(1);
  });

  it("every index is ONLINE when the load returns, and search finds entities by name and pinyin", async () => {
    await resetGraph(db.executor);
    await loadGraph(db.executor, fixture, FAST);
    expect(await wasFresh()).toBe(true);
    const idx = await db.executor.executeRead({
      cypher:
        "SHOW INDEXES YIELD name, state RETURN collect(name) AS names, collect(DISTINCT state) AS states",
    });
    expect(idx.records[0]?.get("states")).toEqual(["ONLINE"]);
    expect(idx.records[0]?.get("names")).toEqual(expect.arrayContaining(["entity_search", "entity_load"]));
    const search = new GraphService(new GraphRepository(db.executor));
    const byName = await search.search("二连浩特", undefined, 10);
    expect(byName.map((h) => h.id)).toContain("Area:二连浩特片区");
    const byPinyin = await search.search("erlianhaote", undefined, 10);
    expect(byPinyin.map((h) => h.id)).toContain("Area:二连浩特片区");
  });
});

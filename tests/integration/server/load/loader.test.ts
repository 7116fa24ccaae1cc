import fs from "node:fs";
import path from "node:path";
import { afterAll, beforeAll, describe, expect, it } from "vitest";
import { loadGraph, readCounts } from "../../../../server/load/loader";
import { SceneRepository } from "../../../../server/repositories/scenes";
import { type PrivateNeo4j, startPrivateNeo4j } from "../../../support/embedded";

const fixture = JSON.parse(
  fs.readFileSync(path.join(__dirname, "../../../fixtures/loader/graph.json"), "utf8"),
);

// The loader resets the graph, so it gets its own Neo4j instead of the run's shared corpus graph.
let db: PrivateNeo4j;
beforeAll(async () => {
  db = await startPrivateNeo4j();
});
afterAll(async () => {
  await db?.dispose();
});

// Generous: a load must finish before the next test starts, even on a loaded machine.
describe("loader on a real Neo4j", { timeout: 300_000 }, () => {
  it("loads a graph and loading it twice changes no count", async () => {
    const first = await loadGraph(db.executor, fixture);
    expect(first.nodes).toMatchObject({
      Entity: 3,
      FreeTradeZone: 1,
      Area: 1,
      Corridor: 1,
      Document: 1,
      Passage: 2,
      Claim: 1,
    });
    expect(first.relationships).toMatchObject({
      PART_OF: 1,
      ON_CORRIDOR: 1,
      MENTIONED_IN: 4,
      ABOUT: 1,
      STATED_IN: 1,
      IN_DOCUMENT: 2,
    });
    // The second load also measures its largest batch (the memory report); the first did not.
    const second = await loadGraph(db.executor, fixture, { measureBatches: true });
    expect(second.nodes).toEqual(first.nodes);
    expect(second.relationships).toEqual(first.relationships);
    expect(first.largestBatch).toBeUndefined();
    expect(second.largestBatch?.bytes).toBeGreaterThan(100);
    // The fixture's largest section holds 4 records (its mentions): no batch can hold more.
    expect(second.largestBatch?.records).toBeGreaterThanOrEqual(1);
    expect(second.largestBatch?.records).toBeLessThanOrEqual(4);
  });

  it("stores evidence on relationships, aliases and pinyin on entities, degrees", async () => {
    const r = await db.executor.executeRead({
      cypher: `MATCH (a:Area {name: '二连浩特片区'})-[r:PART_OF]->(z:FreeTradeZone)
               RETURN r.evidenceQuotes AS quotes, r.evidenceMethods AS methods, r.confidence AS confidence,
                      z.aliases AS aliases, a.pinyin AS pinyin, a.degree AS degree, z.category AS category`,
    });
    const row = r.records[0]!.toObject();
    expect(row.quotes).toEqual(["中国（内蒙古）自由贸易试验区涵盖二连浩特片区。"]);
    expect(row.methods).toEqual(["pattern"]);
    expect(row.confidence).toBeCloseTo(0.95);
    expect(row.aliases).toEqual(["内蒙古自贸试验区"]);
    expect(row.pinyin).toContain("erlianhaotepianqu");
    expect(row.degree).toBe(2);
    expect(row.category).toBe("border");
  });

  it("finds Chinese names through the cjk full-text index", async () => {
    const r = await db.executor.executeRead({
      cypher:
        "CALL db.index.fulltext.queryNodes('entity_search', $q) YIELD node RETURN collect(node.name) AS names",
      params: { q: "二连" },
    });
    expect(r.records[0]?.get("names")).toContain("二连浩特片区");
  });

  it("rejects an invalid graph with a message naming the field, and keeps what is stored", async () => {
    const before = await readCounts(db.executor);
    const broken = structuredClone(fixture);
    broken.edges[0].evidence = [];
    await expect(loadGraph(db.executor, broken, { reset: true })).rejects.toThrow(
      /edges\.0\.evidence.*nothing was changed/,
    );
    const dangling = structuredClone(fixture);
    dangling.edges[0].target = "Area:不存在";
    await expect(loadGraph(db.executor, dangling, { reset: true })).rejects.toThrow(
      /unknown node Area:不存在/,
    );
    expect(await readCounts(db.executor)).toEqual(before);
  });

  it("--reset rebuilds from scratch (removes what the new graph no longer has)", async () => {
    await db.executor.executeWrite({
      cypher: "CREATE (:Entity:City {id: 'City:残留', name: '残留', type: 'City'})",
    });
    const summary = await loadGraph(db.executor, fixture, { reset: true });
    expect(summary.nodes.City).toBeUndefined();
    expect(summary.nodes.Entity).toBe(3);
  });

  it("--reset keeps stored share scenes (:Scene is not a label the loader owns)", async () => {
    const scenes = new SceneRepository(db.executor);
    await scenes.save("ResetKeepsScene0", '{"v":1}');
    await loadGraph(db.executor, fixture, { reset: true });
    expect((await scenes.get("ResetKeepsScene0"))?.json).toBe('{"v":1}');
  });
});
